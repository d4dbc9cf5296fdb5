"""Run a `safehaven` command inside the test's process, as `python -m safehaven` would.

A CLI walkthrough runs dozens of commands; as processes each paid 0.4 s of interpreter start
and imports before its Argon2id unlock, most of the walkthroughs' time. Here a command gets
its own environment, empty stdin, captured stdout and stderr, and its exit code, like the
process did; the language and environment are put back afterwards. Tests of what only a real
process shows (a crash's exit code, signals, the start-up time, `--help` in a fresh
interpreter) keep `subprocess` (tests/test_cli.py, tests/test_cli_exits.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from unittest import mock

from safehaven import i18n
from safehaven.cli.main import main


class _NoInput(io.StringIO):
    """stdin as /dev/null: empty, and not a terminal."""

    def isatty(self) -> bool:
        return False


def run_cli(argv: Sequence[str], environ: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    language = i18n.language()
    with mock.patch.dict(os.environ, dict(environ), clear=True), \
            mock.patch.object(sys, "stdin", _NoInput()), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse's usage errors, --help
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        finally:
            i18n.set_language(language)
    return subprocess.CompletedProcess(list(argv), code, out.getvalue(), err.getvalue())
