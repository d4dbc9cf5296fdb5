"""Numbered upgrade steps for the server's store, with a version row.

Each step runs in one transaction that also writes the new version, so a crash leaves
the store at one version or the next, never between. A store newer than this code is
refused untouched. Before an SQLite store is upgraded, a copy goes beside it
(`server.db.before-vN`); PostgreSQL operators take a `pg_dump` first (docs/server.md).
Steps look at the catalogue (which tables and columns exist), never at the outcome of a
failed statement.

Version 0 is the first server release, which kept no version row: step 1 adopts such a
store as it is (adding what its own early versions lacked) or creates a new one.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from safehaven.errors import SafeHavenError
from safehaven.server.db import Backend, Sqlite, Tx
from safehaven.sync.envelope import digest

log = logging.getLogger("safehaven.server")


class StoreTooNew(SafeHavenError):
    """The store was upgraded by a newer server; this one must not touch it."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_V1 = """
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
    device_token_hash TEXT)
"""


def _script(db: Tx, backend: Backend, sql: str) -> None:
    for statement in sql.format(**backend.types).split(";"):
        if statement.strip():
            db.run(statement)


def _add_column(db: Tx, backend: Backend, table: str, column: str, ddl: str) -> None:
    if column not in backend.columns(db, table):
        db.run(f"ALTER TABLE {table} ADD COLUMN {column} {ddl.format(**backend.types)}")


def _step1_baseline(db: Tx, backend: Backend) -> None:
    """The first release's schema; its earliest stores lacked two columns and the running
    digests and per-device highest numbers, computed here once from the log."""
    _script(db, backend, _V1)
    _add_column(db, backend, "sites", "digest", "TEXT NOT NULL DEFAULT ''")
    _add_column(db, backend, "devices", "seen", "INTEGER NOT NULL DEFAULT 0")
    p = db.p
    if db.one("SELECT 1 FROM changesets LIMIT 1") and not db.one(
            "SELECT 1 FROM device_highest LIMIT 1"):
        db.run("INSERT INTO device_highest (site_id, device_id, seq) SELECT site_id, "
               "device_id, max(device_seq) FROM changesets GROUP BY site_id, device_id")
        for (site_id,) in db.all("SELECT id FROM sites"):
            ids = [i for (i,) in db.all(f"SELECT id FROM changesets WHERE site_id = {p}",
                                        (site_id,))]
            db.run(f"UPDATE sites SET digest = {p} WHERE id = {p}", (digest(ids), site_id))


def _step2_houses(db: Tx, backend: Backend) -> None:
    """One organisation, many houses: each house has a name, its own one-time token and a
    storage quota; devices keep when they were last seen; storage used is counted as the
    log grows. An organisation token nobody spent becomes its first house's token."""
    p = db.p
    db.run("CREATE TABLE houses (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, "
           "name TEXT NOT NULL, token_hash TEXT UNIQUE, site_id TEXT UNIQUE, "
           "quota_bytes {int}, created TEXT NOT NULL, registered TEXT)"
           .format(**backend.types))
    db.run("CREATE INDEX houses_org ON houses (org_id)")
    now = _now()
    for site_id, org_id in db.all("SELECT id, org_id FROM sites ORDER BY id"):
        first = db.one(f"SELECT min(created) FROM devices WHERE site_id = {p}", (site_id,))
        since = (first[0] if first else None) or now
        db.run(f"INSERT INTO houses (id, org_id, name, site_id, created, registered) "
               f"VALUES ({db.marks(6)})",
               (secrets.token_hex(8), org_id, f"house {site_id[:8]}", site_id, since, since))
    for org_id, hashed in db.all("SELECT id, token_hash FROM orgs WHERE token_hash IS NOT "
                                 "NULL ORDER BY id"):
        db.run(f"INSERT INTO houses (id, org_id, name, token_hash, created) "
               f"VALUES ({db.marks(5)})",
               (secrets.token_hex(8), org_id, "first house", hashed, now))
    db.run("UPDATE orgs SET token_hash = NULL")
    _add_column(db, backend, "devices", "last_seen", "TEXT")
    db.run("UPDATE devices SET last_seen = coalesce((SELECT max(received) FROM changesets "
           "c WHERE c.device_id = devices.id), created) WHERE seen = 1")
    _add_column(db, backend, "sites", "used_bytes", "{int} NOT NULL DEFAULT 0")
    db.run("UPDATE sites SET used_bytes = coalesce((SELECT sum(size) FROM changesets c "
           "WHERE c.site_id = sites.id), 0)")
    _add_column(db, backend, "device_highest", "stored", "{int} NOT NULL DEFAULT 0")
    _add_column(db, backend, "device_highest", "bytes", "{int} NOT NULL DEFAULT 0")
    db.run("UPDATE device_highest SET stored = (SELECT count(*) FROM changesets c WHERE "
           "c.site_id = device_highest.site_id AND c.device_id = device_highest.device_id), "
           "bytes = coalesce((SELECT sum(size) FROM changesets c WHERE c.site_id = "
           "device_highest.site_id AND c.device_id = device_highest.device_id), 0)")


