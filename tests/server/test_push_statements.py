"""A push in fewer statements (issue 33 item 9, session 15): its held ids, destroyed ids
and held runs looked up together, a few rows inserted by one INSERT and many by COPY on
PostgreSQL; what it keeps, refuses and numbers is as before, on both stores."""

from __future__ import annotations

from pathlib import Path

from safehaven.server import admin, destroyed
from safehaven.server.db import FEW_ROWS
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
