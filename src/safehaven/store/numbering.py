"""The numbers this laptop gives its change sets, and the new epoch after a restore.

A laptop numbers its change sets 1, 2, 3...; the server and every other laptop know it by
those numbers, so a number once sent must never name another change set. A vault put back
from a backup may have sent numbers the backup never saw: it starts again past them.
"""

from __future__ import annotations

import time

from safehaven.store.connection import Connection
from safehaven.store.vault import Vault

RESTORE_GAP = 1_000_000
EPOCH_STEP = 1000  # numbers a restore's epoch leaves per millisecond that passes


def mark_restored(vault: Vault, now_ms: int | None = None) -> None:
    """A vault put back from a backup may lack change sets it had already sent. Its next
    round fetches its own back from the server, and its numbering starts a new epoch:
    past anything it may have sent after the backup was taken, and past every earlier
    restore of the same backup (here, or on another machine): the epoch is the time of
    the restore, so a second restore lies ahead of all the first one's saves unless more
    than a thousand saves a millisecond were made in between."""
    top = int(vault.conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets "
                                 "WHERE device_id = ?", (vault.device_id,)).fetchone()[0])
    epoch = (now_ms if now_ms is not None else int(time.time() * 1000)) * EPOCH_STEP
    floor = max(top + RESTORE_GAP, epoch, vault.seq_floor + RESTORE_GAP)
    vault.conn.executemany("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                           [("restored", "1"), ("seq_floor", str(floor))])
    vault.seq_floor = floor


def was_restored(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM local_state WHERE key = 'restored' AND value = '1'"
                        ).fetchone() is not None


def clear_restored(vault: Vault) -> None:
    vault.conn.execute("DELETE FROM local_state WHERE key = 'restored'")
