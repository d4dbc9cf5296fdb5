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
