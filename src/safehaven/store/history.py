"""Records as they stood at a moment, rebuilt from the change log (for reports of past weeks).

Every write logs its fields with the hybrid clock of its change set: a new row logs '*' with
the whole row, later writes one entry per changed field. Replaying a row's entries up to a
clock value gives the row as it stood then. A row entered after that moment (a session
recorded after the fact, a house's records typed in later) has no entry before it: its first
version is taken, as the best account there is of that time.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from safehaven.store.connection import Connection
from safehaven.store.hlc import COUNTER_BITS
from safehaven.store.reads import all_of
from safehaven.store.tables import Record, from_row, table_of, to_row

WHOLE_ROW = "*"


def clock_at(moment: datetime) -> int:
    """The highest clock value of a local moment (the clock's physical part is UTC ms)."""
    ms = int(moment.astimezone().timestamp() * 1000)
    return ((ms + 1) << COUNTER_BITS) - 1


def _entries(conn: Connection, table: str) -> dict[str, list[tuple[int, str, Any]]]:
    found: dict[str, list[tuple[int, str, Any]]] = defaultdict(list)
    for row_id, field, value, hlc in conn.execute(
            "SELECT l.row_id, l.field, l.value, l.hlc FROM change_log l "
            "JOIN change_sets s ON s.local_id = l.changeset "
            "WHERE l.table_name = ? ORDER BY l.hlc, l.change_id", (table,)):
        found[row_id].append((hlc, field, json.loads(value) if value is not None else None))
    return found


def as_of(conn: Connection, model: type, clock: int, *,
          include_deleted: bool = False) -> list[Record]:
    """Every row of a table as it stood at `clock` (rows created later: their first version).

    Rows deleted now are left out unless asked for (a deletion corrects a mistake)."""
    table = table_of(model)
    log = _entries(conn, table.name)
    out = []
    for current in all_of(conn, model, include_deleted=include_deleted):
        entries = log.get(current.id)
        if not entries:
            out.append(current)
            continue
        known = [e for e in entries if e[0] <= clock] or entries[:1]
        state = to_row(current)
        for _, field, value in known:
            if field == WHOLE_ROW:
                state.update(value or {})
            else:
                state[field] = value
        out.append(from_row(model, [state[c] for c in table.columns]))
    return out


def moment_of(clock: int) -> datetime:
    """The local moment of a clock value (its physical part, UTC ms)."""
    return datetime.fromtimestamp((clock >> COUNTER_BITS) / 1000).replace(microsecond=0)


def changes_after(conn: Connection, model: type, clock: int
                  ) -> list[tuple[str, str, Any, int, str | None]]:
    """Every logged change to a table after `clock`: (row id, field, new value, clock,
    staff id), oldest first: what a reprint of an earlier week lists as corrections."""
    table = table_of(model)
    return [(row_id, field, json.loads(value) if value is not None else None, hlc, staff)
            for row_id, field, value, hlc, staff in conn.execute(
                "SELECT l.row_id, l.field, l.value, l.hlc, s.staff_id FROM change_log l "
                "JOIN change_sets s ON s.local_id = l.changeset "
                "WHERE l.table_name = ? AND l.hlc > ? ORDER BY l.hlc, l.change_id",
                (table.name, clock))]


def versions(conn: Connection, model: type, row_ids: set[str]
             ) -> dict[str, list[tuple[int, Record]]]:
    """Each row's successive versions with the clock of the change that made each."""
    table = table_of(model)
    log = _entries(conn, table.name)
    out: dict[str, list[tuple[int, Record]]] = {}
    for current in all_of(conn, model, include_deleted=True):
        if current.id not in row_ids:
            continue
        state = to_row(current)
        found = []
        for hlc, field, value in log.get(current.id, []):
            if field == WHOLE_ROW:
                state.update(value or {})
            else:
                state[field] = value
            found.append((hlc, from_row(model, [state[c] for c in table.columns])))
        out[current.id] = found or [(0, current)]
    return out
