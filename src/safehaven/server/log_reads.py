"""The log's reads: pages of a house's change sets (a run sent once), the ids at
positions, pages of ids and envelopes by id (to reconcile), and the house's head and
state."""

from __future__ import annotations

from typing import Any

from safehaven.server.connected import Connected
from safehaven.server.db import Tx
from safehaven.server.shapes import Page, Pulled
from safehaven.sync.envelope import digest
from safehaven.sync.runs import RUN_MAX


def _last_run(rows: list[tuple[Any, ...]], n: int) -> bytes | None:
    """The run of the row before row `n` (a page goes on to that run's end)."""
    run = rows[n - 1][3] if n > 0 else None
    return bytes(run) if run is not None else None


def _rows(db: Tx, site_id: str, after: int, limit: int, skip_device: str | None
          ) -> tuple[list[tuple[Any, ...]], dict[bytes, bytes]]:
    """A page's rows (up to a run's end past `limit`) and the envelopes of their runs."""
    p = db.p
    rows = db.all(f"SELECT seq, device_id = {p}, CASE WHEN device_id = {p} THEN NULL "
                  f"ELSE envelope END, run FROM changesets WHERE site_id = {p} AND "
                  f"seq > {p} ORDER BY seq LIMIT {p}",
                  (skip_device or "", skip_device or "", site_id, after,
                   limit + RUN_MAX + 1))
    wanted = list({bytes(r) for _, skipped, _, r in rows if r is not None and not skipped})
    runs: dict[bytes, bytes] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        runs.update((bytes(h), bytes(e)) for h, e in db.all(
            f"SELECT hash, envelope FROM runs WHERE site_id = {p} AND hash IN "
            f"({db.marks(len(chunk))})", (site_id, *chunk)))
    return rows, runs


def _paged(rows: list[tuple[Any, ...]], runs: dict[bytes, bytes], after: int, limit: int,
           max_bytes: int) -> tuple[list[Pulled], bool, int]:
    """The page the rows make within `limit` and `max_bytes`: (items, more, cursor)."""
    out: list[Pulled] = []
    size, upto, sent = 0, after, set()
    for n, (seq, skipped, envelope, run) in enumerate(rows):
        run = bytes(run) if run is not None else None
        if n >= limit and (run is None or run != _last_run(rows, n)):
            return out, True, upto
        if not skipped:
            body = bytes(envelope) if run is None else runs.get(run, b"")
            cost = 0 if run is not None and run in sent else len(body)  # a run once
            if out and size + cost > max_bytes:
                return out, True, upto
            out.append(Pulled(int(seq), body, run))
            size += cost
            if run is not None:
                sent.add(run)
        upto = int(seq)
    return out, len(rows) > limit + RUN_MAX, upto


