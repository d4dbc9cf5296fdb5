"""The `safehaven` command. The GUI is one subcommand; the rest script the same services.

Errors print one plain line on stderr and exit with status 2; nothing is changed on disk.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import platformdirs

from safehaven import __version__, cli_care, cli_clinical, cli_safety, cli_sync, logs
from safehaven.cli_common import open_context as _open
from safehaven.cli_common import print_json as _print_json
from safehaven.cli_common import read_passphrase
from safehaven.domain import alerts as alert_rules
from safehaven.domain.dates import age_on, week_bounds
from safehaven.domain.vocab import CareStage, FeelsSafe, RiskFlag, Shift
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, SafeHavenError
from safehaven.i18n import tr
from safehaven.services import (
    checkins,
    funder,
    handoff,
    residents,
    staff,
    synthetic,
    today,
    weekly,
)
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import vault as vaults
from safehaven.store.vault import Vault

log = logging.getLogger("safehaven.cli")
DEMO_PASSPHRASE = "safehaven demo"  # noqa: S105 - documented, for synthetic data only
EXIT_ERROR = 2


def default_vault() -> Path:
    env = os.environ.get("SAFEHAVEN_VAULT")
    return Path(env) if env else Path(platformdirs.user_data_dir("SafeHaven", False)) / "vault"








# -- commands ----------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> None:
    passphrase = staff.check_passphrase(
        read_passphrase(tr("Choose a passphrase: "), confirm=True))
    vault, recovery = Vault.create(args.vault, house=args.house, organisation=args.organisation,
                                   staff_name=args.staff_name, passphrase=passphrase)
    vault.close()
    print(tr("Vault created at {path} for {house}.", path=args.vault, house=args.house))
    print(tr("Recovery key (write it down and keep it locked away; it is shown only once):"))
    print(recovery)


def cmd_demo(args: argparse.Namespace) -> None:
    passphrase = os.environ.get("SAFEHAVEN_PASSPHRASE") or DEMO_PASSPHRASE
    if vaults.exists(args.vault):
        print(tr("Using the existing demo vault at {path}.", path=args.vault))
        Vault.unlock(args.vault, passphrase, args.staff).close()
    else:
        vault, _ = Vault.create(args.vault, house="Casa Esperanza", organisation="Harbour Network",
                                staff_name=synthetic.DEMO_STAFF[0][0], passphrase=passphrase,
                                demo=True)
        with vault:
            ctx = Context.for_vault(vault)
            ids = [ctx.actor.id] if ctx.actor else []
            for name, role in synthetic.DEMO_STAFF[1:]:
                ids.append(staff.add(ctx, name, role, passphrase).record.id)
            made = synthetic.generate(ctx, residents=args.residents, days=args.days,
                                      seed=args.seed, staff_ids=ids)
        print(tr("Demo vault created at {path}: {r} residents, {c} check-ins, {s} sessions.",
                 path=args.vault, r=made.residents, c=made.checkins, s=made.sessions))
    if passphrase == DEMO_PASSPHRASE:
        print(tr("Demo passphrase: {p} (staff: {names})", p=DEMO_PASSPHRASE,
                 names=", ".join(n for n, _ in synthetic.DEMO_STAFF)))
    if not args.no_gui:
        from safehaven.ui.app import run

        run(args.vault)


def cmd_residents(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        rows = residents.overview(ctx)
    if args.json:
        _print_json([{
            "id": r.id, "preferred_name": r.preferred_name, "stage": str(r.stage),
            "age": age_on(date.today(), r.date_of_birth, r.age_estimate, r.age_estimated_on),
            "intake_date": r.intake_date, "last_checkin_date": r.last_checkin_date,
            "last_mood": r.last_mood, "open_needs": r.open_needs,
            "next_session": r.next_session,
        } for r in rows])
        return
    for r in rows:
        print(f"{r.id}  {r.preferred_name:<24} {tr(str(r.stage)):<15} "
              f"{r.last_checkin_date or '-'!s:<10}  {r.open_needs}")


def cmd_resident_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        result = residents.add(ctx, args.preferred_name, date_of_birth=args.dob,
                               stage=args.stage)
    r = result.record
    if args.json:
        _print_json({"id": r.id, "preferred_name": r.preferred_name, "stage": str(r.stage),
                     "intake_date": r.intake_date})
    else:
        print(r.id)


def cmd_checkin_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        result = checkins.record(ctx, args.resident, args.mood, feels_safe=args.feels_safe,
                                 flags=args.flag or (), note=args.note, shift=args.shift,
                                 confirmed=args.again)
    print(result.record.id)


def cmd_today(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        view = today.overview(ctx)
        names = {r.id: r.preferred_name for r in residents.overview(ctx)}
    if args.json:
        _print_json({
            "needs_checkin": [r.id for r in view.needs_checkin],
            "alerts": [cli_clinical.alert_json(n, a) for n, a in enumerate(view.alerts, 1)],
            "acknowledged": view.acknowledged,
            "sessions": [{"id": s.id, "resident_id": s.resident_id, "at": s.scheduled_at,
                          "status": str(s.status)} for s in view.sessions],
            "groups": [{"id": g.id, "at": g.session.scheduled_at, "title": g.session.title,
                        "status": str(g.session.status),
                        "residents": [a.resident_id for a in g.attendance]}
                       for g in view.groups],
        })
        return
    print(tr("Still to check in today: {n}", n=len(view.needs_checkin)))
    for r in view.needs_checkin:
        print(f"  {r.preferred_name}")
    print(tr("Alerts: {n}", n=len(view.alerts)))
    for n, a in enumerate(view.alerts, 1):
        when = a.at.strftime(" %H:%M") if a.at else ""
        detail = (tr("{n} overdue needs", n=a.detail) if a.kind == "overdue-need"
                  and a.detail.isdigit() else word(a.detail))
        print(f"  {n}. [{tr(alert_rules.urgency(a))}] {word(a.kind)}: "
              f"{names.get(a.resident_id, '?')} {a.day}{when} {detail}")
    if view.acknowledged:
        print(tr("Acknowledged and left off: {n}", n=view.acknowledged))


def cmd_staff_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    new_pass = os.environ.get("SAFEHAVEN_NEW_PASSPHRASE") or getpass.getpass(
        tr("Passphrase for {name}: ", name=args.name))
    with ctx.vault:
        print(staff.add(ctx, args.name, args.role, new_pass).record.id)


def cmd_recover(args: argparse.Namespace) -> None:
    """Lost passphrase: open with the recovery key, set a new passphrase for a staff member."""
    key = os.environ.get("SAFEHAVEN_RECOVERY_KEY") or getpass.getpass(tr("Recovery key: "))
    new_pass = os.environ.get("SAFEHAVEN_NEW_PASSPHRASE") or getpass.getpass(
        tr("New passphrase: "))
    with Vault.recover(args.vault, key) as vault:
        ctx = Context.for_vault(vault)
        member = next((s for s in staff.listing(ctx)
                       if s.display_name.casefold() == args.staff_name.casefold()), None)
        if member is None:
            raise InvalidValue("staff-name", tr("No such staff member."))
        staff.change_passphrase(ctx, member.id, new_pass)
    print(tr("New passphrase set for {name}.", name=member.display_name))


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
        ctx.vault.rekey()
    print(tr("The database now uses a new data key."))


def cmd_report_weekly(args: argparse.Namespace) -> None:
    from safehaven.reports import save
    from safehaven.reports import weekly as weekly_report

    week_bounds(args.week)  # a mistyped week is refused before the vault is opened
    ctx = _open(args)
    with ctx.vault:
        data = weekly.report_data(ctx, args.week)
    print(save(weekly_report.render(data), args.out))


def cmd_report_resident(args: argparse.Namespace) -> None:
    from safehaven.reports import resident as resident_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        data = handoff.summary_data(ctx, args.id, include_legal_name=args.legal_name,
                                    include_clinical=args.clinical,
                                    clinical_since=args.clinical_since,
                                    clinical_notes=args.clinical_note)
    print(save(resident_report.render(data), args.out))


def cmd_report_funder(args: argparse.Namespace) -> None:
    from safehaven.reports import funder as funder_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        start, end = funder.period(month=args.month, quarter=args.quarter, start=args.start,
                                   end=args.end)
        data = funder.figures(ctx, start, end)
        organisation = staff.organisation_name(ctx)
    print(save(funder_report.render(data, organisation=organisation), args.out))
    if args.csv:
        print(save(funder_report.csv_text(data).encode("utf-8"), args.csv))


def cmd_check_start(args: argparse.Namespace) -> None:
    from safehaven.ui.check_start import check

    print(tr("reached the {screen} screen", screen=check(args.vault, args.png)))


def cmd_backup(args: argparse.Namespace) -> None:
    from safehaven.store.backup import write_backup

    ctx = _open(args)
    with ctx.vault:
        write_backup(ctx.vault, args.out)
    print(tr("Backup written to {path}. Keep it as safe as the laptop.", path=args.out))
    print(args.out)


def cmd_restore(args: argparse.Namespace) -> None:
    from safehaven.store.backup import RestoreRefused, restore

    passphrase = read_passphrase(tr("Passphrase of the backed-up vault: "))
    try:
        moved = restore(args.file, args.vault, passphrase, args.staff, replace=args.replace,
                        other_house=args.other_house)
    except RestoreRefused as refused:
        if not sys.stdin.isatty():
            raise
        answer = input(f"{refused} {tr('Go ahead? [y/N] ')}").strip().lower()
        if answer not in ("y", "yes", "s", "si", "sí"):
            raise
        moved = restore(args.file, args.vault, passphrase, args.staff, replace=True,
                        other_house=True)
    if moved is not None:
        print(tr("The previous vault was kept at {path}.", path=moved))
    print(tr("Restored into {path}.", path=args.vault))


def cmd_gui(args: argparse.Namespace) -> None:
    from safehaven.ui.app import run

    run(args.vault)


def cmd_screenshots(args: argparse.Namespace) -> None:
    from safehaven.ui.screenshots import take

    passphrase = os.environ.get("SAFEHAVEN_PASSPHRASE") or DEMO_PASSPHRASE
    for path in take(args.vault, passphrase, args.staff, args.out):
        print(path)


def cmd_info(args: argparse.Namespace) -> None:
    _print_json({"vault": str(args.vault), **vaults.describe(args.vault)})


# -- parser ------------------------------------------------------------------------------------
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="safehaven", description=tr(
        "Encrypted, offline-first records for shelters and safe houses."))
    p.add_argument("--version", action="version", version=f"SafeHaven {__version__}")
    p.add_argument("--vault", type=Path, default=None,
                   help=tr("vault folder (default: SAFEHAVEN_VAULT or the user data folder)"))
    p.add_argument("--staff", help=tr("who you are (needed when several staff share the vault)"))
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], None], help_text: str,
                parent: argparse._SubParsersAction | None = None) -> argparse.ArgumentParser:
        c = (parent or sub).add_parser(name, help=help_text)
        c.set_defaults(func=func)
        return c

    c = command("init", cmd_init, tr("create a new vault"))
    c.add_argument("--house", required=True)
    c.add_argument("--staff-name", required=True)
    c.add_argument("--organisation", default="")

    c = command("demo", cmd_demo, tr("create a vault of synthetic residents"))
    c.add_argument("--residents", type=int, default=40)
    c.add_argument("--days", type=int, default=120)
    c.add_argument("--seed", type=int, default=7)
    c.add_argument("--no-gui", action="store_true")

    c = command("residents", cmd_residents, tr("list residents"))
    c.add_argument("--json", action="store_true")

    res = sub.add_parser("resident", help=tr("add, show, edit or move a resident")).add_subparsers(
        dest="action", required=True)
    c = command("add", cmd_resident_add, tr("add a resident"), res)
    c.add_argument("--preferred-name", required=True)
    c.add_argument("--dob", type=_date)
    c.add_argument("--stage", choices=[s.value for s in CareStage],
                   default=CareStage.IDENTIFICATION.value)
    c.add_argument("--json", action="store_true")

    chk = sub.add_parser("checkin", help=tr("record a check-in")).add_subparsers(
        dest="action", required=True)
    c = command("add", cmd_checkin_add, tr("record a check-in"), chk)
    c.add_argument("--resident", required=True)
    c.add_argument("--mood", type=int, required=True, choices=range(1, 6), metavar="1-5")
    c.add_argument("--feels-safe", choices=[f.value for f in FeelsSafe])
    c.add_argument("--flag", action="append", choices=[f.value for f in RiskFlag])
    c.add_argument("--shift", choices=[s.value for s in Shift])
    c.add_argument("--note")
    c.add_argument("--again", action="store_true",
                   help=tr("save it even though this shift already has a check-in"))

    c = command("today", cmd_today, tr("who needs a check-in, alerts, sessions"))
    c.add_argument("--json", action="store_true")

    st = sub.add_parser("staff", help=tr("manage staff")).add_subparsers(
        dest="action", required=True)
    c = command("add", cmd_staff_add, tr("add a staff member"), st)
    c.add_argument("--name", required=True)
    c.add_argument("--role", required=True, choices=["staff", "clinician", "manager", "admin"])

    c = command("recover", cmd_recover, tr("set a new passphrase with the recovery key"))
    c.add_argument("--staff-name", required=True)
    command("rekey", cmd_rekey, tr("rotate the database key"))
    command("new-recovery-key", cmd_new_recovery_key,
            tr("replace the recovery key (the old one stops working)"))

    rep = sub.add_parser("report", help=tr("PDF reports")).add_subparsers(
        dest="action", required=True)
    c = command("weekly", cmd_report_weekly, tr("the weekly house report"), rep)
    c.add_argument("--week", required=True, help="YYYY-Www, e.g. 2027-W01")
    c.add_argument("--out", type=Path, required=True)
    c = command("resident", cmd_report_resident, tr("a resident summary for a hand-off"), rep)
    c.add_argument("--id", required=True)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--legal-name", action="store_true", help=tr("include the legal name"))
    c.add_argument("--clinical", action="store_true", help=tr("include clinical notes"))
    c.add_argument("--clinical-since", type=_date,
                   help=tr("include the clinical notes written since this day"))
    c.add_argument("--clinical-note", action="append", metavar="ID",
                   help=tr("include this clinical note (repeat for several)"))
    c = command("funder", cmd_report_funder, tr("de-identified figures for funders"), rep)
    c.add_argument("--month", help=tr("a whole month, e.g. 2026-10"))
    c.add_argument("--quarter", help=tr("a calendar quarter, e.g. 2026-Q3"))
    c.add_argument("--from", dest="start", type=_date,
                   help=tr("first day of a month or quarter (with --to)"))
    c.add_argument("--to", dest="end", type=_date,
                   help=tr("last day of that month or quarter"))
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--csv", type=Path)
    command("info", cmd_info, tr("describe a vault without unlocking it"))
    command("gui", cmd_gui, tr("open the desktop app"))
    cli_sync.register(sub, command)
    session_group = cli_care.register(sub, command, res)
    cli_safety.register(sub, command)
    cli_clinical.register(sub, command, session_group)
    c = command("check-start", cmd_check_start, argparse.SUPPRESS)
    c.add_argument("--png", type=Path)
    c = command("backup", cmd_backup, tr("write an encrypted backup of the vault"))
    c.add_argument("--out", type=Path, required=True)
    c = command("restore", cmd_restore, tr("restore a backup (checked before anything changes)"))
    c.add_argument("file", type=Path)
    c.add_argument("--replace", action="store_true", help=tr("replace an existing vault"))
    c.add_argument("--other-house", action="store_true",
                   help=tr("allow a backup of another house"))
    c = command("screenshots", cmd_screenshots, tr("render every screen to PNG files"))
    c.add_argument("--out", type=Path, required=True)
    return p


def harden_process() -> None:
    """No core dumps: a crash must not write decrypted records or keys to disk."""
    try:
        import resource
    except ImportError:  # Windows has no core dumps to switch off
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    args = build_parser().parse_args(argv)
    args.vault = args.vault or default_vault()
    with contextlib.suppress(OSError):  # a read-only home must not stop the app
        logs.setup()
    try:
        args.func(args)
    except SafeHavenError as exc:
        log.info("command %s ended: %s", args.command, type(exc).__name__)
        print(tr("safehaven: {error}", error=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(tr("safehaven: {error}", error=exc.strerror or exc), file=sys.stderr)
        return EXIT_ERROR
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
