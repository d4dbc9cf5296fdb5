"""Said at unlock: this laptop's clock reads earlier than the newest record the vault
holds. Apart from `sync/clockcheck.py` (which it is part of) so that unlocking does not
import the sync client and engine: that import was a fifth of the CLI's time after the key
derivation on the 500 x 365 house (bench/bench_store.py, section 5)."""

from __future__ import annotations

import logging

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr_n
from safehaven.store.hlc import wall_ms
from safehaven.store.vault import Vault

log = logging.getLogger(__name__)

TOLERANCE_S = 600   # ten minutes: a laptop's ordinary drift between time syncs


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
