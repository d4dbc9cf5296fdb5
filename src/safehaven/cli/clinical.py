"""Commands for outcome measures, the house's own scales, group sessions and Today's
alerts. Like every command they call the services only, so the role rules hold."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safehaven.cli.care import _book
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import (
    Command,
    _date,
    _datetime,
    _define,
    _emit,
    _group,
    _o,
    _plain,
    _staff_id,
)
from safehaven.cli.lazy import services
from safehaven.domain import vocab as V
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr, tr_n

if TYPE_CHECKING:
    from safehaven.domain.models import Alert
    from safehaven.services.context import Context

if TYPE_CHECKING:
    from safehaven.services import alert_acks, groups, measures, today
else:
    alert_acks, groups, measures, today = services("alert_acks", "groups", "measures", "today")


def _subscales(items: list[str] | None) -> dict[str, int]:
    """`--subscale name=N`, repeated."""
    out: dict[str, int] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise InvalidValue("subscales", tr("Write each subscale as name=score, for "
                                               "example intrusion=7."))
        try:
            out[name.strip()] = int(value)
        except ValueError:
            raise InvalidValue("subscales", tr("A subscale's score is a whole number.")
                               ) from None
    return out


def alert_key(alert: Alert) -> str:
    """What `alert ack --alert` names: the alert in its present condition."""
    return f"{alert.kind}:{alert.resident_id}:{alert.condition}"


def alert_json(n: int, alert: Alert) -> dict[str, Any]:
    from safehaven.domain import alerts as rules

    return {"n": n, "key": alert_key(alert), "urgency": rules.urgency(alert),
            "kind": str(alert.kind), "resident_id": alert.resident_id, "day": alert.day,
            "at": alert.at, "detail": alert.detail, "source_id": alert.source_id}


def cmd_measure_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        by = None
        if args.administered_by:
            by = _staff_id(ctx, "administered_by", args.administered_by)
        result = measures.record(ctx, args.resident_id, args.instrument, args.total,
                                 taken_on=args.taken_on, administered_by=by,
                                 subscales=_subscales(args.subscale), note=args.note)
        scored = next(s for s in measures.for_resident(ctx, args.resident_id)
                      if s.measure.id == result.record.id)
    if args.json:
        print_json({**_plain(result.record), "band": scored.band.label})
    else:
        print(result.record.id)


def cmd_measure_edit(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        by = _staff_id(ctx, "administered_by", args.administered_by) \
            if args.administered_by else None
        result = measures.edit(ctx, args.measure_id, total=args.total, taken_on=args.taken_on,
                               administered_by=by, note=args.note,
                               subscales=_subscales(args.subscale) if args.subscale else None)
    _emit(args, result.record)


def cmd_measure_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        scored = measures.for_resident(ctx, args.resident_id)
    changes = measures.changes(scored)
    if args.json:
        print_json({
            "measures": [{**_plain(s.measure), "instrument_name": s.instrument.name,
                          "band": s.band.label} for s in scored],
            "change_since_first": [{
                "instrument": c.instrument.code, "first": c.first.measure.total,
                "first_band": c.first.band.label, "latest": c.latest.measure.total,
                "latest_band": c.latest.band.label, "count": c.count,
                "direction": c.direction} for c in changes]})
        return
    for s in scored:
        m = s.measure
        print(f"{m.taken_on}  {s.instrument.name}  {m.total}  {tr(s.band.label)}"
              + (f"  ({', '.join(m.subscales)})" if m.subscales else "") + f"  [{m.id}]")
    for c in changes:
        print(tr_n("{name}: {first} ({first_band}) to {latest} ({latest_band}), {n} score, "
                   "{direction}",
                   "{name}: {first} ({first_band}) to {latest} ({latest_band}), {n} scores, "
                   "{direction}", c.count, name=tr(c.instrument.name),
                   first=c.first.measure.total, first_band=tr(c.first.band.label),
                   latest=c.latest.measure.total, latest_band=tr(c.latest.band.label),
                   direction=word(c.direction).lower()))


def cmd_scale_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = measures.scales(ctx)
    if args.json:
        print_json([{"code": i.code, "name": i.name, "min": i.min_score, "max": i.max_score,
                     "bands": [[b.lowest, b.label] for b in i.bands],
                     "subscales": sorted(i.subscales), "custom": i.custom} for i in found])
        return
    for i in found:
        bands = ", ".join(f"{b.lowest}+ {tr(b.label)}" for b in i.bands)
        print(f"{i.code if not i.custom else i.name}  {i.min_score}-{i.max_score}  {bands}")


def _find_alert(ctx: Context, args: argparse.Namespace) -> Alert:
    shown = today.overview(ctx).alerts
    if args.alert:
        for alert in shown:
            if alert_key(alert) == args.alert.strip():
                return alert
        raise InvalidValue("alert", tr("No such alert on Today (it may have been "
                                       "acknowledged, or its condition changed)."))
    if args.number is None:
        raise InvalidValue("alert", tr("Name the alert with --alert KEY or --number N (see "
                                       "today --json)."))
    return alert_acks.find(shown, args.number)


def cmd_alert_ack(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        result = alert_acks.acknowledge(ctx, _find_alert(ctx, args), args.note)
    _emit(args, result.record)


def _book_any(ctx: Context, **kw: Any) -> Any:
    """`session book`: one resident's session on a plan, or with --residents a group."""
    members = kw.pop("residents", None)
    if not members:
        for name in ("modality", "title", "facilitator"):
            if kw.pop(name, None) is not None:
                raise InvalidValue(name, tr("Only for a group session (--residents)."))
        if not kw.get("plan_id"):
            raise InvalidValue("plan_id", tr("Give --plan, or --residents for a group."))
        return _book(ctx, **kw)
    if kw.pop("plan_id", None):
        raise InvalidValue("plan_id", tr("A group session takes --residents, not --plan: "
                                         "each resident's plan is found by the therapy."))
    if not kw.get("modality"):
        raise InvalidValue("modality", tr("Say which therapy the group is (--modality)."))
    kw = {k: v for k, v in kw.items() if v is not None}
    try:
        return groups.book(ctx, members, **kw)
    except NeedsConfirmation as e:
        raise InvalidValue(e.field, e.message + " " + tr("Add --confirm-past to book it anyway.")
                           ) from None


