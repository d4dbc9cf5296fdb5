"""Several server processes on one store: /metrics adds every worker's counts up, a log
file survives rotation with several writers, and `server restore` refuses while a server
holds the store (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from safehaven.server import backup
from safehaven.server.holding import Hold, StoreInUse
from tests.server.live import ServerProcess, admin, clean_env

pytestmark = pytest.mark.slow
HEALTH = re.compile(r'^safehaven_requests_total\{([^}]*)\} ([0-9.e+]+)$', re.M)


def health_count(body: str) -> float:
    return sum(float(value) for labels, value in HEALTH.findall(body)
               if 'route="/v1/health"' in labels and 'status="200"' in labels)


def requests_logged(text: str) -> list[dict[str, object]]:
    docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [d for d in docs if d["message"] == "request" and d["path"] == "/v1/health"]


def test_with_two_workers_every_scrape_shows_the_total(tmp_path: Path) -> None:
    env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"), TMPDIR=str(tmp_path))
    server = ServerProcess(env, "--workers", "2")
    scrapes: list[float] = []
    try:
        for _ in range(40):  # a new connection each: the workers take turns accepting
            assert httpx.get(server.url + "/v1/health", timeout=10).status_code == 200
        for _ in range(10):
            answer = httpx.get(server.url + "/metrics", timeout=10)
            assert answer.status_code == 200
            scrapes.append(health_count(answer.text))
    finally:
        assert server.stop() == 0
    served = requests_logged(server.stdout)
    assert len({line["pid"] for line in served}) == 2, "both workers answered"
    assert scrapes == [float(len(served))] * 10
    assert not list(tmp_path.glob("safehaven-metrics-*")), "its counting folder is removed"


def test_a_log_file_rotated_under_two_workers_is_reopened_by_both(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "server.log"
    env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"))
    server = ServerProcess(env, "--workers", "2", "--log-file", str(log))
    try:
        before = len(requests_logged(log.read_text()))
        log.rename(log.with_name("server.log.1"))  # what logrotate does
        for _ in range(30):
            httpx.get(server.url + "/v1/health", timeout=10)
    finally:
        assert server.stop() == 0
    assert log.stat().st_mode & 0o777 == 0o600
    assert len(requests_logged(log.with_name("server.log.1").read_text())) == before
    after = requests_logged(log.read_text())
    assert len(after) == 30
    assert len({line["pid"] for line in after}) == 2


def test_restore_is_refused_while_a_server_holds_the_store(
        tmp_path: Path, server_db: str | None) -> None:
    if server_db is None:
        env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"))
        address = str(tmp_path / "store" / "server.db")
    else:
        if not shutil.which("pg_dump"):
            pytest.skip("pg_dump is not installed")
        env = clean_env(SAFEHAVEN_DB_URL=server_db)
        address = server_db
    assert admin(env, "init", "--org", "Harbour").returncode == 0
    copy = tmp_path / "copy.backup"
    server = ServerProcess(env, "--workers", "2")
    try:
        done = admin(env, "backup", "--out", str(copy))
        assert done.returncode == 0, done.stderr
        refused = admin(env, "restore", str(copy))
        assert refused.returncode == 2, refused.stderr
        with pytest.raises(StoreInUse) as held:
            backup.restore(address, copy)
        assert held.value.by_server
        assert httpx.get(server.url + "/v1/health").status_code == 200  # undisturbed
    finally:
        assert server.stop() == 0
    restored = admin(env, "restore", str(copy))
    assert restored.returncode == 0, restored.stderr

    restoring = Hold(address, exclusive=True)  # a restore under way: no server starts
    try:
        starting = subprocess.run([sys.executable, "-m", "safehaven", "server", "--port",
                                   "1"], env=env, capture_output=True, text=True, timeout=60)
        assert starting.returncode == 2, starting.stderr
    finally:
        restoring.release()
