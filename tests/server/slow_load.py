"""The server under slow clients, measured (issue 32, item 6): `safehaven server` in its
own process with the shipped unit's file limit, its memory read from /proc. Used by
tests/server/test_slow_load.py (bounds) and bench/bench_slow_clients.py (numbers)."""

from __future__ import annotations

import re
import resource
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx

from tests.server.live import clean_env
from tests.sync.server_harness import free_port

UNIT = Path(__file__).resolve().parents[2] / "packaging/server/systemd/safehaven-server.service"


def unit_nofile() -> int:
    """The `LimitNOFILE` the shipped systemd unit gives the server."""
    found = re.search(r"^LimitNOFILE=(\d+)", UNIT.read_text(), re.MULTILINE)
    assert found is not None, "the unit sets no LimitNOFILE"
    return int(found.group(1))


def raise_own_limit(at_least: int) -> None:
    """This process needs a descriptor per client socket it opens."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < at_least:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(at_least, soft)), hard))


class Spawned:
    def __init__(self, tmp: Path, nofile: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = tmp / "server.log"
        self.errors = tmp / "server.err"

        def limit() -> None:  # in the child: the unit's limit, as systemd would set it
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        tmp.mkdir(parents=True, exist_ok=True)
        env = clean_env(SAFEHAVEN_DATA=str(tmp / "data"), SAFEHAVEN_LOG_FILE=str(self.log))
        with self.errors.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "safehaven", "server", "--port", str(self.port)],
                env=env, stdout=subprocess.DEVNULL, stderr=err, preexec_fn=limit)
        deadline = time.time() + 30
        while not self.healthy(2.0):
            if self.proc.poll() is not None or time.time() > deadline:
                self.stop()
                raise RuntimeError("server did not start")
            time.sleep(0.1)

    def healthy(self, timeout: float) -> bool:
        try:
            return httpx.get(self.url + "/v1/health", timeout=timeout).status_code == 200
        except httpx.HTTPError:
            return False

    def rss_mb(self) -> float:
        """Resident memory of the server and its children (workers), in MB."""
        total, todo = 0, [self.proc.pid]
        while todo:
            pid = todo.pop()
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            found = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
            total += int(found.group(1)) if found else 0
            todo += [int(c) for c in children]
        return total / 1024

    def too_many_files(self) -> int:
        """Lines of the server's output that say it ran out of descriptors."""
        text = b"".join(p.read_bytes() for p in (self.log, self.errors) if p.exists())
        return text.count(b"Too many open files")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@contextmanager
def spawned(tmp: Path, nofile: int | None = None) -> Iterator[Spawned]:
    server = Spawned(tmp, nofile or unit_nofile())
    try:
        yield server
    finally:
        server.stop()


def slow_bodies(server: Spawned, count: int = 200, seconds: float = 8.0,
                promised: int = 8 * 1024 * 1024, step: int = 32 * 1024) -> float:
    """`count` unauthenticated requests that promise `promised` bytes and send them a
    `step` at a time, as slowly as the whole lasts `seconds`; returns the server's peak
    resident memory meanwhile (MB)."""
    socks = []
    for _ in range(count):
        conn = socket.create_connection(("127.0.0.1", server.port))
        conn.sendall(b"POST /v1/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                     b"\r\nContent-Length: %d\r\n\r\n" % promised)
        conn.setblocking(False)
        socks.append(conn)
    chunk = b"x" * step
    peak, end = server.rss_mb(), time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            for conn in socks:
                with suppress(BlockingIOError, BrokenPipeError, ConnectionResetError):
                    conn.send(chunk)
            peak = max(peak, server.rss_mb())
            time.sleep(0.05)
        peak = max(peak, server.rss_mb())
    finally:
        for conn in socks:
            conn.close()
    return peak


def half_open(server: Spawned, count: int = 1100, probes: int = 5
              ) -> tuple[int, list[float | None]]:
    """`count` connections that send half a request line and wait; returns how many were
    opened and each health probe's seconds meanwhile (None: no answer within 5 s)."""
    socks, times = [], []
    try:
        for _ in range(count):
            try:
                conn = socket.create_connection(("127.0.0.1", server.port), timeout=5)
                conn.sendall(b"GET /v1/hea")
                socks.append(conn)
            except OSError:
                break
        time.sleep(0.5)
        for _ in range(probes):
            start = time.monotonic()
            times.append(time.monotonic() - start if server.healthy(5.0) else None)
            time.sleep(0.2)
    finally:
        for conn in socks:
            conn.close()
    return len(socks), times
