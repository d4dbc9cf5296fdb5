"""The two databases the server runs on, behind one small transaction API.

Statements are written once, with the placeholder of the driver at hand (`db.p`: `?` for
sqlite3, `%s` for psycopg) put in where they are built, so no SQL text is ever rewritten
after the fact. PostgreSQL connections come from a bounded pool (psycopg-pool) that is
closed on shutdown; SQLite keeps one connection per thread, which is what it is good at.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any, ClassVar

POSTGRES_PREFIXES = ("postgresql://", "postgres://")
# How long a request waits for a PostgreSQL connection (from the pool, or a new one): a
# database that is down then fails each request in seconds, with its own answer (503),
# instead of holding every laptop for half a minute per request. A pool busy for this long
# is overloaded anyway, and the laptops come back later just the same.
DB_WAIT_SECONDS = 2.0
PROBE_SECONDS = 2  # libpq's connect_timeout (it counts 2 as its least)
BUSY_SECONDS = 25.0  # a busy pool (PostgreSQL answering) is waited for this much longer
# SQLSTATEs that mean the database is away, not that a statement was wrong: connection
# failures (class 08), its shutting down or starting up, and its connection limit.
_AWAY = ("57P01", "57P02", "57P03", "53300")

# NULLs and blobs bound without the driver's failed adapter lookups (why: the vault's
# `store.connection.bind_fast`); the values bound are the same
sqlite3.register_adapter(type(None), {}.get)  # type: ignore[arg-type]
sqlite3.register_adapter(bytes, bytes)


FEW_ROWS = 32  # PostgreSQL: rows inserted by one INSERT rather than a COPY


class Tx:
    """The statements of one transaction; `p` is the driver's placeholder."""

    def __init__(self, conn: Any, p: str) -> None:
        self.conn, self.p = conn, p

    def marks(self, n: int) -> str:
        """`n` placeholders for an IN (...) list."""
        return ", ".join([self.p] * n)

    def run(self, text: str, params: tuple[Any, ...] = ()) -> int:
        return int(self.conn.execute(text, params).rowcount)

    def one(self, text: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        row = self.conn.execute(text, params).fetchone()
        return tuple(row) if row is not None else None

    def all(self, text: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(text, params).fetchall()]

    def by_id(self, table: str, columns: str, site_id: str, ids: list[str]
              ) -> list[tuple[Any, ...]]:
        """`columns` of the house's rows with these ids, looked up one by one through the
        (site_id, id) index whatever the planner's statistics say: PostgreSQL, misled by a
        table that grew since it last counted, scanned every row of the house for each
        batch instead (a first push of 98,000 change sets slowed to 1,500/s)."""
        if isinstance(self.conn, sqlite3.Connection):
            return self.all(f"SELECT {columns} FROM {table} WHERE site_id = ? AND id IN "
                            f"({self.marks(len(ids))})", (site_id, *ids))
        return self.all(  # LIMIT 1 keeps the lateral lookup from being turned into a join
            f"SELECT c.* FROM unnest(%s::text[]) AS wanted(id) CROSS JOIN LATERAL (SELECT "
            f"{columns} FROM {table} t WHERE t.site_id = %s AND t.id = wanted.id LIMIT 1) c",
            (ids, site_id))

    def insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        """Many new rows: PostgreSQL takes them by COPY, its cheapest way in (no statement
        per row), and a few (a round's push) by one INSERT of them all: a COPY waits for
        the database twice (its start, its end), an INSERT once; SQLite by one prepared
        statement."""
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                  f"({self.marks(len(columns))})", rows)
            return
        if len(rows) <= FEW_ROWS:
            marks = f"({self.marks(len(columns))})"
            self.run(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                     f"{', '.join([marks] * len(rows))}", tuple(v for r in rows for v in r))
            return
        with self.conn.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def many(self, text: str, rows: list[tuple[Any, ...]]) -> None:
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.executemany(text, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(text, rows)


class _Lent:
    """What both backends share: a connection lent to this thread while it works
    (`_connection`, the backend's own), and reads on it. A request's `held` connection
    serves its reads at no further cost; outside one, a read borrows a connection for
    its statements (on SQLite outside any transaction: WAL readers never wait for the
    writer)."""

    p: str
    _local: threading.local

    def _connection(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def read(self) -> AbstractContextManager[Tx]:
        held: list[Any] | None = getattr(self._local, "held", None)
        if held:
            return nullcontext(Tx(held[0], self.p))
        return self._read()

    @contextmanager
    def _read(self) -> Iterator[Tx]:
        with self._connection() as conn:
            yield Tx(conn, self.p)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Keep one connection for everything this thread does inside (one request)."""
        with self._connection():
            yield


MMAP_BYTES = 256 * 1024 * 1024  # of the store file read through a mapping (address space)
BATCH_MAX = 8  # writers that share one commit at most (the first waits for the others)


class _Batch:
    """Writers sharing one SQLite transaction: its connection, how many joined, and the
    commit's outcome once `done`."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn, self.members = conn, 0
        self.done = threading.Event()
        self.error: BaseException | None = None


class Sqlite(_Lent):
    """One file, WAL, one writer at a time (BEGIN IMMEDIATE); a connection per thread."""

    p = "?"
    name = "sqlite"
    types: ClassVar[dict[str, str]] = {"int": "INTEGER", "blob": "BLOB"}

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._free: list[sqlite3.Connection] = []  # open, held by no thread now
        self._lock = threading.Lock()
        self._writer = threading.Lock()
        self._batch: _Batch | None = None  # the transaction writers share now
        self._waiting = 0  # writers queued for the lock
        # 0600 before SQLite makes it: its WAL and shm files then take the same mode. Done
        # once, here, and only for a new file: closing any descriptor of a database file
        # drops every POSIX lock this process holds on it, and another process that then
        # thinks it is the last user deletes the WAL under the server's feet.
        if not path.exists():
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(path, 0o600)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=30,
                               check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: each commit's WAL is on disk before a laptop is told its push is kept (a
        # server is the houses' backup: NORMAL would lose the last commits to a power cut;
        # the fsync's CPU is shared by the writers of a group commit instead, `tx`)
        conn.execute("PRAGMA synchronous = FULL")
        # Reads from the file mapped rather than read(): every commit empties the other
        # connections' page caches, and each page read again was a system call (a push
        # and its round's reads took 15 % less CPU, docs/benchmarks.md). Writes still go
        # through write(), so a full disk is still SQLITE_FULL (507); an I/O error while
        # reading the mapping stops the process instead of failing one request.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        return conn

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection for this thread while it works: the one it holds already (nested
        use sees its own transaction), else a free one, else a new one. Connections go
        back when the outermost use ends, so they are as many as threads working at once,
        not as many as threads ever made (the thread pool retires and makes threads as
        load comes and goes; each used to keep its connection open for good)."""
        held: list[Any] | None = getattr(self._local, "held", None)
        if held:
            held[1] += 1
            try:
                yield held[0]
            finally:
                held[1] -= 1
            return
        with self._lock:
            conn = self._free.pop() if self._free else None
        if conn is None:
            conn = self._connect()
            with self._lock:
                self._all.append(conn)
        self._local.held = [conn, 1]
        try:
            yield conn
        finally:
            self._local.held = None
            with self._lock:
                self._free.append(conn)

    @contextmanager
    def tx(self) -> Iterator[Tx]:
        """One writer at a time, and writers that queue meanwhile share one commit.

        This process's writers queue on a lock first: SQLite's own wait (its busy timeout)
        sleeps and polls, up to 100 ms a time, and under load the pushes of a few houses
        spent more time asleep than writing. Writers of other processes (a second worker,
        an admin command) still meet at SQLite's lock.

        Group commit: a writer that finds others queued behind it leaves its transaction
        open for them (each writer's statements in a savepoint of their own, so a refused
        one is undone alone), and the last of them, or the `BATCH_MAX`th, commits for all:
        one fsync for several pushes, each as durable as before (synchronous = FULL), and
        none answered before that commit. A commit that fails fails every writer of it.
        """
        if getattr(self._local, "loop", False):
            raise WriteNeeded  # not on the event loop: it would wait for the writers there
        with self._connection() as own:  # a leader's connection: kept until its commit
            batch = self._join(own)
            saved, self._local.held = self._local.held, [batch.conn, 1]
            failure: BaseException | None = None
            try:
                batch.conn.execute("SAVEPOINT writer")
                yield Tx(batch.conn, self.p)
            except BaseException as exc:
                failure = exc
            finally:
                self._local.held = saved
            self._leave(batch, failure is None)
            batch.done.wait()  # even a refused writer: its connection may be the batch's
            if failure is not None:
                raise failure
            if batch.error is not None:
                raise batch.error

    def _join(self, own: sqlite3.Connection) -> _Batch:
        """The writer's turn: the open batch's transaction, or a new one on `own`."""
        with self._lock:
            self._waiting += 1
        self._writer.acquire()
        with self._lock:
            self._waiting -= 1
        batch = self._batch
        if batch is None:
            try:
                own.execute("BEGIN IMMEDIATE")
            except BaseException:
                self._writer.release()
                raise
            batch = self._batch = _Batch(own)
        batch.members += 1
        return batch

    def _leave(self, batch: _Batch, kept: bool) -> None:
        """The writer's statements kept or undone; the batch committed when nobody else
        queues (or it is full, or broken), and the lock passed on."""
        conn = batch.conn
        try:
            try:
                if not kept:
                    conn.execute("ROLLBACK TO writer")
                conn.execute("RELEASE writer")
            except sqlite3.Error as exc:  # SQLite undid the whole transaction (disk full)
                batch.error = exc
            if batch.error is not None or self._waiting == 0 or \
                    batch.members >= BATCH_MAX:
                self._batch = None
                try:
                    if batch.error is None:
                        conn.execute("COMMIT")
                except BaseException as exc:
                    batch.error = exc
                if batch.error is not None and conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                batch.done.set()
        finally:
            self._writer.release()

    @contextmanager
    def reads_only(self) -> Iterator[None]:
        """Reads on one connection, on the event loop: a write inside raises
        `WriteNeeded` before it begins (the caller does the work again on a worker
        thread, where a writer may wait its turn)."""
        self._local.loop = True
        try:
            with self._connection():
                yield
        finally:
            self._local.loop = False

    def columns(self, db: Tx, table: str) -> set[str]:
        return {str(r[1]) for r in db.all(f"PRAGMA table_info({table})")}

    def tables(self, db: Tx) -> set[str]:
        return {str(r[0]) for r in db.all("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def lock_schema(self, db: Tx) -> None:
        """BEGIN IMMEDIATE already keeps a second server from migrating at once."""

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
            self._free.clear()
        self._local = threading.local()


class Postgres(_Lent):
    """PostgreSQL through psycopg 3, with a bounded pool; the row lock on `sites` orders
    concurrent pushes."""

    p = "%s"
    name = "postgresql"
    types: ClassVar[dict[str, str]] = {"int": "BIGINT", "blob": "BYTEA"}
    SCHEMA_LOCK = 0x5AFE4A7E  # an advisory lock: two servers starting never migrate twice

    def __init__(self, url: str, pool_size: int = 10,
                 timeout: float = DB_WAIT_SECONDS) -> None:
        from psycopg_pool import ConnectionPool  # only PostgreSQL servers need it

        self.url, self.wait = url, timeout
        self.pool = ConnectionPool(url, min_size=1, max_size=max(1, pool_size),
                                   kwargs={"autocommit": True,
                                           "connect_timeout": PROBE_SECONDS},
                                   timeout=timeout, name="safehaven", open=True)
        self._probe = threading.Lock()
        self._probed: tuple[float, bool] = (-1.0, True)  # when, and whether it answered
        self._local = threading.local()

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """A pooled connection for this thread while it works: the one it holds already
        (a request's several reads and writes, `held`), else one from the pool, given
        back when the outermost use ends. Taking one from the pool and giving it back
        cost more of the server's CPU than the statements themselves."""
        held: list[Any] | None = getattr(self._local, "held", None)
        if held:
            held[1] += 1
            try:
                yield held[0]
            finally:
                held[1] -= 1
            return
        conn = self._get()
        self._local.held = [conn, 1]
        try:
            with conn:  # the pool's own handling: commit or roll back, a broken one replaced
                yield conn
        finally:
            self._local.held = None
            self.pool.putconn(conn)

    def _get(self) -> Any:
        """A pooled connection. None within `wait` seconds: if PostgreSQL answers a new
        connection the pool is only busy and the request waits on (BUSY_SECONDS, then
        `PoolBusy`); if not, the pool's PoolTimeout goes up: the database is away."""
        from psycopg_pool import PoolTimeout

        try:
            return self.pool.getconn(timeout=self.wait)
        except PoolTimeout:
            if not self._answers():
                raise
        try:
            return self.pool.getconn(timeout=BUSY_SECONDS)
        except PoolTimeout as exc:
            raise PoolBusy from exc

    def _answers(self) -> bool:
        """Whether PostgreSQL takes a new connection now (asked at most once a second)."""
        import psycopg

        with self._probe:
            when, answered = self._probed
            if time.monotonic() - when < 1.0:
                return answered
            try:
                psycopg.connect(self.url, connect_timeout=PROBE_SECONDS).close()
                answered = True
            except psycopg.OperationalError:
                answered = False
            self._probed = (time.monotonic(), answered)
            return answered

    @contextmanager
    def tx(self) -> Iterator[Tx]:
        with self._connection() as conn, conn.transaction():
            yield Tx(conn, self.p)

    def columns(self, db: Tx, table: str) -> set[str]:
        return {str(r[0]) for r in db.all(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND table_name = %s", (table,))}

    def tables(self, db: Tx) -> set[str]:
        return {str(r[0]) for r in db.all(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema()")}

    def lock_schema(self, db: Tx) -> None:
        db.run("SELECT pg_advisory_xact_lock(%s)", (self.SCHEMA_LOCK,))

    def close(self) -> None:
        self.pool.close()


Backend = Sqlite | Postgres


class WriteNeeded(Exception):
    """Work run as reads only (`Sqlite.reads_only`) came to a write: nothing was written;
    it is done again where writes may wait."""


class PoolBusy(Exception):
    """Every pooled connection stayed busy while PostgreSQL was answering: the server is
    overloaded, not its database away (503 "busy", and the laptops retry)."""


def open_backend(where: Path | str, pool_size: int = 10) -> Backend:
    """PostgreSQL for a postgresql:// address, else an SQLite file at `where`."""
    text = str(where)
    if text.startswith(POSTGRES_PREFIXES):
        return Postgres(text, pool_size)
    return Sqlite(Path(where))


SQLITE_FULL = 13  # "database or disk is full"
POSTGRES_DISK_FULL = "53100"


def disk_full(exc: BaseException) -> bool:
    """Whether a storage error means the server's disk (or its database's) is full: then
    the laptops are told so (507), not "server error", and keep their changes."""
    if isinstance(exc, sqlite3.OperationalError):
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    return getattr(exc, "sqlstate", None) == POSTGRES_DISK_FULL


def database_unavailable(exc: BaseException) -> bool:
    """Whether a storage error means PostgreSQL cannot be reached now (down, restarting,
    out of connections, or no pooled connection and no new one within seconds): laptops are
    told so (503), keep their changes and try again later."""
    try:
        import psycopg
    except ImportError:  # an SQLite-only install: never the case
        return False
    if not isinstance(exc, psycopg.OperationalError):  # PoolTimeout is one too
        return False
    state = getattr(exc, "sqlstate", None)
    return state is None or state.startswith("08") or state in _AWAY
