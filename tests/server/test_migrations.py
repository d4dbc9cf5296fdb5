"""The store made by the first server release (`fixtures/store-v0`, no version row) is
upgraded in numbered steps and goes on serving the laptops that synced through it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.server import admin, migrations
from safehaven.server.migrations import LATEST, StoreTooNew
from safehaven.server.storage import Storage
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync.replica import device_keys, server_link
from safehaven.sync.rounds import sync_round
from tests.server.live import ThreadServer

FROZEN = Path(__file__).parent / "fixtures" / "store-v0"
PASSPHRASE = "fixture passphrase"
TABLES = ("meta", "orgs", "sites", "device_highest", "devices", "changesets",
          "enrol_packages")


def frozen_store(tmp_path: Path, db: str | None) -> str:
    """The frozen store as SQLite, or its rows put into PostgreSQL with the first
    release's own DDL (the first release made both from one schema)."""
    if db is None:
        shutil.copy(FROZEN / "server.db", tmp_path / "server.db")
        return str(tmp_path / "server.db")
    import psycopg

    old = sqlite3.connect(FROZEN / "server.db")
    with psycopg.connect(db) as conn:
        ddl = migrations._V1.format(int="BIGINT", blob="BYTEA")
        for statement in ddl.split(";"):
            if statement.strip():
                conn.execute(statement)
        for table in TABLES:
            rows = old.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                marks = ", ".join(["%s"] * len(rows[0]))
                with conn.cursor() as cur:
                    cur.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
    old.close()
    return db


def laptop(tmp_path: Path, name: str, url: str) -> Vault:
    shutil.copytree(FROZEN / name, tmp_path / name)
    vault = Vault.unlock(tmp_path / name, PASSPHRASE)
    with vault.write() as tx:  # the server moved to a new port; nothing else changed
        tx.conn.execute("UPDATE sync_server SET url = ? WHERE id = 1", (url,))
    return vault


def names(vault: Vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def test_the_frozen_store_migrates_and_serves_its_laptops(
        tmp_path: Path, server_db: str | None) -> None:
    address = frozen_store(tmp_path, server_db)
    server = ThreadServer(Storage(address))
    try:
        with server.storage.read() as db:
            assert migrations.version(db, server.storage.backend) == LATEST
        if server_db is None:  # a copy of the old store was kept before the upgrade
            assert (tmp_path / "server.db.before-v1").stat().st_mode & 0o777 == 0o600
        houses = {h.org: h for h in admin.houses(server.storage)}
        assert houses["Fixture Org"].devices == 2 and houses["Fixture Org"].changesets == 8
        assert houses["Fixture Org"].used_bytes > 0
        assert houses["Second Org"].site_id == "second-site"
        assert houses["Unused Org"].site_id is None  # its unspent token became a house's
        seen = [d.last_seen for d in admin.devices(server.storage) if d.org == "Fixture Org"]
        assert all(s and s.startswith("20") for s in seen)  # a time, not a yes/no

        a, b = laptop(tmp_path, "laptop-a", server.url), laptop(tmp_path, "laptop-b",
                                                                 server.url)
        try:
            pushed = sync_round(b)  # b's resident written before the upgrade goes up
            assert pushed.pushed >= 1 and pushed.digest_matches
            assert sync_round(a).digest_matches
            assert "Written on b, never pushed" in names(a)
            assert names(a) == names(b)
            assert sync_round(b).pushed == 0  # and nothing is sent twice
        finally:
            a.close()
            b.close()

        # the first release's organisation token still registers one house, once, asked
        # the way the first release's laptops ask (no version, `org_token`)
        token = (FROZEN / "unused-org-token.txt").read_text().strip()
        fresh, _ = Vault.create(tmp_path / "new", house="New House", organisation="Unused",
                                staff_name="New Manager", passphrase=PASSPHRASE,
                                kdf=crypto.MIN_KDF)
        try:
            device_keys.ensure_site_key(fresh)
            device_keys.signing_key(fresh)
            ask = {"org_token": token, "site_id": fresh.site_id, "device_id": fresh.device_id}
            answer = httpx.post(server.url + "/v1/register", json=ask)
            assert answer.status_code == 200
            server_link.save_server_link(fresh, server.url, answer.json()["device_token"],
                                         answer.json()["epoch"])
            assert sync_round(fresh).digest_matches
            assert httpx.post(server.url + "/v1/register", json=ask).status_code == 403
        finally:
            fresh.close()
        unused = next(h for h in admin.houses(server.storage) if h.org == "Unused Org")
        assert unused.site_id is not None and unused.devices == 1
    finally:
        server.stop()


def test_a_store_from_a_newer_server_is_refused_untouched(tmp_path: Path) -> None:
    path = Path(frozen_store(tmp_path, None))
    Storage(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE schema_version SET version = ?", (LATEST + 1,))
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNew):
        Storage(path)
    assert path.read_bytes() == before


def test_a_new_store_starts_at_the_latest_version_and_reopening_changes_nothing(
        tmp_path: Path, server_db: str | None) -> None:
    address = server_db or str(tmp_path / "server.db")
    storage = Storage(address)
    storage.close()
    storage = Storage(address)
    try:
        with storage.read() as db:
            assert migrations.version(db, storage.backend) == LATEST
            assert len(db.all("SELECT version FROM schema_version")) == 1
    finally:
        storage.close()
    assert not list(tmp_path.glob("*.before-v*"))  # a new store needs no copy
