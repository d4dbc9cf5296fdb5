"""Reads for a child's record over its whole life (issue 30): the audit a manager reads,
every row and every change of one child (the complete file).

Beside `reads.py` (which stays short); like it, only SELECTs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safehaven import clock
from safehaven.domain import models as m
from safehaven.store.connection import Connection
from safehaven.store.hlc import physical
from safehaven.store.tables import TABLES, Record, from_row

MAX_AUDIT = 20_000  # a viewer's page; an export of one child takes all of them


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry as a person reads it: when (this laptop's local time), who, on
    which laptop, what they did, to which record, of which child."""

    id: str
    at: datetime
    staff_id: str | None
    device_id: str
    action: str  # view, create, update, amend, delete, report-weekly, export, …
    table_name: str | None
    row_id: str | None
    resident_id: str | None


_AUDIT_COLUMNS = "id, hlc, staff_id, device_id, action, table_name, row_id, resident_id"


def _audit(conn: Connection, where: str, params: tuple[Any, ...], limit: int
           ) -> list[AuditRow]:
    rows = conn.execute(f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE {where} "
                        "ORDER BY hlc DESC, id DESC LIMIT ?", (*params, limit)).fetchall()
    return [AuditRow(r[0], when(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]


def when(hlc: int) -> datetime:
    """A clock of this vault as a local time."""
    return clock.local(physical(int(hlc)) / 1000)


def audit_for_resident(conn: Connection, resident_id: str, limit: int = MAX_AUDIT
                       ) -> list[AuditRow]:
    """Who opened or changed this child's records, newest first."""
    return _audit(conn, "resident_id = ?", (resident_id,), limit)


def audit_for_staff(conn: Connection, staff_id: str, limit: int = MAX_AUDIT
                    ) -> list[AuditRow]:
    """What this staff member opened or changed, newest first."""
    return _audit(conn, "staff_id = ?", (staff_id,), limit)


def resident_rows(conn: Connection, resident_id: str) -> dict[str, list[Record]]:
    """Every row of one child, table by table: tombstoned ones and every version of
    amended ones included (the complete file hides nothing the vault holds), plus the
    group sessions they were booked on and the house log entries that name them."""
    out: dict[str, list[Record]] = {}
    for model, table in TABLES.items():
        if table.name == "residents":
            where, params = "id = ?", (resident_id,)
        elif table.name == "group_sessions":
            where = "id IN (SELECT group_id FROM group_attendance WHERE resident_id = ?)"
            params = (resident_id,)
        elif table.name == "house_log":
            where = "EXISTS (SELECT 1 FROM json_each(house_log.resident_ids) WHERE value = ?)"
            params = (resident_id,)
        elif table.resident_scoped and "resident_id" in table.columns:
            where, params = "resident_id = ?", (resident_id,)
        else:
            continue
        rows = conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE "
                            f"{where} ORDER BY id", params).fetchall()
        if rows:
            out[table.name] = [from_row(model, r) for r in rows]
    return out


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One entry of a row's history: a field (or the whole row, "*") set at a time by
    someone; `value` as it travels (restricted fields sealed)."""

    field: str
    value: Any
    at: datetime
    staff_id: str | None
    changeset: str


def row_history(conn: Connection, table: str, row_ids: list[str]
                ) -> dict[str, list[FieldChange]]:
    """The change log of these rows, oldest first, by row."""
    out: dict[str, list[FieldChange]] = {}
    for row_id in row_ids:
        entries = conn.execute(
            "SELECT l.field, l.value, l.hlc, s.staff_id, s.id FROM change_log l "
            "JOIN change_sets s ON s.local_id = l.changeset WHERE l.table_name = ? AND "
            "l.row_id = ? ORDER BY l.hlc, l.change_id", (table, row_id)).fetchall()
        out[row_id] = [FieldChange(f, json.loads(v) if v is not None else None, when(h),
                                   staff, cs) for f, v, h, staff, cs in entries]
    return out


def staff_names(conn: Connection) -> dict[str, str]:
    return {s: n for s, n in conn.execute("SELECT id, display_name FROM staff")}


def residents_named(conn: Connection) -> list[m.Resident]:
    """Every resident not tombstoned, for the duplicate check at intake (current and
    closed alike)."""
    return [from_row(m.Resident, r) for r in conn.execute(
        f"SELECT {', '.join(TABLES[m.Resident].columns)} FROM residents WHERE deleted = 0")]


def transfer_answered(conn: Connection, transfer_id: str) -> bool:
    """This house already accepted or declined the transfer (its audit says so): a
    package is answered once, so a copy brought again is refused."""
    return conn.execute("SELECT 1 FROM audit_log WHERE row_id = ? AND action IN "
                        "('transfer-accept', 'transfer-decline') LIMIT 1",
                        (transfer_id,)).fetchone() is not None
