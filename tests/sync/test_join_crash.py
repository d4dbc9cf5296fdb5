"""A laptop killed during `sync join` (a real process, `os._exit` at each named step):
it leaves nothing, or a working vault, and the next command says which in one line; a
join undone works again with the same code, a vault left mid-pull finishes at `sync`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.crashpoints import JOIN_POINTS
from safehaven.services import residents
from safehaven.store import join_marker
from safehaven.store import vault as vaults
from safehaven.sync.enrolment import create_code
from safehaven.sync.rounds import sync_round
from tests.sync.harness import PASSPHRASE, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

CRASHED = 70
NAMES = {f"Resident {i}" for i in range(12)}


def cli(folder: Path, *args: str, crash_at: str | None = None,
        code: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    if code is not None:
        env["SAFEHAVEN_CODE"] = code
    if crash_at is not None:
        env["SAFEHAVEN_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(folder), *args],
                          capture_output=True, text=True, env=env, timeout=180,
                          stdin=subprocess.DEVNULL)


def held_names(folder: Path) -> set[str]:
    done = cli(folder, "--staff", "Manager", "residents", "--json")
    assert done.returncode == 0, done.stderr
    return {r["preferred_name"] for r in json.loads(done.stdout)}


@pytest.fixture
def house(tmp_path: Path):
    template = make_template(tmp_path / "template", devices=1)
    server = LiveServer(tmp_path / "server")
    [manager] = enrolled_house(server, template, tmp_path / "house", laptops=1)
    for name in sorted(NAMES):
        residents.add(context(manager), name)
    sync_round(manager)
    yield server, manager
    manager.close()
    server.stop()


@pytest.mark.slow
@pytest.mark.parametrize("point", [*JOIN_POINTS, "mid-apply"])
def test_a_join_killed_at_each_point_leaves_nothing_or_a_working_vault(
        house, tmp_path: Path, point: str) -> None:
    server, manager = house
    code = create_code(manager, f"laptop {point}")  # the manager joins as themselves
    folder = tmp_path / "new-laptop"
    join = ("sync", "join", "--server", server.url, "--staff-name", "Manager")
    killed = cli(folder, *join, crash_at=point, code=code)
    assert killed.returncode == CRASHED, killed.stderr
    after = cli(folder, "--staff", "Manager", "residents")
    lines = after.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in after.stderr, after.stderr
    assert join_marker.stage(folder) is None  # said once, then settled
    if point == "mid-apply":  # the vault was whole: it works, and sync fetches the rest
        assert after.returncode == 0 and "new-recovery-key" in lines[0]
        assert cli(folder, "--staff", "Manager", "sync").returncode == 0
    else:  # nothing usable was left, and nothing half-made stays
        assert after.returncode != 0 and not vaults.exists(folder)
        assert not folder.exists() or not any(folder.iterdir())
        again = cli(folder, *join, code=code)  # the same code works again
        assert again.returncode == 0, again.stderr
    assert held_names(folder) == NAMES


def test_a_join_killed_while_making_is_cleaned_up_by_the_next_join(house,
                                                                   tmp_path: Path) -> None:
    """Not "a vault already exists": the next join removes what the killed one made."""
    server, manager = house
    code = create_code(manager, "laptop")
    folder = tmp_path / "new-laptop"
    join = ("sync", "join", "--server", server.url, "--staff-name", "Manager")
    assert cli(folder, *join, crash_at="join-vault-made", code=code).returncode == CRASHED
    assert (folder / "vault.db").exists() and join_marker.stage(folder) is not None
    again = cli(folder, *join, code=code)
    assert again.returncode == 0, again.stderr
    assert held_names(folder) == NAMES
