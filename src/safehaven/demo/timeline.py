"""When a synthetic record was "recorded": at the moment it stands for, not when the
generator ran (demo data only; real writes are always dated now).

The generator writes one young person's whole history after another's, at one sitting. Had
each change set carried the clock of that sitting, every report of a past week would list
the week's records as "recorded late" (a reprint counts a record by when it was written,
`services/weekly_reprint.py`). Each change set the generator makes is dated instead by its
record: a check-in at its shift, a session at its time, an incident when it happened, a need
when it was opened. Dates never go below what a receiving laptop accepts: the day SafeHaven
began (`CLOCK_FLOOR_MS`) and the moment the author joined the roster (a change set dated
before its author joined is refused as back-dated): a record older than that keeps the
clock of the sitting, as before, and so do later changes to it. Nothing here draws on the
seed's random streams: a seed makes the same records as before.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from safehaven.domain import models as m
from safehaven.services.context import Context
from safehaven.store import history, reads
from safehaven.store.hlc import COUNTER_BITS
from safehaven.store.writer import WriteTx

FLOOR_MS = 1_767_225_600_000  # 1 January 2026 (sync/replica/receive_check.CLOCK_FLOOR_MS)
SHIFT_HOUR = {"morning": 8, "afternoon": 14, "night": 22}
# the field a record's moment is read from, first found first (dates at 09:00)
MOMENT_FIELDS = ("scheduled_at", "occurred_at", "written_at", "given_at", "at", "said_on",
                 "taken_on", "opened_on", "made_on", "granted_on", "changed_on",
                 "reviewed_on", "held_on", "decided_on", "started_on", "intake_date",
                 "start_date", "received_on", "logged_at", "filed_on")


def founding_moment(today: date, days: int) -> datetime:
    """When a demo house with `days` of history was set up: the morning before its first
    day, not before the clock floor."""
    first = datetime.fromordinal(today.toordinal() - days - 1).replace(hour=8)
    floor = datetime.fromtimestamp(FLOOR_MS / 1000 + 60)
    return max(first, floor)


def moment_of(record: object) -> datetime | None:
    """The moment a record stands for, or None when it has none of its own."""
    if isinstance(record, m.CheckIn):
        return datetime.combine(record.date, time(SHIFT_HOUR.get(str(record.shift), 9)))
    for name in MOMENT_FIELDS:
        value: Any = getattr(record, name, None)
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        if isinstance(value, date):
            return datetime.combine(value, time(9))
    return None


class Stamper:
    """Dates the generator's change sets (see the module's docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.count = 0
        self.undated: set[str] = set()  # rows written at the sitting's clock
        # each staff member's first roster clock: when they joined the house
        self.joined = {sid: versions[0][0] for sid, versions in history.versions(
            ctx.conn, m.Staff, {s.id for s in reads.all_of(ctx.conn, m.Staff)}).items()
            if versions}

    def backdate(self, tx: WriteTx, moment: datetime | None, author: str | None,
                 row_id: str) -> None:
        """Date the next change set, which writes `row_id`, at `moment` (never after now);
        before the floors, or after a change of the row that kept the sitting's clock,
        it keeps the sitting's clock too."""
        if moment is None or row_id in self.undated:
            self.undated.add(row_id)
            return
        now = self.ctx.now().replace(tzinfo=None)
        ms = int(min(moment, now).timestamp() * 1000)
        self.count += 1  # distinct clocks, so that no two changes of a row tie
        wanted = (ms << COUNTER_BITS) | (self.count & ((1 << COUNTER_BITS) - 1))
        floor = max(self.joined.get(author or "", 0), FLOOR_MS << COUNTER_BITS)
        if wanted <= floor:
            self.undated.add(row_id)
            return
        tx.backdate(wanted)
