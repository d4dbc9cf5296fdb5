"""Facts about this laptop alone (never synced): a key-value table."""

from __future__ import annotations

from datetime import UTC, datetime

from safehaven.store.connection import Connection
from safehaven.store.vault import Vault


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def local_value(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM local_state WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def save_local_value(vault: Vault, key: str, value: str) -> None:
    vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                       (key, value))



def local_values(conn: Connection, prefix: str) -> dict[str, str]:
    """Every value whose key starts with `prefix`, by key."""
    return dict(conn.execute("SELECT key, value FROM local_state WHERE substr(key, 1, ?) = ?",
                             (len(prefix), prefix)))


def keep_local_value(vault: Vault, key: str, value: str | None) -> None:
    """Set (or with None, remove) a value in a transaction of its own."""
    with vault.transaction() as conn:
        if value is None:
            conn.execute("DELETE FROM local_state WHERE key = ?", (key,))
        else:
            conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                         (key, value))
