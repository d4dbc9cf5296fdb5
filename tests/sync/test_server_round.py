"""Sync through a real server on loopback: push, pull, idempotence, restart, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.server.admin import create_org
from safehaven.services import checkins, residents
from safehaven.store import numbering, reads
from safehaven.sync.client import SyncError
from safehaven.sync.replica import quarantine, server_link
from safehaven.sync.rounds import sync_round
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
    rid = residents.add(context(a), "Anastasia Quintero").record.id
    residents.add(context(b), "Borislav Zeller")
    for vault in (a, b, c, a, b):
        sync_round(vault)
    checkins.record(context(c), rid, 4)
    for vault in (c, a, b):
        report = sync_round(vault)
        assert report.digest_matches
    assert names(a) == names(b) == names(c) == {"Anastasia Quintero", "Borislav Zeller"}
    assert all(reads.count(v.conn, "check_ins") == 1 for v in (a, b, c))
    again = sync_round(a)
    assert (again.pushed, again.applied) == (0, 0)
    # the server holds ciphertext only (long names: three letters turn up in any base64)
    data = server.stored_bytes()
    assert b"Anastasia Quintero" not in data and b"Borislav Zeller" not in data


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
    link = server_link.server_link(a.conn)
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


def test_the_server_keeps_no_name_and_no_note_after_a_full_demo_sync(
        template: Template, tmp_path: Path, server_db: str | None) -> None:
    from safehaven.demo import generator
    from safehaven.domain.models import CaseNote

    server = LiveServer(tmp_path / "server", db=server_db)
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    generator.generate(context(a), residents=12, days=30, seed=3)
    sync_round(a)
    sync_round(b)
    assert names(b) == names(a)
    secrets = [r.preferred_name for r in reads.all_of(a.conn, Resident)]
    secrets += [r.legal_name for r in reads.all_of(a.conn, Resident) if r.legal_name]
    secrets += [n.body for n in reads.all_of(a.conn, CaseNote)]
    # short strings turn up by chance in any large base64 text; six letters do not
    secrets = [s for s in secrets if len(s) >= 6]
    assert len(secrets) > 20
    stored = server.stored_bytes()
    assert len(stored) > 50_000
    leaked = [s for s in secrets if s.encode() in stored or s.encode("utf-16-le") in stored]
    assert leaked == []
    a.close()
    b.close()
    server.stop()


def test_hostile_requests_are_refused_and_the_server_stays_up(
        template: Template, tmp_path: Path, server_db: str | None) -> None:
    import httpx

    from safehaven.server.edge import MAX_BODY

    server = LiveServer(tmp_path / "server", db=server_db)
    (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    residents.add(context(a), "Private")
    sync_round(a)
    token = server_link.server_link(a.conn).device_token
    auth = {"authorization": f"Bearer {token}"}
    # another organisation's laptop
    other_org = create_org(server.storage, "Other")
    other = server.storage.register(other_org, "other-site", "other-device")
    other_auth = {"authorization": f"Bearer {other}"}
    from safehaven.sync.engine import outgoing

    sealed = outgoing(a)[0].decode()
    with httpx.Client(base_url=server.url) as http:
        def status(method: str, path: str, **kw) -> tuple[int, str]:
            r = http.request(method, path, **kw)
            return r.status_code, r.json().get("error", "")

        assert status("POST", "/v1/push", headers=auth, content=b"{not json") == (
            400, "malformed JSON")
        assert status("POST", "/v1/push", headers=auth, content=b"x" * (MAX_BODY + 1))[0] == 413
        assert status("POST", "/v1/push", headers=auth, json={"envelopes": "nope"})[0] == 400
        assert status("POST", "/v1/push", headers=auth,
                      json={"envelopes": ['{"v":1,"id":"x"}']}) == (400, "malformed envelope")
        assert status("POST", "/v1/push", headers=other_auth, json={"envelopes": [sealed]}) == (
            403, "a device may only send its own house's change sets")
        pulled = http.get("/v1/pull", headers=other_auth).json()
        assert pulled["items"] == []  # another organisation sees nothing of this house
        assert status("GET", "/v1/pull", headers=auth, params={"after": "x"}) == (
            400, "bad cursor")
        assert status("POST", "/v1/join", json={"enrol_token": 5}) == (
            400, "JoinRequest: enrol_token is not a str")
        assert status("POST", "/v1/join", json={"enrol_token": "forged"})[0] == 403
        before = server.storage.state(a.site_id)["count"]
        http.post("/v1/push", headers=auth, json={"envelopes": [sealed, sealed]})
        assert server.storage.state(a.site_id)["count"] == before  # a replay is stored once
        server.storage.revoke(None, ["other-device"])
        assert status("GET", "/v1/state", headers=other_auth) == (401, "token refused")
        assert http.get("/v1/health").json()["ok"] is True
    a.close()
    server.stop()


def test_a_laptop_restored_from_its_backup_gets_its_own_changes_back(
        template: Template, tmp_path: Path) -> None:
    import shutil

    from tests.sync.harness import open_device

    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    residents.add(context(a), "Before backup")
    sync_round(a)
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    shutil.copytree(a.folder, tmp_path / "backup")
    residents.add(context(a), "After backup")
    sync_round(a)
    a.close()
    shutil.rmtree(a.folder)
    shutil.copytree(tmp_path / "backup", a.folder)  # the laptop's disk was restored
    a = open_device(a.folder, template)
    numbering.mark_restored(a)  # as the backup restore does
    residents.add(context(a), "Written after the restore")
    sync_round(a)
    sync_round(b)
    expected = {"Before backup", "After backup", "Written after the restore"}
    assert names(a) == names(b) == expected
    assert sync_round(a).digest_matches
    a.close()
    b.close()
    server.stop()


def test_the_audit_log_travels_and_is_the_same_on_every_laptop(
        template: Template, tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    rid = residents.add(context(a), "Audited").record.id
    residents.update(context(a), rid, pronouns="she/her")
    residents.get(context(a), rid)  # a view, audited
    sync_round(a)
    sync_round(b)
    checkins.record(context(b), rid, 3)
    sync_round(b)
    sync_round(a)

    def audit(vault) -> list[tuple]:
        return vault.conn.execute(
            "SELECT id, hlc, device_id, staff_id, action, table_name, row_id, resident_id "
            "FROM audit_log WHERE resident_id = ? ORDER BY id", (rid,)).fetchall()

    assert audit(a) == audit(b)
    actions = {(row[4], row[5]) for row in audit(a)}
    assert {("create", "residents"), ("update", "residents"), ("view", "residents"),
            ("create", "check_ins")} <= actions
    a.close()
    b.close()
    server.stop()


def test_a_digest_mismatch_is_reconciled_both_ways(template: Template, tmp_path: Path) -> None:
    """The server lost one change set without noticing (no new epoch), and a laptop holds
    another laptop's change sets from a USB bundle that never reached the server."""
    import sqlite3

    from safehaven.sync.bundle import export_bundle, import_bundle

    server = LiveServer(tmp_path / "server")
    a, b, c = enrolled_house(server, template, tmp_path / "house")
    residents.add(context(a), "Lost by the server")
    sync_round(a)
    lost = a.conn.execute("SELECT id FROM change_sets WHERE device_id = ? ORDER BY "
                          "device_seq DESC LIMIT 1", (a.device_id,)).fetchone()[0]
    from safehaven.sync.envelope import digest

    server.stop()  # the server loses it (its digest agreeing), and keeps its highest numbers
    with sqlite3.connect(server.data / "server.db") as db:
        db.execute("DELETE FROM changesets WHERE id = ?", (lost,))
        (now,) = db.execute("SELECT digest FROM sites").fetchone()
        db.execute("UPDATE sites SET digest = ?", (digest([lost], now),))
    server = LiveServer(server.data, server.port)
    residents.add(context(c), "Came by USB")
    export_bundle(c, tmp_path / "usb.bundle")  # c never syncs again
    import_bundle(b, tmp_path / "usb.bundle")
    report = sync_round(a)  # a notices, re-sends what the server lost
    assert report.digest_matches and report.reconciled >= 1
    assert report.steps[-5:] == ["compare", "pull_again", "reconcile", "files", "finish"]
    report = sync_round(b)  # b relays c's change sets, which the server never had
    assert report.digest_matches and report.reconciled >= 1
    fresh = sync_round(a)
    assert fresh.digest_matches and fresh.reconciled == 0
    assert fresh.steps == ["vouch", "locate", "push", "pull", "grant", "compare", "files",
                           "finish"]
    assert names(a) >= {"Lost by the server", "Came by USB"}
    for vault in (a, b, c):
        vault.close()
    server.stop()


