"""The periods a funder summary may cover: a calendar month, a calendar quarter, a calendar
year, or the house's financial year (twelve months from the month a manager sets, April by
default), each ended by the last complete month. Any mix of them is safe to publish: the
figures are adjusted by the cell-key method (domain/disclosure.py), not suppressed per
period, so no difference of periods can be undone."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from safehaven.errors import InvalidValue
from safehaven.i18n import tr

FINANCIAL_YEAR_SETTING = "financial-year-start"  # a house setting: the month it starts (1-12)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def months_in(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def kind(start: date, end: date, financial_start: int) -> str:
    """'month', 'quarter', 'year' or 'financial year' (a financial year starting in January is
    the calendar year)."""
    months = months_in(start, end)
    if months == 1:
        return "month"
    if months == 3:
        return "quarter"
    return "year" if start.month == 1 else "financial year"


def check(start: date, end: date, today: date, financial_start: int) -> None:
    """Whole months making one of the periods above, ending by the last whole month."""
    if start.day != 1:
        raise InvalidValue("from", tr("A period starts on the first day of a month."))
    if end != last_day(end.year, end.month):
        raise InvalidValue("to", tr("A period ends on the last day of a month."))
    months = months_in(start, end)
    quarter = months == 3 and start.month in (1, 4, 7, 10)
    year = months == 12 and start.month in (1, financial_start)
    if months != 1 and not quarter and not year:
        raise InvalidValue("to", tr(
            "Choose one calendar month, one quarter (January to March, April to June, July "
            "to September or October to December), one calendar year or one financial year "
            "(starting in month {month}).", month=financial_start))
    last_whole = today.replace(day=1) - timedelta(days=1)
    if end > last_whole:
        raise InvalidValue("to", tr("The period must end by {day}, the end of the last "
                                    "complete month.", day=last_whole.isoformat()))


def _year(text: str, field: str) -> int:
    value = text.strip()
    if len(value) != 4 or not value.isdigit():
        raise InvalidValue(field, tr("Use the form YYYY, for example 2026."))
    return int(value)


def period(*, month: str | None = None, quarter: str | None = None, year: str | None = None,
           financial_year: str | None = None, financial_start: int = 4,
           start: date | None = None, end: date | None = None) -> tuple[date, date]:
    """A period from 'YYYY-MM', 'YYYY-Qn', a calendar year 'YYYY', the financial year that
    starts in 'YYYY', or its first and last days."""
    if month:
        try:
            y, number = (int(x) for x in month.strip().split("-"))
            first = date(y, number, 1)
        except ValueError:
            raise InvalidValue("month", tr("Use the form YYYY-MM, for example 2026-10.")
                               ) from None
        return first, last_day(first.year, first.month)
    if quarter:
        text = quarter.strip().upper()
        if len(text) != 7 or text[4:6] != "-Q" or not text[:4].isdigit() \
                or text[6] not in "1234":
            raise InvalidValue("quarter", tr("Use the form YYYY-Qn, for example 2026-Q3."))
        y, q = int(text[:4]), int(text[6])
        return date(y, 3 * q - 2, 1), last_day(y, 3 * q)
    if year:
        y = _year(year, "year")
        return date(y, 1, 1), date(y, 12, 31)
    if financial_year:
        y = _year(financial_year, "financial-year")
        first = date(y, financial_start, 1)
        later = date(y + (financial_start + 10) // 12, (financial_start + 10) % 12 + 1, 1)
        return first, last_day(later.year, later.month)
    if start is None:
        raise InvalidValue("from", tr("Give a month, a quarter, a year, or the first and "
                                      "last days."))
    if end is None:
        raise InvalidValue("to", tr("Give the last day of the period."))
    return start, end
