"""What every command shares: secrets (passphrases, keys), opening the vault, printing JSON,
the exit codes, and help for options that mean the same in every command."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from safehaven import i18n
from safehaven.cli.lazy import services
from safehaven.errors import CannotWrite, DiskFull, Failed, InvalidValue, SafeHavenError
from safehaven.i18n import N_, tr

if TYPE_CHECKING:
    from safehaven.services import access
else:  # opening the vault: loaded by the first command that does
    (access,) = services("access")

if TYPE_CHECKING:
    from safehaven.services.context import Context

log = logging.getLogger("safehaven.cli")

# Exit codes, the same for every command (documented in README.md).
EXIT_OK = 0
EXIT_FAILED = 1       # it did not work: disk full, a server out of reach, a file not written
EXIT_REFUSED = 2      # usage errors, and input or a request the core refuses (nothing changed)
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT (128 + 2)

# -- secrets -----------------------------------------------------------------------------------
# A secret comes from a file named on the command line, else from its environment variable,
# else from a hidden prompt; never from argv, where every user of the machine can read it.
PASSPHRASE = "passphrase"  # noqa: S105 - the name of a kind of secret, not one
NEW_PASSPHRASE = "new-passphrase"  # noqa: S105
RECOVERY_KEY = "recovery-key"
ENROLMENT_CODE = "code"  # a new laptop's one-time code
HOUSE_TOKEN = "token"  # noqa: S105 - a house's one-time token from the server's admin
ENVIRONMENT = {PASSPHRASE: "SAFEHAVEN_PASSPHRASE", NEW_PASSPHRASE: "SAFEHAVEN_NEW_PASSPHRASE",
               RECOVERY_KEY: "SAFEHAVEN_RECOVERY_KEY", ENROLMENT_CODE: "SAFEHAVEN_CODE",
               HOUSE_TOKEN: "SAFEHAVEN_HOUSE_TOKEN"}
_files: dict[str, Path] = {}


def use_secret_files(args: argparse.Namespace) -> None:
    """Note the --passphrase-file (and the like) given to this command."""
    _files.clear()
    for kind in ENVIRONMENT:
        path = getattr(args, kind.replace("-", "_") + "_file", None)
        if path is not None:
            _files[kind] = Path(path)


def _read_file(kind: str, path: Path) -> str:
    option = f"--{kind}-file"
    try:
        if str(path) == "-":
            text = sys.stdin.readline()
        else:
            mode = path.stat().st_mode
            if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
                print(tr("safehaven: warning: {path} can be read by other users of this "
                         "computer (chmod 600 {path})", path=path), file=sys.stderr)
            with path.open(encoding="utf-8") as fh:
                text = fh.readline()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidValue(option, tr("cannot read {path}: {reason}", path=path,
                                      reason=reason)) from None
    secret = text.removesuffix("\n").removesuffix("\r")  # the first line, as typed
    if not secret:
        raise InvalidValue(option, tr("{path} holds no {what} on its first line",
                                      path=path, what=kind))
    return secret


def secret_given(kind: str) -> bool:
    """Whether a file or the environment holds this secret (no prompt needed)."""
    return kind in _files or ENVIRONMENT[kind] in os.environ


def read_secret(kind: str, prompt: str, *, confirm: bool = False) -> str:
    """A secret from its file option, its environment variable, or a hidden prompt."""
    if kind in _files:
        return _read_file(kind, _files[kind])
    env = os.environ.get(ENVIRONMENT[kind])
    if env is not None:
        return env
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass(tr("Type it again: ")) != first:
            raise InvalidValue(kind, tr("The two passphrases differ."))
        if not first.strip():
            raise InvalidValue(kind, tr("none was given"))
    except EOFError:  # no terminal and no file or variable: say so, do not crash
        print(file=sys.stderr)  # end the prompt's line
        raise InvalidValue(kind, tr("none was given (no terminal to ask on; scripts use "
                                    "--{kind}-file or set {env})", kind=kind,
                                    env=ENVIRONMENT[kind])) from None
    return first


def read_passphrase(prompt: str, *, confirm: bool = False) -> str:
    """Your passphrase: --passphrase-file, SAFEHAVEN_PASSPHRASE, or a hidden prompt."""
    return read_secret(PASSPHRASE, prompt, confirm=confirm)


def add_secret_file_option(parser: argparse.ArgumentParser, kind: str, help_text: str) -> None:
    parser.add_argument(f"--{kind}-file", type=Path, metavar="FILE", help=help_text)


# -- the vault and output ----------------------------------------------------------------------
def open_context(args: argparse.Namespace) -> Context:
    said = access.finish_interrupted_restore(args.vault)
    if said:
        print(tr("safehaven: {error}", error=said), file=sys.stderr)
    said = access.finish_interrupted_join(args.vault)
    if said and not access.vault_exists(args.vault):
        raise Failed(said)  # the half-made vault was removed: that is the one line
    if said:
        print(tr("safehaven: {error}", error=said), file=sys.stderr)
    passphrase = read_passphrase(tr("Passphrase: "))
    delay = access.unlock_delay(args.vault)
    if delay > 0:
        print(tr("Several wrong passphrases were tried; waiting {s} seconds.",
                 s=round(delay)), file=sys.stderr)
    ctx = access.unlock(args.vault, passphrase, args.staff)
    clock_said = access.clock_warning(ctx)
    if clock_said:
        print(tr("Warning: {problem}", problem=clock_said), file=sys.stderr)
    for problem in ctx.vault.roster.problems:  # someone edited the tables past the app
        print(tr("Warning: {problem} This laptop gives no one the key for legal names and "
                 "clinical notes until a manager restores it from a backup.",
                 problem=problem), file=sys.stderr)
    return ctx


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=str))


# -- exit codes --------------------------------------------------------------------------------
def exit_code(exc: BaseException) -> int:
    """What a command's error means for a script: failed (1) or refused (2)."""
    if isinstance(exc, (DiskFull, CannotWrite, OSError, Failed)):
        return EXIT_FAILED
    return EXIT_REFUSED if isinstance(exc, SafeHavenError) else EXIT_FAILED


