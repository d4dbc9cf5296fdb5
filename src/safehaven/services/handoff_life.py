"""What the hand-off carries of a child's life beyond therapy (issue 31): their goals and
wishes in their own words, school, the legal case and coming hearings, identification
decisions; sealed details only for the roles that read them (as everywhere)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, time

from safehaven.domain.life import (
    ChildGoal,
    EducationPlacement,
    Hearing,
    IdentificationDecision,
    LegalCase,
    TraffickingProfile,
    Wish,
)
from safehaven.services import education, legal, profile, voice
from safehaven.services.context import Context
from safehaven.services.sealed import left_out


@dataclass(frozen=True, slots=True)
class LifeSummary:
    profile: TraffickingProfile | None = None
    decisions: list[IdentificationDecision] = field(default_factory=list)
    cases: list[LegalCase] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)  # still to come, by time
    placements: list[EducationPlacement] = field(default_factory=list)  # current first
    goals: list[ChildGoal] = field(default_factory=list)
    wishes: list[Wish] = field(default_factory=list)  # newest few


def summary(ctx: Context, resident_id: str, *, sealed: bool = False) -> LifeSummary:
    """`sealed`: with the parts only clinicians and managers read (how the child was
    exploited, immigration status, the case's lawyer and references), when asked for."""
    start = datetime.combine(ctx.today(), time.min)
    found = LifeSummary(
        profile=profile.for_resident(ctx, resident_id),
        decisions=profile.decisions(ctx, resident_id),
        cases=legal.cases(ctx, resident_id),
        hearings=sorted((h for h in legal.hearings(ctx, resident_id)
                         if h.at >= start and str(h.status) == "scheduled"),
                        key=lambda h: h.at),
        placements=education.placements(ctx, resident_id),
        goals=voice.goals(ctx, resident_id), wishes=voice.wishes(ctx, resident_id)[:5])
    if sealed:
        return found
    return replace(found, profile=left_out(found.profile) if found.profile else None,
                   decisions=[left_out(d) for d in found.decisions],
                   cases=[left_out(c) for c in found.cases],
                   hearings=[left_out(h) for h in found.hearings])
