"""The load generator of bench/bench_server_load.py: laptops replaying real signed requests.

Each laptop is a plan made by the real app (its token and headers, and push bodies of
change sets sealed and signed by its own vault); here it only sends them. A round is what
a real incremental round sends (GET state, POST push, GET pull pages while `more`), over
one kept-alive HTTP/1.1 connection per laptop, with a bare asyncio client so that the
generator's own CPU stays small beside the server's. Each house's laptops connect from
their own loopback address (127.0.x.y), as houses behind their own routers would, so the
server's per-address limit counts per house as in the field.

Closed loop: every laptop runs round after round. Open loop: rounds start at a fixed rate
whichever laptops are free; a round's time counts from when it was due, so a server that
falls behind shows its queue in the percentiles.
"""

from __future__ import annotations

import asyncio
import json
import time
import zlib
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Laptop:
    """One laptop's part of the load: its request headers (token included), the house's
    epoch, where its pull cursor stands, and its pre-sealed push bodies (gzip JSON)."""

    headers: bytes
    source: str  # the loopback address its house connects from
    epoch: str
    cursor: int
    pushes: list[bytes]
    used: int = 0


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)  # ms, rounds ended in the window
    pushed_rounds: int = 0  # rounds that pushed a fresh change set
    requests: int = 0
    errors: dict[str, int] = field(default_factory=dict)


class Connection:
    def __init__(self, host: str, port: int, source: str) -> None:
        self.host, self.port, self.source = host, port, source
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, headers: bytes,
                      body: bytes = b"", extra: bytes = b"") -> tuple[int, Any]:
        head = (f"{method} {path} HTTP/1.1\r\nhost: {self.host}:{self.port}\r\n"
                f"content-length: {len(body)}\r\n").encode() + headers + extra + b"\r\n"
        for _ in range(2):  # a kept-alive connection the server closed meanwhile: again
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(
                    self.host, self.port, local_addr=(self.source, 0))
            assert self.reader is not None and self.writer is not None
            self.writer.write(head + body)
            try:
                status_line = await self.reader.readline()
            except ConnectionError:
                status_line = b""
            if status_line:
                break
            self.close()
        status = int(status_line.split()[1])
        length, gzipped, close = 0, False, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"content-encoding":
                gzipped = b"gzip" in value
            elif name == b"connection":
                close = b"close" in value.lower()
        data = await self.reader.readexactly(length) if length else b""
        if close:
            self.close()
        if gzipped:
            data = zlib.decompress(data, 31)
        return status, json.loads(data) if data else None

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


JSON_GZIP = b"content-type: application/json\r\ncontent-encoding: gzip\r\n"


async def one_round(laptop: Laptop, conn: Connection, result: Result) -> bool:
    """A real incremental round's requests; False when the server refused one."""
    def ok(status: int, what: str) -> bool:
        result.requests += 1
        if status != 200:
            key = f"{what} {status}"
            result.errors[key] = result.errors.get(key, 0) + 1
            return False
        return True

    status, state = await conn.request("GET", f"/v1/state?at={laptop.cursor}"
                                       if laptop.cursor else "/v1/state", laptop.headers)
    if not ok(status, "state"):
        return False
    top = int(state["count"])
    if laptop.used < len(laptop.pushes):
        body = laptop.pushes[laptop.used]
        laptop.used += 1
        status, placed = await conn.request("POST", "/v1/push", laptop.headers, body,
                                            JSON_GZIP)
        if not ok(status, "push"):
            return False
        result.pushed_rounds += 1
        if placed.get("first") == laptop.cursor + 1:  # nothing of the others in between
            laptop.cursor = int(placed["last"])
        top = max(top, int(placed.get("last", top)))
    while laptop.cursor < top:
        status, page = await conn.request(
            "GET", f"/v1/pull?after={laptop.cursor}&epoch={laptop.epoch}&own=0",
            laptop.headers)
        if not ok(status, "pull"):
            return False
        laptop.cursor = int(page["cursor"])
        if not page["more"]:
            break
    return True


async def _closed(laptops: list[Laptop], host: str, port: int, start: float, stop: float,
                  result: Result) -> None:
    async def run(laptop: Laptop) -> None:
        conn = Connection(host, port, laptop.source)
        while time.time() < start - 1.0:  # connect early, start together
            await asyncio.sleep(0.05)
        while (began := time.time()) < stop:
            done = await one_round(laptop, conn, result)
            ended = time.time()
            if done and began >= start and ended <= stop:
                result.latencies.append((ended - began) * 1000)
            if not done:
                await asyncio.sleep(0.05)
        conn.close()

    await asyncio.gather(*(run(laptop) for laptop in laptops))


async def _open(laptops: list[Laptop], host: str, port: int, start: float, stop: float,
                rate: float, result: Result) -> None:
    free: asyncio.Queue[tuple[Laptop, Connection]] = asyncio.Queue()
    for laptop in laptops:
        free.put_nowait((laptop, Connection(host, port, laptop.source)))
    tasks: set[asyncio.Task[None]] = set()

    async def run(due: float) -> None:
        laptop, conn = await free.get()  # a round due while every laptop is busy waits
        done = await one_round(laptop, conn, result)
        ended = time.time()
        if done and due >= start and ended <= stop:
            result.latencies.append((ended - due) * 1000)
        free.put_nowait((laptop, conn))

    n = 0
    while (due := start + n / rate) < stop:
        delay = due - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
        task = asyncio.create_task(run(due))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
        n += 1
    if tasks:
        await asyncio.wait(tasks, timeout=max(0.1, stop + 5 - time.time()))
    for task in tasks:
        task.cancel()


def drive(laptops: list[Laptop], host: str, port: int, start: float, seconds: float,
          rate: float | None) -> dict[str, Any]:
    """One generator process: closed loop (`rate` None) or open loop at `rate` rounds/s;
    runs from `start` (time.time()) for `seconds`, then returns what it saw."""
    result = Result()
    stop = start + seconds
    cpu = time.process_time()
    if rate is None:
        asyncio.run(_closed(laptops, host, port, start, stop, result))
    else:
        asyncio.run(_open(laptops, host, port, start, stop, rate, result))
    return {"latencies": result.latencies, "pushed_rounds": result.pushed_rounds,
            "requests": result.requests, "errors": result.errors,
            "cpu": time.process_time() - cpu,
            "cursors": [laptop.cursor for laptop in laptops],
            "used": [laptop.used for laptop in laptops]}
