"""Sync through a real server on loopback: push, pull, idempotence, restart, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import reads, syncstate
from safehaven.sync.client import SyncError, sync_round
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def setup(template: Template, tmp_path: Path, server_db: str | None):
    server = LiveServer(tmp_path / "server", db=server_db)
    vaults = enrolled_house(server, template, tmp_path / "house")
    yield server, vaults
    for vault in vaults:
        vault.close()
    server.stop()


def names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def test_rounds_converge_and_repeat_nothing(setup) -> None:
    server, (a, b, c) = setup
    rid = residents.add(context(a), "Ana").record.id
    residents.add(context(b), "Boris")
    for vault in (a, b, c, a, b):
        sync_round(vault)
    checkins.record(context(c), rid, 4)
    for vault in (c, a, b):
        report = sync_round(vault)
        assert report.digest_matches
    assert names(a) == names(b) == names(c) == {"Ana", "Boris"}
    assert all(reads.count(v.conn, "check_ins") == 1 for v in (a, b, c))
    again = sync_round(a)
    assert (again.pushed, again.applied) == (0, 0)
    # the server holds ciphertext only
    data = server.stored_bytes()
    assert b"Ana" not in data and b"Boris" not in data


def test_a_server_restored_from_an_old_copy_is_refilled(setup, tmp_path: Path) -> None:
    server, (a, b, _) = setup
    residents.add(context(a), "Before backup")
    sync_round(a)
    server.stop()
    server.snapshot("nightly")
    server = LiveServer(server.data, port=server.port, db=server.db)
    residents.add(context(a), "After backup")
    sync_round(a)
    sync_round(b)
    server.stop()
    server.restore("nightly")  # the disk died; last night's copy
    server = LiveServer(server.data, port=server.port, db=server.db)
    sync_round(b)  # b notices the new epoch and re-sends its own; a re-sends "After backup"
    report = sync_round(a)
    assert report.digest_matches
    state = server.storage.state(a.site_id)
    assert state["highest"][a.device_id] == max(
        s for (s,) in a.conn.execute("SELECT device_seq FROM change_sets WHERE device_id = ?",
                                     (a.device_id,)))
    server.stop()


def test_refusals_are_clear(setup, tmp_path: Path) -> None:
    server, (a, _, c) = setup
    link = syncstate.server_link(a.conn)
    with a.write() as tx:
        tx.conn.execute("UPDATE sync_server SET device_token = 'dev_wrong' WHERE id = 1")
    with pytest.raises(SyncError, match="refused"):
        sync_round(a)
    with a.write() as tx:
        tx.conn.execute("UPDATE sync_server SET device_token = ? WHERE id = 1",
                        (link.device_token,))
    server.storage.revoke(None, [c.device_id])
    with pytest.raises(SyncError, match="refused"):
        sync_round(c)
    server.stop()
    with pytest.raises(SyncError, match="cannot be reached"):
        sync_round(a)
