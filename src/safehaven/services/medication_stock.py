"""A medicine's stock: received, returned, disposed of, counted (append-only, corrected by
amendment), and its running balance, which each dose given draws down. A count that does
not match the balance is an alert until someone answers it. A receipt names its batch and
expiry date; the stock is shown by batch, and a batch expiring within 30 days, or expired
and still in the stock, is an alert."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
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
                 witness: str | None = None, note: str | None = None,
                 batch: str | None = None, expires_on: date | None = None
                 ) -> Result[StockEntry]:
    """Stock received (with its batch and expiry date, from the label), returned, disposed
    of (naming the batch, or the one that expires first), or counted (units: tablets, ml).
    A count that does not match the running balance raises an alert until answered."""
    ctx.require(Action.GIVE_DOSE)
    entry = _stock_entry(ctx, prescription_id, kind, quantity, at=at, witness=witness,
                         note=note, batch=batch, expires_on=expires_on)
    with ctx.write() as tx:
        tx.insert(entry)
    return Result(entry, tuple(tx.changes))


def _batch(kind: StockKind, batch: str | None, expires_on: object,
           at: datetime) -> tuple[str | None, date | None]:
    """A receipt's batch and expiry (an expired one is not taken in: return it); a return
    or disposal may name its batch; a count is of the whole stock."""
    name = v.text("batch", batch, max_len=60)
    expires = v.day_rule("expires_on")(expires_on)
    if kind is StockKind.COUNTED:
        if name or expires:
            raise InvalidValue("batch", tr("A count is of the whole stock, every batch."))
        return None, None
    if kind is not StockKind.RECEIVED:
        return name, None
    if expires is not None and expires < at.date():
        raise InvalidValue("expires_on", tr("This batch has expired: return it to the "
                                            "pharmacy rather than take it in."))
    return name, expires


def _stock_entry(ctx: Context, prescription_id: str, kind: StockKind | str,
                 quantity: int | None, *, at: datetime | None = None,
                 witness: str | None = None, note: str | None = None,
                 batch: str | None = None, expires_on: date | None = None) -> StockEntry:
    chosen = v.choice("kind", StockKind, kind)
    p: Prescription = reads.get(ctx.conn, Prescription, prescription_id)
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
    lot, expires = _batch(chosen, batch, expires_on, moment)
    return StockEntry(id=new_id(), site_id=ctx.vault.site_id, resident_id=p.resident_id,
                      prescription_id=p.id, kind=chosen, quantity=quantity, at=moment,
                      recorded_by=me, witness=seen_by, note=v.text("note", note, max_len=2000),
                      batch=lot, expires_on=expires)


def amend_stock(ctx: Context, entry_id: str, why: str, **changes: Any
                ) -> Result[StockEntry]:
    """A correction of a stock entry: a new entry naming the old, which is kept."""
    ctx.require(Action.GIVE_DOSE)
    reason = v.text("why", why, required=True, max_len=2000)
    original: StockEntry = reads.get(ctx.conn, StockEntry, entry_id)
    allowed = {"kind", "quantity", "at", "witness", "note", "batch", "expires_on"}
    for name in changes:
        if name not in allowed:
            raise InvalidValue(name, tr("This cannot be changed here."))
    merged = {"kind": original.kind, "quantity": original.quantity, "at": original.at,
              "witness": original.witness, "note": original.note, "batch": original.batch,
              "expires_on": original.expires_on, **changes}
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


def batch_states(ctx: Context, prescriptions: list[Prescription]
                 ) -> dict[str, list[rules.Batch]]:
    """Each medicine's stock by batch, by prescription id (medicines whose receipts named
    no batch or expiry: one line of units of no known batch). Read from the first entry:
    a batch received before the last count is still on the shelf."""
    ctx.require(Action.READ_RECORDS)
    entries = medication_reads.stock_entries(ctx.conn, [p.id for p in prescriptions])
    out: dict[str, list[rules.Batch]] = {}
    for p in prescriptions:
        mine = [e for e in entries if e.prescription_id == p.id]
        if not any(e.batch or e.expires_on for e in mine):
            continue
        given = medication_reads.given_times(ctx.conn, p.id, mine[0].at, datetime.max)
        out[p.id] = rules.batches(p, mine, given)
    return out


def stock_alerts(ctx: Context) -> list[Alert]:
    """Counts that did not match, and batches expired or expiring within 30 days."""
    current = medication_reads.active_prescriptions(ctx.conn)
    states = stock_states(ctx, current)
    lots = batch_states(ctx, current)
    return [*rules.stock_alerts((p, states[p.id]) for p in current),
            *rules.expiry_alerts(((p, lots[p.id]) for p in current if p.id in lots),
                                 ctx.today())]


def stock_mismatches(ctx: Context, resident_ids: set[str], start: datetime, end: datetime
                     ) -> list[tuple[Prescription, rules.StockState]]:
    """Medicines whose last count, made in [start, end), did not match the balance."""
    ctx.require(Action.READ_RECORDS)
    rxs = [p for p in reads.all_of(ctx.conn, Prescription) if p.resident_id in resident_ids]
    states = stock_states(ctx, rxs)
    return [(p, states[p.id]) for p in rxs if states[p.id].discrepancy
            and states[p.id].counted_at is not None
            and start <= states[p.id].counted_at < end]  # type: ignore[operator]
