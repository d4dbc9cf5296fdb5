"""A server that drops, reorders or withholds a change set cannot hide it: each change set
names the one its laptop made before it, a later one waits for it, the gap shows on the
Sync page's list of laptops, and everything applies once the missing one arrives (from the
server or a USB bundle)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents, sync_status
from safehaven.store import reads
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log, device_keys, quarantine, server_link
from tests.sync.harness import Template, context, house_of, make_template, one_by_one


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def pair(template: Template, tmp_path: Path) -> Iterator[list[Vault]]:
    with house_of(template, tmp_path) as vaults:
        receive(vaults[1], outgoing(vaults[0], applied_log.highest_seq(vaults[1].conn)))
        yield vaults


def laptop_a(b: Vault, a: Vault) -> dict:
    return next(d for d in sync_status.devices(context(b)) if d["id"] == a.device_id)


def test_a_withheld_change_set_is_a_gap_until_it_arrives(pair: list[Vault]) -> None:
    a, b = pair
    rid = residents.add(context(a), "Before").record.id
    receive(b, outgoing(a, applied_log.highest_seq(b.conn)))
    held = applied_log.highest_seq(b.conn)
    checkins.record(context(a), rid, mood=1, flags=["self-harm"], note="the one withheld")
    residents.add(context(a), "After")
    withheld, later = one_by_one(a, held)
    report = receive(b, [later])  # the server dropped the self-harm check-in
    assert [refusal.kind for _, refusal in report.quarantined] == [RefusalKind.WAITING]
    assert "After" not in {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    status = laptop_a(b, a)
    assert status["waiting_for_gap"] == 1
    assert status["newest_seq"] == held[a.device_id]  # nothing past the gap counts as seen
    # reordered: the missing one arrives after all (the server again, or a bundle)
    report = receive(b, [withheld])
    assert report.applied == 2 and report.quarantined == []
    assert "After" in {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    assert [c.note for c in checkins.for_resident(context(b), rid)] == ["the one withheld"]
    assert laptop_a(b, a)["waiting_for_gap"] == 0
    assert quarantine.quarantined(b.conn) == []


def test_no_token_can_push_in_another_laptops_name(tmp_path: Path,
                                                   template: Template) -> None:
    """A laptop (or a stolen token) sends an envelope naming the manager's laptop with
    number 10^12: the server refuses it, so the manager's numbers stay true."""
    import httpx

    from safehaven.sync.envelope import seal
    from safehaven.sync.rounds import sync_round
    from tests.sync.server_harness import LiveServer, enrolled_house

    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        residents.add(context(a), "Real")
        sync_round(a)
        version, key = device_keys.site_key(b.conn, b.site_id)
        forged = seal({"id": "forged", "device_id": a.device_id, "device_seq": 10 ** 12,
                       "hlc": 1, "staff_id": None, "entries": []},
                      b.site_id, version, key, device_keys.signing_key(b))
        link = server_link.server_link(b.conn)
        answer = httpx.post(server.url + "/v1/push", json={"envelopes": [forged.decode()]},
                            headers={"authorization": f"Bearer {link.device_token}"})
        assert answer.status_code == 403
        state = httpx.get(server.url + "/v1/state",
                          headers={"authorization": f"Bearer {link.device_token}"}).json()
        assert state["highest"][a.device_id] < 1000
        # and b's own change sets still go through
        residents.add(context(b), "From b")
        assert sync_round(b).pushed >= 1
        a.close()
        b.close()
    finally:
        server.stop()


def test_only_a_managers_signature_revokes_a_laptop_on_the_server(
        tmp_path: Path, template: Template) -> None:
    import httpx

    from safehaven.sync.client import SyncError
    from safehaven.sync.enrolment import revoke_device
    from safehaven.sync.rounds import sync_round
    from tests.sync.server_harness import LiveServer, enrolled_house

    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        sync_round(a)  # the manager's laptop tells the server who the managers are
        sync_round(b)
        b_token = server_link.server_link(b.conn).device_token
        for attempt in ({"devices": [a.device_id]},  # a staff laptop's bare token
                        {"devices": [a.device_id], "by": b.identity.sign_public,
                         "at": "2026-01-01T00:00:00+00:00", "sig": "AAAA"}):
            answer = httpx.post(server.url + "/v1/revoke", json=attempt,
                                headers={"authorization": f"Bearer {b_token}"})
            assert answer.status_code == 403
        residents.add(context(a), "Still syncing")
        assert sync_round(a).pushed >= 1  # the manager's laptop was not cut off
        revoke_device(a, b.device_id)
        sync_round(a)
        with pytest.raises(SyncError):
            sync_round(b)
        a.close()
        b.close()
    finally:
        server.stop()


def test_what_sync_brings_names_the_residents_whose_pages_refresh(
        pair: list[Vault], tmp_path: Path) -> None:
    """An open resident page listens for changes to its resident: a bundle (or a round)
    reports the rows it changed as the `Changed` values a save returns."""
    a, b = pair
    rid = residents.add(context(a), "Someone").record.id
    sync_status.import_bundle(context(b), _bundle(a, tmp_path / "one.bundle"))
    saved = checkins.record(context(a), rid, mood=4, note="seen on laptop a")
    result = sync_status.import_bundle(context(b), _bundle(a, tmp_path / "two.bundle"))
    assert result.record["applied"] == 1
    [change] = [c for c in result.changes if c.table == "check_ins"]
    [made] = [c for c in saved.changes if c.table == "check_ins"]
    assert (change.row_id, change.resident_id, change.remote) == (made.row_id, rid, True)
    assert {c.resident_id for c in result.changes} == {rid}


def _bundle(vault: Vault, path: Path) -> Path:
    sync_status.export_bundle(context(vault), path)
    return path


def test_a_restart_costs_nothing_and_a_restored_copy_is_pulled_from_where_it_agrees(
        tmp_path: Path, template: Template) -> None:
    from safehaven.sync.rounds import sync_round
    from tests.sync.server_harness import LiveServer, enrolled_house

    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        for n in range(30):
            residents.add(context(a), f"Early {n}")
        sync_round(a)
        sync_round(b)
        server.stop()
        server.snapshot("nightly")
        server = server.restart()
        # a restart (an upgrade, a reboot) costs the laptops nothing
        report = sync_round(b)
        assert (report.pulled, report.reconciled) == (0, 0) and report.digest_matches
        for n in range(5):
            residents.add(context(a), f"Late {n}")
        sync_round(a)
        sync_round(b)
        # the server's disk is replaced by last night's copy (not by `server restore`, so
        # the epoch is the same): b notices, pulls only from where both agree, and both
        # laptops put back what the copy lacks
        server.stop()
        server.restore("nightly")
        server = server.restart()
        report = sync_round(b)
        assert report.pulled < 30  # never the whole log again
        sync_round(a)
        names = {r.preferred_name for r in reads.all_of(b.conn, Resident)}
        assert {f"Late {n}" for n in range(5)} <= names
        c_state = sync_round(b)
        assert c_state.digest_matches
        a.close()
        b.close()
    finally:
        server.stop()
