"""Closing a case and reopening it (issue 30).

A closure has a reason, a date and where the young person went; the case leaves Today
and the weekly lists, while its follow-up contacts go on (a reintegration is followed up
after the case closes). Clinicians and managers close; only a manager reopens, and says
why. Where the house asks for approval of closures, a clinician's closure waits for a
manager's approval before it counts. Both are append-only events, so nothing a laptop
apart wrote is lost: the latest event that counts decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safehaven.domain import lifecycle
from safehaven.domain import validate as v
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.models import Resident
from safehaven.domain.vocab import ApprovalStatus, ApprovalSubject, CaseAction, ClosureReason
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import approvals
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.connection import Connection
from safehaven.store.ids import new_id


def closed_map(conn: Connection) -> dict[str, CaseClosure]:
    """The closure in force for each closed case (no role check: Today and the weekly
    report use it to leave closed cases out, whoever reads them)."""
    return lifecycle.closed_cases(reads.all_of(conn, CaseClosure), reads.all_of(conn, Approval))


def closed(ctx: Context) -> dict[str, CaseClosure]:
    ctx.require(Action.READ_RECORDS)
    return closed_map(ctx.conn)


@dataclass(frozen=True, slots=True)
class CaseState:
    """Where a case stands: open, closed (by which closure), or a closure waiting for
    approval or returned (with the approver's comment)."""

    closure: CaseClosure | None  # in force
    waiting: CaseClosure | None = None  # submitted, not yet approved
    returned: Approval | None = None  # the step that sent the latest closure back
    # a transfer to another house sent and waiting for its receipt (services/transfers.py):
    # a closure for approval with no approval step; the receipt decides it
    transfer: CaseClosure | None = None


def state(ctx: Context, resident_id: str) -> CaseState:
    ctx.require(Action.READ_RECORDS)
    events = reads.for_resident(ctx.conn, CaseClosure, resident_id)
    steps = lifecycle.latest_steps(reads.for_resident(ctx.conn, Approval, resident_id))
    in_force = lifecycle.closed_cases(events, steps.values()).get(resident_id)
    latest = max(events, key=lambda e: e.id, default=None)
    waiting = returned = transfer = None
    if latest is not None and latest.action is CaseAction.CLOSE and latest.needs_approval:
        step = steps.get(latest.id)
        if step is None and latest.reason is ClosureReason.TRANSFERRED:
            transfer = latest
        elif step is not None and step.status is ApprovalStatus.SUBMITTED:
            waiting = latest
        elif step is not None and step.status is ApprovalStatus.RETURNED:
            returned = step
    return CaseState(in_force, waiting, returned, transfer)


def history(ctx: Context, resident_id: str) -> list[CaseClosure]:
    """Every closing and reopening of this case, oldest first."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, CaseClosure, resident_id, "id")


def _day(ctx: Context, on: date | None, resident: Resident) -> date:
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    if day < resident.intake_date:
        raise InvalidValue("on", tr("This date is before the intake date."))
    return day


def close(ctx: Context, resident_id: str, reason: ClosureReason | str, on: date | None = None,
          *, destination: str | None = None, note: str | None = None) -> Result[CaseClosure]:
    """Close the case; where the house asks for it, a non-manager's closure is submitted
    for approval and counts once approved."""
    ctx.require(Action.CLOSE_CASE)
    why = v.choice("reason", ClosureReason, reason)
    where = v.text("destination", destination, max_len=500)
    more = v.text("note", note, max_len=2000)
    with ctx.write() as tx:
        resident = tx.get(Resident, resident_id)
        day = _day(ctx, on, resident)
        now = state(ctx, resident_id)
        if now.closure is not None:
            raise InvalidValue("resident_id", tr("This case is already closed."))
        if now.waiting is not None:
            raise InvalidValue("resident_id", tr("A closure of this case is waiting for "
                                                 "approval."))
        if now.transfer is not None:
            raise InvalidValue("resident_id", tr("This young person's transfer to another "
                                                 "house is waiting for its receipt."))
        asks = approvals.needed(ctx, ApprovalSubject.CLOSURE)
        record = CaseClosure(new_id(), resident.site_id, resident_id, CaseAction.CLOSE, day,
                             ctx.actor.id if ctx.actor else "", why, where, more, asks)
        tx.insert(record)
        if asks:
            approvals.submit_in(ctx, tx, ApprovalSubject.CLOSURE, record.id, resident_id)
    return Result(record, tuple(tx.changes))


def reopen(ctx: Context, resident_id: str, reason: str, on: date | None = None
           ) -> Result[CaseClosure]:
    """A manager reopens a closed case, saying why (the young person came back, the
    closure was a mistake)."""
    ctx.require(Action.REOPEN_CASE)
    why = v.text("reason", reason, required=True, max_len=2000)
    with ctx.write() as tx:
        resident = tx.get(Resident, resident_id)
        day = _day(ctx, on, resident)
        current = state(ctx, resident_id).closure
        if current is None:
            raise InvalidValue("resident_id", tr("This case is not closed."))
        if day < current.day:
            raise InvalidValue("on", tr("This date is before the case was closed."))
        record = CaseClosure(new_id(), resident.site_id, resident_id, CaseAction.REOPEN, day,
                             ctx.actor.id if ctx.actor else "", note=why)
        tx.insert(record)
    return Result(record, tuple(tx.changes))
