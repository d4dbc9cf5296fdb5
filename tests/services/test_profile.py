"""The trafficking profile and identification decisions (issue 31): kept by clinicians and
managers, sealed where it says how the child was exploited; staff see origin and guardian."""

from __future__ import annotations

from datetime import date

import pytest

from safehaven.domain.life import TraffickingProfile
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import profile, residents
from safehaven.store import reads
from tests.conftest import House


def test_the_profile_is_sealed_where_it_says_how_and_open_where_staff_need_it(house: House
                                                                            ) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    assert profile.for_resident(house.staff, rid) is None
    with pytest.raises(NotAllowed):
        profile.save(house.staff, rid, country_of_origin="Albania")
    with pytest.raises(InvalidValue) as err:
        profile.save(house.clinician, rid, exploitation="sexual, organ-harvest")
    assert err.value.field == "exploitation"
    made = profile.save(house.clinician, rid, exploitation="labour, criminal",
                        country_of_origin="Albania", citizenship="Albanian",
                        exploitation_countries="Italy, UK",
                        exploitation_period="2024 to March 2026",
                        identified_how="Found at a cannabis farm in a police raid",
                        identified_by="West Yorkshire Police",
                        immigration_status="Asylum claim pending",
                        guardian="ICTG: Dana Moss", guardian_contact="0300 123 4567").record
    assert profile.forms_of(made) == ("labour", "criminal")
    again = profile.save(house.manager, rid, exploitation=["criminal"]).record
    assert again.id == made.id and again.identified_by == "West Yorkshire Police"
    seen = profile.for_resident(house.staff, rid)
    assert seen is not None and seen.exploitation is None and seen.identified_how is None
    assert (seen.country_of_origin, seen.guardian) == ("Albania", "ICTG: Dana Moss")
    stored = reads.get(house.vault.conn, TraffickingProfile, made.id)
    assert stored.exploitation.startswith("rk1:") and stored.immigration_status.startswith("rk1:")
    raw = repr(house.vault.conn.execute("SELECT * FROM trafficking_profiles").fetchall())
    assert "cannabis" not in raw and "Asylum" not in raw and "criminal" not in raw


def test_identification_decisions_in_order_with_their_reference_sealed(house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    with pytest.raises(InvalidValue) as err:
        profile.add_decision(house.manager, rid, kind="nrm-reasonable-grounds",
                             outcome="positive")
    assert err.value.field == "decided_on"
    rg = profile.add_decision(house.manager, rid, kind="nrm-reasonable-grounds",
                              outcome="positive", applied_on=date(2026, 6, 1),
                              decided_on=date(2026, 6, 4), reference="NRM-4471").record
    cg = profile.add_decision(house.manager, rid, kind="nrm-conclusive-grounds",
                              applied_on=date(2026, 6, 4)).record
    with pytest.raises(InvalidValue) as err:
        profile.edit_decision(house.manager, cg.id, outcome="positive",
                              decided_on=date(2026, 5, 1))
    assert err.value.field == "decided_on"
    profile.edit_decision(house.manager, cg.id, outcome="positive",
                          decided_on=date(2026, 11, 2))
    staff_view = profile.decisions(house.staff, rid)
    assert [(d.kind, d.outcome, d.reference) for d in staff_view] == [
        ("nrm-reasonable-grounds", "positive", None), ("nrm-conclusive-grounds", "positive",
                                                       None)]
    assert profile.decisions(house.clinician, rid)[0].reference == "NRM-4471"
    assert rg.reference == "NRM-4471"
    with pytest.raises(NotAllowed):
        profile.add_decision(house.staff, rid, kind="t-visa")
