"""Destroying a closed case's records on one laptop (issue 30, item 5): two managers, then
nothing of the child in the vault's decrypted pages (free pages and WAL included) or in a
backup made afterwards, and the tombstone stays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safehaven.domain.destruction import DestructionAction, DestructionStep
from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import (
    checkins,
    closures,
    destruction,
    documents,
    drafts,
    notes,
    residents,
    retention,
    staff,
)
from safehaven.services.context import Context
from safehaven.store import backup, reads
from tests.conftest import FAST, House
from tests.lifecycle.vault_bytes import backup_plaintext, holds, vault_plaintext

NAME, OTHER = "Zuleikha Marchetti", "Oluwaseun Brightwater"
NOTE = "Talked about her sister in Tirana-7Q"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nA birth certificate Qx41\n%%EOF\n"


def second_manager(house: House) -> Context:
    made = staff.add(house.manager, "Second Manager", Role.MANAGER, "second manager pass",
                     FAST).record
    return Context(house.vault, made, now=house.manager.now)


def a_closed_child(house: House) -> str:
    rid = residents.add(house.manager, NAME, intake_date=date(2026, 1, 5)).record.id
    notes.write(house.staff, rid, NOTE)
    checkins.record(house.staff, rid, 4, note="Slept well after the call " + NAME)
    documents.add(house.manager, rid, "identity-document", PDF, title="Birth certificate")
    drafts.keep_checkin(house.staff, rid, NAME, {"note": NAME + " half typed"})
    closures.close(house.manager, rid, "kinship", destination="Her aunt in Bari")
    return rid


def test_two_managers_destroy_and_only_the_tombstone_is_left(house: House,
                                                             tmp_path: Path) -> None:
    rid = a_closed_child(house)
    other = residents.add(house.manager, OTHER).record.id
    notes.write(house.staff, other, "Another child's note stays")
    second = second_manager(house)
    before = vault_plaintext(house.vault)
    assert holds(before, NAME, NOTE) == [NAME, NOTE]  # the scan sees what is there

    asked = destruction.request(house.manager, rid, "Retention period over").record
    with pytest.raises(InvalidValue) as same:  # the manager who asked cannot approve
        destruction.approve(house.manager, asked.id)
    assert same.value.field == "destruction_id"
    assert reads.exists(house.vault.conn, Resident, rid)  # nothing erased yet
    destruction.approve(second, asked.id)

    blob = vault_plaintext(house.vault)
    assert holds(blob, NAME, NOTE, "Tirana-7Q", "Qx41", "Bari") == []
    assert holds(blob, OTHER, "Another child's note stays") == [
        OTHER, "Another child's note stays"]
    backup.write_backup(house.vault, tmp_path / "after.shbackup")
    assert holds(backup_plaintext(house.vault, tmp_path / "after.shbackup"), NAME,
                 NOTE) == []
    steps = reads.all_of(house.vault.conn, DestructionStep)
    assert {s.action for s in steps} == {DestructionAction.REQUEST, DestructionAction.APPROVE,
                                         DestructionAction.DONE}
    [view] = destruction.listing(house.manager)
    assert view.destruction.approved and house.vault.device_id in view.done_on
    assert view.destruction.request.closed_on is not None
    assert not reads.exists(house.vault.conn, Resident, rid)


def test_only_managers_and_only_a_closed_case_without_a_hold(house: House) -> None:
    rid = residents.add(house.manager, NAME).record.id
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            destruction.request(who, rid, "no")
    with pytest.raises(InvalidValue):  # still open
        destruction.request(house.manager, rid, "due")
    closures.close(house.manager, rid, "turned-18")
    retention.place_hold(house.manager, rid, "Court case")
    with pytest.raises(InvalidValue):
        destruction.request(house.manager, rid, "due")
    hold = retention.holds(house.manager, rid)[0]
    retention.lift_hold(house.manager, hold.id)
    asked = destruction.request(house.manager, rid, "due").record
    with pytest.raises(NotAllowed):
        destruction.approve(house.clinician, asked.id)
    second = second_manager(house)
    destruction.decline(second, asked.id, "Her solicitor asked us to wait")
    assert reads.exists(house.vault.conn, Resident, rid)
    with pytest.raises(InvalidValue):
        destruction.approve(second, asked.id)
    assert [x.destruction.declined is not None for x in destruction.listing(second)] == [True]
