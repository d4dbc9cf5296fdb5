"""Closing a case across two laptops (issue 30): a manager's closure made on one laptop
closes the case on the other; a closure, reopening or approval written past the services
by a staff member is refused by the receiver, with the same rule table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from safehaven.domain.lifecycle import Approval, CaseClosure, LegalHold
from safehaven.domain.vocab import ApprovalStatus, ApprovalSubject, CaseAction, ClosureReason
from safehaven.services import closures, today
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from tests.sync.harness import Template, make_template
from tests.sync.test_safeguarding_sync import as_of, sync
from tests.sync.test_safeguarding_sync import house as two_laptops  # noqa: F401

NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(two_laptops: tuple, tmp_path: Path) -> Iterator[tuple[Vault, Vault, str, str]]:  # noqa: F811
    yield two_laptops


def quarantined(report: object) -> list[str]:
    return [r.kind.value for _, r in report.quarantined]  # type: ignore[attr-defined]


def test_a_managers_closure_arrives_and_closes_the_case_there(house: tuple) -> None:
    a, b, _, rid = house  # a: Sam (staff); b: the manager
    made = closures.close(as_of(b, NOW), rid, "kinship", destination="Her grandmother").record
    assert quarantined(sync(b, a)) == []
    assert closures.closed_map(a.conn)[rid] == made
    assert rid not in {r.id for r in today.overview(as_of(a, NOW)).needs_checkin}
    closures.reopen(as_of(b, NOW), rid, "Placement with grandmother ended")
    assert quarantined(sync(b, a)) == []
    assert rid not in closures.closed_map(a.conn)


def test_a_staff_closure_or_reopening_past_the_services_is_refused(house: tuple) -> None:
    a, b, sam_id, rid = house
    forged = CaseClosure(new_id(), a.site_id, rid, CaseAction.CLOSE, NOW.date(), sam_id,
                         ClosureReason.RAN_AWAY)
    with a.write(sam_id) as tx:  # a patched client: staff closing a case
        tx.insert(forged)
    assert rid in closures.closed_map(a.conn)  # on her own laptop only
    assert quarantined(sync(a, b)) == ["not_permitted"]
    assert not reads.exists(b.conn, CaseClosure, forged.id)
    assert rid not in closures.closed_map(b.conn)


def test_only_a_manager_reopens_or_approves_on_any_laptop(house: tuple) -> None:
    a, b, sam_id, rid = house
    closing = closures.close(as_of(b, NOW), rid, "turned-18").record
    sync(b, a)
    reopen = CaseClosure(new_id(), a.site_id, rid, CaseAction.REOPEN, NOW.date(), sam_id,
                         note="I say so")
    approve = Approval(new_id(), a.site_id, rid, ApprovalSubject.CLOSURE, closing.id,
                       ApprovalStatus.APPROVED, NOW, sam_id)
    hold = LegalHold(new_id(), a.site_id, rid, "mine", NOW.date(), sam_id)
    for record in (reopen, approve, hold):
        with a.write(sam_id) as tx:
            tx.insert(record)
    assert quarantined(sync(a, b)) == ["not_permitted"] * 3
    assert rid in closures.closed_map(b.conn)
    assert not reads.exists(b.conn, LegalHold, hold.id)
