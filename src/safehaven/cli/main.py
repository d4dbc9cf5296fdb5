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
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from safehaven import __version__, clock, formats, i18n, logs
from safehaven.cli import completion as cli_completion
from safehaven.cli.common import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    RECOVERY_KEY,
    add_secret_file_option,
    fill_common_help,
    localize_argparse,
    read_passphrase,
    read_secret,
    run_command,
    secret_given,
    use_secret_files,
)
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json as _print_json
from safehaven.cli.lazy import services
from safehaven.domain.dates import age_on
from safehaven.domain.vocab import CareStage, FeelsSafe, RiskFlag, Shift
from safehaven.domain.words import word
from safehaven.errors import Failed, InvalidValue, PossibleDuplicate
from safehaven.i18n import joined, tr, tr_n
from safehaven.services.permissions import Action

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
    from safehaven.services import (
        access,
        checkins,
        org_match,
        residents,
        staff,
        today,
    )
else:
    (
        access,
        checkins,
        org_match,
        residents,
        staff,
        today,
    ) = services(
        "access",
        "checkins",
        "org_match",
        "residents",
        "staff",
        "today",
    )

log = logging.getLogger("safehaven.cli")
DEMO_PASSPHRASE = "safehaven demo"  # noqa: S105 - documented, for synthetic data only


def default_vault() -> Path:
    env = os.environ.get("SAFEHAVEN_VAULT")
    return Path(env) if env else Path(platformdirs.user_data_dir("SafeHaven", False)) / "vault"


def demo_passphrase() -> str:
    """The documented demo passphrase, unless one was given (file or environment)."""
    return read_passphrase("") if secret_given(PASSPHRASE) else DEMO_PASSPHRASE


# -- commands ----------------------------------------------------------------------------------
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


