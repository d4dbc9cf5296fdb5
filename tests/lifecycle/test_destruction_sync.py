"""A destruction through a real server (issue 30, item 5, what must hold): approved by two
managers, after a few rounds no laptop's vault (every page decrypted, every run and
envelope it keeps opened), no backup made afterwards and nothing the server holds (every
envelope it keeps opened with the house's keys) holds the child's names or note text;
each laptop sent its signed receipt; the tombstone stays; a laptop restored from a
backup made before cannot bring her back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from safehaven.domain.destruction import DestructionAction, DestructionStep
from safehaven.domain.lifecycle import LegalHold
from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.services import checkins, closures, destruction, notes, residents, staff
from safehaven.store import backup, crypto, reads
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.sync.engine import known_now, open_all
from safehaven.sync.replica.quarantine import quarantined as quarantine_list
from safehaven.sync.rounds import sync_round
from tests.lifecycle.vault_bytes import backup_plaintext, holds, vault_plaintext
from tests.sync.harness import PASSPHRASE, Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

NAME, OTHER = "Zuleikha Marchetti", "Oluwaseun Brightwater"
NOTE = "Talked about her sister in Tirana-7Q"
CHECKIN = "Quiet evening, asked about Bari-9W"
SECOND = "second manager passphrase"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[LiveServer, list[Vault]]]:
    server = LiveServer(tmp_path / "server")
    vaults = enrolled_house(server, template, tmp_path / "house", laptops=2)
    yield server, vaults
    for vault in vaults:
        vault.close()
    server.stop()


def opened_text(vault: Vault, envelopes: list[bytes]) -> bytes:
    """What these envelopes hold, opened with this laptop's keys (every entry's value)."""
    out = []
    for _, result in open_all(known_now(vault), envelopes):
        if isinstance(result, tuple):
            out += [f"{e.row_id} {e.value}".encode() for e in result[1].entries]
    return b"\n".join(out)


def server_text(server: LiveServer, vault: Vault) -> bytes:
    """Everything the server's log holds for the house, opened with the house's keys."""
    ids, after, more = [], 0, True
    while more:
        page, after, more = server.storage.ids(vault.site_id, after, 1000)
        ids += page
    return opened_text(vault, server.storage.fetch(vault.site_id, ids))


def laptop_text(vault: Vault) -> bytes:
    """A laptop's vault: every page decrypted, and every envelope and run it keeps for
    relaying, opened."""
    kept = [bytes(e) for (e,) in vault.conn.execute(
        "SELECT envelope FROM runs UNION ALL SELECT envelope FROM change_sets WHERE "
        "envelope IS NOT NULL UNION ALL SELECT envelope FROM quarantine")]
    return vault_plaintext(vault) + opened_text(vault, kept)


def rounds(*vaults: Vault, times: int = 2) -> None:
    for _ in range(times):
        for vault in vaults:
            sync_round(vault)


def test_destruction_reaches_every_laptop_and_the_server(house: tuple, tmp_path: Path
                                                         ) -> None:
    server, (a, b) = house  # a: the manager's laptop; b: Worker 1's (staff)
    rid = residents.add(context(a), NAME, intake_date=date(2026, 1, 5)).record.id
    other = residents.add(context(a), OTHER).record.id
    notes.write(context(a), rid, NOTE)
    sync_round(a)
    sync_round(b)
    checkins.record(context(b), rid, 4, note=CHECKIN)
    checkins.record(context(b), other, 3, note="Another child's evening")
    second = staff.add(context(a), "Second Manager", Role.MANAGER, SECOND,
                       crypto.MIN_KDF).record
    closures.close(context(a), rid, "kinship", destination="Her aunt")
    with b.write() as tx:  # past the services: a staff member may not place a hold, so
        tx.insert(LegalHold(new_id(), b.site_id, rid, "Forged, about Bari-9W",  # the
                            date(2026, 11, 1), b.staff_id or ""))  # manager's laptop
    rounds(b, a)                                                   # sets it aside
    assert [r.kind.value for _, r in quarantine_list(a.conn)] == ["not_permitted"]
    before = backup.write_backup(b, tmp_path / "b-before.shbackup")
    assert before is not None
    assert holds(server_text(server, a), NAME, NOTE, CHECKIN) == [NAME, NOTE, CHECKIN]
    assert holds(laptop_text(b), NAME, CHECKIN) == [NAME, CHECKIN]  # the scans see her

    asked = destruction.request(context(a), rid, "Retention period over").record
    sync_round(a)
    folder = a.folder
    a.close()  # the second manager signs in on the same laptop
    a = Vault.unlock(folder, SECOND, "Second Manager", sleep=lambda s: None)
    house[1][0] = a
    destruction.approve(context(a), asked.id)
    assert second.id == context(a).actor.id  # type: ignore[union-attr]
    rounds(a, b, times=3)

    for vault in (a, b):
        assert holds(laptop_text(vault), NAME, NOTE, CHECKIN, "Tirana-7Q", "Bari-9W") == []
        assert holds(vault_plaintext(vault), OTHER) == [OTHER]
        assert not reads.exists(vault.conn, Resident, rid)
        assert quarantine_list(vault.conn) == []  # hers set aside here went too
        steps = reads.all_of(vault.conn, DestructionStep)
        assert {(s.action, s.device_id) for s in steps if s.action is
                DestructionAction.DONE} == {(DestructionAction.DONE, a.device_id),
                                            (DestructionAction.DONE, b.device_id)}
    assert holds(server_text(server, a), NAME, NOTE, CHECKIN) == []
    assert holds(server_text(server, a), "Another child's evening") == [
        "Another child's evening"]  # the other child's check-in was sent again
    backup.write_backup(b, tmp_path / "b-after.shbackup")
    assert holds(backup_plaintext(b, tmp_path / "b-after.shbackup"), NAME, CHECKIN) == []
    [view] = destruction.listing(context(a))
    assert set(view.done_on) == {a.device_id, b.device_id} and view.waiting_on == []
    for vault in (a, b):  # the rounds agree: nothing left to reconcile
        assert sync_round(vault).digest_matches

    # Worker 1's laptop restored from the backup made before: its first round sends all
    # of its own change sets again; the server refuses hers, and the laptop erases her
    target = tmp_path / "restored"
    backup.restore(tmp_path / "b-before.shbackup", target, PASSPHRASE, "Worker 1")
    old = Vault.unlock(target, PASSPHRASE, "Worker 1", sleep=lambda s: None)
    try:
        assert holds(vault_plaintext(old), CHECKIN) == [CHECKIN]
        rounds(old, a)
        assert holds(laptop_text(old), NAME, NOTE, CHECKIN) == []
        assert holds(server_text(server, a), NAME, NOTE, CHECKIN) == []
    finally:
        old.close()


def test_a_laptop_away_during_the_destruction_cannot_bring_her_back(house: tuple) -> None:
    """Worker 1's laptop, not synced since, writes about her after the approval: its run
    reaches the server and the manager's laptop, which applies the other child's check-in
    from it but neither her check-in nor the run; the server drops both once told, and the
    other child's check-in comes back sealed anew."""
    server, (a, b) = house
    late = "Late note about Cusco-31X"
    rid = residents.add(context(a), NAME).record.id
    other = residents.add(context(a), OTHER).record.id
    staff.add(context(a), "Second Manager", Role.MANAGER, SECOND, crypto.MIN_KDF)
    closures.close(context(a), rid, "kinship", destination="Her aunt")
    rounds(a, b)
    asked = destruction.request(context(a), rid, "Retention period over").record
    folder = a.folder
    a.close()
    a = Vault.unlock(folder, SECOND, "Second Manager", sleep=lambda s: None)
    house[1][0] = a
    destruction.approve(context(a), asked.id)
    sync_round(a)
    checkins.record(context(b), rid, 3, note=late)  # b has not heard yet
    checkins.record(context(b), other, 4, note="The other child's late evening")
    rounds(b, a, times=3)
    for vault in (a, b):
        assert holds(laptop_text(vault), late, NAME) == []
        assert holds(laptop_text(vault), "The other child's late evening") == [
            "The other child's late evening"]
    assert holds(server_text(server, a), late, NAME) == []
    assert holds(server_text(server, a), "The other child's late evening") == [
        "The other child's late evening"]
