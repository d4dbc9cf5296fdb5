"""Change sets set aside with the reason they were refused, so one bad change set never
blocks the rest."""

from __future__ import annotations

from safehaven.store.connection import Connection
from safehaven.store.local_state import now_text
from safehaven.store.vault import Vault


def quarantine(vault: Vault, changeset_id: str, device_id: str | None, reason: str,
               envelope: bytes, device_seq: int | None = None) -> None:
    """Set a change set aside with its reason; `device_seq` only when its laptop's
    signature was verified (a forged header must not fill a gap)."""
    vault.conn.execute(
        "INSERT OR REPLACE INTO quarantine (changeset_id, device_id, reason, envelope, "
        "received_at, device_seq) VALUES (?, ?, ?, ?, ?, ?)",
        (changeset_id, device_id, reason, envelope, now_text(), device_seq))


def quarantined_envelopes(conn: Connection, reasons: tuple[str, ...]) -> list[bytes]:
    """Quarantined envelopes refused for one of these reasons (prefixes), to try again."""
    where = " OR ".join("reason LIKE ?" for _ in reasons)
    return [bytes(e) for (e,) in conn.execute(
        f"SELECT envelope FROM quarantine WHERE {where}", tuple(r + "%" for r in reasons))]


def release_quarantine(conn: Connection, changeset_ids: list[str]) -> None:
    """Forget quarantined change sets that have now been applied."""
    if conn.execute("SELECT 1 FROM quarantine LIMIT 1").fetchone():
        conn.executemany("DELETE FROM quarantine WHERE changeset_id = ?",
                         [(i,) for i in changeset_ids])


def quarantined(conn: Connection) -> list[tuple[str, str]]:
    return [(c, r) for c, r in conn.execute(
        "SELECT changeset_id, reason FROM quarantine ORDER BY received_at")]


def quarantined_ids(conn: Connection) -> set[str]:
    return {i for (i,) in conn.execute("SELECT changeset_id FROM quarantine WHERE "
                                       "changeset_id NOT LIKE 'unreadable-%'")}
