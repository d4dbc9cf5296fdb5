"""Sync through a real server on loopback: push, pull, idempotence, restart, restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import reads, syncstate
from safehaven.sync.client import SyncError, connect, enrolment_token, join_server, sync_round
from tests.sync.harness import Template, context, copy_house, make_template
from tests.sync.server_harness import LiveServer


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=3)


@pytest.fixture
def setup(template: Template, tmp_path: Path):
    server = LiveServer(tmp_path / "server")
    vaults = copy_house(template, tmp_path / "house")
    org = server.storage.create_org("Harbour Network")
    connect(vaults[0], server.url, org)
    for vault in vaults[1:]:
        join_server(vault, server.url, enrolment_token(vaults[0]))
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
    data = (server.data / "server.db").read_bytes()
    assert b"Ana" not in data and b"Boris" not in data


def test_an_interrupted_round_resumes_without_repeats(setup) -> None:
    _, (a, b, _) = setup
    for i in range(5):
        residents.add(context(a), f"R{i}")
    sync_round(a, stop_after="push")  # stopped after the push
    sync_round(b, stop_after="apply")  # applied, cursor not saved
    report = sync_round(b)
    assert report.applied == 0 and names(b) >= {f"R{i}" for i in range(5)}
    assert reads.count(b.conn, "residents") == len(names(b))


def test_a_server_restored_from_an_old_copy_is_refilled(setup, tmp_path: Path) -> None:
    server, (a, b, _) = setup
    residents.add(context(a), "Before backup")
    sync_round(a)
    server.stop()
    backup = tmp_path / "backup.db"
    shutil.copy(server.data / "server.db", backup)
    server = LiveServer(server.data, port=server.port)
    residents.add(context(a), "After backup")
    sync_round(a)
    sync_round(b)
    server.stop()
    shutil.copy(backup, server.data / "server.db")  # the disk died; last night's copy
    for suffix in ("-wal", "-shm"):
        (server.data / f"server.db{suffix}").unlink(missing_ok=True)
    server = LiveServer(server.data, port=server.port)
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
    server.storage.revoke(c.device_id)
    with pytest.raises(SyncError, match="refused"):
        sync_round(c)
    server.stop()
    with pytest.raises(SyncError, match="cannot be reached"):
        sync_round(a)