def _step3_device_keys(db: Tx, backend: Backend) -> None:
    """Each laptop's public signing key, given at connect or in its enrolment: the server
    then refuses a change set that names a laptop without that laptop's signature. And the
    house's managers' keys, which alone may revoke a laptop."""
    _add_column(db, backend, "devices", "public_key", "TEXT")
    _add_column(db, backend, "enrol_packages", "public_key", "TEXT")
    # the house's managers' signing keys: revocations must be signed by one of them
    db.run("CREATE TABLE IF NOT EXISTS manager_keys (site_id TEXT NOT NULL, "
           "public_key TEXT NOT NULL, added TEXT NOT NULL, PRIMARY KEY (site_id, public_key))")


def _step4_ids_per_house(db: Tx, backend: Backend) -> None:
    """A change set's id is unique within its house, not across the server: a house
    could otherwise learn whether an id exists in another organisation's log (a push of
    it was silently taken as already held), or spoil another house's push by sending its
    ids first. The table is rebuilt (SQLite cannot drop a UNIQUE constraint)."""
    _script(db, backend, """
CREATE TABLE changesets_v4 (site_id TEXT NOT NULL, seq {int} NOT NULL,
    id TEXT NOT NULL, device_id TEXT NOT NULL, device_seq {int} NOT NULL,
    envelope {blob} NOT NULL, size INTEGER NOT NULL, received TEXT NOT NULL,
    PRIMARY KEY (site_id, seq), UNIQUE (site_id, id));
INSERT INTO changesets_v4 (site_id, seq, id, device_id, device_seq, envelope, size, received)
    SELECT site_id, seq, id, device_id, device_seq, envelope, size, received FROM changesets;
DROP TABLE changesets;
ALTER TABLE changesets_v4 RENAME TO changesets;
CREATE INDEX IF NOT EXISTS changesets_device ON changesets (site_id, device_id, device_seq)
""")


def _step5_runs(db: Tx, backend: Backend) -> None:
    """Run envelopes (sync format 3): a laptop's run of change sets arrives as one
    envelope, kept once in `runs`; each change set's log row names it in `run` (its own
    `envelope` empty, its `size` 0 but for the first, which counts the run's bytes)."""
    db.run("CREATE TABLE IF NOT EXISTS runs (site_id TEXT NOT NULL, hash {blob} NOT NULL, "
           "envelope {blob} NOT NULL, PRIMARY KEY (site_id, hash))".format(**backend.types))
    _add_column(db, backend, "changesets", "run", "{blob}")


def _step6_chunks(db: Tx, backend: Backend) -> None:
    """Documents' content (issue 29): encrypted chunks a laptop sends apart from change
    sets, kept once per house by the hash of their bytes; they count towards its quota."""
    db.run("CREATE TABLE IF NOT EXISTS chunks (site_id TEXT NOT NULL, id TEXT NOT NULL, "
           "data {blob} NOT NULL, size INTEGER NOT NULL, received TEXT NOT NULL, "
           "PRIMARY KEY (site_id, id))".format(**backend.types))


def _step7_device_versions(db: Tx, backend: Backend) -> None:
    """The app version each laptop last sent (its `safehaven-version` header), so the
    admin sees which laptops lag before raising `min_app_version`."""
    _add_column(db, backend, "devices", "app_version", "TEXT")


def _step8_device_names(db: Tx, backend: Backend) -> None:
    """Each laptop's name as its house gave it (its `safehaven-device-name` header), so
    that the admin can tell which laptop to revoke when one is lost (issue 33, item 8)."""
    _add_column(db, backend, "devices", "name", "TEXT")