# Packages of the sync server: not in the desktop bundle, an extra (`safehaven[server]`).
SERVER_PACKAGES = {"uvicorn", "starlette", "psycopg", "psycopg_pool", "prometheus_client"}


def run_command(args: argparse.Namespace, func: Callable[[argparse.Namespace], None]) -> int:
    """Run one command; errors become one plain line on stderr and an exit code."""
    try:
        func(args)
    except KeyboardInterrupt:
        print(file=sys.stderr)
        print(tr("safehaven: interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `safehaven residents | head`: the reader has what it wanted
        with open(os.devnull, "w") as null:  # quiet the final flush of stdout
            os.dup2(null.fileno(), sys.stdout.fileno())
        return EXIT_OK
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").split(".")[0]
        if missing == "PySide6":  # a server-only install: no Qt
            print(tr("safehaven: the desktop app is not installed here (a server install "
                     "has no Qt); install it with: pip install 'safehaven[desktop]'"),
                  file=sys.stderr)
            return EXIT_FAILED
        if missing not in SERVER_PACKAGES:
            raise
        print(tr("safehaven: the sync server is not part of the desktop app; install it on "
                 "the server with: pip install 'safehaven[server]'"), file=sys.stderr)
        return EXIT_FAILED
    except SafeHavenError as exc:
        log.info("command %s ended: %s", args.command, type(exc).__name__)
        print(tr("safehaven: {error}", error=exc), file=sys.stderr)
        return exit_code(exc)
    except OSError as exc:
        known = access.explained(exc)
        log.info("command %s ended: %s", args.command, type(exc).__name__)
        print(tr("safehaven: {error}", error=known or exc.strerror or exc), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # a database error from anywhere (opening, reading): one line
        known = access.explained(exc)
        if known is None:
            raise
        log.info("command %s ended: %s", args.command, type(exc).__name__)
        print(tr("safehaven: {error}", error=known), file=sys.stderr)
        return exit_code(known)
    return EXIT_OK


# -- help --------------------------------------------------------------------------------------
# Options that mean the same in every command that has them; a command's own words win.
COMMON_HELP = {
    "--json": N_("print JSON (for scripts) instead of text"),
    "--out": N_("the file to write"),
    "--csv": N_("also write the figures as CSV to this file"),
    "--server": N_("the sync server's address, e.g. https://sync.example.org"),
    "--staff-name": N_("your name as colleagues will see it"),
    "--name": N_("the name to show"),
    "--host": N_("the address to listen on"),
    "--port": N_("the port to listen on"),
    "--data": N_("the server's data folder"),
    "--org": N_("the organisation's name"),
    "--resident": N_("the resident's id (see `safehaven residents`)"),
    "--id": N_("the record's id"),
    "file": N_("the file to read"),
}


# argparse's own words (usage, errors, help headings), as Python writes them, so the CLI's
# usage errors speak the user's language too (argparse looks its `_` up at each call).
ARGPARSE_WORDS = (
    N_("usage: "), N_("%(prog)s: error: %(message)s\n"), N_("options"),
    N_("positional arguments"), N_("show this help message and exit"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"), N_("expected at most one argument"),
    N_("expected at least one argument"), N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("ignored explicit argument %r"), N_("can't open '%(filename)s': %(error)s"),
)


def localize_argparse() -> None:
    """Make argparse translate its own messages through the core's catalogues."""
    argparse._ = i18n.gettext  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


def fill_common_help(parser: argparse.ArgumentParser) -> None:
    """Give every option of every command without help the common words for it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                fill_common_help(sub)
        elif action.help is None:
            names = action.option_strings or [action.dest]
            words = next((COMMON_HELP[n] for n in names if n in COMMON_HELP), None)
            if words is not None:
                action.help = tr(words)
