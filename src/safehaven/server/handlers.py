"""The server's request handlers, one function per path: each takes the app's `Edge`
(limits, body, decoder, token) and the request, and returns its declared answer.

Storage calls and signature checks run on worker threads (`Edge.run`, or
`run_in_threadpool` off the round's paths): the event loop reads bodies and writes
answers, so one slow disk or a large push never stalls the other laptops. The exception
is SQLite's reads of a round (state, pull: `Edge.read`), cheaper on the loop than the
hop; any write they come to goes to a worker thread.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import timedelta
from functools import partial
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from safehaven.server import (
    chunk_store,
    destroyed,
    held,
    mailbox,
    org_match,
    push_policy,
    reissue,
)
from safehaven.server.edge import ANONYMOUS_BODY, Credentials, Edge, query, query_int, text
from safehaven.server.storage import DeviceAuth, Refused
from safehaven.sync import protocol
from safehaven.sync.envelope import (
    destroy_text,
    enrolment_text,
    forget_text,
    mail_done_text,
    mail_text,
    manager_text,
    revocation_text,
)
from safehaven.sync.match_protocol import MATCH_ASK, MATCH_PUBLISH
from safehaven.sync.protocol import (
    CHUNK_BYTES_LIMIT,
    CHUNK_IDS_LIMIT,
    DESTROY_LIMIT,
    MAIL_LIMIT,
    ChunkForgetAnswer,
    ChunkForgetRequest,
    ChunkGetAnswer,
    ChunkHaveAnswer,
    ChunkIdsRequest,
    ChunkPutAnswer,
    ChunkPutRequest,
    DestroyAnswer,
    DestroyRequest,
    EnrolAnswer,
    EnrolRequest,
    ErrorCode,
    FetchAnswer,
    FetchRequest,
    HealthAnswer,
    IdsPage,
    JoinAnswer,
    JoinRequest,
    MailDoneAnswer,
    MailFetchAnswer,
    MailIdRequest,
    MailInbox,
    MailSendAnswer,
    MailSendRequest,
    ManagersAnswer,
    ManagersRequest,
    PullPage,
    PushAnswer,
    PushRequest,
    RegisterAnswer,
    RegisterRequest,
    RevokeAnswer,
    RevokeRequest,
    StateAnswer,
    error_answer,
    page_items,
)
from safehaven.sync.reissue_protocol import HANDOFF, REISSUE
from safehaven.sync.runs import VERSION as RUN_FORMAT

MAX_PACKAGE = 256 * 1024
IDS_LIMIT = 20000
PULL_LIMIT = protocol.PULL_LIMIT
PULL_BYTES = 4 * 1024 * 1024
MAX_REVOKE = 1000
MAX_MANAGERS = 100
MAX_POSITIONS = 64


async def health(edge: Edge, request: Request) -> HealthAnswer:
    return {"ok": True, "epoch": await run_in_threadpool(edge.storage.epoch),
            "app": edge.advert}


async def register(edge: Edge, request: Request) -> RegisterAnswer:
    """A house's first laptop spends the house's one-time token."""
    edge.anonymous(request)
    doc = await edge.decoded(RegisterRequest, request)
    house_token = doc.get("house_token", doc.get("org_token"))  # the first release's name
    if house_token is None:
        raise Refused(400, "RegisterRequest: house_token is missing")
    manager = push_policy.public_key(doc.get("manager_key"))
    token = await run_in_threadpool(
        edge.storage.register, text(house_token, "house_token"), text(doc["site_id"], "site_id"),
        text(doc["device_id"], "device_id"), push_policy.public_key(doc.get("public_key")),
        manager)
    return {"device_token": token, "epoch": await run_in_threadpool(edge.storage.epoch)}


async def enrol(edge: Edge, request: Request) -> EnrolAnswer:
    """A package left for a newcomer's laptop: only a manager adds a laptop, so no token
    of the house mints another that is in no roster."""
    auth = await edge.device(request)
    doc = await edge.decoded(EnrolRequest, request)
    enrol_id, device_id = text(doc["enrol_id"], "enrol_id"), text(doc["device_id"], "device_id")
    if len(doc["package"]) > MAX_PACKAGE:
        raise Refused(413, "enrolment package too large")
    key = push_policy.public_key(doc.get("public_key"))
    trusted = await run_in_threadpool(edge.storage.manager_keys, auth.site_id)
    if trusted:
        signed = enrolment_text(auth.site_id, dict(doc), enrol_id, device_id, key)
        await run_in_threadpool(push_policy.signed_by_manager, doc, trusted, signed)
    expires = await run_in_threadpool(
        edge.storage.put_enrolment, auth, enrol_id, device_id, doc["package"], key,
        timedelta(days=edge.config.enrol_code_days))
    if protocol.protocol_of(request.headers.get(protocol.PROTOCOL_HEADER)) >= 2:
        return {"ok": True, "expires": expires}  # older laptops' decoders refuse the field
    return {"ok": True}


async def join(edge: Edge, request: Request) -> JoinAnswer:
    edge.anonymous(request)
    enrol_token = (await edge.decoded(JoinRequest, request))["enrol_token"]
    device_id, package, token = await run_in_threadpool(
        edge.storage.join, text(enrol_token, "enrol_token"))
    return {"device_id": device_id, "package": package, "device_token": token,
            "epoch": await run_in_threadpool(edge.storage.epoch)}


async def revoke(edge: Edge, request: Request) -> RevokeAnswer:
    """Only a manager of the house may revoke a laptop: the request is signed by a
    manager's key the house registered (a house registered before manager keys has none:
    its administrator revokes with `safehaven server device revoke`)."""
    auth = await edge.device(request)
    doc = await edge.decoded(RevokeRequest, request)
    devices = doc["devices"][:MAX_REVOKE]
    await run_in_threadpool(push_policy.manager_of, edge.storage, auth.site_id, doc,
                            revocation_text(auth.site_id, dict(doc), devices))
    return {"revoked": await run_in_threadpool(edge.storage.revoke, auth, devices)}


async def managers(edge: Edge, request: Request) -> ManagersAnswer:
    """The house's manager keys, as a manager already registered says (the first one
    came with the house's registration); replaces the list, so a removed manager's key
    stops counting."""
    auth = await edge.device(request)
    doc = await edge.decoded(ManagersRequest, request)
    keys = [push_policy.public_key(k) for k in doc["keys"]]
    if not 0 < len(keys) <= MAX_MANAGERS:
        raise Refused(400, "expected a list of public keys")
    trusted = await run_in_threadpool(edge.storage.manager_keys, auth.site_id)
    # the first key came with the house's registration (a manager connected it): no token
    # can make itself the house's manager here
    signer = await run_in_threadpool(push_policy.signed_by_manager, doc, trusted,
                                     manager_text(auth.site_id, dict(doc), doc["keys"]))
    if signer not in doc["keys"]:
        raise Refused(403, "a manager key must vouch for itself", ErrorCode.NOT_MANAGER)
    await run_in_threadpool(edge.storage.set_manager_keys, auth.site_id,
                            [k for k in keys if k is not None])
    return {"managers": len(keys)}


async def push(edge: Edge, request: Request) -> PushAnswer:
    """A round's push is small: its body is read first, within the cap of a request no
    token vouched for yet (`ANONYMOUS_BODY`), and the token, the decoding, the signatures
    and the store then take one hop to a worker thread. A larger one (a first push, a
    reconcile) is let in by its token first, as before."""
    given = edge.credentials(request)
    size = request.headers.get("content-length")
    auth: DeviceAuth | None = None
    if size is not None and size.isdigit() and int(size) <= ANONYMOUS_BODY:
        raw = await edge.raw(request, ANONYMOUS_BODY)
    else:
        auth = await edge.run(edge.authorise, given)
        request.state.device = auth  # the larger cap of a laptop's body
        raw = await edge.raw(request)

    def checked_and_stored() -> tuple[int, dict[str, Any]]:  # one hop to a worker thread
        pusher = auth or edge.authorise(given)
        doc = edge.parsed(PushRequest, request, raw)
        own_key = push_policy.public_key(doc.get("public_key"))
        items = push_policy.pushed_items(edge.storage, pusher, doc["envelopes"], own_key)
        edge.relays.charge(pusher, items)
        return edge.storage.push_placed(pusher, items)

    stored, placed = await edge.run(checked_and_stored)
    if edge.counters is not None:
        edge.counters.stored.inc(stored)
    answer: PushAnswer = {"stored": stored}
    if placed:
        answer["first"], answer["last"] = placed["first"], placed["last"]
        answer["last_id"], answer["count"] = placed["last_id"], placed["count"]
        answer["digest"] = placed["digest"]
    return answer


async def pull(edge: Edge, request: Request) -> PullPage:
    """A page of the house's log after `after`; the last page carries the log's head."""
    return await edge.read(_pull_page, edge, edge.credentials(request), request)


def _pull_page(edge: Edge, given: Credentials, request: Request) -> PullPage:
    """The pull's work, on one worker thread: the token, then the page."""
    auth = edge.authorise(given)
    after = query_int(request, "after", 0, "bad cursor")
    limit = max(1, min(PULL_LIMIT, query_int(request, "limit", PULL_LIMIT, "bad cursor")))
    # A laptop has its own change sets; it asks for them only after a restore (own=1).
    skip = None if query(request).get("own") == "1" else auth.device_id
    got = edge.storage.page(auth.site_id, after, limit, PULL_BYTES, skip)
    asked = query(request).get("epoch")
    if asked not in (None, "", got.epoch):  # the page read with it is not sent
        # the words keep the form laptops before error codes read the epoch from
        raise Refused(409, f"epoch:{got.epoch}", ErrorCode.EPOCH_CHANGED, epoch=got.epoch)
    listed, runs = page_items(got.items)
    page: PullPage = {"epoch": got.epoch, "more": got.more, "cursor": got.cursor,
                      "cursor_id": got.cursor_id, "items": listed}
    if runs:  # a page of single envelopes has none (and servers before runs sent none)
        page["runs"] = runs
    if not got.more:  # the last page: the log's head, so the laptop need not ask again
        page["count"], page["digest"] = got.top, got.digest
    return page


