"""The backup-and-restore proof an operator runs (packaging/server) passes, on SQLite and
on PostgreSQL (pg_dump and pg_restore, the address never in their argv)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.live import clean_env

SCRIPT = Path(__file__).parents[2] / "packaging" / "server" / "check_backup_restore.py"


@pytest.mark.slow
def test_back_up_destroy_restore_and_the_laptops_refill_it(server_db: str | None) -> None:
    env = clean_env()
    if server_db is not None:
        if not shutil.which("pg_dump"):
            pytest.skip("pg_dump is not installed")
        env["SAFEHAVEN_DB_URL"] = server_db
    done = subprocess.run([sys.executable, str(SCRIPT)], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "all checks passed" in done.stdout
    assert "laptops refilled the server" in done.stdout


def test_metrics_say_the_last_backups_age_and_the_largest_house(tmp_path: Path) -> None:
    """What an admin alerts on, without an id: no backup yet (-1), then a fresh one; the
    largest house's bytes; houses past 90 % of their quota."""
    from safehaven.server import admin, backup
    from safehaven.server.storage import Storage
    from tests.server.live import store_at

    storage = Storage(store_at(tmp_path / "store", None), default_quota=1000)
    try:
        before = admin.totals(storage)
        assert before["last_backup_age_seconds"] == -1
        assert before["house_stored_bytes_max"] == 0 and before["houses_near_quota"] == 0
        admin.create_org(storage, "Harbour")
        with storage.tx() as db:  # two connected houses, one near its quota
            for n, used in enumerate((950, 120)):
                db.run("INSERT INTO sites (id, org_id, used_bytes) VALUES (?, 'o', ?)",
                       (f"site{n}", used))
            db.run("UPDATE houses SET site_id = 'site0'")
        backup.backup(storage, tmp_path / "copy.backup")
        after = admin.totals(storage)
        assert 0 <= after["last_backup_age_seconds"] < 60
        assert after["house_stored_bytes_max"] == 950 and after["houses_near_quota"] == 1
    finally:
        storage.close()
