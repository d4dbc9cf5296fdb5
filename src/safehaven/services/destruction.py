"""Destroying a closed case's records when they are due (issue 30, item 5): one manager
asks, a second approves, every laptop erases the child and says so.

The request and the answer are records that sync like any other (the receivers check
that only managers write them); each laptop carries out an approved destruction on its
own (`sync/destroy.py`) and writes a signed receipt, which managers read here. What is
left of the child is the tombstone: her id, the dates, who asked and who approved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from safehaven.domain import destruction as rules
from safehaven.domain import validate as v
from safehaven.domain.destruction import Destruction, DestructionAction, DestructionStep
from safehaven.domain.models import Device, Resident
from safehaven.errors import InvalidValue, NotFound
from safehaven.i18n import tr
from safehaven.services import closures, retention
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads, reads
from safehaven.store.ids import new_id


@dataclass(frozen=True, slots=True)
class DestructionView:
    """A destruction as managers see it: who asked and answered, which laptops did it."""

    destruction: Destruction
    resident_name: str  # "" once the child's records are gone from this laptop
    done_on: dict[str, datetime]  # laptop id -> when it erased her
    waiting_on: list[str]  # laptops of the house (not revoked) with no receipt yet
    device_names: dict[str, str]
    staff_names: dict[str, str]


def _all(ctx: Context) -> dict[str, Destruction]:
    steps = reads.all_of(ctx.conn, DestructionStep)
    if not steps:  # most houses, most days: Today need not load the sync client
        return {}
    from safehaven.sync import destroy

    return rules.destructions(steps, destroy.managers(ctx.conn))


def _when(ctx: Context) -> datetime:
    return ctx.now().replace(tzinfo=None)


def request(ctx: Context, resident_id: str, reason: str) -> Result[DestructionStep]:
    """Ask for a closed case's records to be destroyed. Nothing is erased until another
    manager approves."""
    ctx.require(Action.DESTROY_RECORDS)
    why = v.text("reason", reason, required=True, max_len=2000) or ""
    resident = reads.get(ctx.conn, Resident, resident_id)
    closure = closures.closed_map(ctx.conn).get(resident_id)
    if closure is None:
        raise InvalidValue("resident_id", tr("Only a closed case's records can be "
                                             "destroyed."))
    if retention.holds(ctx, resident_id):
        raise InvalidValue("resident_id", tr("A legal hold keeps these records: lift it "
                                             "first."))
    if any(d.resident_id == resident_id and (d.waiting or d.approved)
           for d in _all(ctx).values()):
        raise InvalidValue("resident_id", tr("A destruction of these records is already "
                                             "asked for."))
    step_id = new_id()
    step = DestructionStep(step_id, ctx.vault.site_id, step_id, resident.id,
                           DestructionAction.REQUEST, _when(ctx),
                           ctx.actor.id if ctx.actor else "", reason=why,
                           closed_on=closure.day)
    with ctx.write() as tx:
        tx.insert(step)
    return Result(step, tuple(tx.changes))


def _waiting(ctx: Context, destruction_id: str) -> Destruction:
    found = _all(ctx).get(destruction_id)
    if found is None:
        raise NotFound(tr("destruction"), destruction_id)
    if not found.waiting:
        raise InvalidValue("destruction_id", tr("This destruction has been answered "
                                                "already."))
    return found


def approve(ctx: Context, destruction_id: str) -> Result[DestructionStep]:
    """The second manager's approval: the child's records are erased on this laptop at
    once, and on each other laptop when the approval reaches it."""
    ctx.require(Action.DESTROY_RECORDS)
    found = _waiting(ctx, destruction_id)
    if ctx.actor is None or ctx.actor.id == found.request.staff_id:
        raise InvalidValue("destruction_id", tr("A second manager must approve: the "
                                                "manager who asked cannot."))
    if retention.holds(ctx, found.resident_id):
        raise InvalidValue("destruction_id", tr("A legal hold keeps these records: lift "
                                                "it first."))
    step = DestructionStep(new_id(), ctx.vault.site_id, destruction_id, found.resident_id,
                           DestructionAction.APPROVE, _when(ctx), ctx.actor.id)
    with ctx.write() as tx:
        tx.insert(step)
    from safehaven.sync import erase

    erase.carry_out(ctx.vault)
    return Result(step, tuple(tx.changes))


def decline(ctx: Context, destruction_id: str, reason: str) -> Result[DestructionStep]:
    ctx.require(Action.DESTROY_RECORDS)
    why = v.text("reason", reason, required=True, max_len=2000) or ""
    found = _waiting(ctx, destruction_id)
    step = DestructionStep(new_id(), ctx.vault.site_id, destruction_id, found.resident_id,
                           DestructionAction.DECLINE, _when(ctx),
                           ctx.actor.id if ctx.actor else "", reason=why)
    with ctx.write() as tx:
        tx.insert(step)
    return Result(step, tuple(tx.changes))


def listing(ctx: Context) -> list[DestructionView]:
    """Every destruction asked for in the house, newest first, with each laptop's receipt
    and the laptops that have not sent one yet."""
    ctx.require(Action.DESTROY_RECORDS)
    found = _all(ctx)
    if not found:  # Today asks on every house: no names read for nothing
        return []
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    devices = reads.all_of(ctx.conn, Device)
    device_names = {d.id: d.name for d in devices}
    staff_names = lifecycle_reads.staff_names(ctx.conn)
    out = []
    for d in sorted(found.values(), key=lambda d: d.id, reverse=True):
        done = {r.device_id or "": r.at for r in d.receipts}
        waiting = [x.id for x in devices if not x.revoked and x.id not in done] \
            if d.approved else []
        out.append(DestructionView(d, names.get(d.resident_id, ""), done, waiting,
                                   device_names, staff_names))
    return out


def waiting_for(ctx: Context) -> list[DestructionView]:
    """What waits for this manager's approval (asked by another manager): for Today."""
    if not ctx.may(Action.DESTROY_RECORDS) or ctx.actor is None:
        return []
    me = ctx.actor.id
    return [x for x in listing(ctx) if x.destruction.waiting
            and x.destruction.request.staff_id != me]