async def ids(edge: Edge, request: Request) -> IdsPage:
    auth = await edge.device(request)
    after = query_int(request, "after", 0, "bad cursor")
    found, last, more = await run_in_threadpool(edge.storage.ids, auth.site_id, after,
                                                IDS_LIMIT)
    return {"ids": found, "cursor": last, "more": more}


async def fetch(edge: Edge, request: Request) -> FetchAnswer:
    auth = await edge.device(request)
    wanted = (await edge.decoded(FetchRequest, request))["ids"]
    if len(wanted) > PULL_LIMIT:
        raise Refused(400, f"expected a list of at most {PULL_LIMIT} ids")
    found = await run_in_threadpool(edge.storage.fetch, auth.site_id, wanted)
    return {"envelopes": [e.decode() for e in found]}


async def state(edge: Edge, request: Request) -> StateAnswer:
    """The house's log: epoch, each laptop's highest number, digest; with `at=3,17`, the
    ids at those positions (a laptop's check that nothing it pulled was lost)."""
    given = edge.credentials(request)
    protocol3 = protocol.protocol_of(request.headers.get(protocol.PROTOCOL_HEADER)) >= 3

    def answer() -> StateAnswer:  # the token and the reads: one hop to a worker thread
        auth = edge.authorise(given)
        try:
            at = [int(x) for x in query(request).get("at", "").split(",") if x]
        except ValueError as exc:
            raise Refused(400, "bad positions") from exc
        found = edge.storage.ids_at(auth.site_id, at[:MAX_POSITIONS])
        known = edge.storage.state(auth.site_id)
        said: StateAnswer = {"epoch": known["epoch"], "highest": known["highest"],
                             "count": known["count"], "digest": known["digest"],
                             "app": edge.advert, "at": {str(q): i for q, i in found.items()}}
        if protocol3:  # the signed statement of what it holds, and run format 4
            said["held"] = held.sign(edge.storage, auth.site_id, known)
            said["runs"] = RUN_FORMAT  # older laptops' decoders refuse the field
        return said

    return await edge.read(answer)


