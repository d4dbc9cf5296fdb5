"""A running server's hold on its store, so `server restore` never swaps the store under
servers that keep serving the old one (they would answer from a store that no longer is).

Every `safehaven server` (the launcher of several workers included) holds the store
shared while it runs; a restore takes it exclusively, and either is refused at once, with
a typed error, when the other holds it. SQLite: an flock on `server.db.lock` beside the
store (held by the open file, so a killed server lets go). PostgreSQL: an advisory lock
on a session of its own, so servers on other machines count too.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.server.db import POSTGRES_PREFIXES

HOLD_KEY = 0x5AFE5E2F  # the advisory lock's key (the schema's lock has another)


class StoreInUse(SafeHavenError):
    """The store is held: by a running server (for a restore), or by a restore (for a
    server starting). `by_server` says which."""

    def __init__(self, message: str, *, by_server: bool) -> None:
        super().__init__(message)
        self.by_server = by_server


class Hold:
    """A hold on the store at `address`; released by `release` (or the process ending)."""

    def __init__(self, address: str, *, exclusive: bool) -> None:
        self.exclusive = exclusive
        self._fd: int | None = None
        self._conn: Any = None
        if address.startswith(POSTGRES_PREFIXES):
            self._hold_postgres(address)
        else:
            self._hold_file(Path(address + ".lock"))

    def _hold_file(self, path: Path) -> None:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) |
                        fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            self._refuse()
        self._fd = fd

    def _hold_postgres(self, url: str) -> None:
        import psycopg

        conn = psycopg.connect(url, autocommit=True)
        how = "pg_try_advisory_lock" if self.exclusive else "pg_try_advisory_lock_shared"
        row = conn.execute(f"SELECT {how}(%s)", (HOLD_KEY,)).fetchone()
        if not row or not row[0]:
            conn.close()
            self._refuse()
        self._conn = conn

    def _refuse(self) -> None:
        if self.exclusive:
            raise StoreInUse(tr(
                "A server is running on this store: stop every server process using it "
                "(on every machine) before restoring, then start them again."),
                by_server=True)
        raise StoreInUse(tr("A restore of this store is under way: start the server once "
                            "it has finished."), by_server=False)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor lets go of the flock
            self._fd = None
        if self._conn is not None:
            self._conn.close()  # the session's advisory lock goes with it
            self._conn = None
