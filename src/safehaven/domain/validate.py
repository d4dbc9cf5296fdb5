"""Checks on values typed into forms and commands; each failure names its field."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any, Literal, SupportsInt, TypeVar, overload

from safehaven.errors import InvalidValue
from safehaven.i18n import tr

E = TypeVar("E", bound=Enum)

MAX_NAME = 120
MAX_NOTE = 20_000


def text_rule(field: str, *, max_len: int = MAX_NOTE) -> Callable[[Any], str | None]:
    """The rule for an optional text field called `field` (a form's Rules entry)."""
    return lambda value: text(field, value, max_len=max_len)


@overload
def text(field: str, value: str | None, *, required: Literal[True],
         max_len: int = MAX_NOTE) -> str: ...
@overload
def text(field: str, value: str | None, *, required: bool = False,
         max_len: int = MAX_NOTE) -> str | None: ...
def text(field: str, value: str | None, *, required: bool = False,
         max_len: int = MAX_NOTE) -> str | None:
    """Trimmed text, or None when empty and optional."""
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise InvalidValue(field, tr("This cannot be empty."))
        return None
    if len(cleaned) > max_len:
        raise InvalidValue(field, tr("Keep this under {n} characters.", n=max_len))
    if "\x00" in cleaned:
        raise InvalidValue(field, tr("This contains a character that cannot be stored."))
    return cleaned


def name(field: str, value: str | None) -> str:
    result = text(field, value, required=True, max_len=MAX_NAME)
    assert result is not None
    return result


_PHONE = re.compile(r"[\d\s+\-()]+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def is_phone(value: str) -> bool:
    """Digits, spaces, +, - and parentheses only, with at least 6 digits."""
    return bool(_PHONE.fullmatch(value)) and sum(c.isdigit() for c in value) >= 6


def is_contact(value: str) -> bool:
    """A phone number, an e-mail address (anywhere in the text: "Ms Lee, k.lee@x.org"), or
    a postal address: 8 characters or more with at least one digit and one letter (so a
    name with its number, "Riverside Health Centre, 555 0188", is one too)."""
    return (is_phone(value) or bool(_EMAIL.search(value))
            or (len(value) >= 8 and any(c.isdigit() for c in value)
                and any(c.isalpha() for c in value)))


def contact(field: str, value: str | None, *, max_len: int = 500,
            phone_only: bool = False) -> str | None:
    """How to reach someone, checked so that "zzz" is not saved as a way to reach them:
    a phone number, or (unless `phone_only`) an e-mail or postal address."""
    cleaned = text(field, value, max_len=max_len)
    if cleaned is None:
        return None
    if phone_only and not is_phone(cleaned):
        raise InvalidValue(field, tr("Enter a phone number: digits, spaces, +, - or "
                                     "brackets, with at least 6 digits."))
    if not phone_only and not is_contact(cleaned):
        raise InvalidValue(field, tr("Enter a phone number (at least 6 digits), an e-mail "
                                     "address or a postal address."))
    return cleaned


def choice(field: str, enum: type[E], value: object) -> E:
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(str(e.value) for e in enum)
        raise InvalidValue(field, tr("Choose one of: {options}.", options=options)) from None


def optional_choice(field: str, enum: type[E], value: object) -> E | None:
    return None if value in (None, "") else choice(field, enum, value)


def mood(value: object) -> int:
    number = 0
    if isinstance(value, (str, SupportsInt)) and not isinstance(value, bool):
        try:
            number = int(value)
        except (ValueError, OverflowError):  # "x", float("inf")
            number = 0
    if not 1 <= number <= 5:
        raise InvalidValue("mood", tr("Mood is a number from 1 (very low) to 5 (very good)."))
    return number


def not_future(field: str, day: date | None, today: date) -> date | None:
    if day is not None and day > today:
        raise InvalidValue(field, tr("This date is in the future."))
    return day


def positive(field: str, value: int | None, *, allow_none: bool = True) -> int | None:
    if value is None and allow_none:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise InvalidValue(field, tr("Enter a whole number above zero."))
    return value


def age(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 30:
        raise InvalidValue("age_estimate", tr("Enter an age between 0 and 30 years."))
    return value


Rules = dict[str, Callable[[Any], Any]]


def fields(rules: Rules, values: dict[str, Any]) -> dict[str, Any]:
    """Each value through its field's rule; a field without a rule cannot be set here."""
    for key in values:
        if key not in rules:
            raise InvalidValue(key, tr("This cannot be changed here."))
    return {key: rules[key](value) for key, value in values.items()}


def same(value: Any) -> Any:
    """A rule for values the type already guarantees (dates from a date parser)."""
    return value


def choices(field: str, enum: type[E], values: Any) -> tuple[E, ...]:
    """Several values of one vocabulary, each at most once, in the vocabulary's order."""
    chosen = {choice(field, enum, x) for x in values or ()}
    return tuple(e for e in enum if e in chosen)


def before(field: str, day: date | None, limit: date | None, message: str) -> None:
    """Refuse `day` when it falls before `limit` (both optional)."""
    if day is not None and limit is not None and day < limit:
        raise InvalidValue(field, message)


def day_rule(field: str) -> Callable[[Any], date | None]:
    """A rule for an optional day: a date (not a date and time), or None when empty."""
    def rule(x: Any) -> date | None:
        if x in (None, ""):
            return None
        if not isinstance(x, date) or isinstance(x, datetime):
            raise InvalidValue(field, tr("Say which day, as a date."))
        return x
    return rule