async def chunks_put(edge: Edge, request: Request) -> ChunkPutAnswer:
    """Documents' content, encrypted on the laptop, kept once per house by its hash."""
    auth = await edge.device(request)
    doc = await edge.decoded(ChunkPutRequest, request)
    try:
        chunks = [(c["id"], base64.b64decode(c["data"], validate=True)) for c in doc["chunks"]]
    except (binascii.Error, ValueError) as exc:
        raise Refused(400, "a chunk that is not base64") from exc
    if sum(len(data) for _, data in chunks) > CHUNK_BYTES_LIMIT:
        raise Refused(413, "too many chunk bytes in one request")
    stored = await run_in_threadpool(chunk_store.put, edge.storage, auth.site_id, chunks)
    return {"stored": stored}


async def _chunk_ids(edge: Edge, request: Request) -> tuple[str, list[str]]:
    auth = await edge.device(request)
    ids = (await edge.decoded(ChunkIdsRequest, request))["ids"]
    if len(ids) > CHUNK_IDS_LIMIT:
        raise Refused(400, f"expected a list of at most {CHUNK_IDS_LIMIT} ids")
    return auth.site_id, ids


async def chunks_have(edge: Edge, request: Request) -> ChunkHaveAnswer:
    site_id, ids = await _chunk_ids(edge, request)
    return {"missing": await run_in_threadpool(chunk_store.missing, edge.storage, site_id,
                                               ids)}


