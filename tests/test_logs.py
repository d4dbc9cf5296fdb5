"""Logs say what happened, never what was written: no names, notes, passphrases or keys."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from safehaven.server.admin import create_org

PASS = "log test passphrase"


def test_logs_hold_no_records_or_keys(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_NOW"}
    env.update(SAFEHAVEN_LOG_DIR=str(logs), SAFEHAVEN_PASSPHRASE=PASS)
    vault = str(tmp_path / "vault")

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "safehaven", "--vault", vault, *args],
                              capture_output=True, text=True, env={**env, **extra},
                              stdin=subprocess.DEVNULL, timeout=120)

    assert run("demo", "--residents", "10", "--days", "15", "--no-gui").returncode == 0
    rows = json.loads(run("residents", "--json").stdout)
    rid = rows[0]["id"]
    assert run("checkin", "add", "--resident", rid, "--mood", "2", "--note",
               "Marker note about the garden", "--again").returncode == 0
    assert run("residents", SAFEHAVEN_PASSPHRASE="a wrong passphrase").returncode == 2
    assert run("backup", "--out", str(tmp_path / "b.shbk")).returncode == 0
    assert run("rekey").returncode == 0
    text = "".join(p.read_text() for p in logs.iterdir())
    assert "unlocked" in text and "wrong passphrase" in text and "backup" in text
    assert oct((logs / "safehaven.log").stat().st_mode & 0o777) == "0o600"
    for row in rows:
        assert row["preferred_name"] not in text
    assert "Marker note" not in text and PASS not in text and "a wrong passphrase" not in text
    assert not re.search(r"[0-9a-fA-F]{48,}", text)


def test_rotated_logs_and_the_server_database_are_private(tmp_path) -> None:
    import logging
    import stat

    from safehaven.logs import PrivateRotatingFileHandler
    from safehaven.server.app import open_storage

    handler = PrivateRotatingFileHandler(tmp_path / "x.log", maxBytes=200, backupCount=2)
    log = logging.getLogger("safehaven.test-rotation")
    log.addHandler(handler)
    try:
        for n in range(50):
            log.warning("line %d of a rotating log", n)
    finally:
        log.removeHandler(handler)
        handler.close()
    storage = open_storage(tmp_path / "server")
    create_org(storage, "Org")
    storage.close()
    files = [*tmp_path.glob("x.log*"), *(tmp_path / "server").iterdir()]
    assert len([f for f in files if f.name.startswith("x.log")]) == 3
    assert {oct(stat.S_IMODE(f.stat().st_mode)) for f in files} == {"0o600"}
