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
status, sizes), never a payload. Storage calls run in the thread pool, so a slow disk
never stalls the event loop.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import time
import zlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import anyio
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from safehaven.errors import InvalidValue
from safehaven.server import admin, metrics
from safehaven.server.config import ServerConfig, parse_version
from safehaven.server.db import POSTGRES_PREFIXES
from safehaven.server.storage import DeviceAuth, Item, Refused, Storage
from safehaven.sync import protocol
from safehaven.sync.envelope import (
    MAX_ENVELOPE,
    Header,
    chain_verified,
    enrolment_text,
    manager_text,
    revocation_text,
    signed_by,
    verify_text,
)
from safehaven.sync.envelope import Refused as EnvelopeRefused
from safehaven.sync.protocol import (
    AppVersions,
    ErrorCode,
    FetchAnswer,
    FetchRequest,
    HealthAnswer,
    IdsPage,
    JoinAnswer,
    JoinRequest,
    MessageError,
    PushAnswer,
    PushRequest,
    RegisterAnswer,
    decode,
    error_answer,
    page_items,
)
from safehaven.sync.runs import RunHeader, parse, run_hash
from safehaven.sync.runs import signed_by as run_signed_by

log = logging.getLogger("safehaven.server")
_R = TypeVar("_R")  # a request's declared type
MAX_BODY = 8 * 1024 * 1024
MAX_PACKAGE = 256 * 1024
IDS_LIMIT = 20000
PULL_LIMIT = protocol.PULL_LIMIT
PULL_BYTES = 4 * 1024 * 1024
RATE_PER_SECOND = 50.0  # per device
RATE_BURST = 200.0
ADDRESS_RATE = 200.0  # per client address: a whole house may sit behind one router
ADDRESS_BURST = 1000.0


class RateLimiter:
    """A token bucket per client address (before anything else is looked at) and per
    device (once its token is checked): bursts are fine, floods get 429 and Retry-After.

    Buckets idle long enough to be full again are dropped, so a flood of made-up tokens
    or addresses cannot grow the server's memory.
    """

    MAX_BUCKETS = 10_000

    def __init__(self, rate: float = RATE_PER_SECOND, burst: float = RATE_BURST) -> None:
        self.rate, self.burst = rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, key: str) -> bool:
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


async def _read_body(request: Request) -> bytes:
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise Refused(413, "request too large")
    return raw


