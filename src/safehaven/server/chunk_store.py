"""Documents' content on the server: encrypted chunks, kept once per house by the hash of
their bytes. The server cannot read them, nor tell which document or child a chunk
belongs to; it checks that each chunk's bytes hash to its id (so no one can plant other
bytes under an id), counts them towards the house's quota, and erases those a manager says
belong to removed documents.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from safehaven.server.storage import Refused, Storage

MAX_CHUNK = 1024 * 1024  # bytes of one chunk; laptops send 64 KiB ones


def put(storage: Storage, site_id: str, chunks: list[tuple[str, bytes]]) -> int:
    """Keep the chunks this house does not hold yet; returns how many were new. A put that
    would take the house over its quota is refused whole (507)."""
    for cid, data in chunks:
        if len(data) > MAX_CHUNK or hashlib.sha256(data).hexdigest() != cid:
            raise Refused(400, "a chunk whose bytes do not match its id")
    with storage.tx() as db:
        p = db.p
        db.run(f"UPDATE sites SET next_seq = next_seq WHERE id = {p}", (site_id,))  # lock
        wanted = list(dict.fromkeys(cid for cid, _ in chunks))
        held = {str(i) for (i,) in db.by_id("chunks", "id", site_id, wanted)} if wanted \
            else set()
        fresh = {cid: data for cid, data in chunks if cid not in held}
        if not fresh:
            return 0
        size = sum(len(d) for d in fresh.values())
        used = db.one(f"UPDATE sites SET used_bytes = used_bytes + {p} WHERE id = {p} "
                      "RETURNING used_bytes", (size, site_id))
        if used is None:
            raise Refused(403, "unknown house")
        quota = storage.quota_of(db, site_id)
        if quota is not None and int(used[0]) > quota:
            raise Refused(507, "house storage quota reached")
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db.insert("chunks", ("site_id", "id", "data", "size", "received"),
                  [(site_id, cid, data, len(data), now) for cid, data in fresh.items()])
    return len(fresh)


def missing(storage: Storage, site_id: str, ids: list[str]) -> list[str]:
    with storage.read() as db:
        held = {str(i) for (i,) in db.by_id("chunks", "id", site_id, ids)} if ids else set()
    return [cid for cid in dict.fromkeys(ids) if cid not in held]


def get(storage: Storage, site_id: str, ids: list[str], max_bytes: int
        ) -> list[tuple[str, bytes]]:
    """The chunks held of `ids`, in the order asked, up to `max_bytes` (at least one)."""
    with storage.read() as db:
        rows = {str(i): bytes(d) for i, d in db.by_id("chunks", "id, data", site_id, ids)} \
            if ids else {}
    out: list[tuple[str, bytes]] = []
    total = 0
    for cid in dict.fromkeys(ids):
        data = rows.get(cid)
        if data is None:
            continue
        if out and total + len(data) > max_bytes:
            break
        out.append((cid, data))
        total += len(data)
    return out


def forget(storage: Storage, site_id: str, ids: list[str]) -> int:
    """Erase these chunks of the house (its documents were removed); their bytes leave
    its quota."""
    if not ids:
        return 0
    with storage.tx() as db:
        p = db.p
        sizes = db.all(f"SELECT size FROM chunks WHERE site_id = {p} AND id IN "
                       f"({db.marks(len(ids))})", (site_id, *ids))
        gone = db.run(f"DELETE FROM chunks WHERE site_id = {p} AND id IN "
                      f"({db.marks(len(ids))})", (site_id, *ids))
        db.run(f"UPDATE sites SET used_bytes = used_bytes - {p} WHERE id = {p}",
               (sum(int(s) for (s,) in sizes), site_id))
    return gone
