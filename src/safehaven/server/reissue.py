"""Re-issued tokens (issue 32, item 3): after a removal, a manager gives each laptop of
the house a new token, and the old one stops working at once.

A removed person may keep an old copy of a laptop's vault folder, or an old backup, with
that laptop's token in it. The manager's laptop sends, per laptop, the new token's hash,
the laptop's new X25519 public key and a hand-off (the token and the box key, sealed for
each person who remains), each signed by a manager. The server replaces the token, keeps
the old one's hash only to answer `token_reissued`, and gives the hand-off to whoever
presents the old token: only someone who remains can open it, and the laptop checks the
manager's signature before it takes it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from safehaven.server.edge import Edge
from safehaven.server.push_policy import signed_by_manager
from safehaven.server.storage import DeviceAuth, Refused, Storage, token_hash
from safehaven.sync.protocol import ErrorCode, decode
from safehaven.sync.reissue_protocol import (
    MAX_HANDOFF,
    MAX_ITEMS,
    MAX_SEALED,
    Handoff,
    HandoffAnswer,
    ReissueAnswer,
    ReissueRequest,
    reissue_text,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def checked(storage: Storage, auth: DeviceAuth, items: list[Handoff]) -> None:
    """Every item signed by a manager of the house, for a laptop of the house (on a worker
    thread: signatures cost CPU)."""
    if not 0 < len(items) <= MAX_ITEMS:
        raise Refused(400, "expected between 1 and 200 laptops")
    trusted = storage.manager_keys(auth.site_id)
    for item in items:
        if len(item["sealed"]) > MAX_SEALED or len(json.dumps(item)) > MAX_HANDOFF:
            raise Refused(413, "hand-off too large")
        if len(item["token_hash"]) != 64:
            raise Refused(400, "malformed token hash")
        signed_by_manager(item, trusted, reissue_text(auth.site_id, item))  # type: ignore[arg-type]


def replace(storage: Storage, auth: DeviceAuth, items: list[Handoff]) -> int:
    """New tokens for the house's laptops not revoked; the old ones retired, in one
    transaction. Returns how many laptops got one."""
    done = 0
    with storage.tx() as db:
        p = db.p
        for item in items:
            row = db.one(f"SELECT token_hash FROM devices WHERE id = {p} AND site_id = {p} "
                         "AND revoked = 0", (item["device"], auth.site_id))
            if row is None:
                continue  # revoked, or not of this house: nothing to hand off
            last = db.one(f"SELECT handoff FROM handoffs WHERE device_id = {p}",
                          (item["device"],))
            if last is not None and str(json.loads(str(last[0])).get("at", "")) > item["at"]:
                continue  # an older re-issue sent again must not bring back its tokens
            if row[0] != item["token_hash"]:
                db.run(f"INSERT INTO retired_tokens (token_hash, device_id, site_id, retired) "
                       f"VALUES ({db.marks(4)}) ON CONFLICT (token_hash) DO NOTHING",
                       (row[0], item["device"], auth.site_id, _now()))
            db.run(f"UPDATE devices SET token_hash = {p} WHERE id = {p}",
                   (item["token_hash"], item["device"]))
            db.run(f"INSERT INTO handoffs (device_id, site_id, handoff, created) VALUES "
                   f"({db.marks(4)}) ON CONFLICT (device_id) DO UPDATE SET handoff = "
                   "excluded.handoff, created = excluded.created",
                   (item["device"], auth.site_id, json.dumps(item), _now()))
            done += 1
    return done


def handoff_of(storage: Storage, bearer: str) -> Handoff:
    """The newest hand-off of the laptop this retired token belonged to."""
    with storage.read() as db:
        row = db.one(f"SELECT h.handoff FROM retired_tokens r JOIN handoffs h ON "
                     f"h.device_id = r.device_id WHERE r.token_hash = {db.p}",
                     (token_hash(bearer),))
    if row is None:
        raise Refused(401, "token refused")
    return decode(Handoff, json.loads(str(row[0])))


async def reissue(edge: Edge, request: Request) -> ReissueAnswer:
    auth = await edge.device(request)
    items = (await edge.decoded(ReissueRequest, request))["items"]
    await run_in_threadpool(checked, edge.storage, auth, items)
    return {"reissued": await run_in_threadpool(replace, edge.storage, auth, items)}


async def handoff(edge: Edge, request: Request) -> HandoffAnswer:
    """Only with a retired token: the current one has nothing to fetch here."""
    edge.anonymous(request)
    header = request.headers.get("authorization", "")
    bearer = header[7:] if header.lower().startswith("bearer ") else ""
    if not bearer:
        raise Refused(401, "no token", ErrorCode.UNAUTHORIZED)
    return {"handoff": await run_in_threadpool(handoff_of, edge.storage, bearer)}
