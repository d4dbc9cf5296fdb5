"""The sync round's hot path, made cheaper for capacity (issue 33): the same answers and
refusals as before, fewer connections, threads and writes behind them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.server import admin, push_policy
from safehaven.server.db import Sqlite
from safehaven.server.storage import DeviceAuth, Item, Storage
from safehaven.sync.protocol import ErrorCode
from tests.server.live import ThreadServer, store_at


def _device(storage: Storage, key: str | None) -> tuple[DeviceAuth, str]:
    org = admin.add_org(storage, "Harbour")
    _, house_token = admin.add_house(storage, org.name, "Casa")
    token = storage.register(house_token, "site-1", "dev-1", key)
    return DeviceAuth("dev-1", "site-1", org.id), token


def test_sqlite_keeps_as_many_connections_as_threads_at_work_not_as_threads_ever_made(
        tmp_path: Path) -> None:
    """The worker pool retires and makes threads as load comes and goes; each new thread
    used to open a connection of its own and keep it open for good."""
    storage = Storage(tmp_path / "server.db")
    try:
        for _ in range(30):  # thirty threads, one after another
            worker = threading.Thread(target=storage.epoch)
            worker.start()
            worker.join()
        backend = storage.backend
        assert isinstance(backend, Sqlite)
        assert len(backend._all) == 1
    finally:
        storage.close()


def test_a_read_inside_a_write_sees_the_write(tmp_path: Path) -> None:
    """A thread that holds a connection keeps it for nested use (its own transaction)."""
    storage = Storage(tmp_path / "server.db")
    try:
        with storage.tx() as db:
            db.run("UPDATE meta SET value = 'changed' WHERE key = 'epoch'")
            assert storage.epoch() == "changed"
    finally:
        storage.close()


def test_writers_of_one_process_all_get_through(tmp_path: Path) -> None:
    """Sixteen threads writing at once: each waits its turn (none fails on a busy
    database), and every write is kept."""
    storage = Storage(tmp_path / "server.db")
    failed: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(20):
                with storage.tx() as db:
                    db.run("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}-{i}", "v"))
        except BaseException as exc:
            failed.append(exc)

    try:
        threads = [threading.Thread(target=write, args=(n,)) for n in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not failed
        with storage.read() as db:
            assert db.one("SELECT count(*) FROM meta WHERE key LIKE 'k%'") == (320,)
    finally:
        storage.close()


def test_a_push_learns_the_laptops_key_only_when_the_server_has_none(
        tmp_path: Path, server_db: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Learning a key is a write: done once, for a laptop registered before keys, not on
    every push (SQLite has one writer)."""
    storage = Storage(store_at(tmp_path / "s", server_db))
    learnt: list[str] = []
    real = storage.learn_key
    monkeypatch.setattr(storage, "learn_key", lambda auth, key: (learnt.append(key),
                                                                 real(auth, key)))
    try:
        auth, _ = _device(storage, None)  # registered before keys
        key = "ab" * 32
        push_policy.pushed_items(storage, auth, [], key)
        assert learnt == [key]
        assert storage.device_keys("site-1", {"dev-1"}) == {"dev-1": key}
        push_policy.pushed_items(storage, auth, [], key)  # known now: no write
        push_policy.pushed_items(storage, auth, [], "cd" * 32)  # never replaced either
        assert learnt == [key]
        assert storage.device_keys("site-1", {"dev-1"}) == {"dev-1": key}
    finally:
        storage.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ThreadServer]:
    storage = Storage(tmp_path / "server.db")
    server = ThreadServer(storage)
    yield server
    server.stop()


def test_the_protocols_paths_keep_their_methods_and_refusals(served: ThreadServer) -> None:
    """Answered directly (without Starlette's routing layers): a wrong method is still
    405, an unknown path 404, a missing token 401, a refusal its JSON error answer."""
    with httpx.Client(base_url=served.url) as http:
        assert http.post("/v1/state").status_code == 405
        assert http.get("/v1/push").status_code == 405
        assert http.get("/v1/nothing-here").status_code == 404
        refused = http.get("/v1/state")
        assert refused.status_code == 401
        assert refused.json()["code"] == ErrorCode.UNAUTHORIZED.value
        assert http.get("/v1/health").json()["ok"] is True
        assert http.get("/metrics").status_code == 200


def test_large_answers_are_compressed_for_laptops_that_accept_it(
        served: ThreadServer) -> None:
    """A pull page of a few change sets is gzip-compressed (the laptops send
    accept-encoding: gzip); a small answer, or one to a client that does not accept
    gzip, goes as it is."""
    storage = served.storage
    auth, token = _device(storage, None)
    storage.push(auth, [Item(f"cs-{i}", "dev-2", i + 1, b"x" * 400) for i in range(8)])
    headers = {"authorization": f"Bearer {token}"}
    with httpx.Client(base_url=served.url, headers=headers) as http:
        page = http.get("/v1/pull", params={"after": 0})
        assert page.status_code == 200
        assert page.headers["content-encoding"] == "gzip"  # httpx inflated it
        assert len(page.json()["items"]) == 8
        raw = http.get("/v1/pull", params={"after": 0},
                       headers={"accept-encoding": "identity"})
        assert "content-encoding" not in raw.headers
        assert json.loads(raw.content)["items"] == page.json()["items"]
        state = http.get("/v1/state")
        assert "content-encoding" not in state.headers


def test_a_requests_statements_share_one_connection(
        tmp_path: Path, server_db: str | None) -> None:
    """Inside `held` (one request's work on its worker thread) every read and write uses
    the same connection: with a pool of one, none waits for a second."""
    storage = Storage(store_at(tmp_path / "s", server_db), pool_size=1)
    try:
        with storage.held():
            epoch = storage.epoch()
            with storage.tx() as db:
                db.run(f"UPDATE meta SET value = {db.p} WHERE key = 'epoch'", ("held",))
                assert storage.epoch() == "held"  # a read inside the write sees it
            with storage.tx() as db:
                db.run(f"UPDATE meta SET value = {db.p} WHERE key = 'epoch'", (epoch,))
            assert storage.epoch() == epoch
    finally:
        storage.close()
