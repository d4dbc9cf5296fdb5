"""The storage's connection to its database, which every part of it shares: one
transaction, reads outside one, a request's held connection (server/db.py), and the
store's epoch."""

from __future__ import annotations

from contextlib import AbstractContextManager

from safehaven.server.db import Backend, Sqlite, Tx


class Connected:
    """The database a storage part works on; `default_quota` (bytes) applies to houses
    without a quota of their own (None: no limit)."""

    backend: Backend
    default_quota: int | None

    @property
    def kind(self) -> str:
        return self.backend.name

    def tx(self) -> AbstractContextManager[Tx]:
        """One transaction, committed unless it raises (on SQLite perhaps with other
        writers' that queued meanwhile: group commit, `Sqlite.tx`); it returns once the
        commit is done."""
        return self.backend.tx()

    def read(self) -> AbstractContextManager[Tx]:
        """Reads outside a transaction."""
        return self.backend.read()

    def held(self) -> AbstractContextManager[None]:
        """One connection for all this thread's reads and writes inside (a request's)."""
        return self.backend.held()

    @property
    def reads_inline(self) -> bool:
        """Whether a request's reads are cheaper on the event loop than on a worker
        thread: SQLite's, from the page cache in microseconds (a hop to a thread and back
        cost more than the reads: bench/bench_server_load.py); PostgreSQL's wait on the
        network, on worker threads."""
        return isinstance(self.backend, Sqlite)

    def reads_only(self) -> AbstractContextManager[None]:
        """SQLite reads on this thread (the event loop); `WriteNeeded` if a write comes."""
        assert isinstance(self.backend, Sqlite)
        return self.backend.reads_only()

    def close(self) -> None:
        """Close every connection (the pool, or each thread's SQLite connection)."""
        self.backend.close()

    # -- houses and devices -----------------------------------------------------------------
    def epoch(self) -> str:
        with self.read() as db:
            row = db.one("SELECT value FROM meta WHERE key = 'epoch'")
        if row is None:
            raise RuntimeError("the store has no epoch")  # migrations always make one
        return str(row[0])