def test_background_rounds_go_in_short_steps_until_done(
        template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from safehaven.server import handlers as server_handlers
    from safehaven.sync import rounds as sync_rounds

    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    monkeypatch.setattr(server_handlers, "PULL_LIMIT", 5)
    monkeypatch.setattr(sync_rounds, "PUSH_BATCH", 5)
    monkeypatch.setattr(sync_rounds, "QUICK_BATCHES", 1)
    for i in range(20):
        residents.add(context(a), f"Step {i}")
    steps = []
    while True:
        report = sync_round(a, quick=True)
        steps.append(report.pushed)
        if not report.more:
            break
    assert len(steps) >= 4 and report.digest_matches  # 1 batch of 5 per round
    pulls = []
    while True:
        report = sync_round(b, quick=True)
        pulls.append(report.pulled)
        if not report.more:
            break
    assert len(pulls) >= 4 and report.digest_matches
    assert names(b) == names(a)
    a.close()
    b.close()
    server.stop()


def _restore(a, backup: Path, template: Template):
    """Put the laptop's vault back from `backup`, as `safehaven restore` does."""
    import shutil

    from tests.sync.harness import open_device

    folder = a.folder
    a.close()
    shutil.rmtree(folder)
    shutil.copytree(backup, folder)
    a = open_device(folder, template)
    numbering.mark_restored(a)
    return a


def test_the_same_backup_restored_twice_or_on_a_second_laptop_splits_nothing(
        template: Template, tmp_path: Path) -> None:
    """Each restore starts a new epoch of the laptop's numbering: a second restore of the
    same backup, or the same backup restored on another machine while the first carries
    on, never reuses a number another save already took (issue: 'restored twice')."""
    import shutil

    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    try:
        residents.add(context(a), "Before backup")
        sync_round(a)
        a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        shutil.copytree(a.folder, tmp_path / "backup")
        a = _restore(a, tmp_path / "backup", template)
        residents.add(context(a), "After the first restore")
        sync_round(a)
        a = _restore(a, tmp_path / "backup", template)
        residents.add(context(a), "After the second restore")
        sync_round(a)
        # the same backup on a spare laptop, while the first carries on
        shutil.copytree(tmp_path / "backup", tmp_path / "spare")
        spare = _restore_copy(tmp_path / "spare", template)
        residents.add(context(spare), "On the spare laptop")
        residents.add(context(a), "Still on the first")
        for vault in (spare, a, b, spare, a):
            sync_round(vault)
        expected = {"Before backup", "After the first restore", "After the second restore",
                    "On the spare laptop", "Still on the first"}
        assert names(b) == expected
        assert names(a) == expected
        spare.close()
    finally:
        a.close()
        b.close()
        server.stop()


def _restore_copy(folder: Path, template: Template):
    from tests.sync.harness import open_device

    vault = open_device(folder, template)
    numbering.mark_restored(vault)
    return vault


def test_a_full_server_disk_is_said_plainly_and_nothing_is_lost(
        template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's disk fills: the laptop hears 507 with its own code and one plain line
    (not "server error"), keeps its check-in, and sends it once there is room again."""
    import sqlite3

    from safehaven.sync.client import ServerFailed
    from safehaven.sync.protocol import ErrorCode

    server = LiveServer(tmp_path / "server")
    (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    residents.add(context(a), "Written while the disk was full")

    def full(*args: object, **kwargs: object) -> object:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite itself sets it
        raise error

    real = server.storage.push_placed
    monkeypatch.setattr(server.storage, "push_placed", full)
    with pytest.raises(ServerFailed, match="disk is full") as failed:
        sync_round(a)
    assert failed.value.code is ErrorCode.SERVER_FULL
    monkeypatch.setattr(server.storage, "push_placed", real)
    assert sync_round(a).digest_matches
    assert "Written while the disk was full" in names(a)
    a.close()
    server.stop()


def test_own_change_sets_fetched_back_are_passed_on_signed_after_the_server_loses_them(
        template: Template, tmp_path: Path) -> None:
    """A restored laptop fetches its own change sets back; when the server then loses
    them (its store rolled back), the laptop sends them again as they came, with their
    author's signature, not sealed again from the vault (where a received change set keeps
    no signature): a second restore of the same backup then takes them back, not sets
    them aside as "not signed with its author's key" (found by the disaster campaign)."""
    import shutil

    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    try:
        residents.add(context(a), "Before backup")
        sync_round(a)
        sync_round(b)
        server.stop()
        server.snapshot("nightly")
        server = LiveServer(server.data, port=server.port, db=server.db)
        a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        shutil.copytree(a.folder, tmp_path / "backup")
        residents.add(context(a), "After backup")
        sync_round(a)
        a = _restore(a, tmp_path / "backup", template)
        sync_round(a)  # its own change set comes back from the server
        assert "After backup" in names(a)
        server.stop()
        server.restore("nightly")  # the server's disk died: last night's copy
        server = LiveServer(server.data, port=server.port, db=server.db)
        sync_round(a)  # a alone sends it again
        a = _restore(a, tmp_path / "backup", template)
        sync_round(a)
        assert "After backup" in names(a)
        assert quarantine.quarantined(a.conn) == []
        sync_round(b)
        assert quarantine.quarantined(b.conn) == []
    finally:
        a.close()
        b.close()
        server.stop()
