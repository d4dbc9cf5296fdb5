"""A server under slow or lying clients: a body that trickles in is cut off, bodies read at
once are capped, and X-Forwarded-For is believed from no one unless a proxy is named."""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.server.config import ServerConfig
from safehaven.server.storage import Storage
from tests.server.live import ServerProcess, ThreadServer, clean_env, store_at


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ThreadServer]:
    storage = Storage(store_at(tmp_path / "s", None))
    running = ThreadServer(storage, ServerConfig(body_seconds=1, bodies_in_flight=2))
    yield running
    running.stop()
    storage.close()


def _trickle(port: int, sent: bytes = b'{"enrol') -> socket.socket:
    """A request that promises a body and sends only its first bytes."""
    conn = socket.create_connection(("127.0.0.1", port))
    conn.sendall(b"POST /v1/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 b"Content-Length: 4000\r\n\r\n" + sent)
    return conn


def _status(conn: socket.socket, timeout: float) -> int:
    conn.settimeout(timeout)
    head = conn.recv(200)
    return int(head.split(b" ", 2)[1])


def test_a_body_that_trickles_in_is_cut_off(server: ThreadServer) -> None:
    started = time.monotonic()
    conn = _trickle(server.port)
    try:
        assert httpx.get(server.url + "/v1/health").status_code == 200  # others are served
        assert _status(conn, timeout=10) == 408
        assert time.monotonic() - started < 8
    finally:
        conn.close()


def test_bodies_read_at_once_are_capped_and_health_still_answers(server: ThreadServer
                                                                 ) -> None:
    slow = [_trickle(server.port) for _ in range(2)]
    try:
        time.sleep(0.3)  # both are being read
        answer = httpx.post(server.url + "/v1/join", json={"enrol_token": "x"})
        assert answer.status_code == 503 and answer.json()["code"] == "rate_limited"
        assert httpx.get(server.url + "/v1/health").status_code == 200
    finally:
        for conn in slow:
            conn.close()
    time.sleep(1.5)  # the slow ones timed out and gave their places back
    assert httpx.post(server.url + "/v1/join", json={"enrol_token": "x"}).status_code == 403


def test_forwarded_addresses_are_not_believed_by_default(tmp_path: Path) -> None:
    """From loopback, a random X-Forwarded-For on each request no longer gives each its
    own rate limit: the limit for this one address applies."""
    # its request log in a file: a pipe nobody reads until the end would fill and stall it
    running = ServerProcess(clean_env(SAFEHAVEN_DATA=str(tmp_path / "data"),
                                      SAFEHAVEN_LOG_FILE=str(tmp_path / "server.log")))
    try:
        rng = random.Random(3)
        statuses = set()
        with httpx.Client(base_url=running.url) as http:
            for _ in range(4000):  # the burst (1000) plus what refills meanwhile
                ip = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
                statuses.add(http.post("/v1/join", json={"enrol_token": "x"},
                                       headers={"x-forwarded-for": ip}).status_code)
                if 429 in statuses:
                    break
        assert 429 in statuses
    finally:
        running.stop()
