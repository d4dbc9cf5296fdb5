"""Changes that arrived before the row they need (a check-in before its resident, an edit
before the row it edits): kept as rows of their own until that row arrives."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from safehaven.store.connection import Connection


class PendingKind(StrEnum):
    ROW = "row"      # a whole new row whose parent has not arrived
    FIELD = "field"  # a change to a field of a row that has not arrived


@dataclass(frozen=True, slots=True)
class PendingChange:
    """One waiting change, with everything needed to apply it later."""

    kind: PendingKind
    table: str        # the table it writes to
    row_id: str       # the row it writes
    field: str        # "*" for a whole row
    value: str        # JSON, as it travelled
    hlc: int
    base_hlc: int | None
    device_id: str    # who wrote it
    local_id: int     # its change set here


def wait_for(conn: Connection, parent: tuple[str, str], change: PendingChange) -> None:
    """Keep `change` until the row `parent` (table, id) arrives."""
    conn.execute(
        "INSERT INTO pending_changes (table_name, row_id, entry, changeset, kind, "
        "target_table, target_id, field, value, hlc, base_hlc, device_id, local_id) "
        "VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (parent[0], parent[1], str(change.local_id), change.kind.value, change.table,
         change.row_id, change.field, change.value, change.hlc, change.base_hlc,
         change.device_id, change.local_id))


def any_waiting(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM pending_changes LIMIT 1").fetchone() is not None


def waited_for(conn: Connection) -> set[tuple[str, str]]:
    """Every row (table, id) some change waits for."""
    return {(str(t), str(i)) for t, i in conn.execute(
        "SELECT DISTINCT table_name, row_id FROM pending_changes").fetchall()}


def take_waiting(conn: Connection, table: str, row_id: str) -> list[PendingChange]:
    """The changes that waited for this row, oldest first; they are no longer kept."""
    rows = conn.execute(
        "SELECT id, kind, target_table, target_id, field, value, hlc, base_hlc, device_id, "
        "local_id FROM pending_changes WHERE table_name = ? AND row_id = ? ORDER BY id",
        (table, row_id)).fetchall()
    if rows:
        conn.executemany("DELETE FROM pending_changes WHERE id = ?", [(r[0],) for r in rows])
    return [PendingChange(PendingKind(k), str(t), str(i), str(f), str(v), int(h),
                          int(b) if b is not None else None, str(d), int(n))
            for _, k, t, i, f, v, h, b, d, n in rows]
