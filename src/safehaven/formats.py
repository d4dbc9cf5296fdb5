"""Dates, times and numbers in the words of the core's language (Babel's CLDR data).

The one helper for the app, the CLI and the reports: `strftime` speaks the C locale's English
("Fri 27 Nov") whatever the user's language, and the process locale may not even exist on a
shelter laptop. The language is `safehaven.i18n.language()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from functools import lru_cache

from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from safehaven import i18n

# English is written as the reports always wrote it: "27 Nov 2026" ("Sep", not en_GB's
# "Sept"), 24-hour times; the app's date fields (QLocale) take the British order.
_QT_LOCALE = {"en": "en_GB"}


@lru_cache(maxsize=16)
def _locale(code: str) -> Locale:
    return Locale.parse(code)


def locale() -> Locale:
    """The Babel locale of the current language."""
    return _locale(i18n.language())


def locale_name(code: str | None = None) -> str:
    """The locale the app's date fields and spin boxes (QLocale) use for `code` (default:
    the current language), e.g. 'en_GB' for English."""
    code = code or i18n.language()
    return _QT_LOCALE.get(code, code)


def day(d: date | None, *, weekday: bool = False, year: bool = True) -> str:
    """'27 Nov 2026', with `weekday` 'Fri 27 Nov 2026', without `year` '27 Nov'; a dash
    for no date. Each language orders and abbreviates them its own way ('vie, 27 nov 2026')."""
    if d is None:
        return "–"
    return _day(d if type(d) is date else date(d.year, d.month, d.day), weekday, year,
                i18n.language())


# Kept, as words never change for a day and a language: a table's columns sized to their
# text ask for every cell at each layout pass, and Babel's formatting was a good part of
# unlocking to Today (issue 25, item 10: measured with bench/bench_ui.py and cProfile).
@lru_cache(maxsize=8192)
def _day(d: date, weekday: bool, year: bool, language: str) -> str:
    if language == "en":  # as the reports always wrote it: no comma
        pattern = ("EEE " if weekday else "") + "d MMM" + (" y" if year else "")
        return babel_dates.format_date(d, pattern, locale=_locale(language))
    skeleton = ("y" if year else "") + "MMM" + ("E" if weekday else "") + "d"
    return babel_dates.format_skeleton(skeleton, d, locale=_locale(language))


def clock(t: time | datetime) -> str:
    """A time of day on the 24-hour clock, '14:30', as the language writes it: the app's
    time fields take 24-hour times in every language (`ui/date_fields.time_format`), and a
    record read as "3:30" leaves morning or afternoon to the reader."""
    return _clock(t.hour, t.minute, i18n.language())


@lru_cache(maxsize=4096)
def _clock(hour: int, minute: int, language: str) -> str:
    if language == "en":  # as the app always showed them
        return babel_dates.format_time(time(hour, minute), "HH:mm", locale=_locale(language))
    return babel_dates.format_skeleton("Hm", time(hour, minute), locale=_locale(language))


def day_time(moment: datetime, *, weekday: bool = True, year: bool = False) -> str:
    """'Fri 27 Nov 14:30': a day and its time of day."""
    return f"{day(moment.date(), weekday=weekday, year=year)} {clock(moment)}"


def weekday(d: date, *, width: str = "abbreviated") -> str:
    """The weekday's name: 'Fri' ('abbreviated'), 'Fr' ('short'), 'Friday' ('wide')."""
    pattern = {"abbreviated": "EEE", "short": "EEEEEE", "wide": "EEEE"}[width]
    return babel_dates.format_date(d, pattern, locale=locale())


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    """English language names ('Thai', 'Arabic') to their codes, from CLDR."""
    return {name.casefold(): code for code, name in Locale.parse("en").languages.items()
            if "_" not in code}


def language_code(name: str) -> str | None:
    """The code of a language staff wrote by its English name ('Arabic' -> 'ar')."""
    return _language_codes().get(name.strip().casefold())


def language_name(name: str) -> str:
    """A language as staff wrote it, in today's language when it is a known English name
    ('Arabic' -> 'árabe'); any other spelling is theirs and is kept."""
    code = language_code(name)
    return locale().languages.get(code, name) if code else name


def languages(names: Iterable[str]) -> str:
    return ", ".join(language_name(n) for n in names)


def number(value: float | int, *, digits: int | None = None) -> str:
    """A number with the language's separators: '1,234.5' / '1.234,5'."""
    if digits is None:
        return babel_numbers.format_decimal(value, locale=locale())
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return babel_numbers.format_decimal(value, format=pattern, locale=locale())


def percent(fraction: float) -> str:
    """'42 %' as the language writes a percentage of `fraction` (0.42)."""
    return babel_numbers.format_percent(fraction, locale=locale())
