"""House settings are a manager's; each person's language and shorter idle lock are their
own (issue 25)."""

from __future__ import annotations

import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import preferences, week_figures, weekly
from tests.conftest import House


def test_staff_cannot_change_the_house_settings(house: House) -> None:
    for attempt in (lambda: preferences.set_house_lock(house.staff, 60),
                    lambda: preferences.set_house_language(house.staff, "ar"),
                    lambda: preferences.set_backup_folder(house.staff, "/media/usb"),
                    lambda: preferences.set_house_lock(house.clinician, 30)):
        with pytest.raises(NotAllowed):
            attempt()
    now = preferences.effective(house.staff)
    assert (now.house_lock, now.house_language, now.backup_folder) == (5, None, "")


def test_a_manager_sets_them_and_staff_follow(house: House) -> None:
    preferences.set_house_lock(house.manager, 10)
    preferences.set_house_language(house.manager, "es")
    preferences.set_backup_folder(house.manager, "/media/usb")
    now = preferences.effective(house.staff)
    assert (now.lock_minutes, now.language, now.backup_folder) == (10, "es", "/media/usb")
    with pytest.raises(InvalidValue):
        preferences.set_house_language(house.manager, "xx")
    with pytest.raises(InvalidValue):
        preferences.set_house_lock(house.manager, 600)


def test_staff_choose_a_shorter_lock_and_their_own_language_only(house: House) -> None:
    preferences.set_house_lock(house.manager, 10)
    preferences.set_own_lock(house.staff, 3)
    preferences.set_own_language(house.staff, "ar")
    mine = preferences.effective(house.staff)
    assert (mine.lock_minutes, mine.language, mine.own_lock) == (3, "ar", 3)
    with pytest.raises(InvalidValue) as longer:
        preferences.set_own_lock(house.staff, 60)  # never longer than the house's
    assert longer.value.field == "lock_minutes"
    managers = preferences.effective(house.manager)  # hers are not touched
    assert (managers.lock_minutes, managers.language) == (10, None)
    preferences.set_house_lock(house.manager, 2)  # a stricter house wins over hers
    assert preferences.effective(house.staff).lock_minutes == 2


def test_the_weekly_report_is_the_managers(house: House) -> None:
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            weekly.report_data(who, "2026-W47")
    assert weekly.report_data(house.manager, "2026-W47").figures is not None
    week_figures.figures(house.staff, "2026-W47")  # the figures on screen stay for everyone
