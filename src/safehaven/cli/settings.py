"""`safehaven settings` (issue 25): the house's idle-lock limit, language and this laptop's
backup folder (a manager's), and one's own language and shorter idle lock (anyone's).
The services decide who may; a refusal exits 2 and changes nothing."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safehaven import i18n
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command, _group
from safehaven.cli.lazy import services
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import preferences
else:

    preferences, = services("preferences")


def _show(args: argparse.Namespace, now: preferences.Effective) -> None:
    if args.json:
        print_json({"language": now.language, "lock_minutes": now.lock_minutes,
                    "own_language": now.own_language, "own_lock_minutes": now.own_lock,
                    "house_language": now.house_language, "house_lock_minutes": now.house_lock,
                    "backup_folder": now.backup_folder})
        return
    print(tr("Idle lock: {n} minutes (the house's limit: {limit})", n=now.lock_minutes,
             limit=now.house_lock))
    print(tr("Language: {code} (the house's: {house})", code=now.language or "-",
             house=now.house_language or "-"))
    print(tr("Backups on this laptop go to: {folder}", folder=now.backup_folder or "-"))


def cmd_settings_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        now = preferences.effective(ctx)
    _show(args, now)


def cmd_settings_house(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.lock_minutes is not None:
            preferences.set_house_lock(ctx, args.lock_minutes)
        if args.language is not None:
            preferences.set_house_language(ctx, args.language)
        if args.backup_folder is not None:
            preferences.set_backup_folder(ctx, args.backup_folder)
        now = preferences.effective(ctx)
    _show(args, now)


def cmd_settings_mine(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.lock_minutes is not None:
            preferences.set_own_lock(ctx, args.lock_minutes or None)
        if args.language is not None:
            preferences.set_own_language(ctx, args.language)
        now = preferences.effective(ctx)
    _show(args, now)


def register(sub: Any, command: Command) -> None:
    group = _group(sub, "settings", tr("the idle lock, the language and the backup folder"))
    c = command("show", cmd_settings_show, tr("what applies to you on this laptop"), group)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("house", cmd_settings_house,
                tr("the house's idle-lock limit and language, and this laptop's backup "
                   "folder (managers)"), group)
    c.add_argument("--lock-minutes", type=int, metavar="N",
                   help=tr("lock a laptop left idle this many minutes at most"))
    c.add_argument("--language", choices=list(i18n.CODES), help=tr("the house's language"))
    c.add_argument("--backup-folder", metavar="FOLDER",
                   help=tr("where this laptop writes its daily backup ('' for none)"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("mine", cmd_settings_mine,
                tr("your own language, and an idle lock shorter than the house's"), group)
    c.add_argument("--lock-minutes", type=int, metavar="N",
                   help=tr("lock after this many idle minutes (0: the house's limit)"))
    c.add_argument("--language", choices=list(i18n.CODES), help=tr("your language"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
