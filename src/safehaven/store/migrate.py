"""Numbered migrations: `migrations/NNNN_name.sql`, each applied in one transaction that
also bumps `PRAGMA user_version`. An existing vault is copied (encrypted) before it is
migrated, and a vault newer than this code is refused untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

from safehaven.errors import NewerSchema
from safehaven.store.connection import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, str]]:
    """(version, sql) for every migration shipped, in order."""
    found = []
    for entry in resources.files("safehaven.store.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match[1]), entry.read_text(encoding="utf-8")))
    found.sort()
    assert [v for v, _ in found] == list(range(1, len(found) + 1)), "migration numbers have gaps"
    return found


LATEST = len(available())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, *, target: int = LATEST,
            backup: Callable[[int], None] | None = None) -> list[int]:
    """Bring the schema to `target`; returns the versions applied."""
    version = current_version(conn)
    if version > LATEST:
        raise NewerSchema(version, LATEST)
    pending = [(v, sql) for v, sql in available() if version < v <= target]
    if pending and version > 0 and backup is not None:
        backup(version)
    for number, sql in pending:
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
        except Exception:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return [v for v, _ in pending]
