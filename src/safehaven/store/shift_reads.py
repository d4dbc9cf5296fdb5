"""What the handover view reads: when a person's last shift ended (their sessions are audit
entries, which travel to every laptop), who has a session open, and which rows were first
written after a moment of the hybrid clock (what is new since then, on any laptop)."""

from __future__ import annotations

from safehaven.store.connection import Connection
from safehaven.store.tables import BY_NAME

SESSION_START, SESSION_END = "session-start", "session-end"


def last_activity(conn: Connection, staff_id: str, before_hlc: int | None) -> int | None:
    """The clock of the last thing `staff_id` did before `before_hlc` (normally the end of
    their session; after a crash or a power cut, the last record they opened or wrote)."""
    found = conn.execute(
        "SELECT max(hlc) FROM audit_log WHERE staff_id = ? AND action != ? AND hlc < ?",
        (staff_id, SESSION_START, before_hlc if before_hlc is not None else 1 << 62)
    ).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def last_session_start(conn: Connection, staff_id: str, at_or_before: int) -> int | None:
    """The clock of the session `staff_id` started last, at or before `at_or_before`."""
    found = conn.execute(
        "SELECT max(hlc) FROM audit_log WHERE staff_id = ? AND action = ? AND hlc <= ?",
        (staff_id, SESSION_START, at_or_before)).fetchone()
    return int(found[0]) if found and found[0] is not None else None


def session_marks_since(conn: Connection, hlc: int) -> list[tuple[str, str, int]]:
    """(staff id, start or end, clock) of every session mark since `hlc`, oldest first."""
    return [(str(s), str(a), int(h)) for s, a, h in conn.execute(
        "SELECT staff_id, action, hlc FROM audit_log WHERE action IN (?, ?) AND hlc >= ? "
        "AND staff_id IS NOT NULL ORDER BY hlc, id", (SESSION_START, SESSION_END, hlc))]


def written_since(conn: Connection, table: str, hlc: int) -> dict[str, int]:
    """Row id -> the clock it was first written at, for rows of `table` first written after
    `hlc` (an amendment is a new row: a correction made since counts too)."""
    if table not in BY_NAME:
        raise ValueError(f"unknown table {table!r}")
    return {str(r): int(h) for r, h in conn.execute(
        "SELECT row_id, min(hlc) FROM change_log WHERE table_name = ? GROUP BY row_id "
        "HAVING min(hlc) > ?", (table, hlc))}
