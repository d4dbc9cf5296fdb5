"""The log's writes: a push's change sets numbered under the house's counter row, within
its quota, each id and each run kept once.

Sequence numbers come from a per-site counter row that is updated (and so locked) inside
the pushing transaction. A second push to the same site waits for that lock, so numbers
commit in the order they are handed out: a reader that sees number n has already seen
every number below it. This holds for PostgreSQL too, where a plain sequence would commit
out of order and a `seq > cursor` pull would skip rows forever.
"""

from __future__ import annotations

import threading
from typing import Any

from safehaven.server.connected import Connected
from safehaven.server.db import Tx
from safehaven.server.shapes import DeviceAuth, Item, Refused
from safehaven.server.shapes import now_text as _now
from safehaven.sync.envelope import digest

ANALYZE_AFTER = 10_000  # change sets stored before PostgreSQL's statistics are renewed


class LogWrites(Connected):
    _growth: threading.Lock
    _grown: int
    _analyzed: int

    def push(self, auth: DeviceAuth, items: list[Item]) -> int:
        return self.push_placed(auth, items)[0]

    def push_placed(self, auth: DeviceAuth, items: list[Item]) -> tuple[int, dict[str, Any]]:
        """Store `items` for `auth`'s house; each id is kept once, each run once.

        Usually a device sends its own; when reconciling it also relays other laptops'
        change sets it holds (from a USB bundle, say). Their signatures are checked by the
        laptops that receive them, as always. A push that would take the house over its
        storage quota is refused whole (507), and nothing of it is kept.

        Returns where its change sets went: {"first", "last", "last_id", "count",
        "digest"} (empty when nothing was new). A laptop whose cursor stood just below
        `first` then knows the log up to `last` holds only its own, and the digest after
        them, without asking again.
        """
        with self.tx() as db:
            p = db.p
            # The house's counter row is locked first: a push of the same ids or runs
            # through another server process waits here, then finds them held.
            # With the lock come the house's head, its bytes and its own quota: one statement.
            site = db.one(f"UPDATE sites SET next_seq = next_seq WHERE id = {p} RETURNING "
                          f"next_seq, digest, used_bytes, (SELECT quota_bytes FROM houses "
                          f"WHERE site_id = {p})", (auth.site_id, auth.site_id))
            held, destroyed, kept = _known(db, auth.site_id, [item.id for item in items],
                                           list(dict.fromkeys(item.run for item in items
                                                              if item.run is not None)))
            # destroyed change sets are refused for ever, and so is a run holding one
            # (its ciphertext holds the destroyed child's; its laptop seals the rest anew)
            bad_runs = {item.run for item in items if item.id in destroyed and item.run}
            held |= destroyed | {item.id for item in items if item.run in bad_runs}
            fresh: list[Item] = []
            for item in items:
                if item.id not in held:
                    held.add(item.id)
                    fresh.append(item)
            if not fresh:
                return 0, {}
            runs: dict[bytes, bytes] = {}
            sizes = []  # a run's bytes count once, with its first new change set
            for item in fresh:
                if item.run is None:
                    sizes.append(len(item.envelope))
                elif item.run in kept or item.run in runs:
                    sizes.append(0)  # a run relayed again (some of it new) is kept once
                else:
                    runs[item.run] = item.envelope
                    sizes.append(len(item.envelope))
            if runs:
                db.insert("runs", ("site_id", "hash", "envelope"),
                          [(auth.site_id, h, e) for h, e in runs.items()])
            size = sum(sizes)
            if site is None:
                raise Refused(403, "unknown house")
            quota = int(site[3]) if site[3] is not None else self.default_quota
            used = int(site[2]) + size
            if quota is not None and used > quota:
                raise Refused(507, "house storage quota reached")
            first, top = int(site[0]) + 1, int(site[0]) + len(fresh)
            # The site's digest and each device's highest number are kept up to date here,
            # so a round's two state checks cost nothing however long the log grows.
            site_digest = digest([item.id for item in fresh], str(site[1]))
            db.run(f"UPDATE sites SET next_seq = {p}, used_bytes = {p}, digest = {p} WHERE "
                   f"id = {p}", (top, used, site_digest, auth.site_id))
            per_device: dict[str, tuple[int, int, int]] = {}
            for item, used in zip(fresh, sizes, strict=True):
                seq, count, total = per_device.get(item.device_id, (0, 0, 0))
                per_device[item.device_id] = (max(seq, item.device_seq), count + 1,
                                              total + used)
            db.many("INSERT INTO device_highest (site_id, device_id, seq, stored, bytes) "
                    f"VALUES ({db.marks(5)}) ON CONFLICT (site_id, device_id) DO UPDATE SET "
                    "seq = CASE WHEN excluded.seq > device_highest.seq THEN excluded.seq "
                    "ELSE device_highest.seq END, stored = device_highest.stored + "
                    "excluded.stored, bytes = device_highest.bytes + excluded.bytes",
                    [(auth.site_id, d, *v) for d, v in per_device.items()])
            now = _now()
            db.insert("changesets", ("site_id", "seq", "id", "device_id", "device_seq",
                                     "envelope", "size", "received", "run"),
                      [(auth.site_id, first + n, item.id, item.device_id, item.device_seq,
                        item.envelope if item.run is None else b"", used, now, item.run)
                       for n, (item, used) in enumerate(zip(fresh, sizes, strict=True))])
        self._note_growth(len(fresh))
        return len(fresh), {"first": first, "last": top, "last_id": fresh[-1].id,
                            "count": top, "digest": site_digest}

    def _note_growth(self, stored: int) -> None:
        """Renew PostgreSQL's statistics each time this process has doubled the log.

        PostgreSQL plans the pull's query from them. After a house's first push (a log
        grown from nothing) they described an empty log until autovacuum analysed it, up
        to a minute later: a laptop joining meanwhile read its pages more slowly, beside
        that analysis, and the join ran 5-10 % slower (bench/bench_sync.py). This costs a
        few hundredths of a second, a few times over a house's first push."""
        if self.kind != "postgresql":
            return
        with self._growth:
            self._grown += stored
            if self._grown < max(ANALYZE_AFTER, self._analyzed):
                return
            self._analyzed, self._grown = self._analyzed + self._grown, 0
        with self.tx() as db:
            db.run("ANALYZE changesets, runs")

    def quota_of(self, db: Tx, site_id: str) -> int | None:
        row = db.one(f"SELECT quota_bytes FROM houses WHERE site_id = {db.p}", (site_id,))
        own = row[0] if row else None
        return int(own) if own is not None else self.default_quota