def cmd_residents(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        rows = residents.overview(ctx)
    if args.json:
        _print_json([{
            "id": r.id, "preferred_name": r.preferred_name, "stage": str(r.stage),
            "age": age_on(clock.today(), r.date_of_birth, r.age_estimate, r.age_estimated_on),
            "intake_date": r.intake_date, "last_checkin_date": r.last_checkin_date,
            "last_mood": r.last_mood, "open_needs": r.open_needs,
            "next_session": r.next_session, "closed_on": r.closed_on,
        } for r in rows])
        return
    for r in rows:
        print(f"{r.id}  {r.preferred_name:<24} {word(r.stage):<15} "
              f"{r.last_checkin_date or '-'!s:<10}  {r.open_needs}")


def cmd_resident_add(args: argparse.Namespace) -> None:
    """The house's own duplicate check, then the organisation's other houses' (issue 30,
    item 3; offline, it says they were not checked and the house's own check decides)."""
    from safehaven.cli import org_match as cli_org_match

    ctx = _open(args)
    with ctx.vault:
        cross = None if args.not_duplicate else org_match.check(
            ctx, args.preferred_name, date_of_birth=args.dob)
        cross_json = cli_org_match.cross_house_json(cross)
        unasked = cli_org_match.not_checked(cross)
        try:
            if cross is not None and cross.houses:
                raise PossibleDuplicate("preferred_name", org_match.status_words(cross), ())
            result = residents.add(ctx, args.preferred_name, date_of_birth=args.dob,
                                   stage=args.stage, languages=tuple(args.language or ()),
                                   confirmed=args.not_duplicate)
        except PossibleDuplicate as e:
            if args.json:
                _print_json({"saved": False, "matches": [i for i, _ in e.matches],
                             "cross_house": cross_json})
            raise InvalidValue(e.field, " ".join(x for x in (e.message, unasked, tr(
                "Their ids: {ids}. Add --not-duplicate to save a new record anyway.",
                ids=", ".join(i for i, _ in e.matches) or "-")) if x)) from None
    if unasked:
        print(unasked, file=sys.stderr)  # saved; stdout keeps the new id alone
    r = result.record
    if args.json:
        _print_json({"id": r.id, "preferred_name": r.preferred_name, "stage": str(r.stage),
                     "intake_date": r.intake_date, "saved": True, "cross_house": cross_json})
    else:
        print(r.id)


def cmd_checkin_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        result = checkins.record(ctx, args.resident, args.mood, feels_safe=args.feels_safe,
                                 flags=args.flag or (), note=args.note, shift=args.shift,
                                 confirmed=args.again)
    print(result.record.id)


def cmd_checkin_correct(args: argparse.Namespace) -> None:
    """A correction is a new check-in naming the old one, which is kept (its history)."""
    changes = {k: v for k, v in (("mood", args.mood), ("feels_safe", args.feels_safe),
                                 ("note", args.note), ("shift", args.shift))
               if v is not None}
    if args.flag is not None:
        changes["flags"] = tuple(f for f in args.flag if f != "none")
    ctx = _open(args)
    with ctx.vault:
        result = checkins.amend(ctx, args.id, args.why, **changes)
    print(result.record.id)


def cmd_checkin_void(args: argparse.Namespace) -> None:
    """A void is a new row naming the check-in it takes back; both stay in the history."""
    ctx = _open(args)
    with ctx.vault:
        result = checkins.void(ctx, args.id, args.why)
    print(result.record.id)


def cmd_today(args: argparse.Namespace) -> None:
    from safehaven.cli.clinical import alert_json

    ctx = _open(args)
    with ctx.vault:
        view = today.overview(ctx)
        names = {r.id: r.preferred_name for r in residents.overview(ctx)}
    if args.json:
        _print_json({
            "needs_checkin": [r.id for r in view.needs_checkin],  # most at risk first
            "needs_checkin_reasons": {r.id: list(view.reasons.get(r.id, ()))
                                      for r in view.needs_checkin},
            "alerts": [alert_json(n, a) for n, a in enumerate(view.alerts, 1)],
            "acknowledged": view.acknowledged,
            "sessions": [{"id": s.id, "resident_id": s.resident_id, "at": s.scheduled_at,
                          "status": str(s.status)} for s in view.sessions],
            "groups": [{"id": g.id, "at": g.session.scheduled_at, "title": g.session.title,
                        "status": str(g.session.status),
                        "residents": [a.resident_id for a in g.attendance]}
                       for g in view.groups],
            "doses_due": [{"prescription_id": d.prescription.id,
                           "resident_id": d.prescription.resident_id,
                           "medicine": d.prescription.medicine, "due_at": d.due_at,
                           "state": d.state} for d in view.doses],
            "house_log": [{"id": e.id, "at": e.at, "category": str(e.category),
                           "text": e.text} for e in view.house_log],
            "hearings": [{"id": h.id, "resident_id": h.resident_id, "at": h.at,
                          "kind": str(h.kind), "place": h.place,
                          "accompanied_by": h.accompanied_by, "transport": h.transport}
                         for h in view.hearings],
        })
        return
    print(tr("Still to check in today: {n}", n=len(view.needs_checkin)))
    for r in view.needs_checkin:
        why = joined(word(x) for x in view.reasons.get(r.id, ()))
        print(f"  {r.preferred_name}" + (f" ({why})" if why else ""))
    from safehaven.domain.alerts import urgency

    print(tr("Alerts: {n}", n=len(view.alerts)))
    for n, a in enumerate(view.alerts, 1):
        when = (formats.day_time(a.at) if a.at
                else formats.day(a.day, weekday=True, year=False))
        detail = (tr_n("{n} overdue need", "{n} overdue needs", int(a.detail))
                  if a.kind == "overdue-need"
                  and a.detail.isdigit() else word(a.detail))
        print(f"  {n}. [{word(urgency(a))}] {word(a.kind)}: "
              f"{names.get(a.resident_id, '?')} {when} {detail}")
    if view.acknowledged:
        print(tr("Acknowledged and left off: {n}", n=view.acknowledged))
    if view.doses:
        print(tr("Medicines due: {n}", n=len(view.doses)))
    for d in view.doses:
        print(f"  {formats.clock(d.due_at)} {word(d.state)}: "
              f"{names.get(d.prescription.resident_id, '?')} {d.prescription.medicine} "
              f"{d.prescription.dose}")
    if view.hearings:
        print(tr("Hearings today and tomorrow: {n}", n=len(view.hearings)))
    for h in view.hearings:
        going = (tr("with {who}", who=h.accompanied_by) if h.accompanied_by
                 else tr("NOBODY TO GO WITH THEM YET"))
        print(f"  {formats.day_time(h.at)} {names.get(h.resident_id, '?')}: {word(h.kind)}, "
              f"{h.place}; {going}")
    print(tr("House log, last 24 hours: {n}", n=len(view.house_log)))
    for e in view.house_log:
        print(f"  {formats.day_time(e.at)} {word(e.category)}: {e.text}")


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


def cmd_check_start(args: argparse.Namespace) -> None:
    from safehaven.ui.check_start import check

    print(tr("reached the {screen} screen", screen=check(args.vault, args.png)))
    from safehaven.sync.opener import process_starts

    if not process_starts():
        raise Failed(tr("A long pull cannot open its pages in a process of their own."))
    print(tr("A long pull opens its pages in a process of their own."))


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


def cmd_gui(args: argparse.Namespace) -> None:
    from safehaven.ui.app import run

    run(args.vault, language=getattr(args, "lang", None), who=args.staff)


def cmd_screenshots(args: argparse.Namespace) -> None:
    from safehaven.ui.screenshots import take

    passphrase = demo_passphrase()
    for path in take(args.vault, passphrase, args.staff, args.out, i18n.language()):
        print(path)


def cmd_info(args: argparse.Namespace) -> None:
    _print_json({"vault": str(args.vault), **access.describe(args.vault)})


# -- parser ------------------------------------------------------------------------------------
def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


# -- building only the parser of the command being run ----------------------------------------
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

    c = command("init", cmd_init, tr("create a new vault"))
    c.add_argument("--house", required=True, help=tr("the house's name, e.g. Casa Esperanza"))
    c.add_argument("--staff-name", required=True,
                   help=tr("your name: the vault's first staff member, a manager"))
    c.add_argument("--organisation", default="", help=tr("the organisation running the house"))

    c = command("demo", cmd_demo, tr("create a vault of synthetic residents"))
    c.add_argument("--residents", type=int, default=40, metavar="N",
                   help=tr("how many residents to invent (default 40)"))
    c.add_argument("--days", type=int, default=120, metavar="N",
                   help=tr("days of history to invent (default 120)"))
    c.add_argument("--seed", type=int, default=7,
                   help=tr("the same seed gives the same house (default 7)"))
    c.add_argument("--no-gui", action="store_true",
                   help=tr("only create the vault; do not open the app"))

    c = command("residents", cmd_residents, tr("list residents"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))

    res = sub.add_parser("resident", help=tr("add, show, edit or move a resident")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    c = command("add", cmd_resident_add, tr("add a resident"), res)
    c.add_argument("--preferred-name", required=True, metavar="NAME",
                   help=tr("the name the young person wants to be called"))
    c.add_argument("--dob", type=_date, metavar="YYYY-MM-DD", help=tr("date of birth"))
    c.add_argument("--stage", choices=[s.value for s in CareStage],
                   default=CareStage.IDENTIFICATION.value,
                   help=tr("care stage (default identification)"))
    c.add_argument("--language", action="append", metavar="LANGUAGE",
                   help=tr("a language they speak (repeat)"))
    c.add_argument("--not-duplicate", action="store_true", help=tr(
        "save it even though the house may already know this young person"))
    c.add_argument("--json", action="store_true", help=tr("print the new record as JSON"))

    chk = sub.add_parser("checkin", help=tr("record a check-in")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    c = command("add", cmd_checkin_add, tr("record a check-in"), chk)
    c.add_argument("--resident", required=True, metavar="ID",
                   help=tr("the resident's id (see `safehaven residents`)"))
    c.add_argument("--mood", type=int, required=True, choices=range(1, 6), metavar="1-5",
                   help=tr("1 very low ... 5 very good"))
    c.add_argument("--feels-safe", choices=[f.value for f in FeelsSafe],
                   help=tr("does the young person feel safe here"))
    c.add_argument("--flag", action="append", choices=[f.value for f in RiskFlag],
                   help=tr("a risk flag; it raises an alert (repeat for several)"))
    c.add_argument("--shift", choices=[s.value for s in Shift],
                   help=tr("the shift (default: the one now)"))
    c.add_argument("--note", help=tr("a short note"))
    c.add_argument("--again", action="store_true",
                   help=tr("save it even though this shift already has a check-in"))

    c = command("correct", cmd_checkin_correct,
                tr("correct a check-in (a new one names it; the old one is kept)"), chk)
    c.add_argument("--id", required=True, help=tr("the check-in's id"))
    c.add_argument("--why", "--reason", dest="why", required=True,
                   help=tr("why it is corrected"))
    c.add_argument("--mood", type=int, choices=range(1, 6), metavar="1-5",
                   help=tr("1 very low ... 5 very good"))
    c.add_argument("--feels-safe", choices=[f.value for f in FeelsSafe],
                   help=tr("does the young person feel safe here"))
    c.add_argument("--flag", action="append", choices=[f.value for f in RiskFlag] + ["none"],
                   help=tr("the risk flags as they should be (repeat; 'none' clears them)"))
    c.add_argument("--shift", choices=[s.value for s in Shift], help=tr("the shift"))
    c.add_argument("--note", help=tr("a short note"))

    c = command("void", cmd_checkin_void, tr(
        "void a check-in recorded for the wrong child or in error (it is kept, counted "
        "nowhere)"), chk)
    c.add_argument("--id", required=True, help=tr("the check-in's id"))
    c.add_argument("--why", "--reason", dest="why", required=True,
                   help=tr("why it is voided"))

    c = command("today", cmd_today, tr("who needs a check-in, alerts, sessions"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))

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
