"""A young person's life beyond therapy as their page shows it (issue 31), read in one go
with the rest of the page (services/detail.py), each part as the role may see it."""

from __future__ import annotations

from dataclasses import dataclass, field

from safehaven.domain.life import (
    CaseReview,
    ChildGoal,
    Complaint,
    EducationPlacement,
    Hearing,
    IdentificationDecision,
    LegalCase,
    SchoolEvent,
    SchoolWeek,
    TraffickingProfile,
    Wish,
)
from safehaven.services import decision_kinds, education, legal, profile, reviews, voice
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class LifeDetail:
    profile: TraffickingProfile | None = None
    decisions: list[IdentificationDecision] = field(default_factory=list)
    cases: list[LegalCase] = field(default_factory=list)
    hearings: list[Hearing] = field(default_factory=list)  # newest first
    placements: list[EducationPlacement] = field(default_factory=list)
    weeks: list[SchoolWeek] = field(default_factory=list)  # newest first
    events: list[SchoolEvent] = field(default_factory=list)
    goals: list[ChildGoal] = field(default_factory=list)
    wishes: list[Wish] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    reviews: list[CaseReview] = field(default_factory=list)
    decision_kinds: list[str] = field(default_factory=list)  # what the decision form offers


def load(ctx: Context, resident_id: str) -> LifeDetail:
    ctx.require(Action.READ_RECORDS)
    return LifeDetail(
        profile=profile.for_resident(ctx, resident_id),
        decisions=profile.decisions(ctx, resident_id),
        cases=legal.cases(ctx, resident_id), hearings=legal.hearings(ctx, resident_id),
        placements=education.placements(ctx, resident_id),
        weeks=sorted((w for w in reads.for_resident(ctx.conn, SchoolWeek, resident_id)
                      if not w.deleted), key=lambda w: (w.week_start, w.id), reverse=True),
        events=education.events(ctx, resident_id),
        goals=voice.goals(ctx, resident_id), wishes=voice.wishes(ctx, resident_id),
        complaints=voice.complaints(ctx, resident_id),
        reviews=reviews.for_resident(ctx, resident_id),
        decision_kinds=decision_kinds.names(ctx))
