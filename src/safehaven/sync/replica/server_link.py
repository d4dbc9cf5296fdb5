"""The server this laptop syncs with: its address and token, where the pull got to (with
checkpoints to verify a server against), the last outcome and what the server said."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from safehaven.store.connection import Connection
from safehaven.store.local_state import local_value, now_text, save_local_value
from safehaven.store.vault import Vault


@dataclass(frozen=True, slots=True)
class ServerLink:
    url: str
    device_token: str
    epoch: str
    cursor: int
    last_sync: str | None
    last_error: str | None


def server_link(conn: Connection) -> ServerLink | None:
    row = conn.execute("SELECT url, device_token, epoch, cursor, last_sync, last_error "
                       "FROM sync_server WHERE id = 1").fetchone()
    return ServerLink(*row) if row else None


def save_server_link(vault: Vault, url: str, device_token: str, epoch: str,
                     certificate: bytes | None = None) -> None:
    """The server this laptop now syncs with, and the certificate pinned for it (None: the
    system's trust store)."""
    with vault.write() as tx:
        tx.conn.execute("INSERT OR REPLACE INTO sync_server (id, url, device_token, epoch, "
                        "cursor) VALUES (1, ?, ?, ?, 0)", (url, device_token, epoch))
        _pin(tx.conn, certificate)


def move_server_link(vault: Vault, url: str, certificate: bytes | None) -> None:
    """The same server (store, token, log) at a new address: only the address and the
    pinned certificate change; where the pull got to stays."""
    with vault.write() as tx:
        tx.conn.execute("UPDATE sync_server SET url = ?, last_error = NULL WHERE id = 1",
                        (url,))
        _pin(tx.conn, certificate)


def _pin(conn: Connection, certificate: bytes | None) -> None:
    if certificate is None:
        conn.execute("DELETE FROM local_state WHERE key = 'server_certificate'")
    else:
        conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                     "('server_certificate', ?)", (certificate.decode("ascii"),))


def pinned_certificate(conn: Connection) -> bytes | None:
    """The PEM pinned for the server at `sync connect`, or None (the system's trust)."""
    value = local_value(conn, "server_certificate")
    return value.encode("ascii") if value else None


CHECKPOINTS = 32


def save_cursor(vault: Vault, epoch: str, cursor: int, cursor_id: str | None = None) -> None:
    """Where the pull got to; with the id of the change set at that position, a checkpoint
    the next round verifies against the server (kept: the newest few, thinning older)."""
    vault.conn.execute("UPDATE sync_server SET epoch = ?, cursor = ? WHERE id = 1",
                       (epoch, cursor))
    points = [p for p in pull_checkpoints(vault.conn) if p[0] < cursor]
    if cursor_id:
        points.append((cursor, cursor_id))
    if len(points) > CHECKPOINTS:  # keep every other one of the older half
        half = len(points) // 2
        points = points[:half][::2] + points[half:]
    save_local_value(vault, "pull_checkpoints", json.dumps(points))


def pull_checkpoints(conn: Connection) -> list[tuple[int, str]]:
    """(position in the server's log, change set id there), oldest first."""
    try:
        return [(int(q), str(i)) for q, i in json.loads(
            local_value(conn, "pull_checkpoints") or "[]")]
    except (ValueError, TypeError):
        return []


def save_clock_offset(vault: Vault, seconds: float | None) -> None:
    """The server's clock minus this laptop's, as seen at the last round (local only)."""
    if seconds is not None:
        vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                           "('clock_offset', ?)", (str(round(seconds)),))


def clock_offset(conn: Connection) -> int:
    row = conn.execute("SELECT value FROM local_state WHERE key = 'clock_offset'").fetchone()
    return int(row[0]) if row else 0


def save_outcome(vault: Vault, error: str | None) -> None:
    if error is None:
        vault.conn.execute("UPDATE sync_server SET last_sync = ?, last_error = NULL "
                           "WHERE id = 1", (now_text(),))
    else:
        vault.conn.execute("UPDATE sync_server SET last_error = ? WHERE id = 1", (error,))


def save_app_versions(vault: Vault, minimum: str, latest: str) -> None:
    """The app versions the server asks for (local only: it is about this laptop)."""
    vault.conn.executemany("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                           [("app_minimum", minimum), ("app_latest", latest)])


def app_versions(conn: Connection) -> tuple[str, str] | None:
    """(minimum, latest) as the server last said, or None before it said anything."""
    rows = dict(conn.execute("SELECT key, value FROM local_state WHERE key IN "
                             "('app_minimum', 'app_latest')").fetchall())
    if "app_minimum" not in rows or "app_latest" not in rows:
        return None
    return str(rows["app_minimum"]), str(rows["app_latest"])


def save_token(conn: Connection, device_token: str) -> None:
    """A token a manager re-issued (sync/reissue.py): the old one no longer works."""
    conn.execute("UPDATE sync_server SET device_token = ? WHERE id = 1", (device_token,))


def pending_reissue(conn: Connection) -> list[dict[str, Any]]:
    """New tokens and box keys made at a removal, until the server has taken them."""
    try:
        found = json.loads(local_value(conn, "reissue_pending") or "[]")
    except ValueError:
        return []
    return [dict(p) for p in found if isinstance(p, dict)]


def save_pending_reissue(conn: Connection, pending: list[dict[str, Any]]) -> None:
    if pending:
        conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                     "('reissue_pending', ?)", (json.dumps(pending),))
    else:
        conn.execute("DELETE FROM local_state WHERE key = 'reissue_pending'")


def set_reissue_due(conn: Connection, due: bool) -> None:
    """A removal this laptop made waits for a manager's round to re-key and re-issue."""
    if due:
        conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                     "('reissue_due', '1')")
    else:
        conn.execute("DELETE FROM local_state WHERE key = 'reissue_due'")


def reissue_due(conn: Connection) -> bool:
    return local_value(conn, "reissue_due") is not None
