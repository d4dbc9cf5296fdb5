"""The server's storage: organisations, devices, and a per-site log of sealed change sets.

It never holds a key or a record: each row is an envelope (ciphertext plus the routing
header) with the sequence number the server gave it. Sequence numbers come from a per-site
counter row that is locked for the whole transaction, so a lower number can never commit
after a higher one has been handed to a reader.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehaven.sync.envelope import digest

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL,
    token_hash TEXT, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (id TEXT PRIMARY KEY, org_id TEXT NOT NULL,
    next_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS devices (id TEXT PRIMARY KEY, site_id TEXT NOT NULL,
    org_id TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, revoked INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS changesets (site_id TEXT NOT NULL, seq INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE, device_id TEXT NOT NULL, device_seq INTEGER NOT NULL,
    envelope BLOB NOT NULL, size INTEGER NOT NULL, received TEXT NOT NULL,
    PRIMARY KEY (site_id, seq));
CREATE INDEX IF NOT EXISTS changesets_device ON changesets (site_id, device_id, device_seq);
CREATE TABLE IF NOT EXISTS enrolments (token_hash TEXT PRIMARY KEY, site_id TEXT NOT NULL,
    org_id TEXT NOT NULL, created_by TEXT NOT NULL, created TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0);
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


class Storage:
    """SQLite in one folder (WAL, one writer at a time). Thread-safe for the ASGI server."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._conn().executescript(SCHEMA)
        with self.tx() as db:
            # A new epoch at every start: a server restored from an old copy can never hand
            # out a sequence number a device already passed. Devices then pull again from
            # the start (applying is idempotent) and re-send what the server lacks.
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('epoch', ?)",
                       (secrets.token_hex(8),))

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30,
                                   check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
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
    def tx(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- organisations and devices ---------------------------------------------------------
    def epoch(self) -> str:
        return str(self._conn().execute("SELECT value FROM meta WHERE key = 'epoch'")
                   .fetchone()[0])

    def create_org(self, name: str) -> str:
        """A new organisation; returns its one-time token (shown once, stored hashed)."""
        token = "org_" + secrets.token_urlsafe(24)
        with self.tx() as db:
            db.execute("INSERT INTO orgs (id, name, token_hash, created) VALUES (?, ?, ?, ?)",
                       (secrets.token_hex(8), name, token_hash(token), _now()))
        return token

    def register(self, org_token: str, site_id: str, device_id: str) -> str:
        """Spend the organisation token to register a house and its first device."""
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            org = db.execute("SELECT id FROM orgs WHERE token_hash = ?",
                             (token_hash(org_token),)).fetchone()
            if org is None:
                raise Refused(403, "token refused")
            db.execute("UPDATE orgs SET token_hash = NULL WHERE id = ?", (org[0],))
            db.execute("INSERT OR IGNORE INTO sites (id, org_id) VALUES (?, ?)",
                       (site_id, org[0]))
            self._add_device(db, org[0], site_id, device_id, token)
        return token

    def _add_device(self, db: sqlite3.Connection, org_id: str, site_id: str, device_id: str,
                    token: str) -> None:
        site = db.execute("SELECT org_id FROM sites WHERE id = ?", (site_id,)).fetchone()
        if site is None or site[0] != org_id:
            raise Refused(403, "unknown house")
        if db.execute("SELECT 1 FROM devices WHERE id = ?", (device_id,)).fetchone():
            raise Refused(409, "device already registered")
        db.execute("INSERT INTO devices (id, site_id, org_id, token_hash, created) "
                   "VALUES (?, ?, ?, ?, ?)", (device_id, site_id, org_id, token_hash(token),
                                              _now()))

    def create_enrolment(self, auth: DeviceAuth) -> str:
        """A one-time token for another laptop of the same house (from an enrolled device)."""
        token = "enr_" + secrets.token_urlsafe(24)
        with self.tx() as db:
            db.execute("INSERT INTO enrolments (token_hash, site_id, org_id, created_by, "
                       "created) VALUES (?, ?, ?, ?, ?)", (token_hash(token), auth.site_id,
                                                          auth.org_id, auth.device_id, _now()))
        return token

    def join(self, enrol_token: str, device_id: str) -> str:
        token = "dev_" + secrets.token_urlsafe(32)
        with self.tx() as db:
            row = db.execute("SELECT site_id, org_id, used FROM enrolments WHERE "
                             "token_hash = ?", (token_hash(enrol_token),)).fetchone()
            if row is None or row[2]:
                raise Refused(403, "enrolment token refused")
            db.execute("UPDATE enrolments SET used = 1 WHERE token_hash = ?",
                       (token_hash(enrol_token),))
            self._add_device(db, row[1], row[0], device_id, token)
        return token

    def authenticate(self, bearer: str | None) -> DeviceAuth:
        if not bearer:
            raise Refused(401, "no token")
        row = self._conn().execute(
            "SELECT id, site_id, org_id, revoked FROM devices WHERE token_hash = ?",
            (token_hash(bearer),)).fetchone()
        if row is None or row[3]:
            raise Refused(401, "token refused")
        return DeviceAuth(row[0], row[1], row[2])

    def revoke(self, device_id: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE devices SET revoked = 1 WHERE id = ?", (device_id,))

    # -- the log ----------------------------------------------------------------------------
    def push(self, auth: DeviceAuth, items: list[tuple[str, int, bytes]]) -> int:
        """Store (id, device_seq, envelope) sent by `auth`'s device; each id is kept once."""
        stored = 0
        with self.tx() as db:
            for changeset_id, device_seq, envelope in items:
                if db.execute("SELECT 1 FROM changesets WHERE id = ?",
                              (changeset_id,)).fetchone():
                    continue
                seq = db.execute("UPDATE sites SET next_seq = next_seq + 1 WHERE id = ? "
                                 "RETURNING next_seq", (auth.site_id,)).fetchone()[0]
                db.execute("INSERT INTO changesets (site_id, seq, id, device_id, device_seq, "
                           "envelope, size, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (auth.site_id, seq, changeset_id, auth.device_id, device_seq,
                            envelope, len(envelope), _now()))
                stored += 1
        return stored

    def pull(self, site_id: str, after: int, limit: int, max_bytes: int
             ) -> tuple[list[tuple[int, bytes]], bool]:
        rows = self._conn().execute(
            "SELECT seq, envelope FROM changesets WHERE site_id = ? AND seq > ? ORDER BY seq "
            "LIMIT ?", (site_id, after, limit + 1)).fetchall()
        out, size = [], 0
        for seq, envelope in rows[:limit]:
            if out and size + len(envelope) > max_bytes:
                return out, True
            out.append((int(seq), bytes(envelope)))
            size += len(envelope)
        return out, len(rows) > limit

    def state(self, site_id: str) -> dict[str, Any]:
        conn = self._conn()
        highest = {d: int(s) for d, s in conn.execute(
            "SELECT device_id, max(device_seq) FROM changesets WHERE site_id = ? "
            "GROUP BY device_id", (site_id,))}
        ids = [i for (i,) in conn.execute("SELECT id FROM changesets WHERE site_id = ? "
                                          "ORDER BY id", (site_id,))]
        return {"epoch": self.epoch(), "highest": highest, "count": len(ids),
                "digest": digest(ids)}
