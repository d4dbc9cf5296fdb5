"""The young person's own voice (issue 31): goals in their words (kept with the therapy plan
and reviewed with it), wishes and feelings (at reviews or any day), and complaints.

Every care role writes what the young person says, as they say it. A complaint may be about
staff, so a manager answers it: how it was looked into and what the young person was told
are sealed, and an unanswered one alerts managers only once the house's days have passed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.life import ChildGoal, Complaint, ComplaintOutcome, GoalStatus, Wish
from safehaven.domain.models import Resident, TherapyPlan
from safehaven.domain.vocab import FeelsSafe
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.services.sealed import shown
from safehaven.store import reads
from safehaven.store.ids import new_id

WORDS_MAX = 4000


def _who(ctx: Context) -> str:
    return ctx.actor.id if ctx.actor else ""


# -- goals -------------------------------------------------------------------------------------
GOAL_RULES: v.Rules = {
    "words": lambda x: v.text("words", x, required=True, max_len=WORDS_MAX),
    "plan_id": lambda x: v.text("plan_id", x, max_len=64),
    "status": lambda x: v.choice("status", GoalStatus, x),
    "set_on": v.day_rule("set_on"),
    "reviewed_on": v.day_rule("reviewed_on"),
    "progress": lambda x: v.text("progress", x, max_len=WORDS_MAX),
}


def _check_goal(ctx: Context, goal: ChildGoal) -> None:
    v.not_future("set_on", goal.set_on, ctx.today())
    v.not_future("reviewed_on", goal.reviewed_on, ctx.today())
    v.before("reviewed_on", goal.reviewed_on, goal.set_on,
             tr("A goal cannot be reviewed before it was set."))
    if goal.plan_id is not None:
        plan = reads.get(ctx.conn, TherapyPlan, goal.plan_id)
        if plan.resident_id != goal.resident_id:
            raise InvalidValue("plan_id", tr("This plan belongs to another young person."))


def add_goal(ctx: Context, resident_id: str, words: str, *, plan_id: str | None = None,
             set_on: date | None = None) -> Result[ChildGoal]:
    ctx.require(Action.RECORD_VOICE)
    clean = v.fields(GOAL_RULES, {"words": words, "plan_id": plan_id, "set_on": set_on})
    goal = ChildGoal(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                     recorded_by=_who(ctx), words=clean["words"], plan_id=clean["plan_id"],
                     set_on=clean["set_on"] or ctx.today())
    _check_goal(ctx, goal)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(goal)
    return Result(goal, tuple(tx.changes))


def review_goal(ctx: Context, goal_id: str, **fields: Any) -> Result[ChildGoal]:
    """How it is going, in the young person's words, and whether it still stands; the
    review's date is today unless given."""
    ctx.require(Action.RECORD_VOICE)
    clean = v.fields(GOAL_RULES, fields)
    if "progress" in clean or "status" in clean:
        clean.setdefault("reviewed_on", ctx.today())
    with ctx.write() as tx:
        _check_goal(ctx, replace(tx.get(ChildGoal, goal_id), **clean))
        goal = tx.update(ChildGoal, goal_id, **clean)
    return Result(goal, tuple(tx.changes))


def goals(ctx: Context, resident_id: str) -> list[ChildGoal]:
    """Goals being worked on first, then the rest; oldest first within each."""
    ctx.require(Action.READ_RECORDS)
    found = [g for g in reads.for_resident(ctx.conn, ChildGoal, resident_id, "set_on, id")
             if not g.deleted]
    return sorted(found, key=lambda g: g.status is not GoalStatus.WORKING_ON)


# -- wishes and feelings -----------------------------------------------------------------------
def add_wish(ctx: Context, resident_id: str, words: str, *, topic: str | None = None,
             said_on: date | None = None, review_id: str | None = None) -> Result[Wish]:
    ctx.require(Action.RECORD_VOICE)
    said = v.day_rule("said_on")(said_on) or ctx.today()
    v.not_future("said_on", said, ctx.today())
    wish = Wish(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                said_on=said, staff_id=_who(ctx),
                words=v.text("words", words, required=True, max_len=WORDS_MAX) or "",
                topic=v.text("topic", topic, max_len=v.MAX_NAME), review_id=review_id)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(wish)
    return Result(wish, tuple(tx.changes))


def wishes(ctx: Context, resident_id: str) -> list[Wish]:
    """Current versions, newest first."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, Wish, resident_id, "said_on DESC, id DESC")
    replaced = {w.amends_id for w in found if w.amends_id}
    return [w for w in found if w.id not in replaced]


# -- complaints --------------------------------------------------------------------------------
def _satisfied(x: Any) -> str | None:
    return None if x in (None, "") else str(v.choice("child_satisfied", FeelsSafe, x))


ANSWER_RULES: v.Rules = {
    "handling": lambda x: v.text("handling", x, max_len=WORDS_MAX),
    "answer": lambda x: v.text("answer", x, required=True, max_len=WORDS_MAX),
    "outcome": lambda x: v.choice("outcome", ComplaintOutcome, x),
    "answered_on": v.day_rule("answered_on"),
    "child_satisfied": _satisfied,
}


def complain(ctx: Context, resident_id: str, details: str, *, made_on: date | None = None
             ) -> Result[Complaint]:
    """Write down a complaint as the young person made it."""
    ctx.require(Action.RECORD_VOICE)
    made = v.day_rule("made_on")(made_on) or ctx.today()
    v.not_future("made_on", made, ctx.today())
    complaint = Complaint(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                          made_on=made, received_by=_who(ctx),
                          details=v.text("details", details, required=True,
                                         max_len=WORDS_MAX) or "")
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(complaint)
    return Result(complaint, tuple(tx.changes))


def answer(ctx: Context, complaint_id: str, *, answer: str, outcome: ComplaintOutcome | str,
           handling: str | None = None, answered_on: date | None = None,
           child_satisfied: str | None = None) -> Result[Complaint]:
    """A manager's answer: what was done, what the young person was told, the outcome."""
    ctx.require(Action.ANSWER_COMPLAINT)
    clean = v.fields(ANSWER_RULES, {"answer": answer, "outcome": outcome,
                                    "handling": handling, "answered_on": answered_on,
                                    "child_satisfied": child_satisfied})
    clean["answered_on"] = clean["answered_on"] or ctx.today()
    v.not_future("answered_on", clean["answered_on"], ctx.today())
    with ctx.write() as tx:
        old: Complaint = tx.get(Complaint, complaint_id)
        v.before("answered_on", clean["answered_on"], old.made_on,
                 tr("An answer cannot come before the complaint."))
        made = tx.update(Complaint, complaint_id, answered_by=_who(ctx), **clean)
    return Result(shown(ctx, made), tuple(tx.changes))


def complaints(ctx: Context, resident_id: str) -> list[Complaint]:
    """Unanswered first, then newest first; how each was handled only for the roles that
    read sealed fields."""
    ctx.require(Action.READ_RECORDS)
    found = [shown(ctx, c) for c in reads.for_resident(ctx.conn, Complaint, resident_id,
                                                        "made_on DESC, id DESC")
             if not c.deleted]
    return sorted(found, key=lambda c: c.answered_on is not None)
