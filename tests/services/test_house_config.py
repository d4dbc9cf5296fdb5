"""The house's settings read and saved as one form (issue 31): anyone reads them, a manager
saves them; every value is checked before any is written, the refusal naming its field."""

from __future__ import annotations

import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import house_config, house_settings
from tests.conftest import House


def test_anyone_reads_a_manager_saves_and_a_refusal_writes_nothing(house: House) -> None:
    seen = house_config.load(house.staff)
    assert not seen.may_change and house_config.load(house.manager).may_change
    assert seen.numbers["review_weeks"] == house_settings.get(house.staff, "review-weeks")
    assert seen.techniques[0] == "guiding" and "t-visa" in seen.final
    with pytest.raises(NotAllowed):
        house_config.save(house.staff, review_weeks=4)
    for bad, field in (({"review_weeks": 0}, "review_weeks"),
                       ({"complaint_days": True}, "complaint_days"),
                       ({"approvals": ["lunch-menu"]}, "approvals"),
                       ({"first_stage": "t-visa"}, "first_stage"),
                       ({"techniques": "x" * 121}, "techniques"),
                       ({"lock_minutes": 3}, "lock_minutes")):
        with pytest.raises(InvalidValue) as err:
            house_config.save(house.manager, **{"complaint_days": 9, **bad})
        assert err.value.field == field
        assert house_settings.get(house.manager, "complaint-days") != 9
    done = house_config.save(house.manager, complaint_days=9, approvals=("closure",),
                             final="t-visa\nResidence permit", first_stage="")
    assert done.numbers["complaint_days"] == 9 and done.approvals == ("closure",)
    assert (done.first_stage, done.final) == ((), ("t-visa", "Residence permit"))
    assert house_config.load(house.staff) == house_config.HouseConfig(
        {**seen.numbers, "complaint_days": 9}, ("closure",), (), ("t-visa", "Residence permit"),
        seen.techniques, False)
