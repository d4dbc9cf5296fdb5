"""Case reviews (issue 31): every few weeks (house-set) the plan, needs, measures, the legal
case, school, and the young person's goals and wishes on one screen and one printed page;
who took part (the young person included) and what was decided; the next one scheduled.

`sheet` gathers what the review needs as the reviewing role may see it (a clinician or a
manager: the case's sealed details included) and is audited like every view of a record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.life import (
    CaseReview,
    ChildGoal,
    Complaint,
    EducationPlacement,
    Hearing,
    IdentificationDecision,
    LegalCase,
    TraffickingProfile,
    Wish,
)
from safehaven.domain.models import Need, Resident, Site, Staff, TherapyPlan
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import (
    education,
    house_settings,
    legal,
    measures,
    needs,
    profile,
    therapy,
    voice,
)
from safehaven.services.context import Context, Result
from safehaven.services.measures import Scored
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

RULES: v.Rules = {
    "participants": lambda x: v.text("participants", x, required=True, max_len=1000),
    "decisions": lambda x: v.text("decisions", x, required=True, max_len=4000),
    "child_took_part": lambda x: bool(x),
    "held_on": v.same,
    "next_review": v.same,
}


def _check(ctx: Context, r: CaseReview) -> None:
    if not isinstance(r.held_on, date) or isinstance(r.held_on, datetime):
        raise InvalidValue("held_on", tr("Say which day, as a date."))
    v.not_future("held_on", r.held_on, ctx.today())
    if r.next_review is not None and r.next_review <= r.held_on:
        raise InvalidValue("next_review", tr("The next review comes after this one."))


def hold(ctx: Context, resident_id: str, *, participants: str, decisions: str,
         child_took_part: bool = True, held_on: date | None = None,
         next_review: date | None = None, wishes: str | None = None) -> Result[CaseReview]:
    """Record a review; the next is due after the house's weeks unless a date is given.
    What the young person said at it is kept as their wishes and feelings."""
    ctx.require(Action.HOLD_REVIEW)
    clean = v.fields(RULES, {"participants": participants, "decisions": decisions,
                             "child_took_part": child_took_part,
                             "held_on": held_on or ctx.today(), "next_review": next_review})
    if clean["next_review"] is None:
        clean["next_review"] = clean["held_on"] + timedelta(
            weeks=house_settings.get(ctx, "review-weeks"))
    review = CaseReview(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                        chaired_by=ctx.actor.id if ctx.actor else "", **clean)
    _check(ctx, review)
    said = v.text("wishes", wishes, max_len=voice.WORDS_MAX)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(review)
        if said:
            tx.insert(Wish(new_id(), ctx.vault.site_id, resident_id, review.held_on, said,
                           review.chaired_by, review_id=review.id))
    return Result(review, tuple(tx.changes))


def edit(ctx: Context, review_id: str, **fields: Any) -> Result[CaseReview]:
    ctx.require(Action.HOLD_REVIEW)
    clean = v.fields(RULES, fields)
    with ctx.write() as tx:
        _check(ctx, replace(tx.get(CaseReview, review_id), **clean))
        review = tx.update(CaseReview, review_id, **clean)
    return Result(review, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[CaseReview]:
    """Newest first."""
    ctx.require(Action.READ_RECORDS)
    return [r for r in reads.for_resident(ctx.conn, CaseReview, resident_id,
                                          "held_on DESC, id DESC") if not r.deleted]


@dataclass(frozen=True, slots=True)
class ReviewSheet:
    """Everything a review looks at, for one young person, as of one day."""

    resident: Resident
    house: str
    printed_by: str
    printed_at: datetime
    last: CaseReview | None  # the latest review held
    next_due: date | None
    plans: list[TherapyPlan]  # open ones
    used: dict[str, int]  # funded sessions used, by plan
    needs: list[Need]  # open ones
    scores: list[Scored]  # the latest of each instrument
    profile: TraffickingProfile | None
    decisions: list[IdentificationDecision]
    cases: list[LegalCase]
    hearings: list[Hearing]  # coming ones
    placements: list[EducationPlacement]  # current ones
    attendance: tuple[int, int]  # (attended, expected) over the last four weeks
    goals: list[ChildGoal]
    wishes: list[Wish]  # since the last review (the latest few)
    complaints: list[Complaint]  # unanswered, and answered since the last review
    names: dict[str, str] = field(default_factory=dict)  # staff, by id


def sheet(ctx: Context, resident_id: str) -> ReviewSheet:
    ctx.require(Action.HOLD_REVIEW)
    today = ctx.today()
    resident: Resident = reads.get(ctx.conn, Resident, resident_id)
    held = for_resident(ctx, resident_id)
    last = held[0] if held else None
    since = last.held_on if last else date.min
    monday = today - timedelta(days=today.weekday())
    lines = [w for k in range(1, 5) for w in education.week_lines(ctx, monday - timedelta(
        weeks=k)) if w.resident_id == resident_id]
    latest: dict[str, Scored] = {}
    for s in measures.for_resident(ctx, resident_id) if ctx.may(Action.READ_MEASURES) else []:
        latest[s.instrument.code] = s
    now = datetime.combine(today, time.min)
    sites = reads.all_of(ctx.conn, Site)
    with ctx.write() as tx:
        tx.audit("view-review-sheet", "residents", resident_id, resident_id)
    return ReviewSheet(
        resident=resident, house=sites[0].name if sites else "",
        printed_by=ctx.actor.display_name if ctx.actor else "", printed_at=ctx.now(),
        last=last, next_due=last.next_review if last else today,
        plans=[p for p in therapy.plans_for(ctx, resident_id) if p.open_on(today)],
        used=therapy.used_by_plan(ctx),
        needs=[n for n in needs.for_resident(ctx, resident_id) if n.status.is_open],
        scores=list(latest.values()), profile=profile.for_resident(ctx, resident_id),
        decisions=profile.decisions(ctx, resident_id), cases=legal.cases(ctx, resident_id),
        hearings=sorted((h for h in legal.hearings(ctx, resident_id) if h.at >= now
                         and str(h.status) == "scheduled"), key=lambda h: h.at),
        placements=[p for p in education.placements(ctx, resident_id)
                    if p.end_date is None or p.end_date >= today],
        attendance=(sum(w.attended for w in lines), sum(w.expected for w in lines)),
        goals=voice.goals(ctx, resident_id),
        wishes=[w for w in voice.wishes(ctx, resident_id) if w.said_on >= since][:5],
        complaints=[c for c in voice.complaints(ctx, resident_id)
                    if c.answered_on is None or c.answered_on >= since],
        names={s.id: s.display_name for s in reads.all_of(ctx.conn, Staff)})

