"""A medicine's stock: received, returned, disposed of, counted (append-only, corrected by
amendment), and its running balance, which each dose given draws down. A count that does
not match the balance is an alert until someone answers it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from safehaven.domain import medication as rules
from safehaven.domain import validate as v
from safehaven.domain.models import Alert, Prescription, StockEntry
from safehaven.domain.vocab import StockKind
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.medication import CLOCK_SLACK, staff_id
from safehaven.services.permissions import Action
from safehaven.store import medication_reads, reads
from safehaven.store.ids import new_id


def record_stock(ctx: Context, prescription_id: str, kind: StockKind | str,
                 quantity: int | None, *, at: datetime | None = None,
                 witness: str | None = None, note: str | None = None) -> Result[StockEntry]:
    """Stock received, returned, disposed of, or counted (units: tablets, ml). A count
    that does not match the running balance raises an alert until someone answers it."""
    ctx.require(Action.GIVE_DOSE)
    entry = _stock_entry(ctx, prescription_id, kind, quantity, at=at, witness=witness,
                         note=note)
    with ctx.write() as tx:
        tx.insert(entry)
    return Result(entry, tuple(tx.changes))


def _stock_entry(ctx: Context, prescription_id: str, kind: StockKind | str,
                 quantity: int | None, *, at: datetime | None = None,
                 witness: str | None = None, note: str | None = None) -> StockEntry:
    chosen = v.choice("kind", StockKind, kind)
    p: Prescription = reads.get(ctx.conn, Prescription, prescription_id)  # type: ignore[assignment]
    if quantity is None and chosen is StockKind.COUNTED:
        quantity = 0  # a form's empty number: none left
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0 or (
            quantity == 0 and chosen is not StockKind.COUNTED) or quantity > 100_000:
        raise InvalidValue("quantity", tr("Enter a whole number above zero."))
    moment = (at or ctx.now()).replace(second=0, microsecond=0)
    if moment > ctx.now() + CLOCK_SLACK:
        raise InvalidValue("at", tr("This time is in the future."))
    me = ctx.actor.id if ctx.actor else ""
    seen_by = staff_id(ctx, witness)
    if p.controlled and chosen is not StockKind.RECEIVED and (not seen_by or seen_by == me):
        raise InvalidValue("witness", tr("A controlled drug's stock is counted, returned or "
                                         "disposed of with a witness: choose who watched."))
    return StockEntry(id=new_id(), site_id=ctx.vault.site_id, resident_id=p.resident_id,
                      prescription_id=p.id, kind=chosen, quantity=quantity, at=moment,
                      recorded_by=me, witness=seen_by, note=v.text("note", note, max_len=2000))


def amend_stock(ctx: Context, entry_id: str, why: str, **changes: Any
                ) -> Result[StockEntry]:
    """A correction of a stock entry: a new entry naming the old, which is kept."""
    ctx.require(Action.GIVE_DOSE)
    reason = v.text("why", why, required=True, max_len=2000)
    original: StockEntry = reads.get(ctx.conn, StockEntry, entry_id)  # type: ignore[assignment]
    allowed = {"kind", "quantity", "at", "witness", "note"}
    for name in changes:
        if name not in allowed:
            raise InvalidValue(name, tr("This cannot be changed here."))
    merged = {"kind": original.kind, "quantity": original.quantity, "at": original.at,
              "witness": original.witness, "note": original.note, **changes}
    kind, quantity = merged.pop("kind"), merged.pop("quantity")
    fresh = _stock_entry(ctx, original.prescription_id, kind, quantity, **merged)
    entry = replace(fresh, amends_id=entry_id, amend_reason=reason)
    with ctx.write() as tx:
        tx.insert(entry)
    return Result(entry, tuple(tx.changes))


def stock_for(ctx: Context, resident_id: str, since: datetime) -> list[StockEntry]:
    """A resident's current stock entries since `since`, newest first."""
    ctx.require(Action.READ_RECORDS)
    ids = [p.id for p in reads.for_resident(ctx.conn, Prescription, resident_id)]
    found = [e for e in medication_reads.stock_entries(ctx.conn, ids) if e.at >= since]
    return sorted(found, key=lambda e: (e.at, e.id), reverse=True)


def stock_states(ctx: Context, prescriptions: list[Prescription]
                 ) -> dict[str, rules.StockState]:
    """Each medicine's balance and last count, by prescription id. Only the doses since the
    count before the last are read (that count resets the balance), so Today stays quick
    after a year of doses."""
    ctx.require(Action.READ_RECORDS)
    entries = medication_reads.stock_entries(ctx.conn, [p.id for p in prescriptions])
    out: dict[str, rules.StockState] = {}
    for p in prescriptions:
        mine = [e for e in entries if e.prescription_id == p.id]
        if not mine:
            out[p.id] = rules.StockState(None)
            continue
        counts = [e.at for e in mine if e.kind is StockKind.COUNTED]
        since = counts[-2] if len(counts) >= 2 else mine[0].at
        given = medication_reads.given_times(ctx.conn, p.id, since, datetime.max)
        out[p.id] = rules.stock(p, [e for e in mine if e.at >= since], given)
    return out


def stock_alerts(ctx: Context) -> list[Alert]:
    current = medication_reads.active_prescriptions(ctx.conn)
    states = stock_states(ctx, current)
    return rules.stock_alerts((p, states[p.id]) for p in current)


def stock_mismatches(ctx: Context, resident_ids: set[str], start: datetime, end: datetime
                     ) -> list[tuple[Prescription, rules.StockState]]:
    """Medicines whose last count, made in [start, end), did not match the balance."""
    ctx.require(Action.READ_RECORDS)
    rxs = [p for p in reads.all_of(ctx.conn, Prescription) if p.resident_id in resident_ids]
    states = stock_states(ctx, rxs)
    return [(p, states[p.id]) for p in rxs if states[p.id].discrepancy
            and states[p.id].counted_at is not None
            and start <= states[p.id].counted_at < end]  # type: ignore[operator]