class LogReads(Connected):
    def pull(self, site_id: str, after: int, limit: int, max_bytes: int,
             skip_device: str | None = None) -> tuple[list[Pulled], bool, int]:
        """Up to `limit` change sets after `after`, in order: (items, more, cursor).

        Those of `skip_device` are passed over (the cursor still moves past them). A page
        that reaches `limit` in the middle of a run goes on to the run's end (at most
        `RUN_MAX` more), so the run is sent once rather than again with the next page.
        """
        with self.read() as db:
            rows, runs = _rows(db, site_id, after, limit, skip_device)
        return _paged(rows, runs, after, limit, max_bytes)

    def page(self, site_id: str, after: int, limit: int, max_bytes: int,
             skip_device: str | None = None) -> Page:
        """`pull`'s page with what its answer carries beside it, read after the page in
        one statement: the store's epoch, the id at the cursor (a laptop's check that
        the server still holds it) and the house's head. Three statements a page were
        one each (on PostgreSQL, a wait on the database each)."""
        with self.read() as db:
            rows, runs = _rows(db, site_id, after, limit, skip_device)
            items, more, upto = _paged(rows, runs, after, limit, max_bytes)
            p = db.p
            epoch, count, site_digest, cursor_id = db.one(
                f"SELECT (SELECT value FROM meta WHERE key = 'epoch'), (SELECT next_seq FROM "
                f"sites WHERE id = {p}), (SELECT digest FROM sites WHERE id = {p}), (SELECT "
                f"id FROM changesets WHERE site_id = {p} AND seq = {p})",
                (site_id, site_id, site_id, upto)) or (None, None, None, None)
        if epoch is None:
            raise RuntimeError("the store has no epoch")  # migrations always make one
        return Page(items, more, upto, str(cursor_id) if cursor_id is not None else None,
                    str(epoch), int(count or 0), str(site_digest or "") or digest([]))

    def ids_at(self, site_id: str, seqs: list[int]) -> dict[int, str]:
        """The change set ids at these positions of the house's log (a laptop checks that
        the server still holds what it pulled: a server restored from an older copy, or
        one that lost its disk, does not)."""
        if not seqs:
            return {}
        with self.read() as db:
            return {int(q): str(i) for q, i in db.all(
                f"SELECT seq, id FROM changesets WHERE site_id = {db.p} AND seq IN "
                f"({db.marks(len(seqs))})", (site_id, *seqs))}

    def ids(self, site_id: str, after: int, limit: int) -> tuple[list[str], int, bool]:
        """A page of the site's change set ids by sequence: (ids, last seq, more)."""
        with self.read() as db:
            p = db.p
            rows = db.all(f"SELECT seq, id FROM changesets WHERE site_id = {p} AND seq > {p} "
                          f"ORDER BY seq LIMIT {p}", (site_id, after, limit + 1))
        page = rows[:limit]
        return [str(i) for _, i in page], int(page[-1][0]) if page else after, \
            len(rows) > limit

    def fetch(self, site_id: str, changeset_ids: list[str]) -> list[bytes]:
        """The envelopes of these change sets of the site (those it has; a run once)."""
        out: list[bytes] = []
        runs: list[bytes] = []
        with self.read() as db:
            for start in range(0, len(changeset_ids), 500):
                chunk = changeset_ids[start:start + 500]
                for envelope, run in db.by_id("changesets", "envelope, run", site_id, chunk):
                    if run is None:
                        out.append(bytes(envelope))
                    elif bytes(run) not in runs:
                        runs.append(bytes(run))
            for start in range(0, len(runs), 500):
                hashes = runs[start:start + 500]
                out += [bytes(e) for (e,) in db.all(
                    f"SELECT envelope FROM runs WHERE site_id = {db.p} AND hash IN "
                    f"({db.marks(len(hashes))})", (site_id, *hashes))]
        return out

    def head(self, site_id: str) -> tuple[int, str]:
        """The house's last log position and digest, read together."""
        with self.read() as db:
            site = db.one(f"SELECT next_seq, digest FROM sites WHERE id = {db.p}", (site_id,))
        return (int(site[0]), str(site[1]) or digest([])) if site else (0, digest([]))

    def state(self, site_id: str) -> dict[str, Any]:
        with self.read() as db:
            p = db.p
            # the laptops registered here only: change sets a token stored for made-up
            # laptops (junk) must not make every round's answer grow with them
            highest = {d: int(s) for d, s in db.all(
                f"SELECT h.device_id, h.seq FROM device_highest h JOIN devices d ON "
                f"d.id = h.device_id AND d.site_id = h.site_id WHERE h.site_id = {p}",
                (site_id,))}
            # the epoch with the house's head: one statement
            epoch, count, site_digest = db.one(
                f"SELECT (SELECT value FROM meta WHERE key = 'epoch'), (SELECT next_seq FROM "
                f"sites WHERE id = {p}), (SELECT digest FROM sites WHERE id = {p})",
                (site_id, site_id)) or (None, None, None)
        if epoch is None:
            raise RuntimeError("the store has no epoch")  # migrations always make one
        return {"epoch": str(epoch), "highest": highest, "count": int(count or 0),
                "digest": str(site_digest or "") or digest([])}
