"""A hybrid logical clock: wall-clock milliseconds with a counter in the low 16 bits.

Monotonic when the wall clock jumps backwards by up to `MAX_LEAD_MS`, and across restarts
(the vault seeds it with the highest clock it has written). Ties between devices are broken
by device id, by the merge, not here.

Bounded drift: a clock that ran further ahead than `MAX_LEAD_MS` (the wall clock was set
hours fast, then fixed) does not carry that lead into new change sets, which every other
laptop would set aside as dated ahead for as long as the lead lasted: it starts again from
the wall clock. An edit made then has an earlier clock than the version it replaces; it
still wins, because it names that version (store/versions.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1
# As far ahead of its own wall clock as a clock carries a value: what receivers accept
# before they set a change set aside (sync/replica/receive_check.MAX_SKEW_MS, the same).
MAX_LEAD_MS = 6 * 3600 * 1000


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def physical(hlc: int) -> int:
    """Milliseconds since the epoch that a clock value stands for."""
    return hlc >> COUNTER_BITS


class HybridClock:
    """`floor`: a value every new one stays above, whatever the wall clock says: the clock
    of the newest person's arrival on the roster (receivers refuse a change set dated
    before its author joined), so a laptop whose wall clock is slow never starts again
    below it."""

    def __init__(self, last: int = 0, now_ms: Callable[[], int] = wall_ms,
                 floor: int = 0) -> None:
        self.last = last
        self.now_ms = now_ms
        self.floor = floor

    def tick(self) -> int:
        """A new clock value, greater than every value this clock gave or saw, unless
        those are more than `MAX_LEAD_MS` ahead of the wall clock (or of the floor, when
        that is later): then the wall clock's (just above the floor, at the least)."""
        now = self.now_ms() << COUNTER_BITS
        if self.last - max(now, self.floor) > MAX_LEAD_MS << COUNTER_BITS:
            self.last = max(now, self.floor + 1)  # the lead is not carried (bounded drift)
        else:
            self.last = max(now, self.last + 1)
        return self.last

    def joined(self, hlc: int) -> None:
        """Someone arrived on the roster at `hlc`: never start again below it."""
        self.floor = max(self.floor, hlc)

    def observe(self, remote: int) -> int:
        """Take in a clock value from another device, then tick."""
        self.last = max(self.last, remote)
        return self.tick()
