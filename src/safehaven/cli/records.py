"""The everyday commands: the residents list, adding a resident, check-ins (add, correct,
void) and Today. (They were cli/main.py's; `register` adds them where the command list
shows them and returns the `resident` group, which care and lifecycle add to.)"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from safehaven import clock, formats
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json as _print_json
from safehaven.cli.declare import Command
from safehaven.cli.lazy import services
from safehaven.cli.parsing import _date
from safehaven.domain.dates import age_on
from safehaven.domain.vocab import CareStage, FeelsSafe, RiskFlag, Shift
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, PossibleDuplicate
from safehaven.i18n import joined, tr, tr_n

if TYPE_CHECKING:
    from safehaven.services import checkins, org_match, residents, today
else:
    checkins, org_match, residents, today = services("checkins", "org_match", "residents",
                                                     "today")


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


def register(sub: Any, command: Command) -> Any:
    """`residents`, `resident add`, `checkin ...` and `today`; returns the `resident`
    group."""
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
    return res
