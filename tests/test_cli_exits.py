"""What scripts rely on: exit codes, secrets from files, help on every option, hidden
developer commands, shell completion. Real processes where the behaviour is the process's."""

from __future__ import annotations

import argparse
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.cli import build_parser
from safehaven.cli import common as cli_common
from safehaven.errors import (
    DiskFull,
    InvalidValue,
    NotAllowed,
    VaultNotFound,
    WrongPassphrase,
)
from safehaven.sync.client import ServerFailed, SyncError
from tests.test_cli import PASS
from tests.test_cli import run_process as run


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What `init` makes (tests/test_cli.py runs `init` itself), with the cheapest key
    derivation allowed: every process below unlocks it."""
    from safehaven.services import access
    from tests.conftest import FAST

    folder = tmp_path_factory.mktemp("exits") / "vault"
    ctx, _ = access.create(folder, house="Casa Luz", organisation="", staff_name="Rosa",
                           passphrase=PASS, kdf=FAST)
    ctx.vault.close()
    return folder


def _secret_file(folder: Path, name: str, text: str, mode: int = 0o600) -> Path:
    path = folder / name
    path.write_text(text)
    path.chmod(mode)
    return path


# -- exit codes --------------------------------------------------------------------------------
def test_usage_errors_and_refusals_exit_2_failures_exit_1(vault: Path, tmp_path: Path) -> None:
    usage = run("--vault", str(vault), "residents", "--no-such-option")
    assert usage.returncode == 2 and "usage:" in usage.stderr
    refused = run("--vault", str(vault), "residents", passphrase="not it at all")
    assert refused.returncode == 2
    (vault / "unlock.state").unlink(missing_ok=True)
    failed = run("--vault", str(vault), "backup", "--out", str(tmp_path / "no" / "dir" / "b"))
    assert failed.returncode == 1, failed.stderr
    assert failed.stderr.startswith("safehaven: ") and "Traceback" not in failed.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
def test_ctrl_c_at_a_prompt_exits_130(vault: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_NOW"}
    env["SAFEHAVEN_LOG_DIR"] = os.environ.get("SAFEHAVEN_LOG_DIR", str(vault.parent))
    proc = subprocess.Popen([sys.executable, "-m", "safehaven", "--vault", str(vault),
                             "recover", "--staff-name", "Rosa"], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stderr is not None
    seen, deadline = b"", time.monotonic() + 60
    while b"Recovery key" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 1)
        if ready:
            seen += os.read(proc.stderr.fileno(), 1024)
    assert b"Recovery key" in seen, seen
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err


def test_exit_code_says_failed_or_refused() -> None:
    assert cli_common.exit_code(DiskFull()) == 1
    assert cli_common.exit_code(PermissionError(13, "Permission denied")) == 1
    for refused in (InvalidValue("mood", "1 to 5"), WrongPassphrase(), NotAllowed("rekey")):
        assert cli_common.exit_code(refused) == 2
    try:
        raise ServerFailed("out of reach") from httpx.ConnectError("no route")
    except SyncError as unreachable:
        assert cli_common.exit_code(unreachable) == 1
    assert cli_common.exit_code(SyncError("the server refused this laptop")) == 2
    try:  # a refusal that happens to be caused by the file system is still a refusal
        raise VaultNotFound("/nowhere") from FileNotFoundError(2, "No such file")
    except VaultNotFound as missing:
        assert cli_common.exit_code(missing) == 2


def test_a_missing_server_package_is_one_line_and_exit_1(
        capsys: pytest.CaptureFixture[str]) -> None:
    def server(_: argparse.Namespace) -> None:
        raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")

    assert cli_common.run_command(argparse.Namespace(command="server"), server) == 1
    assert "safehaven[server]" in capsys.readouterr().err


# -- secrets from files ------------------------------------------------------------------------
def test_passphrase_file_opens_the_vault_and_stdin_works_too(vault: Path, tmp_path: Path
                                                             ) -> None:
    good = _secret_file(tmp_path, "pass", PASS + "\n")
    done = run("--vault", str(vault), "--passphrase-file", str(good), "residents",
               passphrase=None)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    piped = subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault),
                            "--passphrase-file", "-", "residents"], input=PASS + "\n",
                           capture_output=True, text=True, timeout=120,
                           env={k: v for k, v in os.environ.items()
                                if not k.startswith("SAFEHAVEN_PASS")})
    assert piped.returncode == 0, piped.stderr


def test_a_bad_passphrase_file_is_refused_in_one_line(vault: Path, tmp_path: Path) -> None:
    missing = run("--vault", str(vault), "--passphrase-file", str(tmp_path / "none"),
                  "residents", passphrase=None)
    assert missing.returncode == 2
    assert missing.stderr.strip().startswith("safehaven: --passphrase-file: cannot read")
    empty = _secret_file(tmp_path, "empty", "\n")
    done = run("--vault", str(vault), "--passphrase-file", str(empty), "residents",
               passphrase=None)
    assert done.returncode == 2 and "first line" in done.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_a_passphrase_file_others_can_read_is_warned_about(vault: Path, tmp_path: Path
                                                            ) -> None:
    loose = _secret_file(tmp_path, "loose", PASS, mode=0o644)
    done = run("--vault", str(vault), "--passphrase-file", str(loose), "residents",
               passphrase=None)
    assert done.returncode == 0
    assert "can be read by other users" in done.stderr and PASS not in done.stderr


def test_rekey_is_for_managers_and_new_passphrases_come_from_files(vault: Path,
                                                                  tmp_path: Path) -> None:
    theirs = _secret_file(tmp_path, "sam", "sam's own long passphrase\n")
    added = run("--vault", str(vault), "staff", "add", "--name", "Sam", "--role", "staff",
                "--new-passphrase-file", str(theirs))
    assert added.returncode == 0, added.stderr
    as_sam = run("--vault", str(vault), "--staff", "Sam", "--passphrase-file", str(theirs),
                 "rekey", passphrase=None)
    assert as_sam.returncode == 2 and "role" in as_sam.stderr
    as_rosa = run("--vault", str(vault), "--staff", "Rosa", "rekey")
    assert as_rosa.returncode == 0, as_rosa.stderr


# -- help, hidden commands, completion ---------------------------------------------------------
def _actions(parser: argparse.ArgumentParser, path: str = ""
             ) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _actions(sub, f"{path} {name}".strip())
        else:
            yield path, action


def test_every_option_of_every_command_has_help() -> None:
    missing = [(path, a.option_strings or a.dest) for path, a in _actions(build_parser())
               if not a.help or a.help == argparse.SUPPRESS]
    assert missing == []


def test_help_hides_developer_commands_which_still_work() -> None:
    shown = run("--help")
    assert shown.returncode == 0
    assert "SUPPRESS" not in shown.stdout and "check-start" not in shown.stdout
    assert "screenshots" not in shown.stdout and "completion" in shown.stdout
    hidden = run("check-start", "--help")
    assert hidden.returncode == 0 and "--png" in hidden.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completion_knows_commands_options_and_choices(tmp_path: Path) -> None:
    made = run("completion", "bash")
    assert made.returncode == 0, made.stderr
    script = tmp_path / "safehaven.bash"
    script.write_text(made.stdout)
    probe = f"""source {script}
