"""A round made cheaper for capacity (issue 33, item 9, session 14): the same answers,
refusals and writes as before, with fewer hops, statements and parses behind them."""

from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.datastructures import QueryParams

from safehaven.server import admin, held
from safehaven.server.db import WriteNeeded
from safehaven.server.edge import ANONYMOUS_BODY, query
from safehaven.server.storage import DeviceAuth, Item, Refused, Storage
from safehaven.sync.protocol import ErrorCode
from tests.server.live import ThreadServer


def _device(storage: Storage) -> tuple[DeviceAuth, str]:
    org = admin.add_org(storage, "Harbour")
    _, house_token = admin.add_house(storage, org.name, "Casa")
    token = storage.register(house_token, "site-1", "dev-1")
    return DeviceAuth("dev-1", "site-1", org.id), token


def _seen(storage: Storage) -> tuple[int, str | None]:
    with storage.read() as db:
        row = db.one("SELECT seen, last_seen FROM devices WHERE id = 'dev-1'")
    assert row is not None
    return int(row[0]), row[1]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ThreadServer]:
    storage = Storage(tmp_path / "server.db")
    server = ThreadServer(storage)
    yield server
    server.stop()


def test_reads_on_the_event_loop_refuse_a_write_before_it_begins(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "server.db")
    try:
        epoch = storage.epoch()
        with pytest.raises(WriteNeeded), storage.reads_only(), storage.tx() as db:
            db.run("UPDATE meta SET value = 'changed' WHERE key = 'epoch'")
        assert storage.epoch() == epoch
        with storage.tx() as db:  # outside, writes go on as before
            db.run("UPDATE meta SET value = 'changed' WHERE key = 'epoch'")
        assert storage.epoch() == "changed"
    finally:
        storage.close()


def test_a_state_request_that_must_write_still_writes(served: ThreadServer) -> None:
    """SQLite's reads of a round run on the event loop; a laptop's first request must
    record it as seen (and spend its enrolment code): that write still happens, on a
    worker thread, and the answer is the same."""
    storage = served.storage
    _, token = _device(storage)
    assert _seen(storage) == (0, None)
    with httpx.Client(base_url=served.url,
                      headers={"authorization": f"Bearer {token}"}) as http:
        first = http.get("/v1/state")
        assert first.status_code == 200
        seen, when = _seen(storage)
        assert seen == 1 and when is not None
        again = http.get("/v1/state")  # nothing to write now: answered on the loop
        assert again.status_code == 200
        assert again.json()["epoch"] == first.json()["epoch"] == storage.epoch()
        assert http.get("/v1/pull", params={"after": 0}).status_code == 200


def test_a_rounds_push_still_checks_the_token_before_its_body(served: ThreadServer) -> None:
    """A small push is read before its token is checked (within the cap of a request no
    token vouched for), then the token comes first: a wrong or revoked token is refused
    as before whatever the body holds, and nothing is stored."""
    storage = served.storage
    _, token = _device(storage)
    junk = b"not json"
    body = json.dumps({"envelopes": []}).encode()
    with httpx.Client(base_url=served.url) as http:
        for sent in (junk, body):
            refused = http.post("/v1/push", content=sent,
                                headers={"authorization": "Bearer dev_wrong"})
            assert refused.status_code == 401
            assert refused.json()["code"] == ErrorCode.UNAUTHORIZED.value
        mine = {"authorization": f"Bearer {token}"}
        bad = http.post("/v1/push", content=junk, headers=mine)
        assert bad.status_code == 400
        assert http.post("/v1/push", content=body, headers=mine).json() == {"stored": 0}
        admin.revoke_device(storage, "dev-1")
        revoked = http.post("/v1/push", content=body, headers=mine)
        assert revoked.status_code == 401
    assert storage.state("site-1")["count"] == 0


def test_a_large_push_is_let_in_by_its_token_first(served: ThreadServer) -> None:
    """A body past the anonymous cap is read only for a laptop whose token holds, as
    before: a wrong token is refused without it, a right one gets its body read."""
    _, token = _device(served.storage)
    text = base64.b64encode(b"x" * 3 * ANONYMOUS_BODY).decode()
    large = gzip.compress(json.dumps({"envelopes": [text]}).encode(), 0)
    assert len(large) > ANONYMOUS_BODY
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    with httpx.Client(base_url=served.url) as http:
        refused = http.post("/v1/push", content=large,
                            headers={**headers, "authorization": "Bearer dev_wrong"})
        assert refused.status_code == 401
        read = http.post("/v1/push", content=large,
                         headers={**headers, "authorization": f"Bearer {token}"})
        assert read.status_code == 400  # read, inflated and parsed: not an envelope
        assert read.json()["code"] != ErrorCode.UNAUTHORIZED.value


def test_a_push_past_the_quota_is_refused_whole(tmp_path: Path) -> None:
    """The push's one locking statement brings the house's bytes and quota: past it, the
    push is refused and nothing of it kept; within it, the head moves as before."""
    storage = Storage(tmp_path / "server.db", default_quota=1000)
    try:
        auth, _ = _device(storage)
        stored, placed = storage.push_placed(auth, [Item("a", "dev-1", 1, b"x" * 600)])
        assert (stored, placed["first"], placed["last"], placed["count"]) == (1, 1, 1, 1)
        with pytest.raises(Refused) as refused:
            storage.push_placed(auth, [Item("b", "dev-1", 2, b"x" * 600)])
        assert refused.value.status == 507
        state = storage.state("site-1")
        assert state["count"] == 1 and state["digest"] == placed["digest"]
        stored, placed = storage.push_placed(auth, [Item("c", "dev-1", 2, b"x" * 100),
                                                    Item("d", "dev-1", 3, b"x" * 100)])
        assert (stored, placed["first"], placed["last"]) == (2, 2, 3)
        assert storage.state("site-1")["highest"] == {"dev-1": 3}
    finally:
        storage.close()


@pytest.mark.parametrize("raw", [b"", b"after=3&epoch=ab&own=0", b"a=1&a=2", b"x", b"x=&y",
                                 b"at=1%2C2", b"&&a=b&", b"a=b=c", b"q=a+b"])
def test_query_strings_read_as_starlette_reads_them(raw: bytes) -> None:
    class Request:
        def __init__(self) -> None:
            self.scope = {"query_string": raw}

    assert query(Request()) == dict(QueryParams(raw.decode()))  # type: ignore[arg-type]


def test_a_held_statement_signed_again_is_the_same_and_holds(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "server.db")
    try:
        known = {"epoch": storage.epoch(), "highest": {"dev-1": 3}, "count": 3,
                 "digest": "d"}
        first = held.sign(storage, "site-1", known)
        assert held.sign(storage, "site-1", dict(known)) == first
        other = held.sign(storage, "site-1", {**known, "count": 4})
        assert other["sig"] != first["sig"] and other["key"] == first["key"]
        assert first["key"] == held.key(storage).public_key().public_bytes_raw().hex()
    finally:
        storage.close()
