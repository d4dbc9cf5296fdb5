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

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr_n
from safehaven.store.hlc import wall_ms
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError
from safehaven.sync.engine import Received, receive
from safehaven.sync.replica import quarantine

log = logging.getLogger(__name__)

TOLERANCE_S = 600   # ten minutes: a laptop's ordinary drift between time syncs
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


class ClockEarlierThanRecords(SafeHavenError):
    """Said at unlock, not raised: this laptop's clock reads earlier than the newest record
    the vault holds (`minutes`), so it was set back or its battery went flat."""

    def __init__(self, minutes: int) -> None:
        self.minutes = minutes
        if minutes < 120:
            text = tr_n("This laptop's clock reads {n} minute earlier than the newest record "
                        "in the vault. If its date or time is wrong, set it right before "
                        "saving anything.",
                        "This laptop's clock reads {n} minutes earlier than the newest "
                        "record in the vault. If its date or time is wrong, set it right "
                        "before saving anything.", minutes)
        else:
            text = tr_n("This laptop's clock reads {n} hour earlier than the newest record "
                        "in the vault. If its date or time is wrong, set it right before "
                        "saving anything.",
                        "This laptop's clock reads {n} hours earlier than the newest record "
                        "in the vault. If its date or time is wrong, set it right before "
                        "saving anything.", round(minutes / 60))
        super().__init__(text)


def earlier_than_records(vault: Vault, now_ms: int | None = None
                         ) -> ClockEarlierThanRecords | None:
    """At unlock: a clock earlier than the newest record this vault holds, by more than
    the tolerance, is suspicious. (One later than it says nothing: a laptop may rest for
    months.) The system's clock, as the hybrid clock stamping saves reads it."""
    behind = vault.newest_ms - (wall_ms() if now_ms is None else now_ms)
    if behind <= TOLERANCE_S * 1000:
        return None
    log.warning("clock %d s earlier than the vault's newest record", behind // 1000)
    return ClockEarlierThanRecords(round(behind / 60_000))
