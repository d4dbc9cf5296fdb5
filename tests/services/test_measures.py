"""Outcome measures: scores with their published bands, custom scales, who may see them."""

from __future__ import annotations

from datetime import date

import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import measures, residents
from tests.conftest import House


def _resident(house: House) -> str:
    return residents.add(house.manager, "Ana", intake_date=date(2026, 6, 1)).record.id


def test_scores_are_kept_with_their_band_and_change_since_intake(house: House) -> None:
    rid = _resident(house)
    doc = house.clinician
    measures.record(doc, rid, "CATS", 32, taken_on=date(2026, 6, 3),
                    subscales={"intrusion": 9, "avoidance": 4, "cognition-mood": 11,
                               "arousal": 8})
    measures.record(doc, rid, "phq-a", 16, taken_on=date(2026, 6, 3))
    measures.record(doc, rid, "cats-self", 20, taken_on=date(2026, 8, 3))
    measures.record(house.manager, rid, "CATS", 12, taken_on=date(2026, 10, 3))
    measures.record(doc, rid, "PHQ-A", 18, taken_on=date(2026, 10, 3))
    scored = measures.for_resident(doc, rid)
    assert [(s.measure.total, s.band.label) for s in scored if s.instrument.code ==
            "cats-self"] == [(32, "Probable PTSD"), (20, "Moderate trauma-related distress"),
                             (12, "Not elevated")]
    assert scored[0].measure.subscales == ("intrusion=9", "avoidance=4", "cognition-mood=11",
                                           "arousal=8")
    assert scored[0].measure.administered_by == doc.actor.id
    change = {c.instrument.code: c for c in measures.changes(scored)}
    assert (change["cats-self"].first.measure.total, change["cats-self"].latest.measure.total,
            change["cats-self"].count, change["cats-self"].direction) == (
                32, 12, 3, "reliable change not available for this scale")  # no published SD
    assert change["phq-a"].direction == "reliable change not available for this scale"
    assert measures.changes(scored, until=date(2026, 9, 1))[0].latest.measure.total == 20


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"instrument": "BDI", "total": 3}, "instrument"),
    ({"instrument": "gad-7", "total": 22}, "total"),
    ({"instrument": "gad-7", "total": -1}, "total"),
    ({"instrument": "gad-7", "total": "a lot"}, "total"),
    ({"instrument": "gad-7", "total": 3, "subscales": {"worry": 2}}, "subscales"),
    ({"instrument": "cats-self", "total": 30, "subscales": {"avoidance": 7}}, "subscales"),
    ({"instrument": "cats-self", "total": 30, "subscales": {
        "intrusion": 1, "avoidance": 1, "cognition-mood": 1, "arousal": 1}}, "subscales"),
    ({"instrument": "gad-7", "total": 3, "taken_on": date(2027, 1, 1)}, "taken_on"),
    ({"instrument": "gad-7", "total": 3, "taken_on": date(2026, 5, 1)}, "taken_on"),
])
def test_bad_scores_are_refused_naming_the_field(house: House, kwargs: dict,
                                                 field: str) -> None:
    rid = _resident(house)
    with pytest.raises(InvalidValue) as err:
        measures.record(house.clinician, rid, **kwargs)
    assert err.value.field == field


def test_staff_neither_record_nor_see_scores(house: House) -> None:
    rid = _resident(house)
    measures.record(house.clinician, rid, "gad-7", 7)
    with pytest.raises(NotAllowed):
        measures.record(house.staff, rid, "gad-7", 7)
    with pytest.raises(NotAllowed):
        measures.for_resident(house.staff, rid)
    assert len(measures.for_resident(house.manager, rid)) == 1


def test_a_manager_adds_a_custom_scale_that_scores_like_the_others(house: House) -> None:
    with pytest.raises(NotAllowed):
        measures.add_scale(house.clinician, "Hope scale", 0, 20, "0=Low,10=Some,15=High")
    scale = measures.add_scale(house.manager, "Hope scale", 0, 20, "0=Low,10=Some,15=High",
                               higher_is_better=True).record
    assert scale.bands == ("0=Low", "10=Some", "15=High")
    rid = _resident(house)
    measures.record(house.clinician, rid, "hope SCALE", 6, taken_on=date(2026, 7, 1))
    measures.record(house.clinician, rid, scale.id, 16)
    scored = measures.for_resident(house.clinician, rid)
    assert [s.band.label for s in scored] == ["Low", "High"]
    # a house's own scale has no published reliability: no claim of improvement
    assert measures.changes(scored)[0].direction == "reliable change not available for this scale"
    with pytest.raises(InvalidValue) as err:
        measures.record(house.clinician, rid, "Hope scale", 21)
    assert err.value.field == "total"


@pytest.mark.parametrize(("args", "field"), [
    (("", 0, 10, "0=Low"), "name"),
    (("PHQ-A", 0, 10, "0=Low"), "name"),
    (("Mine", 10, 5, "5=Low"), "max_score"),
    (("Mine", 0, 10, "1=Low"), "bands"),
    (("Mine", 0, 10, "0=Low,11=High"), "bands"),
    (("Mine", 0, 10, "0=Low,0=High"), "bands"),
    (("Mine", 0, 10, "zero"), "bands"),
    (("Mine", 0, 10, ""), "bands"),
])
def test_bad_scales_are_refused_naming_the_field(house: House, args: tuple,
                                                 field: str) -> None:
    with pytest.raises(InvalidValue) as err:
        measures.add_scale(house.manager, *args)
    assert err.value.field == field


def test_a_score_is_corrected_and_its_history_kept(house: House) -> None:
    from safehaven.store import reads

    rid = _resident(house)
    made = measures.record(house.clinician, rid, "cats-self", 31, taken_on=date(2026, 7, 1),
                           subscales={"intrusion": 9, "avoidance": 4,
                                      "cognition-mood": 10, "arousal": 8}).record
    with pytest.raises(InvalidValue) as err:  # the total alone would leave them unequal
        measures.edit(house.clinician, made.id, total=30)
    assert err.value.field == "subscales"
    with pytest.raises(InvalidValue) as err:
        measures.edit(house.clinician, made.id, total=70)
    assert err.value.field == "total"
    with pytest.raises(NotAllowed):
        measures.edit(house.staff, made.id, total=30)
    fixed = measures.edit(house.manager, made.id, total=30, subscales={
        "intrusion": 8, "avoidance": 4, "cognition-mood": 10, "arousal": 8},
        taken_on=date(2026, 7, 2)).record
    assert (fixed.total, fixed.taken_on, fixed.subscales[0]) == (30, date(2026, 7, 2),
                                                                 "intrusion=8")
    log = reads.change_log_for(house.vault.conn, "outcome_measures", made.id)
    assert [v for f, v, *_ in log if f == "total"] == ["30"]  # the correction
    assert '"total": 31' in log[0][1]  # the score as first typed, kept
    measures.remove(house.clinician, made.id)
    assert measures.for_resident(house.clinician, rid) == []