async def chunks_get(edge: Edge, request: Request) -> ChunkGetAnswer:
    site_id, ids = await _chunk_ids(edge, request)
    found = await run_in_threadpool(chunk_store.get, edge.storage, site_id, ids,
                                    CHUNK_BYTES_LIMIT)
    return {"chunks": [{"id": cid, "data": base64.b64encode(data).decode()}
                       for cid, data in found]}


async def chunks_forget(edge: Edge, request: Request) -> ChunkForgetAnswer:
    """Removed documents' content leaves the server: only on a manager's signature (no
    token of the house can erase its documents)."""
    auth = await edge.device(request)
    doc = await edge.decoded(ChunkForgetRequest, request)
    ids = doc["ids"][:CHUNK_IDS_LIMIT]
    await run_in_threadpool(push_policy.manager_of, edge.storage, auth.site_id, doc,
                            forget_text(auth.site_id, dict(doc), ids))
    marked = await run_in_threadpool(chunk_store.forget, edge.storage, auth.site_id, ids)
    await run_in_threadpool(chunk_store.collect, edge.storage,
                            timedelta(days=edge.config.chunk_retention_days))
    return {"forgotten": marked}


async def destroy(edge: Edge, request: Request) -> DestroyAnswer:
    """A destroyed child's change sets leave the log, with the runs that carried them, and
    are refused for ever: only on a manager's signature (issue 30, item 5)."""
    auth = await edge.device(request)
    doc = await edge.decoded(DestroyRequest, request)
    ids = doc["ids"][:DESTROY_LIMIT]
    await run_in_threadpool(push_policy.manager_of, edge.storage, auth.site_id, doc,
                            destroy_text(auth.site_id, dict(doc), ids))
    dropped, resend = await run_in_threadpool(destroyed.destroy, edge.storage, auth.site_id,
                                            ids)
    return {"dropped": dropped, "resend": resend}


async def mail_send(edge: Edge, request: Request) -> MailSendAnswer:
    """A transfer file for another house of the organisation, left by a manager."""
    auth = await edge.device(request)
    doc = await edge.decoded(MailSendRequest, request)
    try:
        data = base64.b64decode(doc["data"], validate=True)
    except (binascii.Error, ValueError):
        raise Refused(400, "data is not base64") from None
    if len(data) > MAIL_LIMIT:
        raise Refused(413, "transfer file too large for the server: use a USB stick")
    signed = mail_text(auth.site_id, dict(doc), doc["to"], hashlib.sha256(data).hexdigest())
    await run_in_threadpool(push_policy.manager_of, edge.storage, auth.site_id, doc, signed)
    item_id = await run_in_threadpool(mailbox.send, edge.storage, auth.org_id, auth.site_id,
                                      doc["to"], data)
    return {"id": item_id, "size": len(data)}


