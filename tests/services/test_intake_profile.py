"""The trafficking profile at intake (issue 31): given with the new resident, it is written
in the same transaction, sealed like any profile; skipped, nothing is written; a refusal
(a role that does not keep profiles, a bad value) writes neither."""

from __future__ import annotations

import pytest

from safehaven.domain.life import TraffickingProfile
from safehaven.domain.models import Resident
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import profile, residents
from safehaven.store import reads
from tests.conftest import House


def _count(house: House) -> tuple[int, int]:
    conn = house.vault.conn
    return len(reads.all_of(conn, Resident)), len(reads.all_of(conn, TraffickingProfile))


def test_the_profile_is_saved_with_the_resident_in_one_go(house: House) -> None:
    made = residents.add(house.manager, "Amira", referral_source="police",
                         trafficking={"exploitation": ["labour", "criminal"],
                                      "country_of_origin": "Albania", "citizenship": "AL",
                                      "identified_how": "found in a police raid",
                                      "identified_by": "", "guardian": None})
    tables = {c.table for c in made.changes}
    assert {"residents", "trafficking_profiles"} <= tables
    found = profile.for_resident(house.manager, made.record.id)
    assert found is not None and profile.forms_of(found) == ("labour", "criminal")
    assert (found.citizenship, found.identified_how, found.identified_by) == (
        "AL", "found in a police raid", None)
    assert made.record.referral_source == "police"
    raw = repr(house.vault.conn.execute("SELECT * FROM trafficking_profiles").fetchall())
    assert "police raid" not in raw and "criminal" not in raw
    skipped = residents.add(house.staff, "Noor", trafficking={"exploitation": [],
                                                              "citizenship": ""})
    assert profile.for_resident(house.manager, skipped.record.id) is None


def test_a_refused_profile_writes_no_resident(house: House) -> None:
    before = _count(house)
    with pytest.raises(NotAllowed):
        residents.add(house.staff, "Lina", trafficking={"exploitation": ["sexual"]})
    with pytest.raises(InvalidValue) as err:
        residents.add(house.manager, "Lina", trafficking={"exploitation": ["organ-harvest"]})
    assert err.value.field == "exploitation"
    with pytest.raises(InvalidValue) as err:
        residents.add(house.manager, "Lina", trafficking={"citizenship": "x" * 500})
    assert err.value.field == "citizenship"
    with pytest.raises(InvalidValue) as err:
        residents.add(house.manager, "Lina", trafficking={"immigration": "pending"})
    assert err.value.field == "immigration"
    assert _count(house) == before
