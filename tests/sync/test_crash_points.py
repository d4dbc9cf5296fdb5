"""The sync client killed at each named step of a round (a real process, `os._exit`):
the next round completes with nothing lost and nothing applied twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from safehaven.crashpoints import POINTS
from safehaven.domain.models import Resident
from safehaven.services import residents
from safehaven.store import reads
from safehaven.store.vault import Vault
from safehaven.sync.replica import applied_log, quarantine
from tests.sync.harness import PASSPHRASE, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

CRASHED = 70


STAFF = {"d0": "Manager", "d1": "Worker 1"}  # each laptop's own person (the roster gives
# every laptop a slot for each colleague, so the command line says who is syncing)


def sync_cli(vault: Path, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    if crash_at:
        env["SAFEHAVEN_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault),
                           "--staff", STAFF[vault.name], "sync", "--json"],
                          capture_output=True, text=True, env=env, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_every_crash_point_resumes_cleanly(tmp_path: Path) -> None:
    template = make_template(tmp_path / "template", devices=1)
    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    folders = [a.folder, b.folder]
    a.close()
    b.close()
    expected: set[str] = set()
    try:
        for n, point in enumerate(POINTS):
            with Vault.unlock(folders[0], PASSPHRASE, "Manager") as writer:
                for i in range(6):
                    residents.add(context(writer), f"{point}-{i}")
                    expected.add(f"{point}-{i}")
            # push steps crash the laptop that wrote; pull steps crash the one receiving
            if point.startswith("push"):
                crashed = sync_cli(folders[0], point)
            else:
                assert sync_cli(folders[0]).returncode == 0
                crashed = sync_cli(folders[1], point)
            assert crashed.returncode == CRASHED, (point, crashed.stderr)
            for folder in (folders[0], folders[1], folders[0]):
                done = sync_cli(folder)
                assert done.returncode == 0, (point, done.stderr)
            with Vault.unlock(folders[0], PASSPHRASE, "Manager") as va, \
                    Vault.unlock(folders[1], PASSPHRASE, "Worker 1") as vb:
                for vault in (va, vb):
                    names = [r.preferred_name for r in reads.all_of(vault.conn, Resident)]
                    assert sorted(names) == sorted(expected), point  # no loss, no repeat
                    assert not quarantine.quarantined(vault.conn)
                held_a, held_b = applied_log.held_ids(va.conn), applied_log.held_ids(vb.conn)
                assert sorted(held_a) == sorted(held_b)
                state = server.storage.state(va.site_id)
                assert state["count"] == len(applied_log.held_ids(va.conn)), n
    finally:
        server.stop()
