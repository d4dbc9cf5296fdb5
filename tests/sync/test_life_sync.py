"""A child's life beyond therapy (issue 31) across two laptops: a case kept on the manager's
laptop arrives sealed on a staff laptop with its hearing; staff may say who goes with the
child, and a patched client that moves the hearing or writes a case is refused by the
receiver with the same rule table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safehaven.domain.life import Hearing, LegalCase
from safehaven.domain.vocab import Role
from safehaven.services import legal, residents, staff, today
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log
from tests.sync.harness import Template, context, house_of, make_template

SAM = "sam's own passphrase"
NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str]]:
    """Laptop a is Sam's (staff), laptop b the manager's; one resident."""
    with house_of(template, tmp_path) as (a, b):
        sam = staff.add(context(a), "Sam Staff", Role.STAFF, SAM, crypto.MIN_KDF).record
        rid = residents.add(context(a), "Amira").record.id
        sync(a, b)
        folder = a.folder
        a.close()
        a = Vault.unlock(folder, SAM, "Sam Staff", sleep=lambda s: None)
        try:
            yield a, b, sam.id, rid
        finally:
            a.close()


def sync(a: Vault, b: Vault) -> object:
    return receive(b, outgoing(a, applied_log.highest_seq(b.conn)))


def as_of(vault: Vault, when: datetime) -> Context:
    ctx = Context.for_vault(vault)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_a_case_arrives_sealed_and_staff_arrange_who_goes(house: tuple) -> None:
    a, b, sam_id, rid = house
    case = legal.open_case(as_of(b, NOW), rid, kind="immigration", reference="HO-123-X",
                           lawyer="Ms Adeyemi").record
    hearing = legal.add_hearing(as_of(b, NOW), case.id, at=NOW + timedelta(days=1),
                                kind="immigration-interview", place="Lunar House",
                                note="Bring the birth certificate copy").record
    assert sync(b, a).quarantined == []  # type: ignore[attr-defined]
    stored = reads.get(a.conn, LegalCase, case.id)
    assert stored.reference.startswith("rk1:") and stored.lawyer.startswith("rk1:")
    assert reads.get(a.conn, Hearing, hearing.id).note.startswith("rk1:")
    sam = as_of(a, NOW)
    assert legal.cases(sam, rid)[0].reference is None
    assert [h.place for h in today.overview(sam).hearings] == ["Lunar House"]
    legal.edit_hearing(sam, hearing.id, accompanied_by="Sam", transport="bus")
    assert sync(a, b).quarantined == []  # type: ignore[attr-defined]
    assert reads.get(b.conn, Hearing, hearing.id).accompanied_by == "Sam"
    assert legal.cases(as_of(b, NOW), rid)[0].reference == "HO-123-X"

    with a.write(sam_id) as tx:  # a patched client: staff move the hearing
        tx.update(Hearing, hearing.id, place="a car park")
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "not_permitted"]
    assert reads.get(b.conn, Hearing, hearing.id).place == "Lunar House"
    forged = LegalCase(new_id(), a.site_id, rid, "police-investigation", NOW.date(), sam_id)
    with a.write(sam_id) as tx:  # and one that opens a case
        tx.insert(forged)
    report = sync(a, b)
    assert "not_permitted" in [  # type: ignore[attr-defined]
        r.kind.value for _, r in report.quarantined]
    assert not reads.exists(b.conn, LegalCase, forged.id)


def test_a_complaint_written_by_staff_is_answered_on_the_managers_laptop(house: tuple
                                                                         ) -> None:
    from safehaven.domain.life import Complaint
    from safehaven.services import voice

    a, b, sam_id, rid = house
    made = voice.complain(as_of(a, NOW), rid, "Nobody knocks before coming in").record
    assert sync(a, b).quarantined == []  # type: ignore[attr-defined]
    voice.answer(as_of(b, NOW), made.id, answer="Everyone knocks now", outcome="upheld")
    assert sync(b, a).quarantined == []  # type: ignore[attr-defined]
    stored = reads.get(a.conn, Complaint, made.id)
    assert stored.answer.startswith("rk1:") and stored.received_by == sam_id
    assert voice.complaints(as_of(a, NOW), rid)[0].outcome == "upheld"
    with a.write(sam_id) as tx:  # a patched client: staff answer their own complaint
        tx.update(Complaint, made.id, outcome="not-upheld")
    report = sync(a, b)
    assert [r.kind.value for _, r in report.quarantined] == [  # type: ignore[attr-defined]
        "not_permitted"]
