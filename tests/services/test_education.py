"""School and training (issue 31): placements with the provider and designated teacher,
attendance a week (saved again, corrected), exclusions and achievements, and the weekly
report's line a child."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safehaven.errors import InvalidValue
from safehaven.services import education, residents
from tests.conftest import NOW, House

MONDAY = date(2026, 11, 23)


def test_a_placement_its_weeks_and_what_happened(house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    none = residents.add(house.manager, "Kofi").record.id
    with pytest.raises(InvalidValue) as err:
        education.add_placement(house.staff, rid, kind="school", provider="Leeds City College",
                                start_date=date(2026, 9, 1), end_date=date(2026, 8, 1))
    assert err.value.field == "end_date"
    college = education.add_placement(
        house.staff, rid, kind="class", provider="Leeds City College", course="ESOL Entry 3",
        start_date=date(2026, 9, 1), provider_contact="0113 386 1997",
        designated_teacher="Mr Okafor").record
    with pytest.raises(InvalidValue) as err:
        education.record_week(house.staff, college.id, week_of=MONDAY, expected=4, attended=5)
    assert err.value.field == "attended"
    with pytest.raises(InvalidValue) as err:
        education.record_week(house.staff, college.id, week_of=MONDAY + timedelta(days=7),
                              expected=4, attended=4)
    assert err.value.field == "week_of"
    education.record_week(house.staff, college.id, week_of=MONDAY + timedelta(days=2),
                          expected=4, attended=2)
    fixed = education.record_week(house.staff, college.id, week_of=MONDAY, expected=4,
                                  attended=3, note="Dentist on Tuesday").record
    assert fixed.week_start == MONDAY
    education.add_event(house.staff, college.id, kind="achievement",
                        detail="Certificate for reading", happened_on=NOW.date())
    with pytest.raises(InvalidValue) as err:
        education.add_event(house.staff, college.id, kind="exclusion", detail="x", days=99)
    assert err.value.field == "days"
    [line] = education.week_lines(house.manager, MONDAY)
    assert (line.resident_id, line.expected, line.attended, line.recorded) == (rid, 4, 3, True)
    assert [e.detail for e in line.events] == ["Certificate for reading"]
    assert none not in [w.resident_id for w in education.week_lines(house.manager, MONDAY)]
    last_week = education.week_lines(house.manager, MONDAY - timedelta(days=7))
    assert [(w.recorded, w.events) for w in last_week] == [(False, [])]
    assert education.placements(house.staff, rid)[0].designated_teacher == "Mr Okafor"
