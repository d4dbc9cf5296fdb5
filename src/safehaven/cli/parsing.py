"""Building only the parser of the command being run: which modules register each
command, the command read from argv before any parser exists, and the stand-in that drops
what the other commands add (cli/main.py's `build_parser`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from safehaven.i18n import tr


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


# Every command's parser is some 1,200 add_argument calls and the import of sixteen command
# modules: 0.1-0.4 s a process, for one command (docs/benchmarks.md, session 14). The
# modules that register each command group besides this one (tests/test_cli_parser.py holds
# this list to what the whole parser has; a command missing here still works, the whole
# parser is built for it):
MODULES = ("reports", "sync", "server", "care", "safety", "health", "safeguarding",
           "documents", "life", "settings", "voice", "handover", "lifecycle", "transfer",
           "org_match", "clinical")  # in the order the command list shows them
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "resident": ("care", "lifecycle"), "report": ("reports",), "sync": ("sync",),
    "server": ("server",), "session": ("care", "clinical"),
    **dict.fromkeys(("need", "plan", "consent", "trusted-adult", "referral", "follow-up"),
                    ("care",)),
    **dict.fromkeys(("safety-plan", "incident"), ("safety",)),
    **dict.fromkeys(("health", "med", "dose", "stock", "mar"), ("health",)),
    **dict.fromkeys(("missing", "restraint", "log", "no-contact", "contact"),
                    ("safeguarding",)),
    "doc": ("documents",),
    **dict.fromkeys(("profile", "legal", "school"), ("life",)),
    "settings": ("settings",),
    **dict.fromkeys(("goal", "wish", "complaint", "review"), ("voice",)),
    **dict.fromkeys(("search", "handover"), ("handover",)),
    **dict.fromkeys(("audit", "export", "retention", "approval"), ("lifecycle",)),
    "transfer": ("transfer",),
    "org-match": ("org_match",),
    **dict.fromkeys(("measure", "scale", "alert"), ("clinical",)),
}
# the options before a command that take a value (`--vault DIR`)
_GLOBAL_VALUES = ("--vault", "--staff", "--lang", "--passphrase-file")


def command_in(argv: Sequence[str] | None) -> str | None:
    """The command `argv` runs, read before any parser is built ("gui" when none is
    named); None when it cannot be told this simply (help, the version, an abbreviated
    or unknown option): the whole parser decides then."""
    args = list(sys.argv[1:] if argv is None else argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return args[i + 1] if i + 1 < len(args) else None
        if not arg.startswith("-") or arg == "-":
            return arg
        if arg.split("=", 1)[0] not in _GLOBAL_VALUES:
            return None
        i += 1 if "=" in arg else 2
    return "gui" if i == len(args) else None


class _Skipped:
    """A command not being run: whatever its module adds to it is dropped."""

    def __getattr__(self, name: str) -> Any:
        return self._drop

    def _drop(self, *args: object, **kwargs: object) -> Any:
        return self


SKIPPED: Any = _Skipped()


class _OnlyOne(argparse._SubParsersAction):  # type: ignore[type-arg]
    """The commands, of which only `only` (when set) gets a real parser."""

    only: str | None = None

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        if self.only is not None and name != self.only:
            return SKIPPED
        return super().add_parser(name, **kwargs)