def _known(db: Tx, site_id: str, ids: list[str], runs: list[bytes]
           ) -> tuple[set[str], set[str], set[bytes]]:
    """Of a push's ids and runs, those the house holds already, those destroyed, and the
    runs it holds: one statement for the three (for each 500 ids), this house's only (ids
    are per house). PostgreSQL looks each id up through the (site_id, id) index, whatever
    its statistics say (`Tx.by_id`)."""
    held: set[str] = set()
    destroyed: set[str] = set()
    kept: set[bytes] = set()
    p = db.p
    for start in range(0, max(len(ids), len(runs)), 500):
        chunk, hashes = ids[start:start + 500], runs[start:start + 500]
        if p == "?":
            parts: list[str] = []
            params: list[Any] = []
            for kind, table in ((0, "changesets"), (1, "destroyed")):
                if chunk:
                    parts.append(f"SELECT {kind}, id FROM {table} WHERE site_id = ? AND id "
                                 f"IN ({db.marks(len(chunk))})")
                    params += [site_id, *chunk]
            if hashes:
                parts.append(f"SELECT 2, hash FROM runs WHERE site_id = ? AND hash IN "
                             f"({db.marks(len(hashes))})")
                params += [site_id, *hashes]
            rows = db.all(" UNION ALL ".join(parts), tuple(params))
        else:
            rows = db.all(
                "SELECT 0, c.id FROM unnest(%s::text[]) AS wanted(id) CROSS JOIN LATERAL "
                "(SELECT id FROM changesets t WHERE t.site_id = %s AND t.id = wanted.id "
                "LIMIT 1) c UNION ALL SELECT 1, d.id FROM unnest(%s::text[]) AS wanted(id) "
                "CROSS JOIN LATERAL (SELECT id FROM destroyed t WHERE t.site_id = %s AND "
                "t.id = wanted.id LIMIT 1) d UNION ALL SELECT 2, encode(hash, 'hex') FROM "
                "runs WHERE site_id = %s AND hash = ANY(%s::bytea[])",
                (chunk, site_id, chunk, site_id, site_id, hashes))
        for kind, value in rows:
            if kind == 0:
                held.add(str(value))
            elif kind == 1:
                destroyed.add(str(value))
            else:
                kept.add(bytes.fromhex(value) if isinstance(value, str) else bytes(value))
    return held, destroyed, kept
