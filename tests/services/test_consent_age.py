"""Consent by a young person below the house's consent age needs a guardian or agency too
(issue 25 item 6), and "who gave it" always shows both when both are set."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.reports import resident as resident_report
from safehaven.services import consents, handoff, residents
from tests.conftest import NOW, House

TODAY = NOW.date()


def _young(house: House, born: date | None) -> str:
    return residents.add(house.manager, "Lina", date_of_birth=born).record.id


def _own(house: House, rid: str, name: str | None = None, day: date = TODAY) -> object:
    return consents.add(house.manager, rid, "therapy", granted_on=day,
                        expires_on=day + timedelta(days=90), given_by="young-person",
                        guardian_name=name, child_assent=True).record


def test_a_fourteen_year_olds_own_consent_needs_a_guardian_or_agency(house: House) -> None:
    rid = _young(house, date(TODAY.year - 14, 1, 1))
    with pytest.raises(InvalidValue) as refused:
        _own(house, rid)
    assert refused.value.field == "guardian_name"
    assert consents.for_resident(house.manager, rid) == []  # nothing written
    made = _own(house, rid, "Child protection, Ms Duarte")
    assert consents.giver(made) == "The young person, with Child protection, Ms Duarte"  # type: ignore[arg-type]


def test_the_age_is_taken_on_the_day_consent_was_given(house: House) -> None:
    born = TODAY - timedelta(days=16 * 365 + 10)  # 16 now, 15 a month ago
    rid = _young(house, born)
    assert _own(house, rid) is not None  # 16 on the day: their own consent stands
    with pytest.raises(InvalidValue):
        _own(house, rid, day=TODAY - timedelta(days=30))


def test_unknown_date_of_birth_is_not_held_against_them(house: House) -> None:
    rid = _young(house, None)
    assert _own(house, rid) is not None


def test_the_house_sets_its_own_age_and_only_managers_may(house: House) -> None:
    rid = _young(house, date(TODAY.year - 17, 1, 1))
    assert consents.consent_age(house.manager) == 16
    _own(house, rid)  # 17 >= 16
    with pytest.raises(NotAllowed):
        consents.set_consent_age(house.staff, 18)
    with pytest.raises(InvalidValue):
        consents.set_consent_age(house.manager, 40)
    consents.set_consent_age(house.manager, 18)
    assert consents.consent_age(house.staff) == 18
    with pytest.raises(InvalidValue):
        _own(house, rid)


def test_an_edit_to_young_person_without_a_guardian_is_refused(house: House) -> None:
    rid = _young(house, date(TODAY.year - 13, 6, 1))
    made = consents.add(house.manager, rid, "therapy", granted_on=TODAY,
                        expires_on=TODAY + timedelta(days=90), guardian_name="Ms Duarte",
                        child_assent=True).record
    with pytest.raises(InvalidValue):
        consents.edit(house.manager, made.id, given_by="young-person", guardian_name=None)
    consents.edit(house.manager, made.id, given_by="young-person")  # the guardian stays named
    [kept] = consents.for_resident(house.manager, rid)
    assert (kept.given_by, kept.guardian_name) == ("young-person", "Ms Duarte")


def test_the_hand_off_names_the_young_person_and_the_agency(house: House) -> None:
    rid = _young(house, date(TODAY.year - 15, 1, 1))
    _own(house, rid, "Guardian ad litem K. Lee")
    pdf = resident_report.render(handoff.summary_data(house.manager, rid))
    text = " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())
    assert "The young person, with Guardian ad litem K. Lee" in text