def cmd_group_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        group = groups.get(ctx, args.group_id)
    if args.json:
        print_json({**_plain(group.session), "attendance": _plain(group.attendance)})
        return
    g = group.session
    print(f"{g.scheduled_at:%Y-%m-%d %H:%M}  {g.title}  {g.status}  [{g.id}]")
    for a in group.attendance:
        print(f"  {group.names.get(a.resident_id, a.resident_id)}  {a.status}  "
              f"[{a.resident_id}]")


def register(sub: Any, command: Command, session_group: Any) -> None:
    measure = _group(sub, "measure", tr("outcome measures (clinicians and managers)"))
    c = command("add", cmd_measure_add, tr("record a measure's total score"), measure)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--instrument", required=True,
                   help=tr("CATS, cats-caregiver, cats-caregiver-3-6, PHQ-A, GAD-7 or a "
                           "house scale's name"))
    c.add_argument("--score", dest="total", required=True, help=tr("the total score"))
    c.add_argument("--subscale", action="append", metavar="NAME=N",
                   help=tr("a subscale's score (repeat)"))
    c.add_argument("--on", dest="taken_on", type=_date, metavar="YYYY-MM-DD",
                   help=tr("the day it was taken (default today)"))
    c.add_argument("--by", dest="administered_by", metavar="STAFF",
                   help=tr("who administered it (staff name or id; default you)"))
    c.add_argument("--note", help=tr("a short note (no item answers)"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
    c = command("edit", cmd_measure_edit, tr("correct a score as typed"), measure)
    c.add_argument("--id", dest="measure_id", required=True, help=tr("the measure's id"))
    c.add_argument("--score", dest="total", help=tr("the corrected total"))
    c.add_argument("--subscale", action="append", metavar="NAME=N",
                   help=tr("a subscale's score (repeat; replaces them all)"))
    c.add_argument("--on", dest="taken_on", type=_date, metavar="YYYY-MM-DD",
                   help=tr("the day it was taken"))
    c.add_argument("--by", dest="administered_by", metavar="STAFF",
                   help=tr("who administered it (staff name or id)"))
    c.add_argument("--note", help=tr("a short note (no item answers)"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
    c = command("list", cmd_measure_list, tr("a resident's scores and change since the "
                                             "first"), measure)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))
    _define(measure, command, "remove", tr("remove a score typed in error"), measures.remove,
            [_o("--id", "measure_id", tr("the measure's id"))], ["measure_id"])

    scale = _group(sub, "scale", tr("the house's own outcome scales"))
    _define(scale, command, "add", tr("add a scale (managers)"), measures.add_scale, [
        _o("--name", "name", tr("the scale's name")),
        _o("--min", "min_score", tr("the lowest score"), type=int),
        _o("--max", "max_score", tr("the highest score"), type=int),
        _o("--bands", "bands", tr("bands as lowest=label, comma-separated, e.g. "
                                  "0=Low,10=Moderate,20=High")),
        _o("--higher-is-better", "higher_is_better", tr("a higher score is better"),
           action="store_true")], ["name", "min_score", "max_score", "bands"])
    c = command("list", cmd_scale_list, tr("every instrument and scale"), scale)
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))

    alert = _group(sub, "alert", tr("Today's alerts"))
    c = command("ack", cmd_alert_ack, tr("acknowledge an alert with a note"), alert)
    c.add_argument("--alert", help=tr("the alert's key (from today --json)"))
    c.add_argument("--number", type=int, help=tr("the alert's number on Today"))
    c.add_argument("--note", required=True, help=tr("what was done, or why it can wait"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))

    _define(session_group, command, "book", tr("book a session on a plan, or a group "
                                               "session with --residents"), _book_any, [
        _o("--plan", "plan_id", tr("the plan's id (one resident)")),
        _o("--residents", "residents", tr("a group: residents' ids, comma-separated")),
        _o("--modality", "modality", tr("a group's therapy"), choices=[
            m.value for m in V.GROUP_MODALITIES]),
        _o("--title", "title", tr("a group's name")),
        _o("--facilitator", "facilitator", tr("who leads the group")),
        _o("--at", "at", tr("when (YYYY-MM-DDTHH:MM)"), type=_datetime, metavar="WHEN"),
        _o("--duration", "duration_min", tr("minutes (default 50; a group 60)"), type=int),
        _o("--place", "place", tr("where (default the plan's place)")),
        _o("--confirm-past", "confirmed", tr("book a time in the past, or for a resident who "
                                             "has left"), action="store_true")], ["at"])
    _define(session_group, command, "attendance", tr("who was present at a group session"),
            groups.record_attendance, [
                _o("--group", "group_id", tr("the group session's id")),
                _o("--present", "present", tr("residents present (ids, comma-separated)")),
                _o("--absent", "absent", tr("residents absent (ids, comma-separated)"))],
            ["group_id"])
    _define(session_group, command, "cancel-group", tr("cancel a group session"),
            groups.cancel, [_o("--group", "group_id", tr("the group session's id")),
                            _o("--reason", "reason", tr("why it was cancelled"))],
            ["group_id", "reason"])
    c = command("group", cmd_group_show, tr("a group session and its attendance"),
                session_group)
    c.add_argument("--id", dest="group_id", required=True, help=tr("the group's id"))
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))
