"""A laptop whose clock is far off, told before it writes, and what its clock set aside
released once the clock is right.

Time stamps change sets (a hybrid clock on the system's time) and decides which edit wins,
and a receiver sets aside change sets dated more than `MAX_SKEW_MS` ahead of its own clock.
So a laptop 7 hours slow that joined would set the whole house aside, the staff list with
it, and one 20 hours fast would have its saves set aside everywhere. The server's `Date`
header is the reference at sync and at join; drift of a few minutes (`TOLERANCE_S`) is
normal and said nothing about; up to `FAR_S` the round goes on and the Sync page and the
command line say by how much; beyond it the round (or the join) stops before anything is
pushed, pulled or made, and says how to fix it.
"""

from __future__ import annotations

import logging

from safehaven.i18n import tr_n
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError
from safehaven.sync.clock_at_unlock import TOLERANCE_S as TOLERANCE_S
from safehaven.sync.clock_at_unlock import (
    ClockEarlierThanRecords as ClockEarlierThanRecords,  # said at unlock: kept here too
)
from safehaven.sync.clock_at_unlock import earlier_than_records as earlier_than_records
from safehaven.sync.engine import Received, receive
from safehaven.sync.replica import quarantine

log = logging.getLogger(__name__)

FAR_S = 3600        # an hour: a wrong time zone, a flat clock battery, a date typed wrong
RELEASE_SLICE = 500  # clock-refused change sets tried again per round


class ClockFarOff(SyncError):
    """This laptop's clock is more than `FAR_S` from the server's: `minutes` ahead (+) or
    behind (-)."""

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes
        hours = round(abs(minutes) / 60)
        if minutes > 0:
            text = tr_n("This laptop's clock is about {n} hour ahead of the server's. Set "
                        "the right date, time and time zone, then sync again; nothing was "
                        "sent or received.",
                        "This laptop's clock is about {n} hours ahead of the server's. Set "
                        "the right date, time and time zone, then sync again; nothing was "
                        "sent or received.", hours)
        else:
            text = tr_n("This laptop's clock is about {n} hour behind the server's. Set "
                        "the right date, time and time zone, then sync again; nothing was "
                        "sent or received.",
                        "This laptop's clock is about {n} hours behind the server's. Set "
                        "the right date, time and time zone, then sync again; nothing was "
                        "sent or received.", hours)
        super().__init__(text)


def minutes_off(offset_s: float | None) -> int:
    """Minutes this laptop is ahead (+) or behind (-) the server, from the server's clock
    minus ours; 0 within the tolerance (or when the server did not say)."""
    if offset_s is None or abs(offset_s) <= TOLERANCE_S:
        return 0
    return round(-offset_s / 60)


def refuse_far(offset_s: float | None) -> None:
    """Stop here, before writing, when the clock is more than `FAR_S` off."""
    if offset_s is not None and abs(offset_s) > FAR_S:
        log.warning("clock %+d s off the server's: round stopped", round(-offset_s))
        raise ClockFarOff(round(-offset_s / 60))


def release(vault: Vault) -> Received:
    """Try again the change sets set aside as dated ahead of this laptop's clock (a slice
    a round): with the clock right, those no longer ahead apply, and what was waiting on
    them follows (the engine retries the senders' waiting ones). Otherwise they are only
    retried when something new applies, which in a quiet house may be never."""
    envelopes = quarantine.quarantined_envelopes(vault.conn, [RefusalKind.CLOCK_AHEAD],
                                                 limit=RELEASE_SLICE)
    if not envelopes:
        return Received()
    received = receive(vault, envelopes)
    log.info("%d change sets set aside for their clock applied now", received.applied)
    return received
