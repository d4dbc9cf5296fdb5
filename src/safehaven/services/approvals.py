"""Approvals a house can switch on (issue 30): therapy plans, safety plans and closures are
submitted, then approved or returned by a manager with a dated comment. Pending ones are
on the approver's Today, and every step on the child's timeline. A closure waiting for
approval does not close the case yet; a plan waiting for approval is already in use."""

from __future__ import annotations

from dataclasses import dataclass

from safehaven.domain import lifecycle
from safehaven.domain import validate as v
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.models import Resident, SafetyPlan, TherapyPlan
from safehaven.domain.vocab import ApprovalStatus, ApprovalSubject
from safehaven.domain.write_rules import SUBMITS
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.store.writer import WriteTx

_MODEL: dict[ApprovalSubject, type] = {ApprovalSubject.THERAPY_PLAN: TherapyPlan,
                                       ApprovalSubject.SAFETY_PLAN: SafetyPlan,
                                       ApprovalSubject.CLOSURE: CaseClosure}


def needed(ctx: Context, subject: ApprovalSubject) -> bool:
    """The house asks for approval of this, and the actor is not an approver (a manager's
    own plan or closure needs no one else's word)."""
    return (subject in house_settings.approvals_required(ctx)
            and not ctx.may(Action.APPROVE))


def submit_in(ctx: Context, tx: WriteTx, subject: ApprovalSubject, subject_id: str,
              resident_id: str, comment: str | None = None) -> Approval:
    """Submit inside the transaction that wrote the subject, so they travel together."""
    step = Approval(new_id(), ctx.vault.site_id, resident_id, subject, subject_id,
                    ApprovalStatus.SUBMITTED, ctx.now(), ctx.actor.id if ctx.actor else "",
                    comment)
    tx.insert(step)
    return step


def submit_if_needed(ctx: Context, tx: WriteTx, subject: ApprovalSubject, subject_id: str,
                     resident_id: str) -> Approval | None:
    """A new or changed plan goes for approval where the house asks for it (unless it
    is already waiting)."""
    if not needed(ctx, subject):
        return None
    step = state(ctx, subject_id)
    if step is not None and step.status is ApprovalStatus.SUBMITTED:
        return None
    return submit_in(ctx, tx, subject, subject_id, resident_id)


def submit(ctx: Context, subject: ApprovalSubject | str, subject_id: str,
           comment: str | None = None) -> Result[Approval]:
    """Submit (again, after a return) a plan or closure for approval."""
    which = v.choice("subject", ApprovalSubject, subject)
    ctx.require(SUBMITS[which.value])
    note = v.text("comment", comment, max_len=2000)
    with ctx.write() as tx:
        record = tx.get(_MODEL[which], subject_id)
        step = state(ctx, subject_id)
        if step is not None and step.status is not ApprovalStatus.RETURNED:
            raise InvalidValue("subject_id", tr("This is already submitted or approved."))
        if which is ApprovalSubject.CLOSURE and _a_transfer(ctx, record):
            raise InvalidValue("subject_id", tr(
                "A transfer to another house is answered by that house's receipt, not "
                "approved here; send the transfer again if it was declined."))
        made = submit_in(ctx, tx, which, subject_id, record.resident_id, note)
    return Result(made, tuple(tx.changes))


def _a_transfer(ctx: Context, closure: CaseClosure) -> bool:
    """A closure sent as a transfer (services/transfers.py) waits for no submission: it is
    never submitted, and only the receiving house's receipt answers it."""
    if not closure.needs_approval:
        return False
    steps = [a for a in reads.for_resident(ctx.conn, Approval, closure.resident_id)
             if a.subject_id == closure.id]
    return not any(a.status is ApprovalStatus.SUBMITTED for a in steps)


def _decide(ctx: Context, subject_id: str, status: ApprovalStatus, comment: str | None,
            *, required: bool) -> Result[Approval]:
    ctx.require(Action.APPROVE)
    note = v.text("comment", comment, required=required, max_len=2000)
    with ctx.write() as tx:
        step = state(ctx, subject_id)
        if step is None or step.status is not ApprovalStatus.SUBMITTED:
            raise InvalidValue("subject_id", tr("Nothing is waiting for approval here."))
        made = Approval(new_id(), ctx.vault.site_id, step.resident_id, step.subject,
                        subject_id, status, ctx.now(), ctx.actor.id if ctx.actor else "",
                        note)
        tx.insert(made)
    return Result(made, tuple(tx.changes))


def approve(ctx: Context, subject_id: str, comment: str | None = None) -> Result[Approval]:
    return _decide(ctx, subject_id, ApprovalStatus.APPROVED, comment, required=False)


def return_(ctx: Context, subject_id: str, comment: str) -> Result[Approval]:
    """Sent back with a comment saying what to change (the comment is required)."""
    return _decide(ctx, subject_id, ApprovalStatus.RETURNED, comment, required=True)


def state(ctx: Context, subject_id: str) -> Approval | None:
    """The subject's latest step, or None if it was never submitted."""
    steps = [a for a in reads.all_of(ctx.conn, Approval) if a.subject_id == subject_id]
    return lifecycle.latest_steps(steps).get(subject_id)


def steps_for(ctx: Context, resident_id: str) -> list[Approval]:
    """Every step for one child, oldest first (the history of each approval)."""
    ctx.require(Action.READ_RECORDS)
    return sorted(reads.for_resident(ctx.conn, Approval, resident_id),
                  key=lambda a: (a.at, a.id))


@dataclass(frozen=True, slots=True)
class Pending:
    step: Approval  # the submission
    resident_name: str


def pending(ctx: Context) -> list[Pending]:
    """What waits for an approver, oldest first; empty for those who do not approve."""
    if not ctx.may(Action.APPROVE):
        return []
    waiting = lifecycle.pending(reads.all_of(ctx.conn, Approval))
    if not waiting:  # Today asks on every house: no names read for nothing
        return []
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    return [Pending(a, names.get(a.resident_id, "?")) for a in waiting
            if a.resident_id in names]

