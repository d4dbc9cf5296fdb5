"""Group sessions: one row, attendance per resident, present ones use their own plan's cap."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.services import groups, residents, schedule, therapy, today
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 11, 20)


def _at(house: House, who: str, day: date = DAY, hour: int = 9) -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(day, time(hour)))


@pytest.fixture
def group_of_three(house: House) -> tuple[str, dict[str, str], dict[str, str]]:
    doc = _at(house, "clinician")
    ids = {n: residents.add(_at(house, "manager"), n, intake_date=date(2026, 9, 1)).record.id
           for n in ("Ana", "Bea", "Cai")}
    plans = {n: therapy.add_plan(doc, rid, "peer-group", "Girls' group", session_cap=4,
                                 start_date=date(2026, 10, 1)).record.id
             for n, rid in ids.items()}
    g = groups.book(_at(house, "staff"), ",".join(ids.values()), datetime(2026, 11, 20, 16),
                    modality="peer-group", title="Thursday circle", place="Garden room").record
    return g.id, ids, plans


def test_present_residents_use_one_session_each_absent_ones_none(
        house: House, group_of_three: tuple[str, dict[str, str], dict[str, str]]) -> None:
    gid, ids, plans = group_of_three
    staff = _at(house, "staff", hour=18)
    assert therapy.used_by_plan(staff) == {}
    held = groups.record_attendance(staff, gid, present=[ids["Ana"], ids["Bea"]],
                                    absent=ids["Cai"]).record
    assert str(held.status) == "held"
    used = therapy.used_by_plan(staff)
    assert (used.get(plans["Ana"]), used.get(plans["Bea"]), used.get(plans["Cai"])) == (
        1, 1, None)
    groups.record_attendance(staff, gid, present=[ids["Cai"]], absent=[ids["Bea"]])
    used = therapy.used_by_plan(staff)
    assert (used.get(plans["Ana"]), used.get(plans["Bea"]), used.get(plans["Cai"])) == (
        1, None, 1)
    assert [a.status for a in groups.get(staff, gid).attendance] == [
        "present", "absent", "present"]  # by name: Ana, Bea, Cai


def test_the_schedule_shows_a_group_once(
        house: House, group_of_three: tuple[str, dict[str, str], dict[str, str]]) -> None:
    gid, _, plans = group_of_three
    week = schedule.week(_at(house, "staff"), date(2026, 11, 16))
    found = [b for b in week if b.id == gid]
    assert len(week) == 1 and len(found) == 1
    assert found[0].resident == "Ana, Bea, Cai"
    assert len(today.overview(_at(house, "staff")).groups) == 1
    # the places booked count towards the cap warning of a new booking
    warned = schedule.warnings(_at(house, "staff"), plans["Ana"], datetime(2026, 11, 21, 10))
    assert warned == []


@pytest.mark.parametrize(("residents_of", "field"), [
    (lambda ids: [ids["Ana"]], "residents"),
    (lambda ids: [ids["Ana"], "nobody"], "residents"),
    (lambda ids: [ids["Ana"], ids["Dan"]], "residents"),  # no peer-group plan
])
def test_bookings_refused_naming_the_field(house: House, group_of_three: tuple,
                                           residents_of: object, field: str) -> None:
    _, ids, _ = group_of_three
    ids = {**ids, "Dan": residents.add(_at(house, "manager"), "Dan").record.id}
    with pytest.raises(InvalidValue) as err:
        groups.book(_at(house, "staff"), residents_of(ids), datetime(2026, 11, 27, 16),  # type: ignore[operator]
                    modality="peer-group")
    assert err.value.field == field


def test_past_times_cancelled_and_future_groups(house: House, group_of_three: tuple) -> None:
    gid, ids, _ = group_of_three
    with pytest.raises(NeedsConfirmation):
        groups.book(_at(house, "staff"), list(ids.values()), datetime(2026, 11, 19, 16),
                    modality="peer-group")
    with pytest.raises(InvalidValue) as err:
        groups.record_attendance(_at(house, "staff", date(2026, 11, 19)), gid,
                                 present=[ids["Ana"]])
    assert err.value.field == "group_id"
    with pytest.raises(InvalidValue) as err:
        groups.record_attendance(_at(house, "staff"), gid, present=["someone"])
    assert err.value.field == "present"
    groups.cancel(_at(house, "staff"), gid, "Facilitator ill")
    with pytest.raises(InvalidValue):
        groups.record_attendance(_at(house, "staff"), gid, present=[ids["Ana"]])
    assert therapy.used_by_plan(_at(house, "staff")) == {}


def test_only_group_therapies_run_as_groups(house: House, group_of_three: tuple) -> None:
    _, ids, _ = group_of_three
    with pytest.raises(InvalidValue) as err:
        groups.book(_at(house, "staff"), list(ids.values()), datetime(2026, 11, 27, 16),
                    modality="emdr")
    assert err.value.field == "modality"

