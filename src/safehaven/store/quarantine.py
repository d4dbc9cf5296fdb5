"""Change sets set aside with the refusal that stopped them (its kind and its words), so
one bad change set never blocks the rest. Code selects by kind, never by the words."""

from __future__ import annotations

from collections.abc import Iterable

from safehaven.store import runs
from safehaven.store.connection import Connection, rows_in
from safehaven.store.local_state import now_text
from safehaven.store.refusal import Refusal, RefusalKind
from safehaven.store.runs import Carried
from safehaven.store.vault import Vault


def quarantine(vault: Vault, changeset_id: str, device_id: str | None, refusal: Refusal,
               carried: Carried, device_seq: int | None = None) -> None:
    """Set a change set aside with its refusal; `device_id` None for an envelope whose
    header could not be read; `device_seq` only when its laptop's signature was verified
    (a forged header must not fill a gap). A run's members share one copy of the run."""
    runs.keep(vault.conn, [carried])
    envelope, run = carried.columns()
    vault.conn.execute(
        "INSERT OR REPLACE INTO quarantine (changeset_id, device_id, kind, reason, envelope, "
        "received_at, device_seq, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (changeset_id, device_id, refusal.kind.value, refusal.message, envelope or b"",
         now_text(), device_seq, run))


def quarantined_envelopes(conn: Connection, kinds: Iterable[RefusalKind]) -> list[bytes]:
    """Quarantined envelopes refused for one of these kinds, to try again (a run once)."""
    wanted = [k.value for k in kinds]
    return runs.envelopes(conn, conn.execute(
        f"SELECT envelope, run FROM quarantine WHERE kind IN ({', '.join('?' * len(wanted))})",
        wanted)) if wanted else []


def release_quarantine(conn: Connection, changeset_ids: list[str]) -> None:
    """Forget quarantined change sets that have now been applied."""
    if conn.execute("SELECT 1 FROM quarantine LIMIT 1").fetchone():
        released = {bytes(r) for (r,) in rows_in(
            conn, "SELECT run FROM quarantine WHERE run IS NOT NULL AND changeset_id IN "
            "({in})", changeset_ids)}
        conn.executemany("DELETE FROM quarantine WHERE changeset_id = ?",
                         [(i,) for i in changeset_ids])
        runs.forget_unused(conn, released)  # rare: a gap filled, a key or roster arrived


def quarantined(conn: Connection) -> list[tuple[str, Refusal]]:
    """(change set id, refusal), oldest first."""
    return [(c, Refusal(_kind(k), r)) for c, k, r in conn.execute(
        "SELECT changeset_id, kind, reason FROM quarantine ORDER BY received_at")]


def _kind(value: str) -> RefusalKind:
    try:
        return RefusalKind(value)
    except ValueError:  # a kind from a newer version: shown, never retried
        return RefusalKind.UNKNOWN


def quarantined_ids(conn: Connection) -> set[str]:
    """The ids of quarantined change sets whose header could be read (what a digest
    covers: an unreadable envelope has no id of its own)."""
    return {i for (i,) in conn.execute("SELECT changeset_id FROM quarantine WHERE "
                                       "device_id IS NOT NULL")}


def waiting_by_device(conn: Connection) -> dict[str, int]:
    """device id -> how many of its change sets wait for an earlier one (a gap)."""
    return {d: int(n) for d, n in conn.execute(
        "SELECT device_id, count(*) FROM quarantine WHERE kind = ? GROUP BY device_id",
        (RefusalKind.WAITING.value,))}
