"""Page 1 of the weekly report: one line per child who needs attention, with every reason.

The reasons are Today's (`services.today.overview`, asked for the week's last day), so the
Monday list and the screen never disagree; the week adds what only a week can show: how
many check-ins were missed, a mood low all week, a child who said they did not feel safe,
no safety plan, a therapy plan past its end, doses missed. Children are ordered as Today
orders its alerts: most urgent first. Routine work that is not a worry (a trusted adult's
vetting in progress) is not a reason: it is listed with the details.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from statistics import mean

from safehaven.domain import alerts as rules
from safehaven.domain.models import Alert, CheckIn, SafetyPlan, TherapyPlan
from safehaven.domain.vocab import AlertKind, FeelsSafe
from safehaven.services import today
from safehaven.services.context import Context
from safehaven.store import reads

LOW_MOOD_AVERAGE = 2.0  # a week's mean mood at or below this (1 very low .. 5 very good)
LOW_MOOD_CHECKINS = 2  # ...over at least this many check-ins: one bad day is not a week
URGENT, SOON, ROUTINE = 0, 1, 2
_LEVEL = {rules.URGENT: URGENT, rules.SOON: SOON, rules.ROUTINE: ROUTINE}
# Today's alerts about something that happened: one dated after the week is not the week's.
_EVENTS = {AlertKind.INCIDENT_OPEN, AlertKind.RISK_FLAG, AlertKind.INCIDENT_NOTED,
           AlertKind.NO_CONTACT_MATCH, AlertKind.UNKNOWN_CONTACT, AlertKind.UNVETTED_CONTACT,
           AlertKind.FOLLOW_UP_RISK, AlertKind.STOCK_DISCREPANCY, AlertKind.DOSES_REFUSED,
           AlertKind.COMPLAINT_UNANSWERED}


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a child is on page 1: a Today alert kind, or one of the week's own
    (missed-checkins, low-mood, feels-unsafe, no-safety-plan, plan-ended, doses-missed)."""

    kind: str
    day: date | None
    detail: str  # a vocabulary value, a count, "used/cap", a mean mood
    level: int  # URGENT, SOON or ROUTINE
    source_id: str | None = None


@dataclass(frozen=True, slots=True)
class ChildLine:
    resident_id: str
    reasons: list[Reason]

    @property
    def level(self) -> int:
        return min(r.level for r in self.reasons)


@dataclass(frozen=True, slots=True)
class Attention:
    lines: list[ChildLine] = field(default_factory=list)  # most urgent first
    quiet: list[str] = field(default_factory=list)  # resident ids with nothing to report
    checked_at: datetime | None = None  # the moment Today's rules were applied


def today_for(ctx: Context, moment: datetime) -> today.TodayView:
    """Today's view as it would have shown at `moment` (the week's last day)."""
    return today.overview(replace(ctx, now=lambda: moment))


def checked_at(ctx: Context, last_day: date) -> datetime:
    """The moment page 1 is read for: now in a week still running, else its last minute."""
    end = datetime.combine(last_day + timedelta(days=1), datetime.min.time())
    return min(ctx.now(), end - timedelta(seconds=1))


def for_week(ctx: Context, ids: list[str], last_day: date, checkins: list[CheckIn],
             missed_checkins: dict[str, int], plans: list[TherapyPlan],
             week_reasons: list[tuple[str, Reason]]) -> Attention:
    """Page 1 for the children `ids` (in the house that week, in name order)."""
    moment = checked_at(ctx, last_day)
    view = today_for(ctx, moment)
    wanted = set(ids)
    by_child: dict[str, list[Reason]] = defaultdict(list)
    first: dict[str, int] = {}
    for n, a in enumerate(view.alerts):
        if a.resident_id not in wanted or a.kind == AlertKind.NO_CHECKIN:
            continue  # not checked in: counted with the week's missed check-ins below
        if a.kind in _EVENTS and a.day > last_day:
            continue
        first.setdefault(a.resident_id, n)
        by_child[a.resident_id].append(_from_alert(a))
    not_yet = {r.id for r in view.needs_checkin} | {
        a.resident_id for a in view.alerts if a.kind == AlertKind.NO_CHECKIN}
    for rid in ids:
        missed = missed_checkins.get(rid, 0)
        if missed or rid in not_yet:
            by_child[rid].append(Reason(
                "missed-checkins", moment.date() if rid in not_yet else None,
                str(missed + (1 if rid in not_yet and moment.date() == last_day
                              and not _lived(moment) else 0)),
                SOON if missed >= 2 else ROUTINE))
    by_child_checkins: dict[str, list[CheckIn]] = defaultdict(list)
    for c in checkins:
        by_child_checkins[c.resident_id].append(c)
    for rid, own in by_child_checkins.items():
        if rid not in wanted:
            continue
        moods = [c.mood for c in own]
        if len(moods) >= LOW_MOOD_CHECKINS and mean(moods) <= LOW_MOOD_AVERAGE:
            by_child[rid].append(Reason("low-mood", None, f"{mean(moods):.1f}", SOON))
        unsafe = sorted(c.date for c in own if c.feels_safe is FeelsSafe.NO)
        if unsafe:
            by_child[rid].append(Reason("feels-unsafe", unsafe[-1], str(len(unsafe)), URGENT))
    with_plan = {p.resident_id for p in reads.all_of(ctx.conn, SafetyPlan)
                 if not p.deleted and p.reviewed_on <= last_day}
    for rid in ids:
        if rid not in with_plan:
            by_child[rid].append(Reason("no-safety-plan", None, "", SOON))
    for p in plans:
        if (p.resident_id in wanted and not p.deleted and p.end_date is not None
                and p.end_date < last_day and (p.closed_on is None or p.closed_on > last_day)):
            by_child[p.resident_id].append(Reason("plan-ended", p.end_date, str(p.modality),
                                                  ROUTINE, p.id))
    for rid, reason in week_reasons:  # the week's medicines: doses missed, stock counts
        if rid in wanted:
            by_child[rid].append(reason)
    lines = [ChildLine(rid, sorted(reasons, key=lambda r: r.level))
             for rid, reasons in by_child.items() if reasons]
    order = {rid: i for i, rid in enumerate(ids)}
    lines.sort(key=lambda line: (line.level, first.get(line.resident_id, len(view.alerts)),
                                 order.get(line.resident_id, 0)))
    return Attention(lines, [rid for rid in ids if rid not in by_child], moment)


def _lived(moment: datetime) -> bool:
    """Whether the day of `moment` is over (its last second)."""
    return moment.time() >= datetime.max.time().replace(microsecond=0)


def _from_alert(a: Alert) -> Reason:
    return Reason(str(a.kind), a.day, a.detail, _LEVEL[rules.urgency(a)], a.source_id)
