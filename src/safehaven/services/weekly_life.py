"""The weekly report's part about a child's life beyond therapy (issue 31): hearings this
week and next (with who goes), a school line per child, and the goals reviewed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from safehaven.domain.life import ChildGoal, Hearing
from safehaven.services import education, legal
from safehaven.services.context import Context
from safehaven.services.education import WeekLine
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class LifeWeek:
    hearings: list[Hearing] = field(default_factory=list)  # this week and next, by time
    school: list[WeekLine] = field(default_factory=list)  # one a child with a placement
    goals_reviewed: list[ChildGoal] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.hearings or self.school or self.goals_reviewed)


def for_week(ctx: Context, start: datetime, cutoff: datetime, ids: set[str]) -> LifeWeek:
    """The week from `start` (a Monday) as it stood at `cutoff`, for the residents `ids`;
    hearings up to the end of next week, as the manager plans who goes."""
    hearings = [h for h in legal.hearings_between(ctx, start, start + timedelta(days=14))
                if h.resident_id in ids]
    school = [w for w in education.week_lines(ctx, start.date()) if w.resident_id in ids]
    reviewed = [g for g in reads.all_of(ctx.conn, ChildGoal)
                if g.resident_id in ids and not g.deleted and g.reviewed_on is not None
                and start.date() <= g.reviewed_on <= cutoff.date()]
    return LifeWeek(hearings, school, reviewed)
