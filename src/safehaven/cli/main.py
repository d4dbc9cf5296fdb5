"""The `safehaven` command. The GUI is one subcommand; the rest script the same services.

Errors print one plain line on stderr; nothing is changed on disk. Exit status: 0 done,
1 failed (disk full, a server out of reach), 2 usage error or refused input, 130 Ctrl-C.
Secrets come from a file option, an environment variable or a hidden prompt, never argv.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from safehaven import __version__, clock, i18n, logs
from safehaven.cli import completion as cli_completion
from safehaven.cli import records, vault_admin
from safehaven.cli.common import (
    PASSPHRASE,
    add_secret_file_option,
    fill_common_help,
    localize_argparse,
    read_passphrase,
    run_command,
    secret_given,
    use_secret_files,
)
from safehaven.cli.lazy import services
from safehaven.cli.parsing import (  # (COMMAND_MODULES, MODULES: tests/test_cli_parser.py)
    COMMAND_MODULES,
    MODULES,
    SKIPPED,
    _date,
    _OnlyOne,
    command_in,
)
from safehaven.errors import Failed
from safehaven.i18n import tr

if TYPE_CHECKING:  # imported by name when their command runs (`build_parser`); named here
    # too for the checker and for the desktop bundle's analysis, which reads imports
    from safehaven.cli import (  # noqa: F401
        care,
        clinical,
        documents,
        handover,
        health,
        life,
        lifecycle,
        reports,
        safeguarding,
        safety,
        server,
        settings,
        sync,
        transfer,
        voice,
    )
    from safehaven.services import access
else:
    (access,) = services("access")

__all__ = ["COMMAND_MODULES", "MODULES", "build_parser", "command_in", "main"]

log = logging.getLogger("safehaven.cli")
DEMO_PASSPHRASE = "safehaven demo"  # noqa: S105 - documented, for synthetic data only


def default_vault() -> Path:
    env = os.environ.get("SAFEHAVEN_VAULT")
    return Path(env) if env else Path(platformdirs.user_data_dir("SafeHaven", False)) / "vault"


def demo_passphrase() -> str:
    """The documented demo passphrase, unless one was given (file or environment)."""
    return read_passphrase("") if secret_given(PASSPHRASE) else DEMO_PASSPHRASE


# -- commands ----------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> None:
    from safehaven.demo import generator, house  # the demo command alone loads the generator

    passphrase = demo_passphrase()
    if access.exists(args.vault):
        print(tr("Using the existing demo vault at {path}.", path=args.vault))
        access.unlock(args.vault, passphrase, args.staff).vault.close()
    else:
        made = house.make(args.vault, passphrase, residents=args.residents, days=args.days,
                          seed=args.seed, today=clock.today())
        print(tr("Demo vault created at {path}: {r} residents, {c} check-ins, {s} sessions.",
                 path=args.vault, r=made.residents, c=made.checkins, s=made.sessions))
    if passphrase == DEMO_PASSPHRASE:
        print(tr("Demo passphrase: {p} (staff: {names})", p=DEMO_PASSPHRASE,
                 names=", ".join(n for n, _ in generator.DEMO_STAFF)))
    if not args.no_gui:
        from safehaven.ui.app import run

        run(args.vault, language=getattr(args, "lang", None), who=args.staff)


def cmd_check_start(args: argparse.Namespace) -> None:
    from safehaven.ui.check_start import check

    print(tr("reached the {screen} screen", screen=check(args.vault, args.png)))
    from safehaven.sync.opener import process_starts

    if not process_starts():
        raise Failed(tr("A long pull cannot open its pages in a process of their own."))
    print(tr("A long pull opens its pages in a process of their own."))


def cmd_gui(args: argparse.Namespace) -> None:
    from safehaven.ui.app import run

    run(args.vault, language=getattr(args, "lang", None), who=args.staff)


def cmd_screenshots(args: argparse.Namespace) -> None:
    from safehaven.ui.screenshots import take

    passphrase = demo_passphrase()
    for path in take(args.vault, passphrase, args.staff, args.out, i18n.language()):
        print(path)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The `safehaven` parser; `only`: just that command's (with the options before it),
    or the whole parser if no module registers that name."""
    modules = MODULES if only is None else COMMAND_MODULES.get(only, ())
    p = argparse.ArgumentParser(prog="safehaven", description=tr(
        "Encrypted, offline-first records for shelters and safe houses."), epilog=tr(
        "Exit status: 0 done, 1 failed, 2 usage error or refused input, 130 interrupted."))
    p.add_argument("--version", action="version", version=f"SafeHaven {__version__}",
                   help=tr("show the version and exit"))
    p.add_argument("--vault", type=Path, default=None, metavar="DIR",
                   help=tr("vault folder (default: SAFEHAVEN_VAULT or the user data folder)"))
    p.add_argument("--staff", metavar="NAME",
                   help=tr("who you are (needed when several staff share the vault)"))
    p.add_argument("--lang", choices=i18n.CODES, metavar="LANG", help=tr(
        "the language to speak: {codes} (default: from LC_ALL, LC_MESSAGES, LANG or "
        "LANGUAGE)", codes=", ".join(i18n.CODES)))
    add_secret_file_option(p, PASSPHRASE, tr(
        "read your passphrase from the first line of FILE ('-': standard input) instead "
        "of asking; SAFEHAVEN_PASSPHRASE works too"))
    # no command opens the desktop app: what a shortcut or a double-click runs
    p.register("action", "parsers", _OnlyOne)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title=tr("commands"))
    assert isinstance(sub, _OnlyOne)
    sub.only = only
    p.set_defaults(command="gui", func=cmd_gui)

    def command(name: str, func: Callable[[argparse.Namespace], None], help_text: str,
                parent: argparse._SubParsersAction[argparse.ArgumentParser] | None = None, *,
                hidden: bool = False) -> argparse.ArgumentParser:
        """A subcommand; a hidden one (for developers) works but is not listed."""
        where = parent or sub
        c = (where.add_parser(name, description=help_text) if hidden
             else where.add_parser(name, help=help_text, description=help_text))
        c.set_defaults(func=func)
        return c

    vault_admin.register_init(sub, command)

    c = command("demo", cmd_demo, tr("create a vault of synthetic residents"))
    c.add_argument("--residents", type=int, default=40, metavar="N",
                   help=tr("how many residents to invent (default 40)"))
    c.add_argument("--days", type=int, default=120, metavar="N",
                   help=tr("days of history to invent (default 120)"))
    c.add_argument("--seed", type=int, default=7,
                   help=tr("the same seed gives the same house (default 7)"))
    c.add_argument("--no-gui", action="store_true",
                   help=tr("only create the vault; do not open the app"))

    res = records.register(sub, command)

    vault_admin.register_keys(sub, command)
    command("gui", cmd_gui, tr("open the desktop app"))
    session_group = SKIPPED
    for name in modules:
        module = importlib.import_module(f"safehaven.cli.{name}")
        if name == "care":
            session_group = module.register(sub, command, res)
        elif name == "lifecycle":
            module.register(sub, command, res)
        elif name == "org_match":
            module.register(sub, command, _date)
        elif name == "clinical":
            module.register(sub, command, session_group)
        else:
            module.register(sub, command)
    vault_admin.register_backups(sub, command)
    c = command("completion", cmd_completion,
                tr("print a shell completion script (see CONTRIBUTING.md)"))
    c.add_argument("shell", choices=cli_completion.SHELLS,
                   help=tr("the shell: bash, or zsh (through bashcompinit)"))

    # For developers and the build: they work, but the command list does not show them.
    c = command("check-start", cmd_check_start, tr("check that the app reaches its first "
                                                   "screen and can start the process a "
                                                   "long pull opens pages in (used by make "
                                                   "package)"),
                hidden=True)
    c.add_argument("--png", type=Path, metavar="FILE", help=tr("save the screen to FILE"))
    c = command("screenshots", cmd_screenshots, tr("render every screen to PNG files"),
                hidden=True)
    c.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help=tr("the folder for the PNG files"))
    c.add_argument("--lang", choices=i18n.CODES, default=argparse.SUPPRESS, metavar="LANG",
                   help=tr("the language of the screens (default: as for every command)"))
    if only is not None and only not in sub.choices:
        return build_parser()  # a name this list does not know: the whole parser says so
    fill_common_help(p)
    return p


