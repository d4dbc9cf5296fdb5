"""The house log: dated entries about the house rather than one young person (a stranger
outside, a police visit, a power cut), read at handover, on Today and in the weekly
report. An entry may name the young people it touched; it then shows on their timelines.
Append-only: corrections are new rows that amend the old ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from safehaven import formats
from safehaven.domain import validate as v
from safehaven.domain.models import HouseLogEntry, Resident
from safehaven.domain.vocab import HouseEvent
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.incidents import CLOCK_SLACK
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

HANDOVER = timedelta(hours=24)  # what Today shows: the last day and night


def _residents(x: Any) -> tuple[str, ...]:
    items = [x] if isinstance(x, str) else list(x or ())
    return tuple(dict.fromkeys(str(i).strip() for i in items if str(i).strip()))


RULES: v.Rules = {
    "category": lambda x: v.choice("category", HouseEvent, x),
    "text": lambda x: v.text("text", x, required=True, max_len=4000),
    "resident_ids": _residents,
}


def _when(ctx: Context, at: Any) -> datetime:
    when = at or ctx.now().replace(second=0, microsecond=0)
    if not isinstance(when, datetime):
        raise InvalidValue("at", tr("Say when, as a date and time."))
    if when > ctx.now() + CLOCK_SLACK:
        raise InvalidValue("at", tr("This time is in the future."))
    return when


CONFIRM_AFTER = timedelta(days=2)  # an entry older than this is asked about first


def add(ctx: Context, category: HouseEvent | str, text: str, *, at: datetime | None = None,
        resident_ids: Any = (), confirmed: bool = False) -> Result[HouseLogEntry]:
    """An entry of the house log. One dated days ago is asked about first: typing that
    spills into the date field (Tab walks its parts) once saved a report 10 months back,
    where the next shift never saw it."""
    ctx.require(Action.WRITE_NOTE)
    clean = v.fields(RULES, {"category": category, "text": text,
                             "resident_ids": resident_ids})
    when = _when(ctx, at)
    if not confirmed and ctx.now() - when > CONFIRM_AFTER:
        raise NeedsConfirmation("at", tr("This entry is dated {day}, {n} days ago; Today "
                                         "shows only the last day. Save it with that date?",
                                         day=formats.day_time(when),
                                         n=(ctx.now() - when).days))
    entry = HouseLogEntry(id=new_id(), site_id=ctx.vault.site_id, at=when,
                          staff_id=ctx.actor.id if ctx.actor else "", **clean)
    with ctx.write() as tx:
        for rid in entry.resident_ids:
            tx.get(Resident, rid)  # a link to nobody is refused, not kept
        tx.insert(entry)
    return Result(entry, tuple(tx.changes))


def amend(ctx: Context, entry_id: str, why: str, *, at: datetime | None = None,
          **changes: Any) -> Result[HouseLogEntry]:
    """A correction as a new row; the old one stays in the history."""
    ctx.require(Action.WRITE_NOTE)
    reason = v.text("why", why, required=True, max_len=500)
    old: HouseLogEntry = reads.get(ctx.conn, HouseLogEntry, entry_id)
    clean = v.fields(RULES, changes)
    if at is not None:
        clean["at"] = _when(ctx, at)
    fixed = replace(old, **clean, id=new_id(), staff_id=ctx.actor.id if ctx.actor else "",
                    amends_id=entry_id, amend_reason=reason)
    with ctx.write() as tx:
        for rid in fixed.resident_ids:
            tx.get(Resident, rid)
        tx.insert(fixed)
    return Result(fixed, tuple(tx.changes))


def between(ctx: Context, start: datetime, end: datetime) -> list[HouseLogEntry]:
    """Current versions of the entries in [start, end), oldest first."""
    ctx.require(Action.READ_RECORDS)
    return reads.current_between(ctx.conn, HouseLogEntry, "at", start, end)


def recent(ctx: Context) -> list[HouseLogEntry]:
    """The last day and night, newest first: what a shift reads at handover."""
    now = ctx.now()
    return list(reversed(between(ctx, now - HANDOVER, now + CLOCK_SLACK)))


def for_resident(ctx: Context, resident_id: str) -> list[HouseLogEntry]:
    """Entries that name this young person, newest first (for the timeline)."""
    ctx.require(Action.READ_RECORDS)
    found = [e for e in reads.current_between(ctx.conn, HouseLogEntry, "at", datetime.min,
                                              datetime.max)
             if resident_id in e.resident_ids]
    return sorted(found, key=lambda e: (e.at, e.id), reverse=True)
