"""The server's storage: houses, devices, and a per-site log of sealed change sets.

It never holds a key or a record: each row is an envelope (ciphertext plus the routing
header) with the sequence number the server gave it, and enrolment packages are sealed
with a secret the server never sees.

Sequence numbers come from a per-site counter row that is updated (and so locked) inside
the pushing transaction. A second push to the same site waits for that lock, so numbers
commit in the order they are handed out: a reader that sees number n has already seen
every number below it. This holds for PostgreSQL too, where a plain sequence would commit
out of order and a `seq > cursor` pull would skip rows forever.

Organisations and houses are managed in `server/admin.py`; the schema is in
`server/migrations.py`.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.server import migrations
from safehaven.server.db import POSTGRES_PREFIXES, Backend, Sqlite, Tx, open_backend
from safehaven.sync.envelope import digest
from safehaven.sync.protocol import ErrorCode, code_for_status
from safehaven.sync.runs import RUN_MAX

ENROLMENT_DAYS = 7  # a package nobody fetched is deleted after this (server setting)
ANALYZE_AFTER = 10_000  # change sets stored before PostgreSQL's statistics are renewed
SEEN_EVERY = timedelta(seconds=60)  # last-seen times are kept to the minute, not per request


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NoStore(SafeHavenError):
    """An admin command found no store where the settings say: only `server init` makes
    one, so a wrong or missing setting never yields a new empty store."""


class Refused(Exception):
    """A request the server will not carry out: `status` is the HTTP status to answer,
    `code` what laptops decide on (by default what the status means), `reason` words for
    people, `extra` fields the answer carries beside them."""

    def __init__(self, status: int, reason: str, code: ErrorCode | None = None,
                 **extra: Any) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.code = code or code_for_status(status)
        self.extra = extra


class Item(NamedTuple):
    """A change set as pushed: `envelope` its own, or (with `run`, the run's hash) the run
    envelope it came in with the others of its run."""

    id: str
    device_id: str
    device_seq: int
    envelope: bytes
    run: bytes | None = None


class Pulled(NamedTuple):
    """A change set of a page: its place in the log, and its envelope or its run's."""

    seq: int
    envelope: bytes
    run: bytes | None = None


def _last_run(rows: list[tuple[Any, ...]], n: int) -> bytes | None:
    """The run of the row before row `n` (a page goes on to that run's end)."""
    run = rows[n - 1][3] if n > 0 else None
    return bytes(run) if run is not None else None


@dataclass(frozen=True, slots=True)
class DeviceAuth:
    device_id: str
    site_id: str
    org_id: str


class Storage:
    """The server's database; thread-safe. `default_quota` (bytes) applies to houses
    without a quota of their own; None means no limit."""

    def __init__(self, where: Path | str, *, pool_size: int = 10,
                 default_quota: int | None = None, new_epoch: bool = False,
                 create: bool = True) -> None:
        self.where = str(where)
        self.default_quota = default_quota
        postgres = self.where.startswith(POSTGRES_PREFIXES)
        if not create and not postgres and not Path(where).is_file():
            raise NoStore(tr("There is no server store at {path}: set one up with "
                             "`safehaven server init` (or check SAFEHAVEN_DATA).", path=where))
        self.backend: Backend = open_backend(where, pool_size)
        self._growth = threading.Lock()
        self._grown, self._analyzed = 0, 0  # change sets stored since, and at, the last
        try:
            if not create:
                with self.read() as db:
                    if "orgs" not in self.backend.tables(db):
                        raise NoStore(tr(
                            "The PostgreSQL database holds no server store: set one up "
                            "with `safehaven server init` (or check SAFEHAVEN_DB_URL)."))
            migrations.migrate(self.backend)
            with self.tx() as db:
                # The epoch is made once, with the store, and renewed only by a restore:
                # restarts cost the laptops nothing. Each laptop also checks, every round,
                # that the server still holds the change sets at the positions it pulled
                # (`ids_at`), so a copy put back by other means is noticed too.
                keep = "DO NOTHING" if not new_epoch else "DO UPDATE SET value = excluded.value"
                db.run(f"INSERT INTO meta (key, value) VALUES ('epoch', {db.p}) ON CONFLICT "
                       f"(key) {keep}", (secrets.token_hex(8),))
        except BaseException:
            self.backend.close()
            raise

    @property
    def kind(self) -> str:
        return self.backend.name

    def tx(self) -> AbstractContextManager[Tx]:
        """One transaction (BEGIN IMMEDIATE on SQLite), committed unless it raises."""
        return self.backend.tx()

    def read(self) -> AbstractContextManager[Tx]:
        """Reads outside a transaction."""
        return self.backend.read()

    def held(self) -> AbstractContextManager[None]:
        """One connection for all this thread's reads and writes inside (a request's)."""
        return self.backend.held()

    @property
    def reads_inline(self) -> bool:
        """Whether a request's reads are cheaper on the event loop than on a worker
        thread: SQLite's, from the page cache in microseconds (a hop to a thread and back
        cost more than the reads: bench/bench_server_load.py); PostgreSQL's wait on the
        network, on worker threads."""
        return isinstance(self.backend, Sqlite)

    def reads_only(self) -> AbstractContextManager[None]:
        """SQLite reads on this thread (the event loop); `WriteNeeded` if a write comes."""
        assert isinstance(self.backend, Sqlite)
        return self.backend.reads_only()

    def close(self) -> None:
        """Close every connection (the pool, or each thread's SQLite connection)."""
        self.backend.close()

    # -- houses and devices -----------------------------------------------------------------
    def epoch(self) -> str:
        with self.read() as db:
            row = db.one("SELECT value FROM meta WHERE key = 'epoch'")
        if row is None:
            raise RuntimeError("the store has no epoch")  # migrations always make one
        return str(row[0])

    def register(self, house_token: str, site_id: str, device_id: str,
                 public_key: str | None = None, manager_key: str | None = None) -> str:
        """Spend a house's one-time token: the laptop's house (site) and the laptop itself
        are registered; returns the laptop's device token."""
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            p = db.p
            house = db.one(f"SELECT id, org_id FROM houses WHERE token_hash = {p}",
                           (token_hash(house_token),))
            if house is None:
                raise Refused(403, "token refused")
            if db.one(f"SELECT 1 FROM sites WHERE id = {p}", (site_id,)):
                raise Refused(409, "house already registered")
            db.run(f"UPDATE houses SET token_hash = NULL, site_id = {p}, registered = {p} "
                   f"WHERE id = {p}", (site_id, _now(), house[0]))
            db.run(f"INSERT INTO sites (id, org_id) VALUES ({p}, {p})", (site_id, house[1]))
            self._add_device(db, house[1], site_id, device_id, token_hash(token), public_key)
            if manager_key:  # the manager who connects the house: the first manager key
                db.run(f"INSERT INTO manager_keys (site_id, public_key, added) VALUES "
                       f"({db.marks(3)})", (site_id, manager_key, _now()))
        return token

    @staticmethod
    def _add_device(db: Tx, org_id: str, site_id: str, device_id: str, hashed: str,
                    public_key: str | None = None) -> None:
        p = db.p
        site = db.one(f"SELECT org_id FROM sites WHERE id = {p}", (site_id,))
        if site is None or site[0] != org_id:
            raise Refused(403, "unknown house")
        if db.one(f"SELECT 1 FROM devices WHERE id = {p}", (device_id,)):
            raise Refused(409, "device already registered")
        db.run(f"INSERT INTO devices (id, site_id, org_id, token_hash, created, public_key) "
               f"VALUES ({db.marks(6)})", (device_id, site_id, org_id, hashed, _now(),
                                           public_key))

    def put_enrolment(self, auth: DeviceAuth, enrol_id: str, device_id: str,
                      package: str, public_key: str | None = None,
                      lifetime: timedelta = timedelta(days=ENROLMENT_DAYS)) -> str:
        """Keep a sealed enrolment package until the new laptop fetches it (or it expires,
        after `lifetime`); returns when it expires (ISO 8601, UTC), what the manager is told.

        `enrol_id` is the hash of the token half of the code; the secret half, which seals
        the package, never reaches the server.
        """
        expires = (datetime.now(UTC) + lifetime).isoformat(timespec="seconds")
        with self.tx() as db:
            p = db.p
            db.run(f"DELETE FROM enrol_packages WHERE expires < {p} AND device_token_hash "
                   "IS NULL", (_now(),))
            if db.one(f"SELECT 1 FROM devices WHERE id = {p}", (device_id,)) or db.one(
                    f"SELECT 1 FROM enrol_packages WHERE id = {p} OR device_id = {p}",
                    (enrol_id, device_id)):
                raise Refused(409, "enrolment already exists")
            db.run("INSERT INTO enrol_packages (id, site_id, org_id, device_id, package, "
                   f"created_by, created, expires, public_key) VALUES ({db.marks(9)})",
                   (enrol_id, auth.site_id, auth.org_id, device_id, package, auth.device_id,
                    _now(), expires, public_key))
        return expires

    def join(self, enrol_token: str) -> tuple[str, str, str]:
        """Register the laptop the package was made for; returns (device id, package, the
        device's token: random, issued here once, kept only hashed).

        A join whose answer was lost may be repeated while the laptop has not used its
        token: the repeat gets a new token and the first one dies. Once the laptop has
        used its token, the code yields nothing more, and its package is deleted.
        """
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            p = db.p
            row = db.one("SELECT site_id, org_id, device_id, package, expires, "
                         f"device_token_hash, public_key FROM enrol_packages WHERE id = {p}",
                         (token_hash(enrol_token),))
            if row is None or row[4] < _now():
                raise Refused(403, "enrolment code refused or expired", ErrorCode.CODE_REFUSED)
            site_id, org_id, device_id, package, _, used_by, public_key = row
            if used_by is not None:
                seen = db.one(f"SELECT seen, revoked FROM devices WHERE id = {p}",
                              (device_id,))
                if seen is None or seen[0] or seen[1] or not package:
                    raise Refused(403, "enrolment code already used", ErrorCode.CODE_REFUSED)
                db.run(f"UPDATE devices SET token_hash = {p} WHERE id = {p}",
                       (token_hash(token), device_id))
            else:
                self._add_device(db, org_id, site_id, device_id, token_hash(token),
                                 public_key)
            db.run(f"UPDATE enrol_packages SET device_token_hash = {p} WHERE id = {p}",
                   (token_hash(token), token_hash(enrol_token)))
        return device_id, package, token

    def manager_keys(self, site_id: str) -> set[str]:
        with self.read() as db:
            return {k for (k,) in db.all(f"SELECT public_key FROM manager_keys WHERE "
                                         f"site_id = {db.p}", (site_id,))}

    def set_manager_keys(self, site_id: str, keys: list[str]) -> None:
        """The house's managers as a manager it already trusted says (or the first one)."""
        with self.tx() as db:
            db.run(f"DELETE FROM manager_keys WHERE site_id = {db.p}", (site_id,))
            for key in sorted(set(keys)):
                db.run(f"INSERT INTO manager_keys (site_id, public_key, added) VALUES "
                       f"({db.marks(3)})", (site_id, key, _now()))

    def device_keys(self, site_id: str, device_ids: set[str]) -> dict[str, str | None]:
        """device id -> public signing key (None: registered before keys), for the laptops
        of this house registered here."""
        ids = sorted(device_ids)
        with self.read() as db:
            return {d: k for d, k in db.all(
                f"SELECT id, public_key FROM devices WHERE site_id = {db.p} AND "
                f"id IN ({db.marks(len(ids))})", (site_id, *ids))} if ids else {}

    def learn_key(self, auth: DeviceAuth, public_key: str) -> None:
        """A laptop registered before keys gives its own (only its own token can)."""
        with self.tx() as db:
            db.run(f"UPDATE devices SET public_key = {db.p} WHERE id = {db.p} AND "
                   "public_key IS NULL", (public_key, auth.device_id))

    def authenticate(self, bearer: str | None, app_version: str | None = None,
                     name: str | None = None) -> DeviceAuth:
        """The device the token names; its last-seen time is kept to the minute, and the
        app version (checked by the caller) and the name it sent whenever they change."""
        if not bearer:
            raise Refused(401, "no token")
        with self.read() as db:
            row = db.one(f"SELECT id, site_id, org_id, revoked, seen, last_seen, app_version, "
                         f"name FROM devices WHERE token_hash = {db.p}", (token_hash(bearer),))
        if row is None and self.retired(bearer) is not None:
            raise Refused(401, "token re-issued", ErrorCode.TOKEN_REISSUED)
        if row is None or row[3]:
            raise Refused(401, "token refused")
        now = datetime.now(UTC)
        if not row[4] or row[5] is None or (app_version and app_version != row[6]) or \
                (name and name != row[7]) or datetime.fromisoformat(row[5]) + SEEN_EVERY < now:
            with self.tx() as db:
                p = db.p
                db.run(f"UPDATE devices SET seen = 1, last_seen = {p}, app_version = "
                       f"coalesce({p}, app_version), name = coalesce({p}, name) WHERE id = {p}",
                       (now.isoformat(timespec="seconds"), app_version, name, row[0]))
                if not row[4]:  # its first request: the code that made it is spent for good
                    db.run(f"UPDATE enrol_packages SET package = '' WHERE device_id = {p}",
                           (row[0],))
        return DeviceAuth(*row[:3])

    def retired(self, bearer: str) -> tuple[str, str] | None:
        """(device id, site id) of a token a manager re-issued (server/reissue.py)."""
        with self.read() as db:
            row = db.one(f"SELECT device_id, site_id FROM retired_tokens WHERE token_hash = "
                         f"{db.p}", (token_hash(bearer),))
        return (str(row[0]), str(row[1])) if row else None

    def revoke(self, auth: DeviceAuth | None, device_ids: list[str]) -> int:
        """Revoke devices of `auth`'s house (all houses when auth is None: the admin)."""
        done = 0
        with self.tx() as db:
            p = db.p
            for device_id in device_ids:
                if auth is None:
                    done += db.run(f"UPDATE devices SET revoked = 1 WHERE id = {p} AND "
                                   "revoked = 0", (device_id,))
                else:
                    done += db.run(f"UPDATE devices SET revoked = 1 WHERE id = {p} AND "
                                   f"site_id = {p} AND revoked = 0", (device_id, auth.site_id))
                db.run(f"DELETE FROM enrol_packages WHERE device_id = {p} AND "
                       "device_token_hash IS NULL", (device_id,))
        return done

    # -- the log ----------------------------------------------------------------------------
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
            ids = [item.id for item in items]
            held = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                held |= {i for (i,) in db.by_id(  # this house's only: ids are per house
                    "changesets", "id", auth.site_id, chunk)}
            # destroyed change sets are refused for ever, and so is a run holding one
            # (its ciphertext holds the destroyed child's; its laptop seals the rest anew)
            destroyed = {i for start in range(0, len(ids), 500) for (i,) in db.by_id(
                "destroyed", "id", auth.site_id, ids[start:start + 500])}
            bad_runs = {item.run for item in items if item.id in destroyed and item.run}
            held |= destroyed | {item.id for item in items if item.run in bad_runs}
            fresh: list[Item] = []
            for item in items:
                if item.id not in held:
                    held.add(item.id)
                    fresh.append(item)
            if not fresh:
                return 0, {}
            wanted = list(dict.fromkeys(item.run for item in fresh if item.run is not None))
            kept = {bytes(h) for (h,) in db.all(
                f"SELECT hash FROM runs WHERE site_id = {p} AND hash IN "
                f"({db.marks(len(wanted))})", (auth.site_id, *wanted))} if wanted else set()
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

    def pull(self, site_id: str, after: int, limit: int, max_bytes: int,
             skip_device: str | None = None) -> tuple[list[Pulled], bool, int]:
        """Up to `limit` change sets after `after`, in order: (items, more, cursor).

        Those of `skip_device` are passed over (the cursor still moves past them). A page
        that reaches `limit` in the middle of a run goes on to the run's end (at most
        `RUN_MAX` more), so the run is sent once rather than again with the next page.
        """
        with self.read() as db:
            p = db.p
            rows = db.all(f"SELECT seq, device_id = {p}, CASE WHEN device_id = {p} THEN NULL "
                          f"ELSE envelope END, run FROM changesets WHERE site_id = {p} AND "
                          f"seq > {p} ORDER BY seq LIMIT {p}",
                          (skip_device or "", skip_device or "", site_id, after,
                           limit + RUN_MAX + 1))
            wanted = list({bytes(r) for _, skipped, _, r in rows if r is not None
                           and not skipped})
            runs: dict[bytes, bytes] = {}
            for start in range(0, len(wanted), 500):
                chunk = wanted[start:start + 500]
                runs.update((bytes(h), bytes(e)) for h, e in db.all(
                    f"SELECT hash, envelope FROM runs WHERE site_id = {p} AND hash IN "
                    f"({db.marks(len(chunk))})", (site_id, *chunk)))
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
