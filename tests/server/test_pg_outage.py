"""PostgreSQL stops under a running server: each request fails within seconds with the
server's own answer (503, DATABASE_UNAVAILABLE), laptops stop their round and say so
plainly, every log line stays JSON, and the server carries on once PostgreSQL is back."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import ServerFailed, connect
from safehaven.sync.protocol import ErrorCode
from safehaven.sync.rounds import sync_round
from tests import pg_cluster as pg
from tests.server.live import ServerProcess, admin, clean_env

pytestmark = pytest.mark.slow


@pytest.fixture
def own_cluster() -> Iterator[pg.Cluster]:
    """A cluster of this test's own: the session's is shared, and this one is stopped."""
    import os

    if os.environ.get("SAFEHAVEN_TEST_PG"):
        pytest.skip("needs a throwaway cluster of its own (SAFEHAVEN_TEST_PG is set)")
    cluster, reason = pg.start()
    if cluster is None:
        pytest.skip(f"PostgreSQL tests skipped: {reason}")
    yield cluster
    cluster.stop()


def _pg_ctl(cluster: pg.Cluster, *args: str) -> None:
    assert cluster.folder is not None
    tool = pg._tool("pg_ctl")
    assert tool is not None
    subprocess.run([tool, "-D", str(cluster.folder / "data"), *args], check=True,
                   capture_output=True, timeout=90, **pg._as_unprivileged())


def _restart(cluster: pg.Cluster) -> None:
    assert cluster.folder is not None
    port = urlsplit(cluster.url).port
    _pg_ctl(cluster, "-l", str(cluster.folder / "log"), "-w", "-t", "60", "-o",
            f"-p {port} -k {cluster.folder} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start")


def _timed_failure(vault: Vault) -> tuple[float, ServerFailed]:
    started = time.monotonic()
    with pytest.raises(ServerFailed) as failed:
        sync_round(vault)
    return time.monotonic() - started, failed.value


def test_a_sync_fails_within_five_seconds_with_the_database_message_and_recovers(
        own_cluster: pg.Cluster, tmp_path: Path) -> None:
    db = pg.fresh_database(own_cluster, "outage")
    env = clean_env(SAFEHAVEN_DB_URL=db)
    init = admin(env, "init", "--org", "Harbour", "--house", "Casa Norte")
    assert init.returncode == 0, init.stderr
    token = init.stdout.split()[-1]
    server = ServerProcess(env)
    vault, _ = Vault.create(tmp_path / "north", house="Casa Norte", organisation="Harbour",
                            staff_name="Manager", passphrase="outage passphrase",
                            kdf=crypto.MIN_KDF)
    try:
        connect(vault, server.url, token)
        assert sync_round(vault).digest_matches

        _pg_ctl(own_cluster, "-m", "fast", "-w", "stop")
        # the pooled connections are dead (the first round), then none can be made (the
        # second waits for the pool): both end in seconds, with the server's own answer
        for _ in range(2):
            seconds, error = _timed_failure(vault)
            assert error.code is ErrorCode.DATABASE_UNAVAILABLE
            assert seconds <= 5.0, seconds
        health = httpx.get(server.url + "/v1/health", timeout=10)
        assert health.status_code == 503 and health.headers["retry-after"]
        assert health.json()["code"] == ErrorCode.DATABASE_UNAVAILABLE.value

        _restart(own_cluster)
        deadline = time.monotonic() + 30  # the pool reconnects in the background
        while True:
            try:
                assert sync_round(vault).digest_matches
                break
            except ServerFailed:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
    finally:
        vault.close()
        server.stop()
    lines = [line for line in server.stdout.splitlines() if line.strip()]
    docs = [json.loads(line) for line in lines]  # psycopg's and uvicorn's lines too
    down = [d for d in docs if d["message"] == "the server's database is unavailable"]
    assert down and all("trace" not in d for d in down)
    assert any(d["logger"].startswith("psycopg") for d in docs), server.stdout[-2000:]
    assert server.stderr.strip() == "", server.stderr[-2000:]


def test_a_busy_pool_is_waited_for_and_then_called_busy_not_down(
        pg_cluster, monkeypatch: pytest.MonkeyPatch) -> None:
    from safehaven.server import db as dbmod

    url = pg.fresh_database(pg_cluster, "busy_pool")
    monkeypatch.setattr(dbmod, "BUSY_SECONDS", 0.5)
    backend = dbmod.Postgres(url, pool_size=1, timeout=0.3)
    try:
        with backend.read() as held:  # the one connection is taken
            held.one("SELECT 1")
            started = time.monotonic()
            # another request (another thread: one thread keeps its own connection)
            def other_request() -> None:
                with backend.read():
                    pass

            with ThreadPoolExecutor(1) as other, pytest.raises(dbmod.PoolBusy) as busy:
                other.submit(other_request).result()
            assert time.monotonic() - started >= 0.8  # the wait, then the longer one
            assert not dbmod.database_unavailable(busy.value)
        with backend.read() as again:  # given back: the next request is served
            assert again.one("SELECT 1") == (1,)
    finally:
        backend.close()
