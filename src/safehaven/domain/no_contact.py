"""Does a name or phone number given for a visit or call match a resident's no-contact
list? Pure: the caller passes the entries.

Names are compared as people mistype them at a door: accents, case, punctuation and
spacing ignored ("Iván  PETROV" is "ivan petrov"), and a surname alone matches ("Mr Petrov"
matches "Ivan Petrov"). Phone numbers are compared by their last nine digits, so
"+44 7700 900123", "07700 900123" and "+447700900123" are the same number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from safehaven.domain.models import NoContact, TrustedAdult
from safehaven.domain.vocab import VettingStatus

PHONE_DIGITS = 9  # enough to tell numbers apart, few enough to ignore country prefixes
MIN_PHONE = 7
MIN_SURNAME = 3  # "Li" alone would match too many callers


def fold(text: str | None) -> str:
    """Lower case, without accents or punctuation, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def digits(phone: str | None) -> str:
    return re.sub(r"\D", "", phone or "")


def same_phone(a: str | None, b: str | None) -> bool:
    x, y = digits(a), digits(b)
    if len(x) < MIN_PHONE or len(y) < MIN_PHONE:
        return False
    n = min(PHONE_DIGITS, len(x), len(y))
    return x[-n:] == y[-n:]


def same_person(given: str | None, listed: str | None) -> bool:
    """The whole name, every word of the listed name, or the listed surname alone."""
    g, entry = fold(given).split(), fold(listed).split()
    if not g or not entry:
        return False
    if g == entry or set(entry) <= set(g):
        return True
    surname = entry[-1]
    return len(entry) > 1 and len(surname) >= MIN_SURNAME and surname in g


@dataclass(frozen=True, slots=True)
class Match:
    """A no-contact entry that matched, and on what (`name` or `phone`)."""

    entry: NoContact
    on: str


def matches(entries: Iterable[NoContact], name: str | None, phone: str | None
            ) -> list[Match]:
    found = []
    for e in entries:
        if e.deleted:
            continue
        if any(same_person(name, n) for n in (e.name, *e.aliases)):
            found.append(Match(e, "name"))
        elif phone and any(same_phone(phone, p) for p in e.phones):
            found.append(Match(e, "phone"))
    return found


def unvetted(adults: Iterable[TrustedAdult], name: str | None, phone: str | None
             ) -> list[TrustedAdult]:
    """Adults known to the house by this name or number whose vetting is not done."""
    return [a for a in adults if not a.deleted and a.vetting_status is not VettingStatus.VETTED
            and (fold(a.name) == fold(name) or (phone and same_phone(phone, a.phone)))]
