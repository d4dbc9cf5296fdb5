"""This device's own change sets as they leave it, and the numbering after a restore."""

from __future__ import annotations

import time
from typing import Any

from safehaven.store import runs
from safehaven.store.changeset import ChangeSet, Entry
from safehaven.store.connection import Connection, rows_in
from safehaven.store.vault import Vault


def local_changesets(conn: Connection, device_id: str, after_seq: int = 0,
                     limit: int | None = None) -> list[ChangeSet]:
    """This device's change sets with device_seq > after_seq, in order, with their entries."""
    sql = ("SELECT local_id, id, device_seq, hlc, staff_id, staff_sig, author_prev, "
           "(SELECT max(p.device_seq) FROM change_sets p WHERE p.device_id = "
           "change_sets.device_id AND p.device_seq < change_sets.device_seq) FROM change_sets "
           "WHERE device_id = ? AND device_seq > ? ORDER BY device_seq")
    params: tuple[Any, ...] = (device_id, after_seq)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    sets = conn.execute(sql, params).fetchall()
    entries: dict[int, list[Entry]] = {local_id: [] for local_id, *_ in sets}
    for changeset, table, row_id, fname, value, hlc, base in rows_in(  # one query a batch
            conn, "SELECT changeset, table_name, row_id, field, value, hlc, base_hlc FROM "
            "change_log WHERE changeset IN ({in}) ORDER BY change_id", list(entries)):
        entries[changeset].append(Entry(table, row_id, fname, value, hlc, base))
    return [ChangeSet(cs_id, device_id, int(seq), int(hlc), staff_id,
                      tuple(entries[local_id]),
                      bytes(sig) if sig is not None else None, int(prev or 0),
                      author_prev=bytes(aprev) if aprev is not None else None)
            for local_id, cs_id, seq, hlc, staff_id, sig, aprev, prev in sets]


def split_for_sending(conn: Connection, device_id: str, changeset_ids: set[str]
                      ) -> tuple[list[ChangeSet], list[bytes]]:
    """These change sets, to send again: this device's own (to seal) and the envelopes it
    received from others (to relay as they came)."""
    own_seqs, relay = [], []
    for seq, dev, envelope, run in rows_in(
            conn, "SELECT device_seq, device_id, envelope, run FROM change_sets WHERE id IN "
            "({in}) ORDER BY device_id, device_seq", sorted(changeset_ids)):
        if dev == device_id:
            own_seqs.append(int(seq))
        else:
            relay.append((envelope, run))
    own = [cs for cs in local_changesets(conn, device_id, min(own_seqs) - 1)
           if cs.device_seq in set(own_seqs)] if own_seqs else []
    return own, runs.envelopes(conn, relay)


def held_envelopes(conn: Connection, device_id: str, after_seq: int) -> list[bytes]:
    """Envelopes received from another device, as they came, to pass on (a run once, even
    if the receiver holds some of its change sets: it keeps each only once)."""
    return runs.envelopes(conn, conn.execute(
        "SELECT envelope, run FROM change_sets WHERE device_id = ? AND device_seq > ? AND "
        "origin = 'remote' ORDER BY device_seq", (device_id, after_seq)))


def own_count(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT count(*) FROM change_sets WHERE device_id = ?",
                            (device_id,)).fetchone()[0])


def own_highest(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets WHERE "
                            "device_id = ?", (device_id,)).fetchone()[0])


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
