"""The central sync server: a relay and backup that sees only sealed change sets.

    GET  /v1/health     -> {"ok", "epoch", "app": {"minimum", "latest"}}
    POST /v1/register   {"house_token", "site_id", "device_id"} -> {"device_token", "epoch"}
    POST /v1/enrol      {"enrol_id", "device_id", "package"}   (Bearer device token)
    POST /v1/join       {"enrol_token"} -> {"device_id", "package", "device_token", "epoch"}
    POST /v1/revoke     {"devices": [...]}                     (Bearer device token)
    POST /v1/push       {"envelopes": [...]}          (Bearer device token)
    GET  /v1/pull?after=SEQ&epoch=E&limit=N&own=0|1   (Bearer device token)
    GET  /v1/state      -> {..., "app": {"minimum", "latest"}}  (Bearer device token)
    GET  /v1/ids?after=SEQ     the site's change set ids  (Bearer; to reconcile)
    POST /v1/fetch  {"ids": [...]} -> {"envelopes"}     (Bearer; to reconcile)
    GET  /metrics      Prometheus counts and timings (a token, or only from this machine)

Laptops send their version (`safehaven-version`); below the configured minimum their
requests are refused with 426 and the minimum, so they say "update" instead of writing
in a format the others may not read. A house over its storage quota gets 507 on push.

Bodies may be gzip-compressed both ways (envelopes are base64 text with shared headers);
request bodies are bounded before and after inflating, each token (or client address,
before a token) is rate-limited, and the log lines carry routing facts only (path,
status, sizes), never a payload. Writes (a push and its fsync), signature checks and, on
PostgreSQL, every statement run on a small fixed pool of worker threads, so a slow disk,
a slow database or a large push never stalls the event loop; on SQLite a round's reads
(state, pull: page-cache reads of tens of microseconds) run on the loop itself, which
costs less than the hop to a thread and back (`Edge.read`; a read that comes to a write
goes to a thread).

The app is three small parts: `edge` (limits, bodies, the shared decoder, tokens),
`handlers` (one function per path) and `push_policy` (what a laptop may push or a manager
sign); this module wires them and answers refusals and failures the same way everywhere.
"""

from __future__ import annotations

import gzip
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.server import admin, handlers, metrics
from safehaven.server.config import ServerConfig
from safehaven.server.db import POSTGRES_PREFIXES, PoolBusy, database_unavailable, disk_full
from safehaven.server.edge import Edge
from safehaven.server.storage import NoStore, Refused, Storage
from safehaven.sync import protocol
from safehaven.sync.protocol import ErrorCode, error_answer

log = logging.getLogger("safehaven.server")
DATABASE_UNAVAILABLE = "the server's database is unavailable"
RETRY_AFTER_DOWN = 30  # seconds: a database that is down is not back in one


def create_app(storage: Storage, config: ServerConfig | None = None) -> Starlette:
    config = config or ServerConfig()
    counters = metrics.Metrics(lambda: admin.totals(storage)) if metrics.AVAILABLE else None
    edge = Edge(storage, config, counters)
    endpoints = {(path, method): _endpoint(edge, path, method, handler)
                 for path, method, handler in handlers.bound(edge)}
    routes = [Route(path, endpoint, methods=[method])
              for (path, method), endpoint in endpoints.items()]
    routes.append(Route(protocol.METRICS, partial(handlers.scrape, edge), methods=["GET"]))
    # No middleware: answers are compressed where they are made (`_answer`); a
    # GZipMiddleware wrapped every request's send in two more layers for the few
    # answers (pull pages) large enough to compress (bench/bench_server_load.py)
    return Server(endpoints, routes=routes)


class Server(Starlette):
    """Starlette, with the protocol's own paths answered directly.

    Their endpoints answer every refusal and failure themselves (`_endpoint`), so the
    layers Starlette puts before a route (error and exception middleware, the router's
    search, two exception wrappers) only cost time on them: a fifth of the server's CPU
    per request under load. Anything else (an unknown path, a wrong method, /metrics)
    goes through Starlette as before."""

    def __init__(self, endpoints: dict[tuple[str, str], Callable[[Request], Awaitable[Answer]]],
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.direct = endpoints

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = self.direct.get((scope.get("path", ""), scope.get("method", "")))
        if endpoint is None or scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        scope["app"] = self
        response = await endpoint(Request(scope, receive, send))
        await response(scope, receive, send)


GZIP_FROM = 1024  # bytes: smaller answers go as they are (a state answer, a push's)
GZIP_LEVEL = 5  # 9 costs 3x the CPU for a few percent fewer bytes
# one encoder for every answer: json.dumps with options builds a new one on each call
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
_JSON = (b"content-type", b"application/json")
_VARY = (b"vary", b"accept-encoding")
_GZIPPED = (b"content-encoding", b"gzip")


class Answer:
    """A JSON answer as the ASGI server takes it: its head made once, sent in two messages
    (what Starlette's Response does, without its header handling on every request)."""

    __slots__ = ("body", "headers", "status_code")

    def __init__(self, body: bytes, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        self.body, self.status_code, self.headers = body, status, headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code,
                    "headers": self.headers})
        await send({"type": "http.response.body", "body": self.body})


