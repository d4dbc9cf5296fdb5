"""What a laptop that is not a manager's can do about destruction (issue 30, item 5): a
staff member's request or approval written past the services is refused by the manager's
laptop; a receipt in another laptop's name is refused; and a receipt's list of "erased"
change sets is only that laptop's word: nothing else is erased or refused on it."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from safehaven.domain.destruction import DestructionAction, DestructionStep
from safehaven.domain.models import CaseNote
from safehaven.services import closures, destruction, notes, residents
from safehaven.store import destruction as store
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.sync import erase
from tests.sync.harness import Template, make_template
from tests.sync.test_safeguarding_sync import as_of, sync
from tests.sync.test_safeguarding_sync import house as two_laptops  # noqa: F401

NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(two_laptops: tuple, tmp_path: Path) -> tuple:  # noqa: F811
    return two_laptops


def kinds(report: object) -> list[str]:
    return [r.kind.value for _, r in report.quarantined]  # type: ignore[attr-defined]


def test_staff_cannot_ask_approve_or_sign_for_another_laptop(house: tuple) -> None:
    a, b, sam_id, rid = house  # a: Sam's (staff) laptop; b: the manager's
    closures.close(as_of(b, NOW), rid, "turned-18")
    asked = destruction.request(as_of(b, NOW), rid, "Retention period over").record
    sync(b, a)
    forged = [
        DestructionStep(new_id(), a.site_id, new_id(), rid, DestructionAction.REQUEST, NOW,
                        sam_id, reason="mine"),
        DestructionStep(new_id(), a.site_id, asked.id, rid, DestructionAction.APPROVE, NOW,
                        sam_id),
        DestructionStep(new_id(), a.site_id, asked.id, rid, DestructionAction.DONE, NOW,
                        sam_id, device_id=b.device_id, changesets="[]"),
    ]
    for step in forged:
        with a.write(sam_id) as tx:
            tx.insert(step)
    assert sorted(kinds(sync(a, b))) == ["not_permitted", "not_permitted", "wrong_author"]
    [view] = destruction.listing(as_of(b, NOW))
    assert view.destruction.waiting and view.done_on == {}


def test_a_receipts_list_erases_and_refuses_nothing_by_itself(house: tuple) -> None:
    a, b, sam_id, rid = house
    other = residents.add(as_of(b, NOW), "Oluwaseun").record.id
    kept = notes.write(as_of(b, NOW), other, "Another child's note stays").record
    closures.close(as_of(b, NOW), rid, "turned-18")
    asked = destruction.request(as_of(b, NOW), rid, "Retention period over").record
    sync(b, a)
    theirs = [list(x) for x in b.conn.execute(
        "SELECT s.id, s.device_id, s.device_seq FROM change_sets s JOIN change_log l ON "
        "l.changeset = s.local_id WHERE l.row_id = ?", (kept.id,))]
    with a.write(sam_id) as tx:  # Sam's own laptop, but a list of the other child's saves
        tx.insert(DestructionStep(new_id(), a.site_id, asked.id, rid, DestructionAction.DONE,
                                  NOW, sam_id, device_id=a.device_id,
                                  changesets=json.dumps(theirs)))
    assert kinds(sync(a, b)) == []
    erase.carry_out(b)
    assert reads.get(b.conn, CaseNote, kept.id).body == "Another child's note stays"
    assert store.not_on_server(b.conn) == []  # the server is not asked to drop them
    assert store.destroyed_among(b.conn, [theirs[0][0]], (store.CHANGESET,)) == set()
