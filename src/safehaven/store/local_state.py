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