def _answer(request: Request, doc: Any, status: int = 200,
            headers: dict[str, str] | None = None) -> Answer:
    """`doc` as JSON, gzip-compressed when it is large and the laptop accepts gzip."""
    body = _encode(doc).encode()
    head = [_JSON]
    if headers:
        head += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    if len(body) >= GZIP_FROM:
        head.append(_VARY)
        if "gzip" in request.headers.get("accept-encoding", ""):
            body = gzip.compress(body, GZIP_LEVEL, mtime=0)
            head.append(_GZIPPED)
    head.append((b"content-length", str(len(body)).encode()))
    return Answer(body, status, head)


def _endpoint(edge: Edge, path: str, method: str,
              handler: Callable[[Request], Awaitable[Any]]
              ) -> Callable[[Request], Awaitable[Answer]]:
    """The handler's answer as JSON; a refusal as its error answer; any failure as a 500
    whose log line says where, never what was sent. Every request is timed and counted."""
    async def endpoint(request: Request) -> Answer:
        started = time.perf_counter()
        try:
            response = _answer(request, await handler(request))
        except Refused as refused:
            answer = error_answer(refused.code, refused.reason, **refused.extra)
            if refused.code is ErrorCode.APP_TOO_OLD:
                answer["app"] = edge.advert
            response = _answer(request, answer, refused.status,
                               {"Retry-After": "1"} if refused.status == 429 else None)
        except Exception as exc:  # the server stays up; the log says what, never the payload
            if disk_full(exc):  # the laptops keep their changes and say why
                log.error("the store's disk is full", extra={"fields": {"path": path}})
                response = _answer(request, error_answer(ErrorCode.SERVER_FULL,
                                                         "the server's disk is full"), 507)
            elif isinstance(exc, PoolBusy):
                log.warning("every database connection is busy", extra={"fields": {
                    "path": path}})
                response = _answer(request, error_answer(ErrorCode.RATE_LIMITED,
                                                         "busy: try again shortly"), 503,
                                   {"Retry-After": "5"})
            elif database_unavailable(exc):  # no trace: the cause is the database, not here
                log.error("the server's database is unavailable", extra={"fields": {
                    "path": path, "error": type(exc).__name__}})
                response = _answer(request, error_answer(ErrorCode.DATABASE_UNAVAILABLE,
                                                         DATABASE_UNAVAILABLE), 503,
                                   {"Retry-After": str(RETRY_AFTER_DOWN)})
            else:
                log.exception("request failed", extra={"fields": {"method": method,
                                                                  "path": path}})
                response = _answer(request, error_answer(ErrorCode.SERVER_ERROR,
                                                         "server error"), 500)
        seconds = time.perf_counter() - started
        size = int(request.headers.get("content-length") or 0)
        log.info("request", extra={"fields": {
            "method": method, "path": path, "status": response.status_code,
            "bytes_in": size, "ms": round(seconds * 1000, 1)}})
        if edge.counters is not None:
            edge.counters.observe(path, method, response.status_code, seconds, size)
        return response
    return endpoint


def open_storage(data: Path | None, db: str | None = None, *, pool_size: int = 10,
                 quota_bytes: int | None = None) -> Storage:
    """PostgreSQL when `db` is a postgresql:// address, else SQLite in the folder `data`."""
    if db is not None and not db.startswith(POSTGRES_PREFIXES):
        raise InvalidValue("db_url", "not a postgresql:// address")
    config = ServerConfig(db_url=db, data=Path(data) if data is not None else None,
                          pool_size=pool_size)
    return Storage(config.store_address(), pool_size=pool_size, default_quota=quota_bytes)


def open_configured(config: ServerConfig, *, serving: bool = True,
                    create: bool = True) -> Storage:
    """The configured store; `serving` False for admin commands (a small pool); `create`
    False for those that must find one (`NoStore` if there is none: only init makes it)."""
    if not create and config.db_url is None and config.data is not None:
        where = config.data / "server.db"
        if not where.is_file():  # before store_address(), which makes the folder
            raise NoStore(tr("There is no server store at {path}: set one up with "
                             "`safehaven server init` (or check SAFEHAVEN_DATA).", path=where))
    return Storage(config.store_address(), pool_size=config.pool_size if serving else 2,
                   default_quota=config.quota_bytes, create=create)


def app_from_environment() -> Starlette:
    """The app of one worker process of `safehaven server --workers N`: settings from the
    environment and config file, its own connections to the shared store (every worker
    reads the same epoch and numbers change sets under the same per-house lock)."""
    from safehaven.server import config, logjson

    settings = config.load()
    logjson.setup(settings.log_level, settings.log_file)
    storage = open_configured(settings)
    app = create_app(storage, settings)

    @asynccontextmanager
    async def closing(_: Starlette) -> AsyncIterator[None]:
        yield
        storage.close()  # the pool's connections go back to PostgreSQL

    app.router.lifespan_context = closing
    return app
