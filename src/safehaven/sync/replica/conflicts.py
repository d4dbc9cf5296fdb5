"""Concurrent edits that lost a merge, kept for a manager to confirm or reverse."""

from __future__ import annotations

from typing import Any

from safehaven.store.connection import Connection


def open_conflicts(conn: Connection) -> list[dict[str, Any]]:
    cols = ("id", "table_name", "row_id", "field", "kept_value", "kept_hlc", "lost_value",
            "lost_hlc", "lost_device")
    rows = conn.execute(f"SELECT {', '.join(cols)} FROM conflicts WHERE resolution IS NULL "
                        "ORDER BY detected_at, id")
    return [dict(zip(cols, r, strict=True)) for r in rows]


def conflict(conn: Connection, conflict_id: str) -> dict[str, Any] | None:
    for item in open_conflicts(conn):
        if item["id"] == conflict_id:
            return item
    return None


def close_conflict(conn: Connection, conflict_id: str, resolution: str) -> None:
    conn.execute("UPDATE conflicts SET resolution = ? WHERE id = ?", (resolution, conflict_id))
