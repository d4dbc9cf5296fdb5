"""What every request passes before a handler sees it: rate limits, a bounded body, the
shared decoder (sync/protocol.decode) and the laptop's token and version.

One `Edge` per app holds this state; the handlers (server/handlers.py) are plain
functions of the edge and the request.
"""

from __future__ import annotations

import asyncio
import functools
import json
import threading
import time
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar
from urllib.parse import parse_qsl

from packaging.version import Version
from starlette.requests import Request

from safehaven import versions
from safehaven.server import metrics
from safehaven.server.config import ServerConfig, parse_version
from safehaven.server.db import WriteNeeded
from safehaven.server.relay_quota import RelayQuota
from safehaven.server.storage import DeviceAuth, Refused, Storage
from safehaven.sync.protocol import (
    DEVICE_NAME_HEADER,
    AppVersions,
    ErrorCode,
    MessageError,
    decode,
    device_name_from,
)

_R = TypeVar("_R")  # a request's declared type
MAX_BODY = 8 * 1024 * 1024
ANONYMOUS_BODY = 64 * 1024  # a body read before any token: a register or a join
RATE_PER_SECOND = 50.0  # per device
RATE_BURST = 200.0
ADDRESS_RATE = 200.0  # per client address: a whole house may sit behind one router
ADDRESS_BURST = 1000.0
MAX_TEXT = 4096  # an id, token or key in a request
# Storage and signature work at once. On SQLite a few: more only contend for the GIL
# (32 cost a fifth more CPU per round than 4: bench/bench_server_load.py); on PostgreSQL
# as many as the pool has connections, since each waits on the database's answers.
SQLITE_THREADS = 4


class RateLimiter:
    """A token bucket per client address (before anything else is looked at) and per
    device (once its token is checked): bursts are fine, floods get 429 and Retry-After.

    Buckets idle long enough to be full again are dropped, so a flood of made-up tokens
    or addresses cannot grow the server's memory.
    """

    MAX_BUCKETS = 10_000

    def __init__(self, rate: float = RATE_PER_SECOND, burst: float = RATE_BURST) -> None:
        self.rate, self.burst = rate, burst
        self._lock = threading.Lock()
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
        with self._lock:  # called from the event loop and from worker threads
            return self._allow(key)

    def _allow(self, key: str) -> bool:
        now = time.monotonic()
        if len(self.buckets) >= self.MAX_BUCKETS and key not in self.buckets:
            self._evict(now)
        tokens, last = self.buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1:
            self.buckets[key] = (tokens, now)
            return False
        self.buckets[key] = (tokens - 1, now)
        return True

    def _evict(self, now: float) -> None:
        full = self.burst / self.rate  # seconds after which an idle bucket is full again
        for key in [k for k, (_, last) in self.buckets.items() if now - last > full]:
            del self.buckets[key]
        while len(self.buckets) >= self.MAX_BUCKETS:  # all busy: the oldest go first
            del self.buckets[min(self.buckets, key=lambda k: self.buckets[k][1])]


class Credentials(NamedTuple):
    """A request's token, app version (as said, and as compared) and laptop name."""

    token: str | None
    said: str | None
    version: Version
    name: str | None


