from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safehaven.domain.dates import age_on, week_bounds, week_of
from safehaven.errors import InvalidValue


def test_age_from_date_of_birth_turns_on_the_birthday() -> None:
    dob = date(2010, 3, 15)
    assert age_on(date(2026, 3, 14), dob) == 15
    assert age_on(date(2026, 3, 15), dob) == 16


def test_age_from_leap_day_birth() -> None:
    assert age_on(date(2027, 2, 28), date(2012, 2, 29)) == 14
    assert age_on(date(2027, 3, 1), date(2012, 2, 29)) == 15


def test_age_from_an_estimate_grows_with_time() -> None:
    assert age_on(date(2026, 11, 26), None, 14, date(2025, 6, 1)) == 15
    assert age_on(date(2026, 11, 26), None, 14, None) == 14
    assert age_on(date(2026, 11, 26), None) is None


def test_week_across_the_year_boundary() -> None:
    assert week_bounds("2027-W01") == (date(2027, 1, 4), date(2027, 1, 10))
    # 2026 starts on a Thursday, so it has an ISO week 53 that ends on 2027-01-03.
    assert week_of(date(2027, 1, 3)) == "2026-W53"
    assert week_bounds("2026-W53") == (date(2026, 12, 28), date(2027, 1, 3))
    assert week_bounds("2026-W52") == (date(2026, 12, 21), date(2026, 12, 27))
    assert week_bounds("2020-W53") == (date(2020, 12, 28), date(2021, 1, 3))


@pytest.mark.parametrize(
    "label", ["2027-W53", "2025-W53", "2027-W00", "2027-1", "27-W01", "2027-W1"])
def test_weeks_that_do_not_exist_are_refused(label: str) -> None:
    with pytest.raises(InvalidValue):
        week_bounds(label)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_every_day_falls_in_its_own_week(day: date) -> None:
    start, end = week_bounds(week_of(day))
    assert start <= day <= end and start.weekday() == 0 and (end - start).days == 6
