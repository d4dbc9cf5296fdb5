"""`sync connect --server NEW` on a connected laptop (issue 33, item 8): the house's server
at a new address, the laptop's identity, token and place in the log kept; a manager's
act; an address whose server does not know the laptop is refused and nothing changes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.errors import NotAllowed
from safehaven.services import residents, sync_status
from safehaven.services.context import Context
from safehaven.sync.client import SyncError, move
from safehaven.sync.replica import server_link
from safehaven.sync.rounds import sync_round
from tests.sync.harness import PASSPHRASE, Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house, free_port


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def run(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault),
                           "--staff", "Manager", *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def test_a_connected_house_moves_to_its_servers_new_address(
        tmp_path: Path, template: Template) -> None:
    server = LiveServer(tmp_path / "server")
    manager, worker = enrolled_house(server, template, tmp_path / "house", laptops=2)
    try:
        residents.add(context(manager), "Amira")
        sync_round(manager)
        sync_round(worker)
        before = server_link.server_link(manager.conn)
        assert before is not None
        server.stop()
        # the same store served at a new address (a new machine, a new name)
        moved = LiveServer(tmp_path / "server", port=free_port())
        assert moved.url != before.url
        with pytest.raises(NotAllowed):  # staff do not repoint the house
            sync_status.move_server(Context.for_vault(worker), moved.url)
        folder = manager.folder
        manager.close()
        done = run(folder, "sync", "connect", "--server", moved.url)  # no house token asked
        assert done.returncode == 0, done.stderr
        synced = run(folder, "sync", "--json")
        assert synced.returncode == 0, synced.stderr
        from tests.sync.harness import open_device
        manager = open_device(folder, template)
        after = server_link.server_link(manager.conn)
        assert after is not None and after.url == moved.url
        assert (after.device_token, after.epoch) == (before.device_token, before.epoch)
        assert after.cursor >= before.cursor and after.last_error is None
        residents.add(context(manager), "Bilal")  # and it syncs there as itself
        assert sync_round(manager).pushed == 1
        move(worker, moved.url)
        sync_round(worker)
        assert {r["preferred_name"] for r in residents_of(worker)} == {"Amira", "Bilal"}
    finally:
        for vault in (manager, worker):
            vault.close()
        moved.stop()


def residents_of(vault) -> list[dict]:
    from safehaven.domain.models import Resident
    from safehaven.store import reads

    return [{"preferred_name": r.preferred_name} for r in reads.all_of(vault.conn, Resident)]


def test_a_server_that_does_not_know_the_laptop_is_refused_and_nothing_changes(
        tmp_path: Path, template: Template) -> None:
    server = LiveServer(tmp_path / "server")
    other = LiveServer(tmp_path / "other")  # another store: this laptop is unknown there
    (manager,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    try:
        before = server_link.server_link(manager.conn)
        with pytest.raises(SyncError) as refused:
            move(manager, other.url)
        assert refused.value.code is not None
        assert server_link.server_link(manager.conn) == before
        assert sync_round(manager).digest_matches
    finally:
        manager.close()
        server.stop()
        other.stop()
