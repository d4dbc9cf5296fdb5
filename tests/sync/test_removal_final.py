"""Removal is final for every copy (issue 32, item 3), with a real server on loopback:
a removed person's old copy of the shared laptop's vault folder, and her old backup of
the manager's laptop, opened with her own passphrase, pull nothing new (their tokens are
refused) and open nothing written after her removal (the site key they hold is not the
one it is sealed with), while everyone who remains carries on."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.services import residents, staff
from safehaven.store import crypto, reads
from safehaven.store.backup import restore, write_backup
from safehaven.store.vault import Vault
from safehaven.sync import protocol, reissue
from safehaven.sync.client import SyncError
from safehaven.sync.managers import manager_signed
from safehaven.sync.reissue_protocol import HANDOFF, REISSUE, reissue_text
from safehaven.sync.replica import device_keys, server_link
from safehaven.sync.rounds import sync_round
from safehaven.sync.runs import parse
from tests.sync.harness import PASSPHRASE, Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

AFTER = "Written after Worker 1 left"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[LiveServer, list[Vault]]]:
    """The manager's laptop a, the shared laptop b (Worker 1 joined it), laptop c
    (Worker 2's); every laptop knows everyone (a slot for each on each)."""
    server = LiveServer(tmp_path / "server")
    vaults = enrolled_house(server, template, tmp_path, laptops=3)
    try:
        for vault in [*vaults, *vaults]:
            sync_round(vault)
        yield server, vaults
    finally:
        for vault in vaults:
            if vault.conn is not None:
                vault.close()
        server.stop()


def staff_id(vault: Vault, name: str) -> str:
    found = [s.id for s in staff.listing(context(vault)) if s.display_name == name]
    assert found, name
    return found[0]


def unlock(folder: Path, name: str) -> Vault:
    return Vault.unlock(folder, PASSPHRASE, name, sleep=lambda s: None)


def copied(vault: Vault, where: Path) -> Path:
    """Her copy of a laptop's vault folder, as it is now."""
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    shutil.copytree(vault.folder, where, ignore=shutil.ignore_patterns("*.lock"))
    return where


def pulled_after_removal(server: LiveServer, token: str) -> list[bytes]:
    """Every envelope of the house's log, read with a token that still works."""
    with httpx.Client(base_url=server.url,
                      headers={"authorization": f"Bearer {token}"}) as http:
        page = http.get(protocol.PULL, params={"after": 0, "own": 1}).json()
    out = [item["envelope"].encode() for item in page["items"] if "envelope" in item]
    return out + [r.encode() for r in page.get("runs", [])]


def test_an_old_copy_and_an_old_backup_pull_nothing_and_open_nothing_new(
        house: tuple[LiveServer, list[Vault]], tmp_path: Path) -> None:
    server, (a, b, c) = house
    worker = staff_id(a, "Worker 1")
    assert {"Worker 1", "Worker 2"} <= {s.label for s in b.keys.staff_slots()}
    # before she leaves: a copy of the shared laptop's folder, a backup of the manager's
    old_b = copied(b, tmp_path / "old-b")
    backup = tmp_path / "a.shbackup"
    write_backup(a, backup)
    old_versions = {v for _, v, _ in device_keys.all_site_keys(b.conn)}
    b.close()

    staff.remove(context(a), worker)
    sync_round(a)  # the new tokens go to the server before anything else
    residents.add(context(a), AFTER)
    sync_round(a)
    new_version, _ = device_keys.site_key(a.conn, a.site_id)
    assert new_version not in old_versions

    restored = tmp_path / "old-a"
    restore(backup, restored, PASSPHRASE, "Worker 1")
    for folder in (old_b, restored):
        stolen = unlock(folder, "Worker 1")
        try:
            token = server_link.server_link(stolen.conn).device_token
            with pytest.raises(SyncError) as refused:
                sync_round(stolen)
            assert refused.value.code is protocol.ErrorCode.TOKEN_REISSUED
            with httpx.Client(base_url=server.url,
                              headers={"authorization": f"Bearer {token}"}) as http:
                pull = http.get(protocol.PULL, params={"after": 0})
                assert pull.status_code == 401
                assert pull.json()["code"] == protocol.ErrorCode.TOKEN_REISSUED
                # the hand-off is there for the taking, sealed for those who remain
                assert http.get(HANDOFF).status_code == 200
            names = {r.preferred_name for r in reads.all_of(stolen.conn, Resident)}
            assert AFTER not in names
            held = {v for _, v, _ in device_keys.all_site_keys(stolen.conn)}
            assert new_version not in held
            # what was written after, fetched by other means, is sealed with a key she
            # never had, and no grant she holds opens it
            token_now = server_link.server_link(a.conn).device_token
            after = [parse(e)[0].kv for e in pulled_after_removal(server, token_now)]
            assert new_version in after and not held & {v for v in after
                                                        if v not in old_versions}
            box = device_keys.box_private(stolen)
            from safehaven.sync.engine import open_grants
            assert open_grants(stolen, box) == 0
            assert new_version not in {v for _, v, _ in device_keys.all_site_keys(stolen.conn)}
        finally:
            stolen.close()

    # those who remain carry on: Worker 2 on the shared laptop takes its new token
    shared = unlock(b.folder, "Worker 2")
    try:
        sync_round(shared)
        names = {r.preferred_name for r in reads.all_of(shared.conn, Resident)}
        assert AFTER in names
        assert new_version in {v for _, v, _ in device_keys.all_site_keys(shared.conn)}
        residents.add(context(shared), "From the shared laptop, after")
        sync_round(shared)
    finally:
        shared.close()
    sync_round(c)
    names = {r.preferred_name for r in reads.all_of(c.conn, Resident)}
    assert {AFTER, "From the shared laptop, after"} <= names


def test_only_a_managers_signature_reissues_a_token(
        house: tuple[LiveServer, list[Vault]]) -> None:
    """A worker's token (or the removed person's, before the manager syncs) cannot take
    over a laptop's token with one of its own choosing."""
    server, (a, b, _) = house
    identity = b.identity  # Worker 1's: staff, no manager
    assert identity is not None
    doc = {"device": a.device_id, "token_hash": "0" * 64, "box_public": "1" * 64,
           "sealed": []}
    signed = manager_signed(b, identity, doc, lambda d: reissue_text(b.site_id, d))
    token = server_link.server_link(b.conn).device_token
    with httpx.Client(base_url=server.url,
                      headers={"authorization": f"Bearer {token}"}) as http:
        answer = http.post(REISSUE, json={"items": [signed]})
    assert answer.status_code == 403
    assert answer.json()["code"] == protocol.ErrorCode.NOT_MANAGER
    sync_round(a)  # the manager's token still works


class ForgedHandoff:
    """A server (or anyone) offering a laptop a token and box key of its own choosing,
    sealed for the person unlocked there, signed by a key that is no manager's."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def handoff(self) -> dict:
        vault, forger = self.vault, crypto.Identity.from_seed(b"f" * 32)
        box, public = device_keys.new_box_key()
        plain = json.dumps({"token": "dev_forged", "box": box.hex()}).encode()
        assert vault.staff_id is not None and vault.identity is not None
        sealed = crypto.seal_to(vault.identity.box_public, plain,
                                f"safehaven-handoff/1|{vault.site_id}|{vault.device_id}|"
                                f"{vault.staff_id}".encode())
        doc = {"device": vault.device_id, "token_hash": hashlib.sha256(b"dev_forged").hexdigest(),
               "box_public": public,
               "sealed": [[vault.staff_id, base64.b64encode(sealed).decode()]]}
        return {"handoff": manager_signed(vault, forger, doc,
                                          lambda d: reissue_text(vault.site_id, d))}


def test_a_handoff_not_signed_by_a_manager_is_not_taken(
        house: tuple[LiveServer, list[Vault]]) -> None:
    _, (_, b, _) = house
    before = server_link.server_link(b.conn).device_token
    box = device_keys.box_private(b)
    with pytest.raises(reissue.HandoffClosed):
        reissue.take_handoff(b, ForgedHandoff(b))  # type: ignore[arg-type]
    assert server_link.server_link(b.conn).device_token == before
    assert device_keys.box_private(b) == box


def test_two_removals_before_the_manager_syncs_leave_nothing_unreadable(
        house: tuple[LiveServer, list[Vault]]) -> None:
    """Each removal makes a site key and new box keys; a laptop that takes only the last
    hand-off still opens what was sealed with the first one's key."""
    _, (a, _b, c) = house
    temp = staff.add(context(a), "Temp Worker", "staff", PASSPHRASE + " temp",
                     crypto.MIN_KDF).record
    staff.remove(context(a), staff_id(a, "Worker 1"))
    residents.add(context(a), "Between the two removals")
    staff.remove(context(a), temp.id)
    residents.add(context(a), AFTER)
    sync_round(a)
    sync_round(c)  # Worker 2's own laptop takes its hand-off
    names = {r.preferred_name for r in reads.all_of(c.conn, Resident)}
    assert {"Between the two removals", AFTER} <= names


def test_a_removal_by_an_admin_is_reissued_when_a_manager_next_syncs_that_laptop(
        house: tuple[LiveServer, list[Vault]], tmp_path: Path) -> None:
    """An admin may remove staff but cannot sign for the server: the laptop keeps the
    re-issue due, and the next round a manager runs there does it."""
    _, (a, b, _) = house
    staff.add(context(a), "Ada Admin", "admin", PASSPHRASE + " admin", crypto.MIN_KDF)
    sync_round(a)
    old_b = copied(b, tmp_path / "old-b")
    folder = a.folder
    a.close()
    admin = Vault.unlock(folder, PASSPHRASE + " admin", "Ada Admin", sleep=lambda s: None)
    try:
        staff.remove(context(admin), staff_id(admin, "Worker 1"))
        sync_round(admin)
        assert reissue.is_due(admin)
    finally:
        admin.close()
    stolen = unlock(old_b, "Worker 1")
    try:
        sync_round(stolen)  # not yet: no manager has signed new tokens
        manager = unlock(folder, "Manager")
        try:
            sync_round(manager)
            assert not reissue.is_due(manager)
        finally:
            manager.close()
        with pytest.raises(SyncError) as refused:
            sync_round(stolen)
        assert refused.value.code is protocol.ErrorCode.TOKEN_REISSUED
    finally:
        stolen.close()


def test_an_older_reissue_sent_again_does_not_bring_its_tokens_back(
        house: tuple[LiveServer, list[Vault]]) -> None:
    """A re-issue signed earlier (kept by someone, or by the server) is not applied over a
    newer one: the tokens it names would be ones a later-removed person could open."""
    server, (a, _, c) = house
    device = c.device_id
    token = server_link.server_link(a.conn).device_token
    manager = a.identity
    assert manager is not None

    def item(at: str, token_hash: str) -> dict:
        doc = {"device": device, "token_hash": token_hash, "box_public": "1" * 64,
               "sealed": [], "by": manager.sign_public, "at": at}
        sig = manager.signer.sign(reissue_text(a.site_id, doc))
        return {**doc, "sig": base64.b64encode(sig).decode()}

    from datetime import UTC, datetime, timedelta
    now = datetime.now(UTC).replace(microsecond=0)
    with httpx.Client(base_url=server.url,
                      headers={"authorization": f"Bearer {token}"}) as http:
        newer = http.post(REISSUE, json={"items": [item(now.isoformat(), "a" * 64)]})
        older = http.post(REISSUE, json={"items": [
            item((now - timedelta(minutes=5)).isoformat(), "b" * 64)]})
    assert newer.json()["reissued"] == 1 and older.json()["reissued"] == 0
    with server.storage.read() as db:
        held = db.one("SELECT token_hash FROM devices WHERE id = ?", (device,))
    assert held is not None and held[0] == "a" * 64