async def mail_inbox(edge: Edge, request: Request) -> MailInbox:
    auth = await edge.device(request)
    return {"items": await run_in_threadpool(mailbox.inbox, edge.storage, auth.site_id)}


async def mail_fetch(edge: Edge, request: Request) -> MailFetchAnswer:
    auth = await edge.device(request)
    doc = await edge.decoded(MailIdRequest, request)
    data = await run_in_threadpool(mailbox.fetch, edge.storage, auth.site_id, doc["id"])
    return {"data": base64.b64encode(data).decode()}


async def mail_done(edge: Edge, request: Request) -> MailDoneAnswer:
    """A file the house has taken leaves the server: a manager's act."""
    auth = await edge.device(request)
    doc = await edge.decoded(MailIdRequest, request)
    await run_in_threadpool(push_policy.manager_of, edge.storage, auth.site_id, doc,
                            mail_done_text(auth.site_id, dict(doc), doc["id"]))
    return {"removed": await run_in_threadpool(mailbox.done, edge.storage, auth.site_id,
                                               doc["id"])}


async def scrape(edge: Edge, request: Request) -> Response:
    """Prometheus: with the metrics token when one is set, else only from this machine."""
    if edge.counters is None:
        return JSONResponse(error_answer(ErrorCode.NOT_FOUND,
                                         "prometheus-client is not installed"), 404)
    if edge.config.metrics_token:
        given = request.headers.get("authorization", "")[7:].encode()
        if not hmac.compare_digest(given, edge.config.metrics_token.encode()):
            return JSONResponse(error_answer(ErrorCode.UNAUTHORIZED, "token refused"), 401)
    elif (request.client.host if request.client else "") not in ("127.0.0.1", "::1"):
        return JSONResponse(error_answer(ErrorCode.FORBIDDEN,
                                         "metrics only from this machine"), 403)
    data, kind = await run_in_threadpool(edge.counters.render)
    return Response(data, media_type=kind)


# path, method, handler: the whole protocol the server speaks (sync/protocol.py names it)
ROUTES: list[tuple[str, str, Any]] = [
    (protocol.HEALTH, "GET", health), (protocol.REGISTER, "POST", register),
    (protocol.ENROL, "POST", enrol), (protocol.JOIN, "POST", join),
    (protocol.REVOKE, "POST", revoke), (protocol.MANAGERS, "POST", managers),
    (protocol.PUSH, "POST", push), (protocol.PULL, "GET", pull),
    (protocol.STATE, "GET", state), (protocol.IDS, "GET", ids),
    (protocol.FETCH, "POST", fetch),
    (protocol.CHUNKS_PUT, "POST", chunks_put), (protocol.CHUNKS_HAVE, "POST", chunks_have),
    (protocol.CHUNKS_GET, "POST", chunks_get), (protocol.CHUNKS_FORGET, "POST", chunks_forget),
    (REISSUE, "POST", reissue.reissue), (HANDOFF, "GET", reissue.handoff),
    (protocol.DESTROY, "POST", destroy),
    (protocol.MAIL_SEND, "POST", mail_send), (protocol.MAIL_INBOX, "GET", mail_inbox),
    (protocol.MAIL_FETCH, "POST", mail_fetch), (protocol.MAIL_DONE, "POST", mail_done),
    (MATCH_PUBLISH, "POST", org_match.publish_handler),  # issue 30, item 3
    (MATCH_ASK, "POST", org_match.ask_handler),
]


def bound(edge: Edge) -> list[tuple[str, str, Any]]:
    """The routes with their handlers bound to this app's edge."""
    return [(path, method, partial(handler, edge)) for path, method, handler in ROUTES]
