"""The safeguarding part of the weekly report (issue 27): the week's missing episodes
(each counted against the young person's episodes so far), visits and contacts (refused
ones and no-contact matches named), restraints with their debrief and review, and the
house log."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from safehaven.domain.models import Contact, HouseLogEntry
from safehaven.services import house_log, missing, restraints
from safehaven.services.context import Context
from safehaven.services.missing import Episode
from safehaven.services.restraints import RestraintRecord
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class SafeguardingWeek:
    episodes: list[Episode] = field(default_factory=list)  # began or still open that week
    episode_number: dict[str, int] = field(default_factory=dict)  # incident id -> nth
    contacts: Counter[str] = field(default_factory=Counter)  # by kind
    refused: list[Contact] = field(default_factory=list)  # not allowed or flagged
    restraints: list[RestraintRecord] = field(default_factory=list)
    house_log: list[HouseLogEntry] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.episodes or self.contacts or self.restraints or self.house_log)


def for_week(ctx: Context, start: datetime, cutoff: datetime, ids: set[str]
             ) -> SafeguardingWeek:
    """What happened from `start` up to `cutoff`, for the residents `ids` (and the house)."""
    episodes = [e for e in missing.between(ctx, start, cutoff) if e.resident_id in ids]
    number: dict[str, int] = {}
    for rid in {e.resident_id for e in episodes}:  # counted per child, across weeks
        own = sorted(missing.for_resident(ctx, rid),
                     key=lambda e: (e.incident.occurred_at, e.incident.id))
        number.update({e.incident.id: n for n, e in enumerate(own, start=1)})
    logged = [c for c in reads.current_between(ctx.conn, Contact, "at", start, cutoff)
              if c.resident_id in ids]
    return SafeguardingWeek(
        episodes=episodes, episode_number=number,
        contacts=Counter(str(c.kind) for c in logged),
        refused=[c for c in logged if not c.allowed or c.no_contact_id or c.unknown_person
                 or c.unvetted_adult_id],
        restraints=[r for r in restraints.between(ctx, start, cutoff) if r.restraint.resident_id
                    in ids],
        house_log=house_log.between(ctx, start, cutoff))
