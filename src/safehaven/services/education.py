"""School and training (issue 31): placements (school, class, tutoring, vocational course,
apprenticeship) with the provider's contact and designated teacher, attendance each week,
exclusions, achievements and qualifications. Any care role records them: the key worker
who does the school run knows.

Attendance is one row per placement and week (its Monday), counted in sessions (days or
lessons, as the provider counts): saving a week again corrects it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.life import EducationPlacement, PlacementKind, SchoolEvent, SchoolEventKind
from safehaven.domain.life import SchoolWeek as Week
from safehaven.domain.models import Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_SESSIONS = 20  # two a day, five days: more is a typing slip


PLACEMENT_RULES: v.Rules = {
    "kind": lambda x: v.choice("kind", PlacementKind, x),
    "provider": lambda x: v.name("provider", x),
    "start_date": v.day_rule("start_date"),
    "end_date": v.day_rule("end_date"),
    "course": lambda x: v.text("course", x, max_len=200),
    "provider_contact": lambda x: v.contact("provider_contact", x),
    "designated_teacher": lambda x: v.text("designated_teacher", x, max_len=200),
}


def _check(p: EducationPlacement) -> None:
    v.before("end_date", p.end_date, p.start_date,
             tr("A placement cannot end before it starts."))


def add_placement(ctx: Context, resident_id: str, *, kind: PlacementKind | str, provider: str,
                  start_date: date | None = None, **fields: Any
                  ) -> Result[EducationPlacement]:
    ctx.require(Action.RECORD_EDUCATION)
    clean = v.fields(PLACEMENT_RULES, {"kind": kind, "provider": provider,
                                       "start_date": start_date, **fields})
    clean["start_date"] = clean["start_date"] or ctx.today()
    made = EducationPlacement(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                              recorded_by=ctx.actor.id if ctx.actor else "", **clean)
    _check(made)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(made)
    return Result(made, tuple(tx.changes))


def edit_placement(ctx: Context, placement_id: str, **fields: Any
                   ) -> Result[EducationPlacement]:
    ctx.require(Action.RECORD_EDUCATION)
    clean = v.fields(PLACEMENT_RULES, fields)
    if clean.get("start_date", 0) is None:
        clean.pop("start_date")
    with ctx.write() as tx:
        _check(replace(tx.get(EducationPlacement, placement_id), **clean))
        made = tx.update(EducationPlacement, placement_id, **clean)
    return Result(made, tuple(tx.changes))


def placements(ctx: Context, resident_id: str) -> list[EducationPlacement]:
    """Current ones first, then ended ones; newest first within each."""
    ctx.require(Action.READ_RECORDS)
    today = ctx.today()
    found = [p for p in reads.for_resident(ctx.conn, EducationPlacement, resident_id,
                                           "start_date DESC, id") if not p.deleted]
    return sorted(found, key=lambda p: p.end_date is not None and p.end_date < today)


def _count(name: str, x: Any) -> int:
    try:
        n = int(x)
    except (TypeError, ValueError):
        raise InvalidValue(name, tr("Give a whole number.")) from None
    if not 0 <= n <= MAX_SESSIONS:
        raise InvalidValue(name, tr("Between 0 and {n}.", n=MAX_SESSIONS))
    return n


def record_week(ctx: Context, placement_id: str, *, week_of: date, expected: int,
                attended: int, note: str | None = None) -> Result[Week]:
    """Attendance in the week holding `week_of` (any day of it)."""
    ctx.require(Action.RECORD_EDUCATION)
    monday = week_of - timedelta(days=week_of.weekday())
    if monday > ctx.today():
        raise InvalidValue("week_of", tr("This week has not begun."))
    out_of, came = _count("expected", expected), _count("attended", attended)
    if came > out_of:
        raise InvalidValue("attended", tr("More sessions attended than there were."))
    text = v.text("note", note, max_len=2000)
    who = ctx.actor.id if ctx.actor else ""
    with ctx.write() as tx:
        placement: EducationPlacement = tx.get(EducationPlacement, placement_id)
        same = [w for w in reads.for_resident(ctx.conn, Week, placement.resident_id)
                if w.placement_id == placement_id and w.week_start == monday and not w.deleted]
        if same:
            made = tx.update(Week, same[0].id, expected=out_of, attended=came, note=text,
                             recorded_by=who)
        else:
            made = tx.insert(Week(new_id(), ctx.vault.site_id, placement.resident_id,
                                  placement_id, monday, out_of, came, who, text))
    return Result(made, tuple(tx.changes))


def add_event(ctx: Context, placement_id: str, *, kind: SchoolEventKind | str, detail: str,
              happened_on: date | None = None, days: int | None = None
              ) -> Result[SchoolEvent]:
    """An exclusion (with its days), an achievement or a qualification."""
    ctx.require(Action.RECORD_EDUCATION)
    what = v.choice("kind", SchoolEventKind, kind)
    on = v.not_future("happened_on", v.day_rule("happened_on")(happened_on) or ctx.today(),
                      ctx.today())
    if days is not None:
        days = _count("days", days)
    with ctx.write() as tx:
        placement: EducationPlacement = tx.get(EducationPlacement, placement_id)
        made = tx.insert(SchoolEvent(
            id=new_id(), site_id=ctx.vault.site_id, resident_id=placement.resident_id,
            placement_id=placement_id, kind=what, happened_on=on or ctx.today(),
            detail=v.text("detail", detail, required=True, max_len=2000) or "",
            staff_id=ctx.actor.id if ctx.actor else "", days=days))
    return Result(made, tuple(tx.changes))


def events(ctx: Context, resident_id: str) -> list[SchoolEvent]:
    """Current versions, newest first."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, SchoolEvent, resident_id, "happened_on DESC, id DESC")
    replaced = {e.amends_id for e in found if e.amends_id}
    return [e for e in found if e.id not in replaced]


@dataclass(frozen=True, slots=True)
class WeekLine:
    """One young person's school week, as the weekly report prints it."""

    resident_id: str
    placements: list[EducationPlacement]
    expected: int
    attended: int
    recorded: bool  # False: placements, but nobody recorded the week
    events: list[SchoolEvent]


def week_lines(ctx: Context, monday: date) -> list[WeekLine]:
    """Each young person with a placement open during the week: attendance and what
    happened (the weekly report's one line a child)."""
    ctx.require(Action.READ_RECORDS)
    sunday = monday + timedelta(days=6)
    conn = ctx.conn
    open_ones = [p for p in reads.all_of(conn, EducationPlacement)
                 if p.start_date <= sunday and (p.end_date is None or p.end_date >= monday)]
    weeks = [w for w in reads.all_of(conn, Week) if w.week_start == monday]
    happened = [e for e in reads.current_between(conn, SchoolEvent, "happened_on", monday,
                                                 sunday + timedelta(days=1))]
    out = []
    for rid in sorted({p.resident_id for p in open_ones}):
        mine = [w for w in weeks if w.resident_id == rid]
        out.append(WeekLine(rid, [p for p in open_ones if p.resident_id == rid],
                            sum(w.expected for w in mine), sum(w.attended for w in mine),
                            bool(mine), [e for e in happened if e.resident_id == rid]))
    return out