def cmd_completion(args: argparse.Namespace) -> None:
    print(cli_completion.script(build_parser(), args.shell))


def harden_process() -> None:
    """No core dumps: a crash must not write decrypted records or keys to disk."""
    try:
        import resource
    except ImportError:  # Windows has no core dumps to switch off
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def choose_language(argv: Sequence[str] | None) -> str:
    """The CLI's language, set before the parser is built (its help is translated):
    `--lang` if given, else the system's locale if SafeHaven has it, else English."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    known, _ = early.parse_known_args(argv)
    localize_argparse()
    return i18n.set_language(i18n.match(known.lang) or i18n.from_environment())


def main(argv: Sequence[str] | None = None, at: clock.Clock | None = None) -> int:
    """Run one command; `at` is the clock it reads (default: the process's, see clock.py)."""
    with clock.use(at):
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    harden_process()
    choose_language(argv)
    args = build_parser(command_in(argv)).parse_args(argv)  # a usage error exits 2 here
    args.vault = args.vault or default_vault()
    use_secret_files(args)
    if not getattr(args, "own_logs", False):  # the server logs JSON lines of its own
        with contextlib.suppress(OSError):  # a read-only home must not stop the app
            logs.setup()
    return run_command(args, args.func)


if __name__ == "__main__":
    raise SystemExit(main())
