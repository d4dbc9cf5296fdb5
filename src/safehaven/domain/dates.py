"""Ages and ISO weeks: the calendar rules the reports and Today screen share."""

from __future__ import annotations

import re
from datetime import date, timedelta

from safehaven.errors import InvalidValue
from safehaven.i18n import tr

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def age_on(day: date, date_of_birth: date | None, age_estimate: int | None = None,
           estimated_on: date | None = None) -> int | None:
    """Whole years on `day`, from the date of birth or else from an estimate made earlier."""
    if date_of_birth is not None:
        years = day.year - date_of_birth.year
        if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
            years -= 1
        return max(years, 0)
    if age_estimate is not None:
        elapsed = 0 if estimated_on is None else age_on(day, estimated_on) or 0
        return age_estimate + elapsed
    return None


def week_of(day: date) -> str:
    """The ISO week label of a day, e.g. '2027-W01'."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_bounds(label: str) -> tuple[date, date]:
    """Monday and Sunday of an ISO week label; refuses weeks that do not exist."""
    match = _WEEK.match(label.strip())
    if not match:
        raise InvalidValue("week", tr("Use the form YYYY-Www, for example 2027-W01."))
    year, week = int(match[1]), int(match[2])
    weeks_in_year = date(year, 12, 28).isocalendar()[1]
    if not 1 <= week <= weeks_in_year:
        raise InvalidValue(
            "week", tr("{year} has weeks 1 to {n}.", year=year, n=weeks_in_year)
        )
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def days_between(start: date, end: date) -> list[date]:
    """Every day from start to end inclusive."""
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]
