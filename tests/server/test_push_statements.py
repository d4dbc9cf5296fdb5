"""A push in fewer statements (issue 33 item 9, session 15): its held ids, destroyed ids
and held runs looked up together, a few rows inserted by one INSERT and many by COPY on
PostgreSQL; what it keeps, refuses and numbers is as before, on both stores."""

from __future__ import annotations

from pathlib import Path

from safehaven.server import admin, destroyed
from safehaven.server.db import FEW_ROWS, Sqlite
from safehaven.server.storage import DeviceAuth, Item, Storage
from tests.server.live import store_at


def _house(storage: Storage) -> DeviceAuth:
    org_id = admin.add_org(storage, "Harbour").id
    _, token = admin.add_house(storage, "Harbour", "Casa")
    storage.register(token, "site-1", "dev-1")
    return DeviceAuth("dev-1", "site-1", org_id)


def _run(name: str, ids: list[str], first: int) -> list[Item]:
    run = name.encode().ljust(32, b".")
    return [Item(i, "dev-1", first + n, b"run " + name.encode(), run)
            for n, i in enumerate(ids)]


def test_a_push_keeps_few_and_many_rows_once_and_refuses_the_destroyed(
        tmp_path: Path, server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        auth = _house(storage)
        few = [Item(f"a{n}", "dev-1", n + 1, f"single {n}".encode()) for n in range(3)]
        many = [Item(f"b{n}", "dev-1", n + 4, f"single b{n}".encode())
                for n in range(FEW_ROWS + 40)]  # past the few: COPY on PostgreSQL
        assert storage.push(auth, few) == 3
        assert storage.push(auth, many) == len(many)
        top = 3 + len(many)
        # a run, with ids held already among its own: only the new ones are numbered
        run = _run("r1", ["a0", "c0", "c1"], top + 1)
        assert storage.push(auth, run) == 2
        assert storage.push(auth, few + run) == 0  # everything held: nothing again
        # a destroyed change set is refused for ever, and so is a run that holds one
        destroyed.destroy(storage, "site-1", ["c0"])
        assert storage.push(auth, [Item("c0", "dev-1", 1, b"again")]) == 0
        assert storage.push(auth, _run("r2", ["d0", "c0"], top + 3)) == 0
        assert storage.push(auth, _run("r3", ["d0", "d1"], top + 3)) == 2

        items, more, _ = storage.pull("site-1", 0, 1000, 1 << 20)
        assert not more
        bodies = [item.envelope for item in items]
        assert bodies[:3] == [b"single 0", b"single 1", b"single 2"]
        assert bodies[3:top] == [f"single b{n}".encode() for n in range(len(many))]
        assert b"again" not in bodies and b"run r2" not in bodies
        assert bodies[-2:] == [b"run r3", b"run r3"]
        assert [item.seq for item in items] == sorted(item.seq for item in items)
        assert len({item.seq for item in items}) == len(items)
    finally:
        storage.close()


def test_a_pull_page_reads_its_epoch_cursor_id_and_head_with_one_statement(
        tmp_path: Path, server_db: str | None) -> None:
    """What a page's answer carries beside its change sets is what the separate reads
    said before; on SQLite the page, its runs and that one statement are all it runs."""
    storage = Storage(store_at(tmp_path / "s", server_db))
    try:
        auth = _house(storage)
        storage.push(auth, [Item(f"a{n}", "dev-1", n + 1, f"single {n}".encode())
                            for n in range(5)])
        storage.push(auth, _run("r1", ["b0", "b1"], 6))
        for after, limit in ((0, 3), (0, 100), (3, 100), (7, 100)):
            page = storage.page("site-1", after, limit, 1 << 20)
            assert (page.items, page.more, page.cursor) == storage.pull(
                "site-1", after, limit, 1 << 20)
            assert page.cursor_id == storage.ids_at("site-1", [page.cursor]).get(page.cursor)
            assert (page.top, page.digest) == storage.head("site-1")
            assert page.epoch == storage.epoch()
        assert storage.page("site-1", 0, 3, 1 << 20).cursor_id == "a2"
        assert storage.page("site-1", 0, 100, 1 << 20).top == 7

        backend = storage.backend
        if isinstance(backend, Sqlite):
            seen: list[str] = []
            with storage.held():  # a request's connection, traced
                with storage.read() as db:
                    db.conn.set_trace_callback(seen.append)
                storage.page("site-1", 0, 100, 1 << 20)
                with storage.read() as db:
                    db.conn.set_trace_callback(None)
            assert len(seen) == 3  # the rows, the run's envelope, the rest
    finally:
        storage.close()
