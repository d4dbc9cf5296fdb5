"""Destroyed change sets leave the server (issue 30, item 5).

The server cannot tell whose a change set is: a manager's laptop, which can, sends the
ids of a destroyed child's change sets under a manager's signature. They leave the log,
and so does every run that carried one (a run is one ciphertext: the child's cannot be
cut out of it without the sending laptop's key), with its other members; those laptops
send them again, sealed anew, when their next round finds the digests differ. The ids
are kept, and refused for ever (`Storage.push_placed`): a laptop restored from an older
backup, or one that was away, cannot bring them back.
"""

from __future__ import annotations

from typing import Any

from safehaven.server.db import Tx
from safehaven.server.shapes import now_text as _now
from safehaven.server.storage import Refused, Storage
from safehaven.sync.envelope import digest


def destroy(storage: Storage, site_id: str, ids: list[str]) -> tuple[int, int]:
    """Drop destroyed change sets from the house's log, and the runs that carried them
    with their other members (their laptops send those again, sealed anew: the
    digest now differs, and their rounds reconcile); refuse the destroyed ones for
    ever. Returns (destroyed ones held, others dropped with their runs)."""
    with storage.tx() as db:
        p = db.p
        site = db.one(f"UPDATE sites SET next_seq = next_seq WHERE id = {p} RETURNING "
                      "digest", (site_id,))
        if site is None:
            raise Refused(403, "unknown house")
        known = {i for start in range(0, len(ids), 500) for (i,) in db.by_id(
            "destroyed", "id", site_id, ids[start:start + 500])}
        now = _now()
        db.many(f"INSERT INTO destroyed (site_id, id, at) VALUES ({db.marks(3)})",
                [(site_id, i, now) for i in dict.fromkeys(ids) if i not in known])
        found = [row for start in range(0, len(ids), 500) for row in db.by_id(
            "changesets", "id, run", site_id, ids[start:start + 500])]
        runs = list({bytes(r) for _, r in found if r is not None})
        rows: dict[str, tuple[str, int]] = {}
        for i, device, size, _ in found_rows(db, site_id, [i for i, _ in found], runs):
            rows[str(i)] = (str(device), int(size))
        if not rows:
            return 0, 0
        for start in range(0, len(rows), 500):
            chunk = list(rows)[start:start + 500]
            db.run(f"DELETE FROM changesets WHERE site_id = {p} AND id IN "
                   f"({db.marks(len(chunk))})", (site_id, *chunk))
        for start in range(0, len(runs), 500):
            hashes = runs[start:start + 500]
            db.run(f"DELETE FROM runs WHERE site_id = {p} AND hash IN "
                   f"({db.marks(len(hashes))})", (site_id, *hashes))
        freed = sum(size for _, size in rows.values())
        db.run(f"UPDATE sites SET digest = {p}, used_bytes = used_bytes - {p} WHERE id = "
               f"{p}", (digest(list(rows), str(site[0])), freed, site_id))
        per_device: dict[str, tuple[int, int]] = {}
        for device, size in rows.values():
            count, total = per_device.get(device, (0, 0))
            per_device[device] = (count + 1, total + size)
        db.many(f"UPDATE device_highest SET stored = stored - {p}, bytes = bytes - {p} "
                f"WHERE site_id = {p} AND device_id = {p}",
                [(c, b, site_id, d) for d, (c, b) in per_device.items()])
    dropped = len(found)
    return dropped, len(rows) - dropped


def found_rows(db: Tx, site_id: str, ids: list[str], runs: list[bytes]
               ) -> list[tuple[Any, ...]]:
    """(id, device, size, run) of these change sets and of every member of these runs."""
    out: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        out.update((str(r[0]), r) for r in db.all(
            f"SELECT id, device_id, size, run FROM changesets WHERE site_id = {db.p} AND id "
            f"IN ({db.marks(len(chunk))})", (site_id, *chunk)))
    for start in range(0, len(runs), 500):
        hashes = runs[start:start + 500]
        out.update((str(r[0]), r) for r in db.all(
            f"SELECT id, device_id, size, run FROM changesets WHERE site_id = {db.p} AND run "
            f"IN ({db.marks(len(hashes))})", (site_id, *hashes)))
    return list(out.values())
