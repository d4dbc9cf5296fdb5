"""Documents' content on the server: encrypted chunks, kept once per house by the hash of
their bytes. The server cannot read them, nor tell which document or child a chunk
belongs to; it checks that each chunk's bytes hash to its id (so no one can plant other
bytes under an id) and counts them towards the house's quota.

Chunks a manager's signed forget says belong to removed documents are marked, not erased
at once: they are kept for the server's retention period (`chunk_retention_days`; a
laptop restored from a backup, or a late USB bundle, may still name them) and then
collected by `collect`, which runs after each forget and from `safehaven server collect`.
A chunk sent again while marked (the same file added once more) is unmarked.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

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
        if held:  # referenced again: no longer due for collection
            db.run(f"UPDATE chunks SET forgotten = NULL WHERE site_id = {p} AND forgotten "
                   f"IS NOT NULL AND id IN ({db.marks(len(held))})", (site_id, *sorted(held)))
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


def forget(storage: Storage, site_id: str, ids: list[str], now: datetime | None = None
           ) -> int:
    """Mark these chunks of the house unreferenced (its documents were removed): they are
    collected once the retention period has passed. Returns how many were marked."""
    if not ids:
        return 0
    when = _stamp(now)
    with storage.tx() as db:
        p = db.p
        return db.run(f"UPDATE chunks SET forgotten = {p} WHERE site_id = {p} AND forgotten "
                      f"IS NULL AND id IN ({db.marks(len(ids))})", (when, site_id, *ids))


def collect(storage: Storage, retention: timedelta, now: datetime | None = None) -> int:
    """Erase the chunks marked unreferenced longer than `retention` ago, in every house;
    their bytes leave each house's quota. Returns how many went."""
    before = _stamp((now or datetime.now(UTC)) - retention)
    with storage.tx() as db:
        p = db.p
        due = db.all(f"SELECT site_id, sum(size) FROM chunks WHERE forgotten IS NOT NULL "
                     f"AND forgotten <= {p} GROUP BY site_id", (before,))
        if not due:
            return 0
        gone = db.run(f"DELETE FROM chunks WHERE forgotten IS NOT NULL AND forgotten <= {p}",
                      (before,))
        for site_id, size in due:
            db.run(f"UPDATE sites SET used_bytes = used_bytes - {p} WHERE id = {p}",
                   (int(size), site_id))
    return gone


def _stamp(when: datetime | None) -> str:
    return (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
