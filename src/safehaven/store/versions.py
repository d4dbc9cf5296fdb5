"""Which version of a field is current: the newest of those no later write replaced.

Every update names the version its author saw and replaced (`base_hlc` in `change_log`:
the clock of that version). A version some entry names is superseded, whatever the clocks
say (the author had seen it: a causal override). Among the versions left, which were
written without seeing each other, the newest clock wins, ties broken by device id.

While hybrid clocks only move forward, a write always has a later clock than the version
it replaced, so the newest version is never superseded and this is plain last-writer-wins.
It differs only after a laptop's clock that ran far ahead was brought back
(`store/hlc.py`): its next edit has an earlier clock than its own 'future' version, and
still replaces it on every laptop. The answer depends only on the set of entries a laptop
holds, not on the order they came in, so laptops holding the same entries agree.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from safehaven.store.connection import Connection

WHOLE_ROW = "*"


class Version(NamedTuple):
    """One entry that wrote a field: its clock, its device, and its value (`field` is the
    field's own name, or '*' for the whole row it came with)."""

    hlc: int
    device: str
    field: str
    value: str | None

    def value_of(self, fname: str, default: Any = None) -> Any:
        """The field's value this version holds (parsed JSON)."""
        if self.value is None:
            return default
        parsed = json.loads(self.value)
        if self.field == WHOLE_ROW:
            return parsed.get(fname, default) if isinstance(parsed, dict) else default
        return parsed


# Entries of change set ?4 are left out (the one being merged: "the version before it").
_CURRENT = (
    "SELECT l.hlc, s.device_id, l.field, l.value FROM change_log l JOIN change_sets s "
    "ON s.local_id = l.changeset WHERE l.table_name = ?1 AND l.row_id = ?2 "
    "AND l.field IN (?3, '*') AND l.changeset IS NOT ?4 AND NOT EXISTS ("
    "SELECT 1 FROM change_log x WHERE x.table_name = ?1 AND x.row_id = ?2 AND x.field = ?3 "
    "AND x.base_hlc = l.hlc AND x.change_id <> l.change_id AND x.changeset IS NOT ?4) "
    "ORDER BY l.hlc DESC, s.device_id DESC LIMIT 1")
# Every version superseded (only if two entries name each other: equal clocks): the newest.
_NEWEST = (
    "SELECT l.hlc, s.device_id, l.field, l.value FROM change_log l JOIN change_sets s "
    "ON s.local_id = l.changeset WHERE l.table_name = ?1 AND l.row_id = ?2 "
    "AND l.field IN (?3, '*') AND l.changeset IS NOT ?4 "
    "ORDER BY l.hlc DESC, s.device_id DESC LIMIT 1")


def current(conn: Connection, table: str, row_id: str, fname: str,
            leaving_out: int | None = None) -> Version | None:
    """The field's current version (None: no entry wrote it); `leaving_out`: a change
    set's local id whose entries are not counted."""
    args = (table, row_id, fname, leaving_out)
    row = conn.execute(_CURRENT, args).fetchone() or conn.execute(_NEWEST, args).fetchone()
    return Version(int(row[0]), str(row[1]), str(row[2]), row[3]) if row else None


def superseded(conn: Connection, table: str, row_id: str, fname: str, hlc: int) -> bool:
    """Some write to the field was made by someone who had seen the version of `hlc`."""
    return conn.execute("SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? AND "
                        "field = ? AND base_hlc = ?", (table, row_id, fname, hlc)
                        ).fetchone() is not None