ask() {{ COMP_WORDS=("$@"); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); COMP_LINE="$*"
        COMP_POINT=${{#COMP_LINE}}; _shtab_safehaven; echo "${{COMPREPLY[*]}}"; }}
ask safehaven rek
ask safehaven --vault /v checkin add --sh
ask safehaven checkin add --shift ""
ask safehaven completion ""
ask safehaven check-st
"""
    out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=30)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["rekey", "--shift", "morning afternoon night",
                                       "bash zsh tcsh", ""]


def test_zsh_and_tcsh_completion_scripts() -> None:
    zsh = run("completion", "zsh")
    assert zsh.returncode == 0 and zsh.stdout.startswith("#compdef safehaven")
    assert "checkin" in zsh.stdout and "check-start" not in zsh.stdout
    tcsh = run("completion", "tcsh")
    assert tcsh.returncode == 0 and "complete safehaven" in tcsh.stdout


def test_a_server_that_fails_is_a_failure_and_one_that_refuses_is_a_refusal() -> None:
    from safehaven.cli.common import EXIT_FAILED, EXIT_REFUSED, exit_code
    assert exit_code(ServerFailed("The server answered with an error (503).")) == EXIT_FAILED
    assert exit_code(SyncError("The server refused this laptop (token refused).")) \
        == EXIT_REFUSED


@pytest.mark.parametrize(("code", "words"), [(13, "The disk is full"),
                                             (10, "could not be read or written"),
                                             (11, "damaged")])
def test_a_database_error_from_any_command_is_one_line(tmp_path: Path, monkeypatch,
                                                       capsys, code: int, words: str) -> None:
    """A full disk, a failed read or a damaged page while a command opens or reads the
    vault: one plain line and a failure code, never a traceback."""
    import sqlcipher3

    from safehaven import cli
    from safehaven.services import access

    def failing(*args: object, **kwargs: object) -> None:
        error = sqlcipher3.OperationalError("disk I/O error")
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(access, "unlock", failing)
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", "whatever it is")
    result = cli.main(["--vault", str(tmp_path / "v"), "today"])
    err = capsys.readouterr().err.strip().splitlines()
    assert result != 0 and len(err) == 1 and words in err[0], err


def test_no_command_opens_the_desktop_app(monkeypatch, tmp_path: Path) -> None:
    """`safehaven` alone (a desktop shortcut) opens the app, not a usage error."""
    from safehaven import cli
    from safehaven.ui import app

    opened: list = []
    monkeypatch.setattr(app, "run", lambda folder, **kw: opened.append((folder, kw)))
    assert cli.main(["--vault", str(tmp_path / "v")]) == 0
    assert opened and opened[0][0] == tmp_path / "v"
