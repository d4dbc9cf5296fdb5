"""Is a young person at intake already known to the house? Pure: the caller passes people.

Children are often known under spellings others made for them: "Aleksandr Ivanov" in one
referral, "Alexander Iwanow" in the next, "Ivanov Aleksandr" on a police form, with a date
of birth that is itself an estimate. So names are compared without accents or case, after
Cyrillic is written in Latin letters and spellings that sound alike are made alike (x/ks,
w/v, ph/f, y/i, doubled letters), word by word in any order, each word allowed a small
difference; dates of birth may differ by a year, and an estimated age counts as the range
of dates it allows. A likely match is a question for the person at intake, never a refusal.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from safehaven.domain.text import fold

TOKEN_SIMILAR = 0.8  # share of a word that must agree ("aleksandr"/"aleksander": 0.9)
YEAR_DAYS = 366  # "born within a year", leap years included

# Cyrillic (Russian, Ukrainian, Bulgarian, Serbian) in Latin letters, as passports write it.
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџ",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
     "i", "i", "ye", "g", "dj", "j", "lj", "nj", "c", "dz"], strict=True))
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o",
                   "p", "r", "s", "s", "t", "i", "f", "ch", "ps", "o"], strict=True))
_LATIN = str.maketrans({**_CYRILLIC, **_GREEK})
# Spellings that sound alike, in the order they are applied (longest first).
_SOUNDS = (("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("ph", "f"), ("th", "t"),
           ("kh", "h"), ("ck", "k"), ("x", "ks"), ("w", "v"), ("q", "k"), ("ou", "u"),
           ("ee", "i"), ("y", "i"), ("j", "i"))
_C_NOT_CH = re.compile(r"c(?!h)")


def words(name: str) -> list[str]:
    """A name as the words it is compared by. Scripts with no Latin spelling here (Arabic,
    Hebrew, Thai …) stay words of their own script, compared letter by letter: split on
    Latin letters alone they were no words at all, and such a name matched nobody."""
    latin = fold(name).translate(_LATIN)
    found, word = [], ""
    for ch in latin + " ":
        if ch.isalnum() or (word and unicodedata.category(ch).startswith("M")):
            word += ch  # a combining mark (a Thai vowel, Arabic harakat) stays in its word
        elif word:
            found.append(word)
            word = ""
    return [skeleton(w) if w.isascii() and w.isalpha() else w for w in found]


def skeleton(word: str) -> str:
    """A word spelled as it sounds: "alexander" → "aleksander", "iwanow" → "ivanov"."""
    for spelled, sound in _SOUNDS:
        word = word.replace(spelled, sound)
    word = _C_NOT_CH.sub("k", word)
    return re.sub(r"(.)\1+", r"\1", word)  # doubled letters once


def similarity(a: str, b: str) -> float:
    """1 for the same word, 0 for nothing in common (edit distance over the longer)."""
    if a == b:
        return 1.0
    if not a or not b or _has_digit(a) or _has_digit(b):
        return 0.0  # numbers ("Resident 12") must be the same to count
    if min(len(a), len(b)) == 1:  # an initial stands for any word it begins
        return TOKEN_SIMILAR if a[0] == b[0] else 0.0
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return 1 - previous[-1] / max(len(a), len(b))


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


@dataclass(frozen=True, slots=True)
class NameMatch:
    score: float  # the mean similarity of the words paired
    whole: bool  # every word of the shorter name found a partner


def compare_names(a: str, b: str) -> NameMatch | None:
    """Pair each word of the shorter name with its most similar word of the other (each
    used once, in any order); None when a word has no similar partner."""
    x, y = words(a), words(b)
    if not x or not y:
        return None
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    pairs = sorted(((similarity(s, t), i, j) for i, s in enumerate(short)
                    for j, t in enumerate(long)), reverse=True)
    used_s: set[int] = set()
    used_l: set[int] = set()
    scores: list[float] = []
    for score, i, j in pairs:
        if i in used_s or j in used_l:
            continue
        if score < TOKEN_SIMILAR:
            return None
        used_s.add(i)
        used_l.add(j)
        scores.append(score)
    return NameMatch(sum(scores) / len(scores), whole=len(short) == len(long))


@dataclass(frozen=True, slots=True)
class Person:
    """What intake knows of a young person, and what the house knows of its residents."""

    name: str
    date_of_birth: date | None = None
    age_estimate: int | None = None
    age_estimated_on: date | None = None
    languages: tuple[str, ...] = ()
    id: str = ""
    closed: bool = False  # a closed case of the house


def birth_range(p: Person) -> tuple[date, date] | None:
    """The earliest and latest dates of birth the record allows."""
    if p.date_of_birth is not None:
        return p.date_of_birth, p.date_of_birth
    if p.age_estimate is not None and p.age_estimated_on is not None:
        on = p.age_estimated_on
        latest = _years_before(on, p.age_estimate)
        earliest = _years_before(on, p.age_estimate + 1) + timedelta(days=1)
        return earliest, latest
    return None


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def births_close(a: Person, b: Person) -> bool | None:
    """Born within a year of each other (None: one of them has no date or age)."""
    x, y = birth_range(a), birth_range(b)
    if x is None or y is None:
        return None
    gap = max((y[0] - x[1]).days, (x[0] - y[1]).days, 0)
    return gap <= YEAR_DAYS


def shared_languages(a: Person, b: Person) -> bool | None:
    """A language in common (None: one of them has none recorded)."""
    x = {fold(s).strip() for s in a.languages if s.strip()}
    y = {fold(s).strip() for s in b.languages if s.strip()}
    if not x or not y:
        return None
    return bool(x & y)


@dataclass(frozen=True, slots=True)
class Likely:
    """A resident the new one may be, and why (words for the question at intake)."""

    person: Person
    score: float
    reasons: tuple[str, ...] = field(default=())  # "similar-name", "born-within-a-year", …


def likely_match(new: Person, known: Person) -> Likely | None:
    """A likely duplicate: similar names and nothing that rules it out. A date of birth
    more than a year apart rules it out; a name matched only in part (one of two words)
    needs close births; with no dates on one side, a whole name and no language apart."""
    name = compare_names(new.name, known.name)
    if name is None:
        return None
    births = births_close(new, known)
    if births is False:
        return None
    languages = shared_languages(new, known)
    if not name.whole and births is not True:
        return None
    if births is None and languages is False:
        return None
    reasons = ["similar-name"]
    if births:
        reasons.append("born-within-a-year")
    if languages:
        reasons.append("shared-language")
    score = name.score + (0.5 if births else 0) + (0.25 if languages else 0)
    return Likely(known, score, tuple(reasons))


def likely_matches(new: Person, known: Iterable[Person]) -> list[Likely]:
    """Every likely match, most likely first."""
    found = [m for m in (likely_match(new, k) for k in known) if m is not None]
    return sorted(found, key=lambda m: (-m.score, m.person.name, m.person.id))