def create_app(storage: Storage, config: ServerConfig | None = None) -> Starlette:
    config = config or ServerConfig()
    limiter = RateLimiter()
    addresses = RateLimiter(ADDRESS_RATE, ADDRESS_BURST)
    minimum = parse_version(config.min_app_version)
    advert = AppVersions(minimum=config.min_app_version, latest=config.latest_app_version)
    counters = metrics.Metrics(lambda: admin.totals(storage)) if metrics.AVAILABLE else None

    reading = [0]  # request bodies being read now, in this process

    async def body(request: Request) -> Any:
        """The request's JSON. A slow client cannot hold memory or a slot for long: the
        body must arrive within `body_seconds`, and at most `bodies_in_flight` are read at
        once (the others are told to come back)."""
        if int(request.headers.get("content-length") or 0) > MAX_BODY:
            raise Refused(413, "request too large")
        if reading[0] >= config.bodies_in_flight:
            raise Refused(503, "busy: try again shortly", ErrorCode.RATE_LIMITED)
        reading[0] += 1
        try:
            with anyio.fail_after(config.body_seconds):
                raw = await _read_body(request)
        except TimeoutError as exc:
            raise Refused(408, "request body too slow") from exc
        finally:
            reading[0] -= 1
        if request.headers.get("content-encoding", "identity") == "gzip":
            inflater = zlib.decompressobj(wbits=31)
            try:
                raw = inflater.decompress(raw, MAX_BODY)
            except zlib.error as exc:
                raise Refused(400, "malformed gzip body") from exc
            if inflater.unconsumed_tail:  # a small body that inflates enormously
                raise Refused(413, "request too large")
        elif request.headers.get("content-encoding", "identity") != "identity":
            raise Refused(415, "unsupported content encoding")
        try:
            return json.loads(raw)
        except (ValueError, RecursionError) as exc:  # not JSON, or nested past any request
            raise Refused(400, "malformed JSON") from exc

    def decoded(kind: type[_R], doc: Any) -> _R:
        """The request as its declared type (sync/protocol.decode, the laptop's decoder
        too): an unknown or missing field, or a wrong type, is refused with its name."""
        try:
            return decode(kind, doc)
        except MessageError as exc:
            raise Refused(400, str(exc), exc.code) from exc

    async def device(request: Request) -> DeviceAuth:
        anonymous(request)  # before the token is even looked at
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else None
        auth = await run_in_threadpool(storage.authenticate, token)
        if not limiter.allow("device:" + auth.device_id):
            raise Refused(429, "too many requests")
        try:  # the first release sent no version: it counts as 0.1.0
            version = parse_version(request.headers.get("safehaven-version", "0.1.0"))
        except InvalidValue:
            version = (0,)
        if version < minimum:
            raise Refused(426, "app too old")
        return auth

    def anonymous(request: Request) -> None:
        """Every request is limited per client address first."""
        if not addresses.allow(request.client.host if request.client else "?"):
            raise Refused(429, "too many requests")

    def public_key_in(doc: Any) -> str | None:
        """A laptop's public signing key (64 hex digits), when it sends one."""
        key = doc.get("public_key") if isinstance(doc, dict) else None
        if key is None:
            return None
        try:
            if isinstance(key, str) and len(bytes.fromhex(key)) == 32:
                return key.lower()
        except ValueError:
            pass
        raise Refused(400, "malformed public key")

    def fields(doc: Any, *names: str) -> list[str]:
        try:
            values = [doc[name] for name in names]
        except (KeyError, TypeError) as exc:
            raise Refused(400, "missing field") from exc
        if not all(isinstance(v, str) and 0 < len(v) <= 4096 for v in values[:-1]) or \
                not isinstance(values[-1], str):
            raise Refused(400, "malformed field")
        return values

    async def health(request: Request) -> HealthAnswer:
        return {"ok": True, "epoch": await run_in_threadpool(storage.epoch), "app": advert}

    async def register(request: Request) -> RegisterAnswer:
        anonymous(request)
        doc = await body(request)
        if isinstance(doc, dict) and "house_token" not in doc and "org_token" in doc:
            doc["house_token"] = doc["org_token"]  # laptops of the first release
        house_token, site_id, device_id = fields(doc, "house_token", "site_id", "device_id")
        manager = public_key_in({"public_key": doc.get("manager_key")})
        token = await run_in_threadpool(storage.register, house_token, site_id, device_id,
                                        public_key_in(doc), manager)
        return {"device_token": token, "epoch": storage.epoch()}

    async def enrol(request: Request) -> dict[str, Any]:
        auth = await device(request)
        doc = await body(request)
        enrol_id, device_id, package = fields(doc, "enrol_id", "device_id", "package")
        if len(package) > MAX_PACKAGE:
            raise Refused(413, "enrolment package too large")
        # only a manager adds a laptop: no token of the house mints another in no roster
        trusted = await run_in_threadpool(storage.manager_keys, auth.site_id)
        if trusted:
            signed_by_manager(doc, trusted, enrolment_text(auth.site_id, doc, enrol_id,
                                                           device_id, public_key_in(doc)))
        await run_in_threadpool(storage.put_enrolment, auth, enrol_id, device_id, package,
                                public_key_in(doc))
        return {"ok": True}

    async def join(request: Request) -> JoinAnswer:
        anonymous(request)
        enrol_token = decoded(JoinRequest, await body(request))["enrol_token"]
        if not 0 < len(enrol_token) <= 4096:
            raise Refused(400, "malformed field")
        device_id, package, token = await run_in_threadpool(storage.join, enrol_token)
        return {"device_id": device_id, "package": package, "device_token": token,
                "epoch": storage.epoch()}

    async def revoke(request: Request) -> dict[str, Any]:
        """Only a manager of the house may revoke a laptop: the request is signed by a
        manager's key the house registered (a house registered before manager keys has
        none: its administrator revokes with `safehaven server device revoke`)."""
        auth = await device(request)
        doc = await body(request)
        devices = doc.get("devices") if isinstance(doc, dict) else None
        if not isinstance(devices, list) or not all(isinstance(d, str) for d in devices):
            raise Refused(400, "expected a list of device ids")
        devices = devices[:1000]
        trusted = await run_in_threadpool(storage.manager_keys, auth.site_id)
        signed_by_manager(doc, trusted, revocation_text(auth.site_id, doc, devices))
        return {"revoked": await run_in_threadpool(storage.revoke, auth, devices)}

    async def managers(request: Request) -> dict[str, Any]:
        """The house's manager keys, as a manager already registered says (the first one
        came with the house's registration); replaces the list, so a removed manager's key
        stops counting."""
        auth = await device(request)
        doc = await body(request)
        keys = doc.get("keys") if isinstance(doc, dict) else None
        if not isinstance(keys, list) or not 0 < len(keys) <= 100 or not all(
                public_key_in({"public_key": k}) for k in keys):
            raise Refused(400, "expected a list of public keys")
        trusted = await run_in_threadpool(storage.manager_keys, auth.site_id)
        # the first key came with the house's registration (a manager connected it): no
        # token can make itself the house's manager here
        signer = signed_by_manager(doc, trusted, manager_text(auth.site_id, doc, keys))
        if signer not in keys:
            raise Refused(403, "a manager key must vouch for itself", ErrorCode.NOT_MANAGER)
        await run_in_threadpool(storage.set_manager_keys, auth.site_id,
                                [k.lower() for k in keys])
        return {"managers": len(keys)}

    def signed_by_manager(doc: dict[str, Any], trusted: set[str], text: bytes) -> str:
        """The request's signer, when it is a trusted key and signed within a day."""
        by, sig, at = doc.get("by"), doc.get("sig"), doc.get("at")
        try:
            when = datetime.fromisoformat(str(at))
            fresh = abs((datetime.now(UTC) - when).total_seconds()) < 86400
            good = isinstance(by, str) and by in trusted and fresh and verify_text(
                by, base64.b64decode(str(sig), validate=True), text)
        except (ValueError, TypeError):
            good = False
        if not good:
            raise Refused(403, "not signed by a manager of this house", ErrorCode.NOT_MANAGER)
        return str(by)

    async def push(request: Request) -> PushAnswer:
        auth = await device(request)
        doc = decoded(PushRequest, await body(request))
        envelopes = doc["envelopes"]
        items: list[Item] = []
        singles: list[tuple[Header, bytes, bytes]] = []
        sealed_runs: list[tuple[RunHeader, bytes, bytes]] = []
        for text in envelopes:
            if not isinstance(text, str) or len(text) > MAX_ENVELOPE:
                raise Refused(400, "malformed envelope")
            raw = text.encode()
            try:
                header, ct, sig = parse(raw)
            except EnvelopeRefused as refused:
                raise Refused(400, refused.refusal.message) from refused
            if header.site != auth.site_id:
                raise Refused(403, "a device may only send its own house's change sets")
            if isinstance(header, RunHeader):
                run = run_hash(raw)
                items += [Item(i, header.device, seq, raw, run)
                          for i, seq in zip(header.ids, header.seqs, strict=True)]
                sealed_runs.append((header, ct, sig))
            else:
                items.append(Item(header.id, header.device, header.seq, raw))
                singles.append((header, ct, sig))
        # Each change set must bear the signature of the laptop it names, when the server
        # knows that laptop's key: no token can push (or inflate the numbers of) another
        # laptop's change sets. Relayed ones from laptops that never connected pass on to
        # the laptops, which check every signature anyway.
        own_key = public_key_in(doc)
        if own_key is not None:
            await run_in_threadpool(storage.learn_key, auth, own_key)
        known = await run_in_threadpool(
            storage.device_keys, auth.site_id,
            {h.device for h, _, _ in singles} | {h.device for h, _, _ in sealed_runs})
        # A run envelope costs one signature check; so does a run of single envelopes
        # chained by hash.
        chained = chain_verified(list(singles), lambda device: known.get(device))
        checks: list[tuple[Header | RunHeader, bytes, bytes, bool]] = [
            (*item, established) for item, established in zip(singles, chained, strict=True)]
        checks += [(*item, False) for item in sealed_runs]
        for header, ct, sig, established in checks:
            if header.device not in known:
                continue  # a laptop that never connected here (USB only): relayed as is
            key = known[header.device]
            if key is None and header.device != auth.device_id:
                raise Refused(403, "a change set naming a laptop the server cannot check")
            if key is not None and not established and not (
                    run_signed_by(key, header, ct, sig) if isinstance(header, RunHeader)
                    else signed_by(key, header, ct, sig)):
                raise Refused(403, "a change set not signed by the laptop it names")
        stored, placed = await run_in_threadpool(storage.push_placed, auth, items)
        if counters is not None:
            counters.stored.inc(stored)
        answer: PushAnswer = {"stored": stored}
        if placed:
            answer["first"], answer["last"] = placed["first"], placed["last"]
            answer["last_id"], answer["count"] = placed["last_id"], placed["count"]
            answer["digest"] = placed["digest"]
        return answer

    async def pull(request: Request) -> dict[str, Any]:
        auth = await device(request)
        try:
            after = int(request.query_params.get("after", "0"))
            limit = max(1, min(PULL_LIMIT, int(request.query_params.get("limit", PULL_LIMIT))))
        except ValueError as exc:
            raise Refused(400, "bad cursor") from exc
        epoch = await run_in_threadpool(storage.epoch)
        if request.query_params.get("epoch") not in (None, "", epoch):
            # the words keep the form laptops before error codes read the epoch from
            raise Refused(409, f"epoch:{epoch}", ErrorCode.EPOCH_CHANGED, epoch=epoch)
        # A device has its own change sets; it asks for them only after a restore (own=1).
        skip = None if request.query_params.get("own") == "1" else auth.device_id
        items, more, upto = await run_in_threadpool(storage.pull, auth.site_id, after, limit,
                                                    PULL_BYTES, skip)
        at = await run_in_threadpool(storage.ids_at, auth.site_id, [upto] if upto else [])
        answer = {"epoch": epoch, "more": more, "cursor": upto, "cursor_id": at.get(upto),
                  **page_items(items)}
        if not more:  # the last page: the log's head, so the laptop need not ask again
            answer["count"], answer["digest"] = await run_in_threadpool(storage.head,
                                                                        auth.site_id)
        return answer

    async def ids(request: Request) -> IdsPage:
        auth = await device(request)
        try:
            after = int(request.query_params.get("after", "0"))
        except ValueError as exc:
            raise Refused(400, "bad cursor") from exc
        found, last, more = await run_in_threadpool(storage.ids, auth.site_id, after,
                                                    IDS_LIMIT)
        return {"ids": found, "cursor": last, "more": more}

    async def fetch(request: Request) -> FetchAnswer:
        auth = await device(request)
        wanted = decoded(FetchRequest, await body(request))["ids"]
        if len(wanted) > PULL_LIMIT:
            raise Refused(400, "expected a list of at most 2000 ids")
        found = await run_in_threadpool(storage.fetch, auth.site_id, wanted)
        return {"envelopes": [e.decode() for e in found]}

    async def state(request: Request) -> dict[str, Any]:
        """The house's log: epoch, each laptop's highest number, digest; with `at=3,17`, the
        ids at those positions (a laptop's check that nothing it pulled was lost)."""
        auth = await device(request)
        try:
            at = [int(x) for x in request.query_params.get("at", "").split(",") if x][:64]
        except ValueError as exc:
            raise Refused(400, "bad positions") from exc
        found = await run_in_threadpool(storage.ids_at, auth.site_id, at)
        return {**await run_in_threadpool(storage.state, auth.site_id), "app": advert,
                "at": {str(q): i for q, i in found.items()}}

    async def scrape(request: Request) -> Response:
        """Prometheus: with the metrics token when one is set, else only from this machine."""
        if counters is None:
            return JSONResponse(error_answer(ErrorCode.NOT_FOUND,
                                             "prometheus-client is not installed"), 404)
        if config.metrics_token:
            given = request.headers.get("authorization", "")[7:].encode()
            if not hmac.compare_digest(given, config.metrics_token.encode()):
                return JSONResponse(error_answer(ErrorCode.UNAUTHORIZED, "token refused"), 401)
        elif (request.client.host if request.client else "") not in ("127.0.0.1", "::1"):
            return JSONResponse(error_answer(ErrorCode.FORBIDDEN,
                                             "metrics only from this machine"), 403)
        data, kind = await run_in_threadpool(counters.render)
        return Response(data, media_type=kind)

    def route(path: str, handler: Any, method: str) -> Route:
        async def endpoint(request: Request) -> JSONResponse:
            started = time.perf_counter()
            try:
                response = JSONResponse(await handler(request))
            except Refused as refused:
                answer = error_answer(refused.code, refused.reason, **refused.extra)
                if refused.code is ErrorCode.APP_TOO_OLD:
                    answer["app"] = advert
                response = JSONResponse(answer, status_code=refused.status,
                                        headers={"Retry-After": "1"}
                                        if refused.status == 429 else None)
            except Exception:  # the server stays up; the log says what, never the payload
                log.exception("request failed", extra={"fields": {"method": method,
                                                                  "path": path}})
                response = JSONResponse(error_answer(ErrorCode.SERVER_ERROR, "server error"),
                                        status_code=500)
            seconds = time.perf_counter() - started
            size = int(request.headers.get("content-length") or 0)
            log.info("request", extra={"fields": {
                "method": method, "path": path, "status": response.status_code,
                "bytes_in": size, "ms": round(seconds * 1000, 1)}})
            if counters is not None:
                counters.observe(path, method, response.status_code, seconds, size)
            return response
        return Route(path, endpoint, methods=[method])

    gzip = Middleware(GZipMiddleware, minimum_size=1024, compresslevel=5)  # 9 costs 3x
    return Starlette(middleware=[gzip], routes=[
        route(protocol.HEALTH, health, "GET"), route(protocol.REGISTER, register, "POST"),
        route(protocol.ENROL, enrol, "POST"), route(protocol.JOIN, join, "POST"),
        route(protocol.REVOKE, revoke, "POST"),
        route(protocol.MANAGERS, managers, "POST"),
        route(protocol.PUSH, push, "POST"), route(protocol.PULL, pull, "GET"),
        route(protocol.STATE, state, "GET"), route(protocol.IDS, ids, "GET"),
        route(protocol.FETCH, fetch, "POST"), Route(protocol.METRICS, scrape, methods=["GET"]),
    ])


def open_storage(data: Path | None, db: str | None = None, *, pool_size: int = 10,
                 quota_bytes: int | None = None) -> Storage:
    """PostgreSQL when `db` is a postgresql:// address, else SQLite in the folder `data`."""
    if db is not None and not db.startswith(POSTGRES_PREFIXES):
        raise InvalidValue("db_url", "not a postgresql:// address")
    config = ServerConfig(db_url=db, data=Path(data) if data is not None else None,
                          pool_size=pool_size)
    return Storage(config.store_address(), pool_size=pool_size, default_quota=quota_bytes)


def open_configured(config: ServerConfig, *, serving: bool = True) -> Storage:
    """The configured store; `serving` False for admin commands (a small pool)."""
    return Storage(config.store_address(), pool_size=config.pool_size if serving else 2,
                   default_quota=config.quota_bytes)


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
