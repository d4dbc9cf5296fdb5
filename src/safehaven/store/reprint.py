"""Reads for one reprint of a past week: each table read once, the change log replayed only
for the rows that changed after they were written.

`history.as_of` and `history.versions` replay every logged entry of a table (a JSON
document per entry, a record built per version) and read the table again on each call; a
weekly report asked for them ten times over, for a year's sessions and needs. Here a
`Reprint` keeps, for one clock value:

- each table's rows, read once;
- which rows have more than one logged entry: a row written once (a check-in, a session
  booked and never touched) is as it is now in every version, so its first version is its
  current row and nothing is decoded; only rows changed since they were written are
  replayed, each entry decoded once;
- a field's logged values (a session's status) taken from the log by SQLite's JSON
  functions, without building a record per version.

The answers are those of `history` (same rules: a row entered after the clock counts with
its first version), which the tests compare on a house with corrections.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from safehaven.store import reads
from safehaven.store.connection import Connection, rows_in
from safehaven.store.history import WHOLE_ROW
from safehaven.store.tables import Record, decode_field, from_row, table_of, to_row

Version = tuple[int, Record]  # the clock of the change that made it, the record then
Change = tuple[str, str, Any, int, str | None]  # row id, field, value, clock, staff id


class Reprint:
    """One reprint's reads at one clock value; not kept across reports (the records move)."""

    def __init__(self, conn: Connection, clock: int) -> None:
        self.conn = conn
        self.clock = clock
        self._rows: dict[tuple[type, bool], list[Record]] = {}
        self._changed: dict[str, set[str]] = {}
        self._entries: dict[str, dict[str, list[tuple[int, str, Any]]]] = {}
        self._versions: dict[type, dict[str, list[Version]]] = {}
        self._by_model: dict[type, dict[str, Record]] = {}

    def rows(self, model: type, *, include_deleted: bool = False) -> list[Record]:
        """Every row of a kind as it is now (`reads.all_of`), read once per reprint."""
        key = (model, include_deleted)
        if key not in self._rows:
            self._rows[key] = reads.all_of(self.conn, model, include_deleted=include_deleted)
        return self._rows[key]

    def changed(self, model: type) -> set[str]:
        """Ids of the rows with more than one logged entry (written, then changed)."""
        name = table_of(model).name
        if name not in self._changed:
            self._changed[name] = {row_id for (row_id,) in self.conn.execute(
                "SELECT row_id FROM change_log WHERE table_name = ? GROUP BY row_id "
                "HAVING count(*) > 1", (name,))}
        return self._changed[name]

    def _log(self, model: type) -> dict[str, list[tuple[int, str, Any]]]:
        """The logged entries of the changed rows, oldest first, each decoded once."""
        name = table_of(model).name
        if name not in self._entries:
            found: dict[str, list[tuple[int, str, Any]]] = defaultdict(list)
            changed = sorted(self.changed(model))
            for row_id, field, value, hlc in rows_in(
                    self.conn, "SELECT l.row_id, l.field, l.value, l.hlc FROM change_log l "
                    "JOIN change_sets s ON s.local_id = l.changeset "
                    "WHERE l.table_name = ? AND l.row_id IN ({in}) "
                    "ORDER BY l.hlc, l.change_id", changed, (name,)):
                found[row_id].append((hlc, field,
                                      json.loads(value) if value is not None else None))
            self._entries[name] = found
        return self._entries[name]

    def _by_id(self, model: type, row_ids: Collection[str]) -> list[Record]:
        """These rows as they are now, deleted ones too."""
        table = table_of(model)
        return [from_row(model, row) for row in rows_in(
            self.conn, f"SELECT {', '.join(table.columns)} FROM {table.name} "
            "WHERE id IN ({in})", sorted(row_ids))]

    def _live(self, model: type) -> dict[str, Record]:
        if model not in self._by_model:
            self._by_model[model] = {r.id: r for r in self.rows(model)}
        return self._by_model[model]

    def _replayed(self, model: type) -> dict[str, list[Version]]:
        """The successive versions of the rows changed since they were written."""
        if model not in self._versions:
            table = table_of(model)
            log = self._log(model)
            out: dict[str, list[Version]] = {}
            for current in self._by_id(model, self.changed(model)):
                entries = log.get(current.id)
                if not entries:
                    out[current.id] = [(0, current)]
                    continue
                state = to_row(current)
                found = []
                for hlc, field, value in entries:
                    if field == WHOLE_ROW:
                        state.update(value or {})
                    else:
                        state[field] = value
                    found.append((hlc, from_row(model, [state[c] for c in table.columns])))
                out[current.id] = found
            self._versions[model] = out
        return self._versions[model]

    def versions(self, model: type, row_ids: Collection[str]) -> dict[str, list[Version]]:
        """Each row's successive versions with the clock of the change that made each
        (`history.versions`); a row written once: its current row, at clock 0."""
        replayed, live = self._replayed(model), self._live(model)
        others = {r.id: r for r in self._by_id(
            model, [i for i in row_ids if i not in replayed and i not in live])}
        out: dict[str, list[Version]] = {}
        for row_id in sorted(row_ids):
            if row_id in replayed:
                out[row_id] = replayed[row_id]
            elif row_id in live or row_id in others:
                out[row_id] = [(0, live.get(row_id) or others[row_id])]
        return out

    def as_of(self, model: type) -> list[Record]:
        """Every live row as it stood at the clock (`history.as_of`): rows created later
        with their first version; a row written once is as it is now."""
        changed = self.changed(model)
        if not changed:
            return list(self.rows(model))
        found = self._replayed(model)
        out = []
        for current in self.rows(model):
            if current.id not in changed:
                out.append(current)
                continue
            steps = found[current.id]
            known = [v for h, v in steps if h <= self.clock] or [steps[0][1]]
            out.append(known[-1])
        return out

    def field_values(self, model: type, fname: str, row_ids: Collection[str]
                     ) -> dict[str, list[tuple[int, Any]]]:
        """Each changed row's logged values of one field, oldest first, with their clocks
        (decoded by SQLite; a whole row that did not carry the field: its value now).
        Rows written once are left out: their value is the current row's."""
        name = table_of(model).name
        wanted = sorted(set(row_ids) & self.changed(model))

        def now(row_id: str) -> Any:
            return getattr(reads.get(self.conn, model, row_id), fname)

        out: dict[str, list[tuple[int, Any]]] = defaultdict(list)
        for row_id, hlc, has, value in rows_in(
                self.conn, "SELECT l.row_id, l.hlc, "
                "CASE WHEN l.field = ?2 THEN 1 ELSE json_type(l.value, '$.' || ?2) "
                "IS NOT NULL END, "
                "CASE WHEN l.field = ?2 THEN json_extract(l.value, '$') "
                "ELSE json_extract(l.value, '$.' || ?2) END "
                "FROM change_log l JOIN change_sets s ON s.local_id = l.changeset "
                "WHERE l.table_name = ?1 AND l.field IN (?2, '*') AND l.row_id IN ({in}) "
                "ORDER BY l.hlc, l.change_id", wanted, (name, fname)):
            out[row_id].append((hlc, decode_field(model, fname, value) if has
                                else now(row_id)))
        return out

    def changes_after(self, model: type, row_ids: Collection[str]) -> list[Change]:
        """Logged changes to these rows after the clock: (row id, field, new value, clock,
        staff id), oldest first (`history.changes_after`, for the rows asked about)."""
        name = table_of(model).name
        found = rows_in(
            self.conn, "SELECT l.row_id, l.field, l.value, l.hlc, s.staff_id, l.change_id "
            "FROM change_log l JOIN change_sets s ON s.local_id = l.changeset "
            "WHERE l.table_name = ? AND l.hlc > ? AND l.row_id IN ({in})",
            sorted(set(row_ids)), (name, self.clock))
        found.sort(key=lambda r: (r[3], r[5]))
        return [(row_id, field, json.loads(value) if value is not None else None, hlc, staff)
                for row_id, field, value, hlc, staff, _ in found]

    def amendments_after(self, model: type, first: str, last: str
                         ) -> list[tuple[str, int, str | None]]:
        """Rows of an amendable kind (check-ins) dated `first`..`last` (ISO) that amend an
        earlier one and were written after the clock: (row id, clock, staff id), oldest
        first. Append-only: the row as written is the row now."""
        name = table_of(model).name
        return [(row_id, hlc, staff) for row_id, hlc, staff in self.conn.execute(
            f"SELECT t.id, l.hlc, s.staff_id FROM {name} t "
            "JOIN change_log l ON l.table_name = ? AND l.row_id = t.id AND l.field = ? "
            "JOIN change_sets s ON s.local_id = l.changeset "
            "WHERE t.amends_id IS NOT NULL AND t.date BETWEEN ? AND ? AND l.hlc > ? "
            "ORDER BY l.hlc, l.change_id", (name, WHOLE_ROW, first, last, self.clock))]
