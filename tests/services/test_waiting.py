"""Who still needs a check-in, most at risk first with the reason, then by name; no
"no check-in today" alert repeats the list (issue 25, item 9)."""

from __future__ import annotations

from datetime import date, timedelta

from safehaven.services import checkins, incidents, residents, safety_plans, today
from safehaven.services.waiting import LOW_MOOD_REASON, NO_SAFETY_PLAN_REASON
from tests.conftest import NOW, House


def _house_of_five(house: House) -> dict[str, str]:
    m = house.manager
    ids = {n: residents.add(m, n, intake_date=date(2026, 10, 1)).record.id
           for n in ("abe", "Bo", "Xia", "Yara", "Zed")}
    for name in ("Bo", "Xia"):
        safety_plans.save(m, ids[name], warning_signs="goes quiet")
    incidents.record(m, ids["Zed"], "violence", occurred_at=NOW - timedelta(hours=3),
                     description="A fight in the yard")
    yesterday = NOW.date() - timedelta(days=1)
    checkins.record(house.staff, ids["Yara"], 2, day=yesterday, confirmed=True)
    checkins.record(house.staff, ids["Bo"], 1, day=yesterday - timedelta(days=5),
                    confirmed=True)  # a week ago: not "recently"
    return ids


def test_still_to_check_in_is_in_risk_order_then_by_name(house: House) -> None:
    ids = _house_of_five(house)
    view = today.overview(house.staff)
    names = {v: k for k, v in ids.items()}
    assert [names[r.id] for r in view.needs_checkin] == ["Zed", "Yara", "abe", "Bo", "Xia"]
    assert view.reasons[ids["Zed"]] == ("incident-open", NO_SAFETY_PLAN_REASON)
    assert view.reasons[ids["Yara"]] == (LOW_MOOD_REASON, NO_SAFETY_PLAN_REASON)
    assert view.reasons[ids["abe"]] == (NO_SAFETY_PLAN_REASON,)
    assert view.reasons[ids["Bo"]] == view.reasons[ids["Xia"]] == ()


def test_no_checkin_alerts_are_folded_into_the_list(house: House) -> None:
    ids = _house_of_five(house)
    view = today.overview(house.staff)
    assert not [a for a in view.alerts if a.kind == "no-checkin-today"]
    assert len(view.needs_checkin) == len(ids)


def test_a_check_in_today_takes_them_off_and_a_corrected_mood_counts(house: House) -> None:
    ids = _house_of_five(house)
    checkins.record(house.staff, ids["Zed"], 4)
    [yara] = checkins.for_resident(house.staff, ids["Yara"])
    checkins.amend(house.manager, yara.id, "the wrong face was tapped", mood=4)
    view = today.overview(house.staff)
    names = {v: k for k, v in ids.items()}
    assert [names[r.id] for r in view.needs_checkin] == ["abe", "Yara", "Bo", "Xia"]
