"""A hostile or broken server on loopback: answers of the wrong shape, "more" for ever,
JSON nested past any answer's depth. Each stops the round with one clear error, in a
few requests, and nothing of the laptop's is lost."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from safehaven.services import residents
from safehaven.sync.client import SyncError
from safehaven.sync.replica import outbox, server_link
from safehaven.sync.rounds import sync_round
from tests.sync.harness import context

EPOCH = "hostile-epoch"
Answer = Callable[[str, dict[str, list[str]]], Any]


class Hostile:
    """A real HTTP server on loopback that answers each path as the test says."""

    def __init__(self, answer: Answer) -> None:
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self) -> None:
                outer.requests += 1
                length = int(self.headers.get("content-length", 0) or 0)
                self.rfile.read(length)
                parts = urlsplit(self.path)
                body = answer(parts.path, parse_qs(parts.query))
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _reply

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _state(count: int = 10, **extra: Any) -> dict[str, Any]:
    return {"epoch": EPOCH, "highest": {}, "count": count, "digest": "d",
            "app": {"minimum": "0.1", "latest": "0.1"}, "at": {}, **extra}


@pytest.fixture
def laptop(pair: list) -> Iterator[Any]:
    a, _ = pair
    residents.add(context(a), "Written before")
    yield a


def _linked(vault: Any, answer: Answer) -> Hostile:
    server = Hostile(answer)
    server_link.save_server_link(vault, server.url, "token", EPOCH)
    return server


@pytest.mark.parametrize("step", [0, 1], ids=["stuck", "creeping"])
def test_more_for_ever_stops_the_round_in_a_few_requests(laptop: Any, step: int) -> None:
    from safehaven.sync.rounds import EMPTY_PAGES

    def answer(path: str, query: dict[str, list[str]]) -> Any:
        if path.endswith("/state"):
            return _state()
        if path.endswith("/push"):
            return {"stored": 0}
        after = int(query.get("after", ["0"])[0])
        return {"epoch": EPOCH, "more": True, "cursor": after + step, "cursor_id": None,
                "items": []}

    server = _linked(laptop, answer)
    try:
        with pytest.raises(SyncError, match="keeps saying there is more"):
            sync_round(laptop)
        assert server.requests < (10 if step == 0 else EMPTY_PAGES + 10)
        assert outbox.own_count(laptop.conn, laptop.device_id) >= 1  # nothing lost
    finally:
        server.stop()


@pytest.mark.parametrize("state", [
    {"epoch": EPOCH},                                       # fields missing
    _state(count="ten"),                                    # a wrong type
    _state(count=True),                                     # a bool is not a number
    {**_state(), "highest": {"x": "many"}},                 # a wrong type inside
    _state(extra_field=1),                                  # a field no answer has
    [1, 2, 3],                                              # not an object at all
    b"[" * 100_000 + b"]" * 100_000,                        # nested past any depth
], ids=["missing", "type", "bool", "nested-type", "unknown", "list", "deep"])
def test_a_malformed_answer_is_one_clear_error(laptop: Any, state: Any) -> None:
    server = _linked(laptop, lambda path, query: state)
    try:
        with pytest.raises(SyncError) as caught:
            sync_round(laptop)
        message = str(caught.value)
        assert "cannot read" in message or "damaged" in message
        assert server_link.server_link(laptop.conn) is not None
    finally:
        server.stop()


def test_a_first_release_server_without_versions_or_positions_still_syncs(laptop: Any
                                                                         ) -> None:
    """Servers of the first releases sent no `app` and no `at` in their state: optional in
    the declared type, so such a server is not taken for a hostile one."""
    def answer(path: str, query: dict[str, list[str]]) -> Any:
        if path.endswith("/state"):
            return {"epoch": EPOCH, "highest": {}, "count": 0, "digest": "d"}
        if path.endswith("/push"):
            return {"stored": 1}
        if path.endswith("/ids"):
            return {"ids": [], "cursor": 0, "more": False}
        return {"epoch": EPOCH, "more": False, "cursor": 0, "cursor_id": None, "items": []}

    server = _linked(laptop, answer)
    try:
        report = sync_round(laptop)
        assert report.pushed >= 1 and not report.digest_matches  # "d" is no real digest
    finally:
        server.stop()
