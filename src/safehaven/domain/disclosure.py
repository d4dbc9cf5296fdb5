"""How a funder figure is published so that no count from 1 to 4 can be worked out again.

The cell-key method (as the Australian Bureau of Statistics and the 2021 censuses of England
and Wales publish tables), with one change that matters for a small house:

- Every published count is the true count plus a whole-number adjustment drawn from a
  two-sided geometric distribution: 0 half the time, ±1 a third of the time, ±2 a ninth,
  and so on (`ALPHA` = 1/3: each step further is three times less likely).
- The adjustment is fixed by the cell's *key*: a keyed hash of the set of children or events
  the cell counts. The same set always gets the same adjustment, so a reprint matches the
  first print, and two tables counting the same children show the same total; asking
  again, or for the same people through another table, teaches nothing new.
- The adjustment has no upper bound. Census offices bound it (±2 or ±5); a bounded
  adjustment can be undone at its extremes: if July, August and September are counted and
  the quarter's adjustment was -2 while both months' were +2, the quarter minus the two
  months pins July's count to 0. With no bound, a difference of published figures is only
  ever an estimate, whatever periods and tables are combined.
- A count below `SMALL` after adjustment is shown as "<5" (zero included).

Totals are adjusted on their own (their key is the set of everyone in the table), so a
table may not add up exactly to its total; the reports say so.

What differencing can still show is a zero: every deduction stops at zero, so an upper
bound that reaches it is right whenever the truth is zero (a few zeros in a few thousand
small counts, in some houses; `bench/bench_funder_disclosure.py`). A zero names no child;
census offices publish zeros unadjusted.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable

ALPHA = 1 / 3  # each step away from the true count is three times less likely than the last
SMALL = 5  # published counts below this are shown as "<5"
SMALL_SHOWN = "<5"


def cell_key(house_key: bytes, units: Iterable[str], *, empty: str) -> bytes:
    """The keyed hash of what a cell counts. An empty cell has no units to hash: `empty`
    (the table, category and period) keeps every empty cell's adjustment its own."""
    members = sorted(set(units))
    text = "\n".join(members) if members else "\x00empty\x00" + empty
    return hmac.new(house_key, text.encode("utf-8"), hashlib.sha256).digest()


def adjustment(key: bytes) -> int:
    """A two-sided geometric draw with ratio 1/3, from the bytes of `key` alone: the first
    bit says whether the count moves at all (half the time it does not), the second which
    way, then each further step needs a byte that lands in the lower third (bytes of 255
    are skipped so that every third is the same size). More bytes come from re-hashing."""
    if not key[0] & 1:
        return 0
    sign = 1 if key[0] & 2 else -1
    steps = 1
    stream = key[1:]
    while True:
        for byte in stream:
            if byte == 255:
                continue
            if byte % 3:
                return sign * steps
            steps += 1
        stream = hashlib.sha256(stream).digest()


def publish(count: int, key: bytes) -> int:
    """The count as published: adjusted, never below zero."""
    return max(0, count + adjustment(key))


def shown(published: int) -> str:
    return SMALL_SHOWN if published < SMALL else str(published)
