"""The week's headline figures, and how a week is bounded and who was in the house on a
day: what the weekly report, the funder summary and the figures on screen all count from.

Stages come from the stage changes, check-in completion is scored only over the days
already lived, and the week's records are read as they stood at its end
(`store/history.py`, `store/reprint.py`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from safehaven.domain.dates import days_between, week_bounds
from safehaven.domain.models import Need, Resident, StageChange
from safehaven.domain.vocab import Attendance, CareStage, GroupStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import closures, groups, weekly_reprint
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import history, reads
from safehaven.store.reprint import Reprint


@dataclass(frozen=True, slots=True)
class WeekFigures:
    week: str
    start: date
    end: date
    residents: int  # in the house on at least one day of the week
    intakes: int
    exits: int
    stage_moves: int
    checkins_expected: dict[date, int] = field(default_factory=dict)  # whole days lived only
    checkins_done: dict[date, int] = field(default_factory=dict)
    flags: Counter[str] = field(default_factory=Counter)
    sessions: Counter[str] = field(default_factory=Counter)  # by status
    needs_opened: Counter[str] = field(default_factory=Counter)  # by category
    needs_met: Counter[str] = field(default_factory=Counter)
    in_progress: bool = False  # the current week: counted up to now
    today: tuple[int, int] | None = None  # (expected, done) so far today, not yet scored

    @property
    def completion(self) -> float | None:
        """Share of expected check-ins done on the days lived; None when none was expected."""
        expected = sum(self.checkins_expected.values())
        return sum(self.checkins_done.values()) / expected if expected else None


def in_house_on(resident: Resident, day: date) -> bool:
    """Present that day by today's record: arrived on or before it, not yet left (the exit
    day counts)."""
    if resident.deleted or resident.intake_date > day:
        return False
    if resident.discharge_date is not None:
        return day <= resident.discharge_date
    return CareStage(resident.stage).in_house


class Stages:
    """Each resident's care stage on any day, from the append-only stage changes."""

    def __init__(self, changes: list[StageChange], closed: dict[str, date] | None = None
                 ) -> None:
        self.closed = closed or {}  # closed cases: in no list after the day they closed
        self.by_resident: dict[str, list[StageChange]] = defaultdict(list)
        for c in sorted(changes, key=lambda c: (c.changed_on, c.id)):
            self.by_resident[c.resident_id].append(c)

    def on(self, resident: Resident, day: date) -> CareStage:
        moves = self.by_resident.get(resident.id, [])
        before = [c for c in moves if c.changed_on <= day]
        if before:
            return CareStage(before[-1].to_stage)
        if moves:
            return CareStage(moves[0].from_stage or moves[0].to_stage)
        return CareStage(resident.stage)

    def present(self, resident: Resident, day: date) -> bool:
        """In the house that day (the day of leaving counts)."""
        if resident.deleted or resident.intake_date > day:
            return False
        closed_on = self.closed.get(resident.id)
        if closed_on is not None and day > closed_on:
            return False
        if self.on(resident, day).in_house:
            return True
        return any(c.changed_on == day and c.from_stage is not None
                   and CareStage(c.from_stage).in_house
                   for c in self.by_resident.get(resident.id, []))

    def as_of(self, resident: Resident, day: date) -> Resident:
        """The resident's record as it stood on `day` (stage and date of leaving)."""
        left = resident.discharge_date
        return replace(resident, stage=self.on(resident, day),
                       discharge_date=left if left is not None and left <= day else None)


def closed_days(ctx: Context) -> dict[str, date]:
    """The day each closed case closed (as the records stand now: a case reopened since
    is in the lists again)."""
    return {r: c.day for r, c in closures.closed_map(ctx.conn).items()}


def week_cutoff(ctx: Context, week: str) -> tuple[date, date, datetime, bool]:
    start, end = week_bounds(week)
    now = ctx.now()
    if start > now.date():
        raise InvalidValue("week", tr("{week} has not started yet: choose this week or an "
                                      "earlier one.", week=week))
    week_end = datetime.combine(end + timedelta(days=1), time.min)
    in_progress = now < week_end
    return start, end, min(now, week_end), in_progress


def figures(ctx: Context, week: str) -> WeekFigures:
    ctx.require(Action.READ_RECORDS)
    start, end, cutoff, in_progress = week_cutoff(ctx, week)
    rp = Reprint(ctx.conn, history.clock_at(cutoff))
    return count_week(ctx, rp, week, start, end, cutoff, in_progress,
                    Stages(rp.rows(StageChange), closed_days(ctx)))


def count_week(ctx: Context, rp: Reprint, week: str, start: date, end: date, cutoff: datetime,
             in_progress: bool, stages: Stages) -> WeekFigures:
    conn = ctx.conn
    days = days_between(start, end)
    started = [d for d in days if datetime.combine(d, time.min) < cutoff]
    lived = [d for d in started if datetime.combine(d + timedelta(days=1), time.min) <= cutoff]
    residents = rp.rows(Resident)
    present = {d: {r.id for r in residents if stages.present(r, d)} for d in days}
    checkins = [c for c in reads.checkins_between(conn, start, end) if c.date in started]
    done: dict[date, set[str]] = {d: set() for d in started}
    flags: Counter[str] = Counter()
    for c in checkins:
        if c.resident_id in present[c.date]:
            done[c.date].add(c.resident_id)
        flags.update(str(f) for f in c.flags)
    live = {r.id for r in residents if not r.deleted}
    moves = [s for s in rp.rows(StageChange)
             if start <= s.changed_on <= end and s.changed_on in started
             and s.resident_id in live]
    # each session by its own date, whenever its attendance was recorded (issue 26)
    sessions = weekly_reprint.sessions_then(rp, reads.sessions_between(
        conn, datetime.combine(start, time.min), cutoff))
    places = Counter("attended" if a.status is Attendance.PRESENT else "missed"
                     for g in groups.between(ctx, datetime.combine(start, time.min), cutoff)
                     if g.session.status is GroupStatus.HELD for a in g.attendance
                     if a.status in (Attendance.PRESENT, Attendance.ABSENT))
    needs = rp.rows(Need)
    met = weekly_reprint.needs_met(rp, needs, start, end)
    ever = set().union(*(present[d] for d in started)) if started else set()
    return WeekFigures(
        week=week, start=start, end=end, residents=len(ever),
        intakes=sum(1 for r in residents if not r.deleted and start <= r.intake_date <= end
                    and r.intake_date in started),
        exits=sum(1 for s in moves if s.to_stage is CareStage.FOLLOW_UP and s.from_stage
                  and CareStage(s.from_stage).in_house),
        stage_moves=sum(1 for s in moves if s.from_stage is not None),
        checkins_expected={d: len(present[d]) for d in lived},
        checkins_done={d: len(done[d]) for d in lived},
        flags=flags,
        sessions=Counter(str(s.status) for s in sessions) + places,
        needs_opened=Counter(str(n.category) for n in needs if start <= n.opened_on <= end),
        needs_met=Counter(str(n.category) for n in met),
        in_progress=in_progress,
        today=(len(present[started[-1]]), len(done[started[-1]]))
        if started and started[-1] not in lived else None,
    )