@dataclass
class Edge:
    storage: Storage
    config: ServerConfig
    counters: metrics.Metrics | None = None
    devices: RateLimiter = field(default_factory=RateLimiter)
    addresses: RateLimiter = field(
        default_factory=lambda: RateLimiter(ADDRESS_RATE, ADDRESS_BURST))
    reading: int = 0  # request bodies being read now, in this process
    _minimum: tuple[str, Version] | None = None
    workers: ThreadPoolExecutor = field(init=False)
    relays: RelayQuota = field(init=False)  # others' change sets per token per hour

    def __post_init__(self) -> None:
        self.relays = RelayQuota(self.config.relay_per_hour)
        threads = SQLITE_THREADS if self.storage.kind == "sqlite" else max(
            SQLITE_THREADS, self.config.pool_size)
        self.workers = ThreadPoolExecutor(threads, thread_name_prefix="safehaven-store")

    @property
    def advert(self) -> AppVersions:
        return AppVersions(minimum=self.config.min_app_version,
                           latest=self.config.latest_app_version)

    def anonymous(self, request: Request) -> None:
        """Every request is limited per client address first."""
        if not self.addresses.allow(request.client.host if request.client else "?"):
            raise Refused(429, "too many requests")

    async def device(self, request: Request) -> DeviceAuth:
        """The laptop the request's token names, within its rate and recent enough."""
        auth = await self.run(self.authorise, self.credentials(request))
        request.state.device = auth  # its body may be a push's (`body`)
        return auth

    async def run(self, work: Callable[..., _R], *args: Any) -> _R:
        """`work(*args)` on one of the app's worker threads. A fixed pool: anyio's (behind
        run_in_threadpool) retires idle threads and makes new ones as load varies, and
        each hop through it costs several times this one (bench/bench_server_load.py)."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[_R] = loop.create_future()
        # the thread answers the loop's future itself: run_in_executor's chain of a
        # concurrent future into an asyncio one cost as much as the hop
        self.workers.submit(self._job, loop, done, work, args)
        return await done

    async def read(self, work: Callable[..., _R], *args: Any) -> _R:
        """`work(*args)`, a request's reads (and its token's check): on SQLite right here
        on the event loop, unless it comes to a write (a laptop's last-seen time, once a
        minute), which goes to a worker thread with the whole work, as on PostgreSQL."""
        if self.storage.reads_inline:
            try:
                with self.storage.reads_only():
                    return work(*args)
            except WriteNeeded:
                pass
        return await self.run(work, *args)

    def _job(self, loop: asyncio.AbstractEventLoop, done: asyncio.Future[_R],
             work: Callable[..., _R], args: tuple[Any, ...]) -> None:
        try:
            result = self._held(work, *args)
        except BaseException as exc:  # the awaiting request answers it
            loop.call_soon_threadsafe(_fail, done, exc)
        else:
            loop.call_soon_threadsafe(_settle, done, result)

    def _held(self, work: Callable[..., _R], *args: Any) -> _R:
        with self.storage.held():  # one connection for the request's statements
            return work(*args)

    def credentials(self, request: Request) -> Credentials:
        """What the request says about its laptop, read on the event loop; the address's
        rate is checked first, before the token is even looked at."""
        self.anonymous(request)
        headers = request.headers
        header = headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else None
        # compared as versions ("0.10.0" after "0.9.0"); the first release sent none: it
        # counts as 0.1.0, and one that cannot be read as older than any (and not kept)
        said = headers.get("safehaven-version", "0.1.0")[:32]
        version = _lenient(said)
        return Credentials(token, said if version != versions.NONE else None, version,
                           _device_name(headers.get(DEVICE_NAME_HEADER)))

    def authorise(self, given: Credentials) -> DeviceAuth:
        """The laptop of `credentials`, within its rate and recent enough: on a worker
        thread, where the handler's storage work then runs too (one hop a request)."""
        auth = self.storage.authenticate(given.token, given.said, given.name)
        if not self.devices.allow("device:" + auth.device_id):
            raise Refused(429, "too many requests")
        if given.version < self.minimum:
            raise Refused(426, "app too old")
        return auth

    @property
    def minimum(self) -> Version:
        """The configured minimum app version, parsed once."""
        said = self.config.min_app_version
        if self._minimum is None or self._minimum[0] != said:
            self._minimum = (said, parse_version(said))
        return self._minimum[1]

    async def decoded(self, kind: type[_R], request: Request) -> _R:
        """The request's body as its declared type: an unknown or missing field, or a
        wrong type, is refused with its name (the laptop decodes answers the same way)."""
        return self.parsed(kind, request, await self.raw(request))

    @staticmethod
    def parsed(kind: type[_R], request: Request, raw: bytes) -> _R:
        """A body read by `raw`, inflated, parsed and decoded as `kind` (on the loop or a
        worker thread)."""
        encoding = request.headers.get("content-encoding", "identity")
        if encoding == "gzip":
            raw = _inflate(raw)
        elif encoding != "identity":
            raise Refused(415, "unsupported content encoding")
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError) as exc:  # not JSON, or nested past any request
            raise Refused(400, "malformed JSON") from exc
        try:
            return decode(kind, doc)
        except MessageError as exc:
            raise Refused(400, str(exc), exc.code) from exc

    async def raw(self, request: Request, limit: int | None = None) -> bytes:
        """The request's body as sent. A slow client cannot hold memory or a slot for long:
        the body must arrive within `body_seconds`, and at most `bodies_in_flight` are read
        at once (the others are told to come back)."""
        # a request no token vouched for (register, join) is a few hundred bytes: 200 slow
        # ones must not hold 64 x 8 MB between them
        if limit is None:
            limit = MAX_BODY if getattr(request.state, "device", None) else ANONYMOUS_BODY
        if int(request.headers.get("content-length") or 0) > limit:
            raise Refused(413, "request too large")
        if self.reading >= self.config.bodies_in_flight:
            raise Refused(503, "busy: try again shortly", ErrorCode.RATE_LIMITED)
        self.reading += 1
        try:
            async with asyncio.timeout(self.config.body_seconds):
                return await _read_body(request, limit)
        except TimeoutError as exc:
            raise Refused(408, "request body too slow") from exc
        finally:
            self.reading -= 1


