"""A hybrid logical clock: wall-clock milliseconds with a counter in the low 16 bits.

Monotonic even when the wall clock jumps backwards, and across restarts (the vault seeds it
with the highest clock it has written). Ties between devices are broken by device id, by the
merge, not here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def physical(hlc: int) -> int:
    """Milliseconds since the epoch that a clock value stands for."""
    return hlc >> COUNTER_BITS


class HybridClock:
    def __init__(self, last: int = 0, now_ms: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self.now_ms = now_ms

    def tick(self) -> int:
        """A new clock value, greater than every value this clock gave or saw."""
        self.last = max(self.now_ms() << COUNTER_BITS, self.last + 1)
        return self.last

    def observe(self, remote: int) -> int:
        """Take in a clock value from another device, then tick."""
        self.last = max(self.last, remote)
        return self.tick()