def _step9_reissued_tokens(db: Tx, backend: Backend) -> None:
    """Tokens a manager re-issued after a removal (issue 32, item 3): the old token's hash
    is kept only to say so and to find the laptop's sealed hand-off, never to let it in."""
    db.run("CREATE TABLE IF NOT EXISTS retired_tokens (token_hash TEXT PRIMARY KEY, "
           "device_id TEXT NOT NULL, site_id TEXT NOT NULL, retired TEXT NOT NULL)")
    db.run("CREATE TABLE IF NOT EXISTS handoffs (device_id TEXT PRIMARY KEY, "
           "site_id TEXT NOT NULL, handoff TEXT NOT NULL, created TEXT NOT NULL)")


def _step10_chunk_retention(db: Tx, backend: Backend) -> None:
    """When a manager's signed forget marked a chunk unreferenced (issue 29): it is kept
    for the server's retention period, then collected."""
    _add_column(db, backend, "chunks", "forgotten", "TEXT")
    db.run("CREATE INDEX IF NOT EXISTS chunks_forgotten ON chunks (forgotten) "
           "WHERE forgotten IS NOT NULL")


def _step11_destroyed(db: Tx, backend: Backend) -> None:
    """Destroyed change sets (issue 30, item 5): dropped from the log on a manager's
    signature and refused for ever after, by id only (the server never knew whose); and
    the mailbox for transfers between houses (item 1)."""
    db.run("CREATE TABLE IF NOT EXISTS destroyed (site_id TEXT NOT NULL, id TEXT NOT NULL, "
           "at TEXT NOT NULL, PRIMARY KEY (site_id, id))")
    # transfer files between houses of one organisation, kept until the receiver takes
    # them: the server sees their size and the two houses only (issue 30, item 1)
    db.run("CREATE TABLE IF NOT EXISTS mail (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, "
           "sender TEXT NOT NULL, recipient TEXT NOT NULL, data {blob} NOT NULL, "
           "size INTEGER NOT NULL, at TEXT NOT NULL)".format(**backend.types))
    db.run("CREATE INDEX IF NOT EXISTS mail_recipient ON mail (recipient, at)")


def _step12_org_match(db: Tx, backend: Backend) -> None:
    """The organisation's duplicate check (issue 30, item 3): per house, keyed hashes of
    its residents' name words and years of birth, opaque to the server (no name, no id)."""
    db.run("CREATE TABLE IF NOT EXISTS match_hashes (org_id TEXT NOT NULL, "
           "site_id TEXT NOT NULL, entry INTEGER NOT NULL, grp INTEGER NOT NULL, "
           "grps INTEGER NOT NULL, hash TEXT NOT NULL)")
    db.run("CREATE INDEX IF NOT EXISTS match_hashes_org ON match_hashes (org_id, hash)")
    db.run("CREATE INDEX IF NOT EXISTS match_hashes_site ON match_hashes (site_id)")


STEPS: list[Callable[[Tx, Backend], None]] = [_step1_baseline, _step2_houses,
                                              _step3_device_keys, _step4_ids_per_house,
                                              _step5_runs, _step6_chunks,
                                              _step7_device_versions, _step8_device_names,
                                              _step9_reissued_tokens, _step10_chunk_retention,
                                              _step11_destroyed, _step12_org_match]
LATEST = len(STEPS)


def version(db: Tx, backend: Backend) -> int:
    if "schema_version" not in backend.tables(db):
        return 0
    row = db.one("SELECT version FROM schema_version")
    return int(row[0]) if row else 0


def migrate(backend: Backend) -> int:
    """Bring the store to `LATEST`; returns the version it was at."""
    with backend.read() as db:
        found = version(db, backend)
    if found > LATEST:
        raise StoreTooNew(f"the server store is at version {found}; this server knows "
                          f"up to {LATEST}: run the newer server")
    if found == LATEST:
        return found
    if _has_data(backend):
        _copy_aside(backend, found)
    for number in range(found + 1, LATEST + 1):
        with backend.tx() as db:
            backend.lock_schema(db)
            now_at = version(db, backend)  # another server may have done it meanwhile
            if now_at >= number:
                continue
            STEPS[number - 1](db, backend)
            db.run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            db.run("DELETE FROM schema_version")
            db.run(f"INSERT INTO schema_version (version) VALUES ({db.p})", (number,))
        log.info("server store migrated to version %d", number)
    return found


def _has_data(backend: Backend) -> bool:
    with backend.read() as db:
        return "orgs" in backend.tables(db)


def _copy_aside(backend: Backend, found: int) -> None:
    """An SQLite store is copied (backup API, 0600) before it is upgraded."""
    if not isinstance(backend, Sqlite):
        return
    import os

    target = backend.path.with_name(f"{backend.path.name}.before-v{found + 1}")
    os.close(os.open(target, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600))
    source = sqlite3.connect(backend.path)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
