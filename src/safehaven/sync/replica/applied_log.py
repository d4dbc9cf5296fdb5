"""What this device holds: change sets applied here (its own and received), and the
digest over them that a round compares with the server's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safehaven.store.connection import Connection, existing_ids, rows_in
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.replica.quarantine import ids_digest, quarantined_ids, waiting_by_device


def highest_seq(conn: Connection) -> dict[str, int]:
    """The highest change set number held from each device (own and received)."""
    return {d: int(s) for d, s in
            conn.execute("SELECT device_id, max(device_seq) FROM change_sets GROUP BY device_id")}


def held_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM change_sets").fetchone()[0])


def device_activity(conn: Connection) -> dict[str, tuple[int, int, int]]:
    """device id -> (newest change set number held, its clock, how many wait for a gap)."""
    out = {d: (int(s), int(h), 0) for d, s, h in conn.execute(
        "SELECT device_id, max(device_seq), max(hlc) FROM change_sets GROUP BY device_id")}
    for device, count in waiting_by_device(conn).items():
        seq, hlc, _ = out.get(device, (0, 0, 0))
        out[device] = (seq, hlc, count)
    return out


def held_seqs(conn: Connection, wanted: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Which of these (device, number) change sets this laptop has received: applied, or
    verified and refused (not those that themselves wait for a gap)."""
    held: set[tuple[str, int]] = set()
    by_device: dict[str, list[int]] = {}
    for device, seq in wanted:
        by_device.setdefault(device, []).append(seq)
    for device, seqs in by_device.items():
        held |= {(device, int(s)) for (s,) in rows_in(
            conn, "SELECT device_seq FROM change_sets WHERE device_id = ? AND device_seq "
            "IN ({in})", seqs, before=(device,))}
        held |= {(device, int(s)) for (s,) in rows_in(
            conn, "SELECT device_seq FROM quarantine WHERE device_id = ? AND kind != ? "
            "AND device_seq IN ({in})", seqs, before=(device, RefusalKind.WAITING.value))}
        held |= {(device, int(s)) for (s,) in rows_in(  # destroyed: no gap either
            conn, "SELECT device_seq FROM destroyed WHERE kind IN ('changeset', 'reported') "
            "AND device_id = ? AND device_seq IN ({in})", seqs, before=(device,))}
    return held


def held_among(conn: Connection, changeset_ids: list[str]) -> set[str]:
    """Which of these change sets this device already holds."""
    return existing_ids(conn, "change_sets", changeset_ids)


def held_as(conn: Connection, changeset_ids: list[str]) -> dict[str, tuple[str, int]]:
    """id -> (laptop, number) of those of these ids this device holds: a change set is
    held only if both match (an id is chosen by whoever seals the envelope)."""
    return {str(i): (str(d), int(s)) for i, d, s in rows_in(
        conn, "SELECT id, device_id, device_seq FROM change_sets WHERE id IN ({in})",
        changeset_ids)}


def has_changeset(conn: Connection, changeset_id: str) -> bool:
    return conn.execute("SELECT 1 FROM change_sets WHERE id = ?",
                        (changeset_id,)).fetchone() is not None


def held_ids(conn: Connection) -> list[str]:
    return [i for (i,) in conn.execute("SELECT id FROM change_sets")]


def seen_ids(conn: Connection) -> set[str]:
    """Every change set id this device has applied or set aside (what a digest covers),
    and those destroyed here (never fetched again)."""
    return set(held_ids(conn)) | quarantined_ids(conn) | {i for (i,) in conn.execute(
        "SELECT id FROM destroyed WHERE kind = 'changeset'")}


def seen_digest(vault: Vault, fold: Callable[[list[str], str], str]) -> str:
    """The digest of what this device has applied or set aside."""
    # the digest is an XOR of per-id hashes (sync/envelope.py): the quarantine's, kept
    # apart until it changes, combines with the held ones' as any two sets' would
    waiting = ids_digest(vault.conn, fold)
    held = held_digest(vault, fold)
    return f"{int(waiting, 16) ^ int(held or fold([], ''), 16):064x}"


def held_digest(vault: Vault, fold: Callable[[list[str], str], str]) -> str:
    """The digest of every change set held, kept up to date incrementally: change sets are
    only ever added (local ids grow), so only those since the last time are folded in."""
    row = vault.conn.execute("SELECT value FROM local_state WHERE key = 'digest'").fetchone()
    upto, value = (row[0].split(":", 1) if row else ("0", ""))
    fresh = vault.conn.execute("SELECT local_id, id FROM change_sets WHERE local_id > ? "
                               "ORDER BY local_id", (int(upto),)).fetchall()
    if not fresh and value:
        return value
    value = fold([i for _, i in fresh], value)
    top = fresh[-1][0] if fresh else int(upto)
    vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES ('digest', ?)",
                       (f"{top}:{value}",))
    return value


def row_values(conn: Connection, table: str, columns: tuple[str, ...]
               ) -> list[tuple[Any, ...]]:
    """Every row of a table, for comparing devices (tests, digests)."""
    return list(conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id"))


def held_of(conn: Connection, device_id: str, above: int) -> int:
    """The highest number of this device's change sets here, applied or quarantined, when
    it is below `above` (else `above`): the applied ones are a lookup by index; the
    quarantine is read only when they fall short, which an honest round never does."""
    applied = int(conn.execute("SELECT max(device_seq) FROM change_sets WHERE device_id = ?",
                               (device_id,)).fetchone()[0] or 0)
    if applied >= above:
        return applied
    waiting = conn.execute("SELECT max(device_seq) FROM quarantine WHERE device_id = ?",
                           (device_id,)).fetchone()[0]
    return max(applied, int(waiting or 0))
