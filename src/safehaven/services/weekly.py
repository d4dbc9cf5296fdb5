"""Figures for one ISO week: what the weekly house report and the funder summary count."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from safehaven.domain.dates import days_between, week_bounds
from safehaven.domain.models import Need, Resident, StageChange
from safehaven.domain.vocab import CareStage, NeedStatus
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class WeekFigures:
    week: str
    start: date
    end: date
    residents: int  # in the house on at least one day of the week
    intakes: int
    exits: int
    stage_moves: int
    checkins_expected: dict[date, int] = field(default_factory=dict)
    checkins_done: dict[date, int] = field(default_factory=dict)
    flags: Counter[str] = field(default_factory=Counter)
    sessions: Counter[str] = field(default_factory=Counter)  # by status
    needs_opened: Counter[str] = field(default_factory=Counter)  # by category
    needs_met: Counter[str] = field(default_factory=Counter)

    @property
    def completion(self) -> float:
        expected = sum(self.checkins_expected.values())
        return sum(self.checkins_done.values()) / expected if expected else 1.0


def in_house_on(resident: Resident, day: date) -> bool:
    """Present that day: arrived on or before it, not yet left (the exit day counts)."""
    if resident.deleted or resident.intake_date > day:
        return False
    if resident.discharge_date is not None:
        return day <= resident.discharge_date
    return CareStage(resident.stage).in_house


def figures(ctx: Context, week: str) -> WeekFigures:
    ctx.require(Action.READ_RECORDS)
    conn = ctx.conn
    start, end = week_bounds(week)
    days = days_between(start, end)
    residents = reads.all_of(conn, Resident)
    present = {d: {r.id for r in residents if in_house_on(r, d)} for d in days}
    checkins = reads.checkins_between(conn, start, end)
    done: dict[date, set[str]] = {d: set() for d in days}
    flags: Counter[str] = Counter()
    for c in checkins:
        if c.resident_id in present[c.date]:
            done[c.date].add(c.resident_id)
        flags.update(str(f) for f in c.flags)
    moves = [s for s in reads.all_of(conn, StageChange) if start <= s.changed_on <= end]
    sessions = reads.sessions_between(conn, datetime.combine(start, time.min),
                                      datetime.combine(end + timedelta(days=1), time.min))
    needs = reads.all_of(conn, Need)
    return WeekFigures(
        week=week, start=start, end=end,
        residents=len(set().union(*present.values())),
        intakes=sum(1 for r in residents if not r.deleted and start <= r.intake_date <= end),
        exits=sum(1 for r in residents if not r.deleted and r.discharge_date
                  and start <= r.discharge_date <= end),
        stage_moves=sum(1 for s in moves if s.from_stage is not None),
        checkins_expected={d: len(present[d]) for d in days},
        checkins_done={d: len(done[d]) for d in days},
        flags=flags,
        sessions=Counter(str(s.status) for s in sessions),
        needs_opened=Counter(str(n.category) for n in needs if start <= n.opened_on <= end),
        needs_met=Counter(str(n.category) for n in needs if n.status is NeedStatus.MET
                          and n.closed_on and start <= n.closed_on <= end),
    )
