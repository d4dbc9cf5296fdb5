"""The server's storage: organisations, devices, and a per-site log of sealed change sets.

It never holds a key or a record: each row is an envelope (ciphertext plus the routing
header) with the sequence number the server gave it, and enrolment packages are sealed
with a secret the server never sees.

Sequence numbers come from a per-site counter row that is updated (and so locked) inside
the pushing transaction. A second push to the same site waits for that lock, so numbers
commit in the order they are handed out: a reader that sees number n has already seen
every number below it. This holds for PostgreSQL too, where a plain sequence would commit
out of order and a `seq > cursor` pull would skip rows forever.

One SQL dialect serves both databases (`?` placeholders, `ON CONFLICT`, `RETURNING`);
only the column types and the way a connection opens differ.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from safehaven.sync.envelope import digest

ENROLMENT_HOURS = 24  # a package nobody fetched is deleted after a day

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL,
    token_hash TEXT, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,
    next_seq {int} NOT NULL DEFAULT 0, digest TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS device_highest (site_id TEXT NOT NULL, device_id TEXT NOT NULL,
    seq {int} NOT NULL, PRIMARY KEY (site_id, device_id));
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, site_id TEXT NOT NULL,
    org_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0,
    seen INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changesets (site_id TEXT NOT NULL, seq {int} NOT NULL,
    id TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL, device_seq {int} NOT NULL,
    envelope {blob} NOT NULL, size INTEGER NOT NULL, received TEXT NOT NULL,
    PRIMARY KEY (site_id, seq));
CREATE INDEX IF NOT EXISTS changesets_device ON changesets (site_id, device_id, device_seq);
CREATE TABLE IF NOT EXISTS enrol_packages (id TEXT PRIMARY KEY, site_id TEXT NOT NULL,
    org_id TEXT NOT NULL, device_id TEXT NOT NULL UNIQUE, package TEXT NOT NULL,
    created_by TEXT NOT NULL, created TEXT NOT NULL, expires TEXT NOT NULL,
    device_token_hash TEXT);
"""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Refused(Exception):
    """A request the server will not carry out; `status` is the HTTP status to answer."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DeviceAuth:
    device_id: str
    site_id: str
    org_id: str


class _Sqlite:
    """One folder, WAL, one writer at a time (BEGIN IMMEDIATE)."""

    types: ClassVar[dict[str, str]] = {"int": "INTEGER", "blob": "BLOB"}
    begin = "BEGIN IMMEDIATE"

    def __init__(self, path: Path) -> None:
        self.path = path

    def connect(self) -> Any:
        # 0600 before SQLite makes it: its journal files then take the same mode
        os.close(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600))
        os.chmod(self.path, 0o600)
        conn = sqlite3.connect(self.path, isolation_level=None, timeout=30,
                               check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    def script(self, conn: Any, sql: str) -> None:
        conn.executescript(sql)

    @staticmethod
    def sql(text: str) -> str:
        return text


class _Postgres:
    """PostgreSQL through psycopg 3; the row lock on `sites` orders concurrent pushes."""

    types: ClassVar[dict[str, str]] = {"int": "BIGINT", "blob": "BYTEA"}
    begin = "BEGIN"

    def __init__(self, url: str) -> None:
        import psycopg  # only servers that use PostgreSQL need it installed

        self.psycopg = psycopg
        self.url = url

    def connect(self) -> Any:
        return self.psycopg.connect(self.url, autocommit=True)

    def script(self, conn: Any, sql: str) -> None:
        with conn.transaction():
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)

    @staticmethod
    def sql(text: str) -> str:
        return text.replace("?", "%s")


class Storage:
    """The server's database; thread-safe (each thread has its own connection)."""

    def __init__(self, where: Path | str) -> None:
        self.where = str(where)
        self.backend: _Sqlite | _Postgres = (
            _Postgres(self.where) if self.where.startswith(("postgresql://", "postgres://"))
            else _Sqlite(Path(where)))
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self.backend.script(self._conn(), _SCHEMA.format(**self.backend.types))
        self._upgrade()
        with self.tx() as db:
            # A new epoch at every start: a server restored from an old copy can never hand
            # out a sequence number a device already passed. Devices then pull again from
            # the start (applying is idempotent) and re-send what the server lacks.
            db.run("INSERT INTO meta (key, value) VALUES ('epoch', ?) ON CONFLICT (key) "
                   "DO UPDATE SET value = excluded.value", (secrets.token_hex(8),))

    def _upgrade(self) -> None:
        """Bring a store made by an earlier version up to this schema (added columns, and
        the running digests and per-device highest numbers computed once from the log)."""
        conn = self._conn()
        for table, column, ddl in (("sites", "digest", "TEXT NOT NULL DEFAULT ''"),
                                   ("devices", "seen", "INTEGER NOT NULL DEFAULT 0")):
            try:
                conn.execute(f"SELECT {column} FROM {table} LIMIT 1").fetchall()
            except Exception:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")
        with self.tx() as db:
            if db.one("SELECT 1 FROM changesets LIMIT 1") and not db.one(
                    "SELECT 1 FROM device_highest LIMIT 1"):
                db.run("INSERT INTO device_highest (site_id, device_id, seq) SELECT site_id, "
                       "device_id, max(device_seq) FROM changesets GROUP BY site_id, device_id")
                for (site_id,) in db.all("SELECT id FROM sites"):
                    ids = [i for (i,) in db.all("SELECT id FROM changesets WHERE site_id = ?",
                                                (site_id,))]
                    db.run("UPDATE sites SET digest = ? WHERE id = ?", (digest(ids), site_id))

    @property
    def is_postgres(self) -> bool:
        return isinstance(self.backend, _Postgres)

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self.backend.connect()
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close(self) -> None:
        """Close every connection (each thread has its own) before the files are touched."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    @contextmanager
    def tx(self) -> Iterator[_Tx]:
        conn = self._conn()
        conn.execute(self.backend.begin)
        try:
            yield _Tx(conn, self.backend.sql)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return list(self._conn().execute(self.backend.sql(sql), params).fetchall())

    # -- organisations and devices ---------------------------------------------------------
    def epoch(self) -> str:
        return str(self._read("SELECT value FROM meta WHERE key = 'epoch'")[0][0])

    def create_org(self, name: str) -> str:
        """A new organisation; returns its one-time token (shown once, stored hashed)."""
        token = "org_" + secrets.token_urlsafe(24)
        with self.tx() as db:
            db.run("INSERT INTO orgs (id, name, token_hash, created) VALUES (?, ?, ?, ?)",
                   (secrets.token_hex(8), name, token_hash(token), _now()))
        return token

    def register(self, org_token: str, site_id: str, device_id: str) -> str:
        """Spend the organisation token to register a house and its first device."""
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            org = db.one("SELECT id FROM orgs WHERE token_hash = ?", (token_hash(org_token),))
            if org is None:
                raise Refused(403, "token refused")
            db.run("UPDATE orgs SET token_hash = NULL WHERE id = ?", (org[0],))
            db.run("INSERT INTO sites (id, org_id) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
                   (site_id, org[0]))
            self._add_device(db, org[0], site_id, device_id, token_hash(token))
        return token

    @staticmethod
    def _add_device(db: _Tx, org_id: str, site_id: str, device_id: str, hashed: str) -> None:
        site = db.one("SELECT org_id FROM sites WHERE id = ?", (site_id,))
        if site is None or site[0] != org_id:
            raise Refused(403, "unknown house")
        if db.one("SELECT 1 FROM devices WHERE id = ?", (device_id,)):
            raise Refused(409, "device already registered")
        db.run("INSERT INTO devices (id, site_id, org_id, token_hash, created) "
               "VALUES (?, ?, ?, ?, ?)", (device_id, site_id, org_id, hashed, _now()))

    def put_enrolment(self, auth: DeviceAuth, enrol_id: str, device_id: str,
                      package: str) -> None:
        """Keep a sealed enrolment package until the new laptop fetches it (or it expires).

        `enrol_id` is the hash of the token half of the code; the secret half, which seals
        the package, never reaches the server.
        """
        expires = (datetime.now(UTC) + timedelta(hours=ENROLMENT_HOURS)).isoformat(
            timespec="seconds")
        with self.tx() as db:
            db.run("DELETE FROM enrol_packages WHERE expires < ? AND device_token_hash IS NULL",
                   (_now(),))
            if db.one("SELECT 1 FROM devices WHERE id = ?", (device_id,)) or db.one(
                    "SELECT 1 FROM enrol_packages WHERE id = ? OR device_id = ?",
                    (enrol_id, device_id)):
                raise Refused(409, "enrolment already exists")
            db.run("INSERT INTO enrol_packages (id, site_id, org_id, device_id, package, "
                   "created_by, created, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (enrol_id, auth.site_id, auth.org_id, device_id, package, auth.device_id,
                    _now(), expires))

    def join(self, enrol_token: str) -> tuple[str, str, str]:
        """Register the laptop the package was made for; returns (device id, package, the
        device's token: random, issued here once, kept only hashed).

        A join whose answer was lost may be repeated while the laptop has not used its
        token: the repeat gets a new token and the first one dies. Once the laptop has
        used its token, the code yields nothing more, and its package is deleted.
        """
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            row = db.one("SELECT site_id, org_id, device_id, package, expires, "
                         "device_token_hash FROM enrol_packages WHERE id = ?",
                         (token_hash(enrol_token),))
            if row is None or row[4] < _now():
                raise Refused(403, "enrolment code refused or expired")
            site_id, org_id, device_id, package, _, used_by = row
            if used_by is not None:
                seen = db.one("SELECT seen, revoked FROM devices WHERE id = ?", (device_id,))
                if seen is None or seen[0] or seen[1] or not package:
                    raise Refused(403, "enrolment code already used")
                db.run("UPDATE devices SET token_hash = ? WHERE id = ?",
                       (token_hash(token), device_id))
            else:
                self._add_device(db, org_id, site_id, device_id, token_hash(token))
            db.run("UPDATE enrol_packages SET device_token_hash = ? WHERE id = ?",
                   (token_hash(token), token_hash(enrol_token)))
        return device_id, package, token

    def authenticate(self, bearer: str | None) -> DeviceAuth:
        if not bearer:
            raise Refused(401, "no token")
        rows = self._read("SELECT id, site_id, org_id, revoked, seen FROM devices WHERE "
                          "token_hash = ?", (token_hash(bearer),))
        if not rows or rows[0][3]:
            raise Refused(401, "token refused")
        if not rows[0][4]:  # its first request: the code that made it is spent for good
            with self.tx() as db:
                db.run("UPDATE devices SET seen = 1 WHERE id = ?", (rows[0][0],))
                db.run("UPDATE enrol_packages SET package = '' WHERE device_id = ?",
                       (rows[0][0],))
        return DeviceAuth(*rows[0][:3])

    def revoke(self, auth: DeviceAuth | None, device_ids: list[str]) -> int:
        """Revoke devices of `auth`'s house (all houses when auth is None: the admin)."""
        done = 0
        with self.tx() as db:
            for device_id in device_ids:
                if auth is None:
                    done += db.run("UPDATE devices SET revoked = 1 WHERE id = ? AND "
                                   "revoked = 0", (device_id,))
                else:
                    done += db.run("UPDATE devices SET revoked = 1 WHERE id = ? AND "
                                   "site_id = ? AND revoked = 0", (device_id, auth.site_id))
                db.run("DELETE FROM enrol_packages WHERE device_id = ? AND "
                       "device_token_hash IS NULL", (device_id,))
        return done

    # -- the log ----------------------------------------------------------------------------
    def push(self, auth: DeviceAuth, items: list[tuple[str, str, int, bytes]]) -> int:
        """Store (id, device, device_seq, envelope) for `auth`'s house; each id is kept once.

        Usually a device sends its own; when reconciling it also relays other laptops'
        change sets it holds (from a USB bundle, say). Their signatures are checked by the
        laptops that receive them, as always.
        """
        stored = 0
        with self.tx() as db:
            ids = [changeset_id for changeset_id, _, _, _ in items]
            held = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                held |= {i for (i,) in db.all(
                    f"SELECT id FROM changesets WHERE id IN ({', '.join('?' * len(chunk))})",
                    tuple(chunk))}
            fresh = []
            for changeset_id, device_id, device_seq, envelope in items:
                if changeset_id not in held:
                    held.add(changeset_id)
                    fresh.append((changeset_id, device_id, device_seq, envelope))
            if not fresh:
                return 0
            top = db.one("UPDATE sites SET next_seq = next_seq + ? WHERE id = ? "
                         "RETURNING next_seq, digest", (len(fresh), auth.site_id))
            if top is None:
                raise Refused(403, "unknown house")
            first = int(top[0]) - len(fresh) + 1
            # The site's digest and each device's highest number are kept up to date here,
            # so a round's two state checks cost nothing however long the log grows.
            db.run("UPDATE sites SET digest = ? WHERE id = ?",
                   (digest([i for i, _, _, _ in fresh], str(top[1])), auth.site_id))
            highest: dict[str, int] = {}
            for _, device_id, device_seq, _ in fresh:
                highest[device_id] = max(device_seq, highest.get(device_id, 0))
            db.many("INSERT INTO device_highest (site_id, device_id, seq) VALUES (?, ?, ?) "
                    "ON CONFLICT (site_id, device_id) DO UPDATE SET seq = CASE WHEN "
                    "excluded.seq > device_highest.seq THEN excluded.seq ELSE "
                    "device_highest.seq END",
                    [(auth.site_id, d, seq) for d, seq in highest.items()])
            now = _now()
            db.many("INSERT INTO changesets (site_id, seq, id, device_id, device_seq, "
                    "envelope, size, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(auth.site_id, first + n, changeset_id, device_id, device_seq,
                      envelope, len(envelope), now)
                     for n, (changeset_id, device_id, device_seq, envelope) in enumerate(fresh)])
            stored = len(fresh)
        return stored

    def pull(self, site_id: str, after: int, limit: int, max_bytes: int,
             skip_device: str | None = None) -> tuple[list[tuple[int, bytes]], bool, int]:
        """Up to `limit` change sets after `after`, in order: (items, more, cursor).

        Those of `skip_device` are passed over (the cursor still moves past them).
        """
        rows = self._read("SELECT seq, device_id = ?, CASE WHEN device_id = ? THEN NULL "
                          "ELSE envelope END FROM changesets WHERE site_id = ? AND seq > ? "
                          "ORDER BY seq LIMIT ?",
                          (skip_device or "", skip_device or "", site_id, after, limit + 1))
        out, size, upto = [], 0, after
        for seq, skipped, envelope in rows[:limit]:
            if not skipped:
                if out and size + len(envelope) > max_bytes:
                    return out, True, upto
                out.append((int(seq), bytes(envelope)))
                size += len(envelope)
            upto = int(seq)
        return out, len(rows) > limit, upto

    def ids(self, site_id: str, after: int, limit: int) -> tuple[list[str], int, bool]:
        """A page of the site's change set ids by sequence: (ids, last seq, more)."""
        rows = self._read("SELECT seq, id FROM changesets WHERE site_id = ? AND seq > ? "
                          "ORDER BY seq LIMIT ?", (site_id, after, limit + 1))
        page = rows[:limit]
        return [str(i) for _, i in page], int(page[-1][0]) if page else after, \
            len(rows) > limit

    def fetch(self, site_id: str, changeset_ids: list[str]) -> list[bytes]:
        """The envelopes of these change sets of the site (those it has)."""
        out: list[bytes] = []
        for start in range(0, len(changeset_ids), 500):
            chunk = changeset_ids[start:start + 500]
            out += [bytes(e) for (e,) in self._read(
                f"SELECT envelope FROM changesets WHERE site_id = ? AND id IN "
                f"({', '.join('?' * len(chunk))})", (site_id, *chunk))]
        return out

    def state(self, site_id: str) -> dict[str, Any]:
        highest = {d: int(s) for d, s in self._read(
            "SELECT device_id, seq FROM device_highest WHERE site_id = ?", (site_id,))}
        site = self._read("SELECT next_seq, digest FROM sites WHERE id = ?", (site_id,))
        count, site_digest = (int(site[0][0]), str(site[0][1])) if site else (0, "")
        return {"epoch": self.epoch(), "highest": highest, "count": count,
                "digest": site_digest or digest([])}


class _Tx:
    """The statements of one transaction, in the shared dialect."""

    def __init__(self, conn: Any, sql: Any) -> None:
        self.conn, self.sql = conn, sql

    def run(self, text: str, params: tuple[Any, ...] = ()) -> int:
        return int(self.conn.execute(self.sql(text), params).rowcount)

    def one(self, text: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        row = self.conn.execute(self.sql(text), params).fetchone()
        return tuple(row) if row is not None else None

    def all(self, text: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(self.sql(text), params).fetchall()]

    def many(self, text: str, rows: list[tuple[Any, ...]]) -> None:
        if isinstance(self.conn, sqlite3.Connection):
            self.conn.executemany(self.sql(text), rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self.sql(text), rows)
