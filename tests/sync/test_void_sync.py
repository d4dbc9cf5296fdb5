"""A voided check-in across two laptops (issue 25): a void made on one laptop is applied on
the other and the check-in counts nowhere there; a staff member's void of someone else's
check-in, written past the services, is refused by the receiver with the same rule."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from safehaven.domain.models import CheckIn, StaffPrefs
from safehaven.errors import NotAllowed
from safehaven.services import checkins, preferences, today
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


def test_a_void_made_on_one_laptop_applies_on_the_other(house: tuple) -> None:
    a, b, _, rid = house  # a: Sam (staff); b: the manager
    wrong = checkins.record(as_of(a, NOW), rid, 1, flags=["self-harm"]).record
    assert quarantined(sync(a, b)) == []
    assert "risk-flag" in {x.kind for x in today.overview(as_of(b, NOW)).alerts}
    gone = checkins.void(as_of(a, NOW), wrong.id, "recorded for the wrong child").record
    assert quarantined(sync(a, b)) == []
    there = reads.get(b.conn, CheckIn, gone.id)
    assert there.voided and there.amend_reason == "recorded for the wrong child"
    assert reads.for_resident(b.conn, CheckIn, rid) == []
    view = today.overview(as_of(b, NOW))
    assert rid in {r.id for r in view.needs_checkin}
    assert "risk-flag" not in {x.kind for x in view.alerts}


def test_a_staff_void_of_someone_elses_checkin_is_refused(house: tuple) -> None:
    a, b, sam_id, rid = house
    theirs = checkins.record(as_of(b, NOW), rid, 2, flags=["runaway"]).record
    assert quarantined(sync(b, a)) == []
    forged = replace(theirs, id=new_id(), staff_id=sam_id, amends_id=theirs.id,
                     amend_reason="I say so", voided=True)
    with a.write(sam_id) as tx:  # a patched client: staff voiding the manager's check-in
        tx.insert(forged)
    assert quarantined(sync(a, b)) == ["not_permitted"]
    assert not reads.exists(b.conn, CheckIn, forged.id)
    assert [c.id for c in reads.for_resident(b.conn, CheckIn, rid)] == [theirs.id]


def test_own_settings_travel_and_no_one_writes_anothers(house: tuple) -> None:
    a, b, sam_id, _ = house
    preferences.set_own_language(as_of(a, NOW), "ar")
    assert quarantined(sync(a, b)) == []
    there = reads.get(b.conn, StaffPrefs, preferences.own(as_of(a, NOW)).id)  # type: ignore[union-attr]
    assert (there.staff_id, there.language) == (sam_id, "ar")
    preferences.set_own_language(as_of(b, NOW), "fr")  # the manager's own row
    assert quarantined(sync(b, a)) == []
    managers = preferences.own(as_of(b, NOW))
    assert managers is not None
    with a.write(sam_id) as tx:  # past the services: Sam changes the manager's language
        tx.update(StaffPrefs, managers.id, language="ar")
    assert quarantined(sync(a, b)) == ["wrong_author"]
    assert reads.get(b.conn, StaffPrefs, managers.id).language == "fr"
    with pytest.raises(NotAllowed):
        preferences.set_house_language(as_of(a, NOW), "ar")
