"""The vault's own commands: creating it, staff and their passphrases, the recovery key,
the data key, describing it, backups and restores, and carrying on after lost saves.
(They were cli/main.py's; three `register_*` functions add them where the command list
shows them.)"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import (
    NEW_PASSPHRASE,
    RECOVERY_KEY,
    add_secret_file_option,
    read_passphrase,
    read_secret,
)
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json as _print_json
from safehaven.cli.declare import Command
from safehaven.cli.lazy import services
from safehaven.errors import InvalidValue
from safehaven.i18n import tr, tr_n
from safehaven.services.permissions import Action

if TYPE_CHECKING:
    from safehaven.services import access, staff
else:
    access, staff = services("access", "staff")


def cmd_init(args: argparse.Namespace) -> None:
    passphrase = staff.check_passphrase(
        read_passphrase(tr("Choose a passphrase: "), confirm=True),
        (args.staff_name, args.house, args.organisation))
    ctx, recovery = access.create(args.vault, house=args.house, organisation=args.organisation,
                                  staff_name=args.staff_name, passphrase=passphrase)
    ctx.vault.close()
    print(tr("Vault created at {path} for {house}.", path=args.vault, house=args.house))
    print(tr("Recovery key (write it down and keep it locked away; it is shown only once):"))
    print(recovery)


def cmd_staff_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    new_pass = read_secret(NEW_PASSPHRASE, tr("Passphrase for {name}: ", name=args.name))
    with ctx.vault:
        print(staff.add(ctx, args.name, args.role, new_pass).record.id)


def cmd_staff_passphrase(args: argparse.Namespace) -> None:
    """A manager gives a colleague a new passphrase; it reaches every laptop by sync."""
    ctx = _open(args)
    new_pass = read_secret(NEW_PASSPHRASE, tr("New passphrase for {name}: ", name=args.name))
    with ctx.vault:
        member = next((s for s in staff.listing(ctx) if s.active and
                       s.display_name.casefold() == args.name.casefold()), None)
        if member is None:
            raise InvalidValue("name", tr("No such staff member."))
        staff.change_passphrase(ctx, member.id, new_pass)
    print(tr("New passphrase set for {name}.", name=member.display_name))


def cmd_recover(args: argparse.Namespace) -> None:
    """Lost passphrase: open with the recovery key, set a new passphrase for a staff member."""
    key = read_secret(RECOVERY_KEY, tr("Recovery key: "))
    new_pass = read_secret(NEW_PASSPHRASE, tr("New passphrase: "))
    name = access.reset_passphrase(args.vault, key, args.staff_name, new_pass)
    print(tr("New passphrase set for {name}.", name=name))


def cmd_new_recovery_key(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        ctx.require(Action.MANAGE_STAFF)
        key = ctx.vault.new_recovery_key()
    print(tr("The old recovery key no longer works. The new one (shown only once):"))
    print(key)


def cmd_rekey(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        ctx.require(Action.MANAGE_STAFF)  # every laptop's copy of the key changes with it
        ctx.vault.rekey()
    print(tr("The database now uses a new data key."))


def cmd_info(args: argparse.Namespace) -> None:
    _print_json({"vault": str(args.vault), **access.describe(args.vault)})


def cmd_backup(args: argparse.Namespace) -> None:
    from safehaven.services import backups

    ctx = _open(args)
    with ctx.vault:
        backups.write_to(ctx, args.out)
    print(tr("Backup written to {path}. Keep it as safe as the laptop.", path=args.out))
    print(args.out)


def cmd_restore(args: argparse.Namespace) -> None:
    from safehaven.services.backups import RestoreRefused, restore

    passphrase = read_passphrase(tr("Passphrase of the backed-up vault: "))
    try:
        moved = restore(args.file, args.vault, passphrase, args.staff, replace=args.replace,
                        other_house=args.other_house)
    except RestoreRefused as refused:
        if not sys.stdin.isatty():
            raise
        answer = input(f"{refused} " + tr("Go ahead? [y/N] ")).strip().lower()
        if answer not in ("y", "yes", "s", "si", "sí", "sim", "o", "oui"):
            raise
        moved = restore(args.file, args.vault, passphrase, args.staff, replace=True,
                        other_house=True)
    if moved is not None:
        print(tr("The previous vault was kept at {path}.", path=moved))
    print(tr("Restored into {path}.", path=args.vault))


def cmd_accept_missing(args: argparse.Namespace) -> None:
    passphrase = read_passphrase(tr("Passphrase: "))
    missing = access.accept_missing_saves(args.vault, passphrase, args.staff)
    if missing:
        print(tr_n("The vault carries on without its last save; its next sync fetches back "
                   "what reached the server.",
                   "The vault carries on without its last {n} saves; its next sync fetches "
                   "back what reached the server.", missing))
    else:
        print(tr("Nothing is missing from this vault; nothing was changed."))


def register_init(sub: Any, command: Command) -> None:
    c = command("init", cmd_init, tr("create a new vault"))
    c.add_argument("--house", required=True, help=tr("the house's name, e.g. Casa Esperanza"))
    c.add_argument("--staff-name", required=True,
                   help=tr("your name: the vault's first staff member, a manager"))
    c.add_argument("--organisation", default="", help=tr("the organisation running the house"))


def register_keys(sub: Any, command: Command) -> None:
    """Staff, the recovery key, the data key and `info`."""
    st = sub.add_parser("staff", help=tr("manage staff")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    c = command("add", cmd_staff_add, tr("add a staff member"), st)
    c.add_argument("--name", required=True, help=tr("their name as colleagues will see it"))
    c.add_argument("--role", required=True, choices=["staff", "clinician", "manager", "admin"],
                   help=tr("what they may see and do"))
    add_secret_file_option(c, NEW_PASSPHRASE, tr(
        "read their passphrase from FILE instead of asking; SAFEHAVEN_NEW_PASSPHRASE works "
        "too"))

    c = command("passphrase", cmd_staff_passphrase,
                tr("give a colleague a new passphrase (managers)"), st)
    c.add_argument("--name", required=True, help=tr("whose passphrase to set"))
    add_secret_file_option(c, NEW_PASSPHRASE, tr(
        "read the new passphrase from FILE instead of asking; SAFEHAVEN_NEW_PASSPHRASE "
        "works too"))

    c = command("recover", cmd_recover, tr("set a new passphrase with the recovery key"))
    c.add_argument("--staff-name", required=True, metavar="NAME",
                   help=tr("whose passphrase to set"))
    add_secret_file_option(c, RECOVERY_KEY, tr(
        "read the recovery key from FILE instead of asking; SAFEHAVEN_RECOVERY_KEY works "
        "too"))
    add_secret_file_option(c, NEW_PASSPHRASE, tr(
        "read the new passphrase from FILE instead of asking; SAFEHAVEN_NEW_PASSPHRASE "
        "works too"))
    command("rekey", cmd_rekey, tr("rotate the database key (managers)"))
    command("new-recovery-key", cmd_new_recovery_key,
            tr("replace the recovery key (the old one stops working)"))

    command("info", cmd_info, tr("describe a vault without unlocking it"))


def register_backups(sub: Any, command: Command) -> None:
    c = command("backup", cmd_backup, tr("write an encrypted backup of the vault"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the backup file to write (e.g. on a USB stick)"))
    c = command("restore", cmd_restore, tr("restore a backup (checked before anything changes)"))
    c.add_argument("file", type=Path, help=tr("the backup file"))
    c.add_argument("--replace", action="store_true", help=tr("replace an existing vault"))
    c.add_argument("--other-house", action="store_true",
                   help=tr("allow a backup of another house"))
    command("accept-missing-saves", cmd_accept_missing,
            tr("carry on with a vault whose last saves were lost with its journal file "
               "(as after a restore)"))
