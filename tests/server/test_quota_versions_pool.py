"""Per-house quotas, the app versions the server asks for, and the bounded pool."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from safehaven.server import admin
from safehaven.server.admin import create_org
from safehaven.server.config import ServerConfig
from safehaven.server.storage import Storage
from safehaven.services import residents, sync_status
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import AppTooOld, SyncError, connect
from safehaven.sync.rounds import sync_round
from tests.server.live import ThreadServer, store_at

PASSPHRASE = "quota passphrase"


@pytest.fixture
def vault(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "laptop", house="Casa", organisation="Org",
                            staff_name="Manager", passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    yield vault
    vault.close()


def test_a_house_over_its_quota_is_refused_whole_and_told_so(
        tmp_path: Path, vault: Vault, server_db: str | None) -> None:
    server = ThreadServer(Storage(store_at(tmp_path / "s", server_db)))
    try:
        admin.add_org(server.storage, "Org")
        house_id, token = admin.add_house(server.storage, "Org", "Casa")
        connect(vault, server.url, token)
        assert sync_round(vault).digest_matches
        before = admin.houses(server.storage)[0]
        used = before.used_bytes
        admin.set_quota(server.storage, house_id, used + 600)  # room for about one more
        ctx = Context.for_vault(vault)
        for i in range(5):
            residents.add(ctx, f"Resident {i}")
        with pytest.raises(SyncError, match="quota"):
            sync_round(vault)
        house = admin.houses(server.storage)[0]
        assert (house.used_bytes, house.changesets) == (used, before.changesets)  # none kept
        status = sync_status.status(ctx)
        assert "quota" in status["last_error"]
        admin.set_quota(server.storage, house_id, None)  # more room: everything goes up
        report = sync_round(vault)
        assert report.pushed == 5 and report.digest_matches
        assert sync_status.status(ctx)["last_error"] is None
    finally:
        server.stop()


def test_the_server_says_when_laptops_must_or_may_update(tmp_path: Path, vault: Vault
                                                          ) -> None:
    storage = Storage(store_at(tmp_path / "s", None))
    token = create_org(storage, "Org")
    server = ThreadServer(storage, ServerConfig(min_app_version="0.1.0",
                                                latest_app_version="0.3.0"))
    try:
        connect(vault, server.url, token)
        sync_round(vault)
        ctx = Context.for_vault(vault)
        status = sync_status.status(ctx)
        assert (status["update"], status["latest_version"]) == ("available", "0.3.0")
    finally:
        server.stop()
    strict = ThreadServer(Storage(store_at(tmp_path / "s", None)),
                          ServerConfig(min_app_version="9.0", latest_app_version="9.1"))
    try:
        with vault.write() as tx:
            tx.conn.execute("UPDATE sync_server SET url = ? WHERE id = 1", (strict.url,))
        residents.add(ctx, "Written before the update")
        with pytest.raises(AppTooOld, match=r"9\.0 or newer"):
            sync_round(vault)
        status = sync_status.status(ctx)
        assert (status["update"], status["minimum_version"]) == ("required", "9.0")
        assert admin.houses(strict.storage)[0].changesets == changesets_on(vault) - 1
    finally:
        strict.stop()


def changesets_on(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0])


def test_the_postgresql_pool_is_bounded_and_closed(pg_cluster, tmp_path: Path) -> None:
    import psycopg

    from tests import pg_cluster as pg

    url = pg.fresh_database(pg_cluster, "pool_bound")
    storage = Storage(url, pool_size=3)

    def connections() -> int:
        with psycopg.connect(url) as conn:
            # client backends only: an autovacuum worker visiting the database is no leak
            return int(conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND pid <> pg_backend_pid() AND "
                                    "backend_type = 'client backend'").fetchone()[0])

    errors: list[BaseException] = []
    peak = [0]

    stop = threading.Event()

    def work() -> None:
        try:
            while not stop.is_set():  # until the pool has been looked at, however loaded
                storage.epoch()       # the machine is
                admin.totals(storage)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(12)]
    for t in threads:
        t.start()
    for _ in range(20):
        peak[0] = max(peak[0], connections())
    stop.set()
    for t in threads:
        t.join()
    assert errors == []
    assert 1 <= peak[0] <= 3
    storage.close()
    # the server notices a closed connection a moment later (seconds on a loaded machine)
    deadline = time.monotonic() + 30
    while connections() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert connections() == 0
