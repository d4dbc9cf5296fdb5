"""What search across notes reads: the current rows of one kind, every resident's (no
text filter here: the text is matched in memory, see services/search.py)."""

from __future__ import annotations

from safehaven.store.connection import Connection
from safehaven.store.reads import _current, _select
from safehaven.store.tables import Record, table_of


def current_rows(conn: Connection, model: type) -> list[Record]:
    """Live rows, or for an append-only kind the newest version of each (voids left out)."""
    table = table_of(model)
    where = ["1"]
    if "deleted" in table.columns:
        where.append("deleted = 0")
    if "amends_id" in table.columns:
        where.append(_current(table.name, table.columns))
    return _select(conn, model, " AND ".join(where))
