"""The house log (issue 27): entries about the house, on Today for a day and a night,
on the timelines of the young people they name, corrected by amendment."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from safehaven.errors import InvalidValue, NotFound
from safehaven.services import detail, house_log, residents, today
from safehaven.services.context import Context
from tests.conftest import House

NOW = datetime(2026, 3, 2, 8, 0)


def at(house: House, when: datetime = NOW, who: str = "staff") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_entries_show_at_handover_and_on_the_timelines_they_name(house: House) -> None:
    ana = residents.add(house.manager, "Ana").record.id
    old = house_log.add(at(house), "power-cut", "Lights out 20:00-21:30; torches used",
                        at=NOW - timedelta(hours=30)).record
    car = house_log.add(at(house), "stranger-outside", "Grey car parked opposite for an "
                        "hour; plate noted, police told", at=NOW - timedelta(hours=3),
                        resident_ids=[ana]).record
    assert [e.id for e in today.overview(at(house)).house_log] == [car.id]  # not the old one
    with pytest.raises(InvalidValue) as err:
        house_log.add(at(house), "party", "x")
    assert err.value.field == "category"
    with pytest.raises(InvalidValue) as err:
        house_log.add(at(house), "maintenance", " ")
    assert err.value.field == "text"
    with pytest.raises(InvalidValue) as err:
        house_log.add(at(house), "maintenance", "boiler", at=NOW + timedelta(hours=1))
    assert err.value.field == "at"
    with pytest.raises(NotFound):
        house_log.add(at(house), "maintenance", "boiler", resident_ids=["nobody"])
    fixed = house_log.amend(at(house), car.id, "it was blue", text="Blue car parked "
                            "opposite for an hour; plate noted, police told").record
    assert fixed.amends_id == car.id and fixed.resident_ids == (ana,)
    timeline = detail.load(at(house), ana).timeline()
    assert [(kind, item.id) for _, kind, item in timeline if kind == "house-log"] == [
        ("house-log", fixed.id)]
    week = house_log.between(at(house), NOW - timedelta(days=2), NOW)
    assert [e.id for e in week] == [old.id, fixed.id]


def test_an_entry_dated_days_ago_is_asked_about_first(house: House) -> None:
    """Typing that spilled into the date field saved a report ten months back, where the
    next shift never saw it: an entry over two days old needs confirming."""
    from safehaven.errors import NeedsConfirmation

    long_ago = house.staff.now() - timedelta(days=300)
    with pytest.raises(NeedsConfirmation) as asked:
        house_log.add(house.staff, "stranger-outside", "A man photographed the house",
                      at=long_ago)
    assert "300 days ago" in asked.value.message
    assert house_log.recent(house.staff) == []
    kept = house_log.add(house.staff, "stranger-outside", "A man photographed the house",
                         at=long_ago, confirmed=True).record
    assert kept.at == long_ago
    yesterday = house_log.add(house.staff, "power-cut", "Lights out for an hour",
                              at=house.staff.now() - timedelta(hours=20)).record
    assert yesterday.text == "Lights out for an hour"
