"""SQLite writers queued behind one share its commit (issue 33 item 9, session 15): one
fsync for several pushes, each writer's statements undone alone when it is refused, none
answered before the commit, and a commit that fails fails every writer of it."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from safehaven.server.db import MMAP_BYTES, Sqlite, Tx
from safehaven.server.storage import Refused, Storage


@pytest.fixture
def storage(tmp_path: Path) -> Iterator[Storage]:
    store = Storage(tmp_path / "server.db")
    yield store
    store.close()


def _statements(backend: Sqlite, seen: list[str], foreign_keys: bool = False) -> None:
    """Every statement the backend's connections run from now on goes into `seen`."""
    backend.close()  # connections made from now on are traced
    made = backend._connect

    def connect() -> sqlite3.Connection:
        conn = made()
        if foreign_keys:
            conn.execute("PRAGMA foreign_keys = ON")
        conn.set_trace_callback(seen.append)
        return conn

    backend._connect = connect  # type: ignore[method-assign]


def _queued(backend: Sqlite, writers: int) -> None:
    """Wait until `writers` threads queue for the writer's lock (a wait, not a timing)."""
    deadline = time.monotonic() + 30
    while backend._waiting < writers:
        assert time.monotonic() < deadline, "the writers never queued"
        time.sleep(0.01)


def _batch(storage: Storage, first: Callable[[Tx], None],
           others: list[Callable[[Tx], None]]) -> tuple[list[str], list[BaseException]]:
    """`first` writes and holds its transaction until every one of `others` queues
    behind it; returns the order bodies ran and ended (and tx returned) in, and the
    writers' failures."""
    backend = storage.backend
    assert isinstance(backend, Sqlite)
    order: list[str] = []
    failures: list[BaseException] = []
    go = threading.Event()

    def write(name: str, body: Callable[[Tx], None], hold: bool) -> None:
        try:
            with storage.tx() as db:
                body(db)
                order.append(f"{name} wrote")
                if hold:
                    go.wait(30)
            order.append(f"{name} returned")
        except BaseException as exc:
            order.append(f"{name} returned")
            failures.append(exc)

    leader = threading.Thread(target=write, args=("first", first, True))
    leader.start()
    while "first wrote" not in order:
        time.sleep(0.01)
    threads = [threading.Thread(target=write, args=(f"w{n}", body, False))
               for n, body in enumerate(others)]
    for thread in threads:
        thread.start()
    _queued(backend, len(others))
    go.set()
    for thread in [leader, *threads]:
        thread.join(30)
    return order, failures


def _keys(storage: Storage) -> set[str]:
    with storage.read() as db:
        return {str(k) for (k,) in db.all("SELECT key FROM meta WHERE key LIKE 'k-%'")}


def _put(key: str) -> Callable[[Tx], None]:
    return lambda db: db.run(f"INSERT INTO meta (key, value) VALUES ({db.p}, 'v')", (key,))


def test_writers_queued_behind_one_share_its_commit_and_a_refused_one_is_undone_alone(
        storage: Storage) -> None:
    backend = storage.backend
    assert isinstance(backend, Sqlite)
    seen: list[str] = []
    _statements(backend, seen)
    own_view: list[set[str]] = []

    def refused(db: Tx) -> None:
        _put("k-refused")(db)
        raise Refused(507, "house storage quota reached")

    def reads_its_own(db: Tx) -> None:
        _put("k-third")(db)
        with storage.read() as again:  # a read inside sees its transaction's writes
            own_view.append({str(k) for (k,) in again.all(
                "SELECT key FROM meta WHERE key LIKE 'k-%'")})

    order, failures = _batch(storage, _put("k-first"), [refused, reads_its_own])

    assert _keys(storage) == {"k-first", "k-third"}
    assert [type(f) for f in failures] == [Refused]
    assert own_view == [{"k-first", "k-third"}]
    assert seen.count("BEGIN IMMEDIATE") == 1 and seen.count("COMMIT") == 1
    # none was answered before the commit: every body ran before any writer returned
    assert max(order.index(f"{n} wrote") for n in ("first", "w1")) < min(
        i for i, step in enumerate(order) if step.endswith("returned"))


def test_a_commit_that_fails_fails_every_writer_of_it(storage: Storage) -> None:
    backend = storage.backend
    assert isinstance(backend, Sqlite)
    with storage.tx() as db:
        db.run("CREATE TABLE parent (id TEXT PRIMARY KEY)")
        db.run("CREATE TABLE child (parent TEXT REFERENCES parent (id) DEFERRABLE "
               "INITIALLY DEFERRED)")
    seen: list[str] = []
    _statements(backend, seen, foreign_keys=True)

    def orphan(db: Tx) -> None:  # refused only when its transaction commits
        db.run("INSERT INTO child (parent) VALUES ('nobody')")

    _, failures = _batch(storage, _put("k-first"), [orphan])

    assert [type(f) for f in failures] == [sqlite3.IntegrityError] * 2
    assert _keys(storage) == set()
    with storage.read() as db:
        assert db.all("SELECT * FROM child") == []
    with storage.tx() as db:  # and the next writer starts afresh
        _put("k-after")(db)
    assert _keys(storage) == {"k-after"}


def test_a_writer_alone_commits_at_once(storage: Storage) -> None:
    backend = storage.backend
    assert isinstance(backend, Sqlite)
    seen: list[str] = []
    _statements(backend, seen)
    for n in range(3):
        with storage.tx() as db:
            _put(f"k-{n}")(db)
        assert backend._batch is None
    assert seen.count("COMMIT") == 3
    assert _keys(storage) == {"k-0", "k-1", "k-2"}


def test_sqlite_commits_durably_and_reads_through_a_mapping(storage: Storage) -> None:
    """Group commit shares the fsync rather than dropping it (synchronous stays FULL:
    an acknowledged push survives a power cut), and reads come from the mapped file."""
    with storage.read() as db:
        assert db.one("PRAGMA synchronous") == (2,)  # FULL
        assert db.one("PRAGMA journal_mode") == ("wal",)
        assert db.one("PRAGMA mmap_size") == (MMAP_BYTES,)