def _settle(done: asyncio.Future[_R], result: _R) -> None:
    if not done.cancelled():
        done.set_result(result)


def _fail(done: asyncio.Future[Any], exc: BaseException) -> None:
    if not done.cancelled():
        done.set_exception(exc)


@functools.lru_cache(maxsize=1024)
def _device_name(header: str | None) -> str | None:
    """A laptop's declared name, made safe once per header seen (each laptop sends the
    same one with every request)."""
    return device_name_from(header)


async def _read_body(request: Request, limit: int) -> bytes:
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise Refused(413, "request too large")
    return raw


def _inflate(raw: bytes) -> bytes:
    inflater = zlib.decompressobj(wbits=31)
    try:
        out = inflater.decompress(raw, MAX_BODY)
    except zlib.error as exc:
        raise Refused(400, "malformed gzip body") from exc
    if inflater.unconsumed_tail:  # a small body that inflates enormously
        raise Refused(413, "request too large")
    return out


@functools.lru_cache(maxsize=256)
def _lenient(said: str) -> Version:
    """A laptop's version as compared (a few versions are in use at once: parsed once)."""
    return versions.lenient(said)


def text(value: str, name: str) -> str:
    """A non-empty id, token or package name of bounded length."""
    if not 0 < len(value) <= MAX_TEXT:
        raise Refused(400, f"malformed field: {name}")
    return value


def query(request: Request) -> dict[str, str]:
    """The query string's fields (the last of a repeated one), as Starlette's
    `query_params` reads them, parsed once per request without its multi-dict."""
    found: dict[str, str] | None = request.scope.get("safehaven.query")
    if found is None:
        raw = request.scope.get("query_string", b"").decode("latin-1")
        if "%" in raw or "+" in raw or ";" in raw:  # anything needing more than a split
            found = dict(parse_qsl(raw, keep_blank_values=True))
        else:
            found = dict(part.partition("=")[::2] for part in raw.split("&") if part)
        request.scope["safehaven.query"] = found
    return found


def query_int(request: Request, name: str, default: int, words: str) -> int:
    """A whole number from the query string; `words` say what was wrong with it."""
    try:
        return int(query(request).get(name, str(default)))
    except ValueError as exc:
        raise Refused(400, words) from exc
