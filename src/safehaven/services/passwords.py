"""How guessable a passphrase is, judged by zxcvbn (not by length and symbol counts).

A stolen laptop is attacked offline, limited only by Argon2id's cost per guess: what
matters is how early a passphrase comes in an attacker's list (common passwords, names,
dates, keyboard rows, repeats), which is what zxcvbn estimates. The same judgement serves
the app's strength meter, the services and the CLI, so they never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from safehaven.i18n import tr

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn's 0-4: 3 is "safely unguessable" against an offline attack (~10^10)
LONGEST_JUDGED = 72  # zxcvbn's cost grows with length; past this a phrase is long anyway


class Weakness(StrEnum):
    """Why a passphrase is refused, as a code the UI and CLI put in their own words."""

    SHORT = "short"
    COMMON = "common"  # among the passwords people use most
    REPEAT = "repeat"  # "aaaa", "abcabc", the same word again
    PATTERN = "pattern"  # "abcd", "1234", "qwerty" and other keyboard rows
    DATE = "date"  # dates and years
    NAME = "name"  # first names, surnames, or the person's or house's own name
    GUESSABLE = "guessable"  # none of the above alone, but still too few guesses


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (guessed at once) .. 4 (very hard to guess)
    weakness: Weakness | None  # None when the passphrase is strong enough

    @property
    def acceptable(self) -> bool:
        return self.weakness is None


def judge(passphrase: str, related: Iterable[str] = ()) -> Strength:
    """The strength of `passphrase`; `related` are words an attacker would try first
    (the person's name, the house's name)."""
    if not passphrase:
        return Strength(0, Weakness.SHORT)
    words = [w for text in related for w in str(text).split() if w]
    from zxcvbn import zxcvbn  # its word lists load here, not in every command's start

    result = zxcvbn(passphrase[:LONGEST_JUDGED], user_inputs=words,
                    max_length=LONGEST_JUDGED)
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 1), Weakness.SHORT)
    if _only_names(passphrase, words):
        return Strength(min(score, 1), Weakness.NAME)
    if score >= MIN_SCORE:
        return Strength(score, None)
    return Strength(score, _why(result["sequence"]))


def _only_names(passphrase: str, words: list[str]) -> bool:
    """Made of the person's or house's own names and little else ("RosaCasaLuz2024"):
    zxcvbn discounts such names only a little; the people who know the house try them
    first."""
    letters = "".join(c for c in passphrase.lower() if c.isalpha())
    for word in sorted({w.lower() for w in words if len(w) >= 3}, key=len, reverse=True):
        letters = letters.replace("".join(c for c in word if c.isalpha()), "")
    return len(letters) < 4 and bool(words)


def _why(matches: list[dict[str, Any]]) -> Weakness:
    """The weakest kind of part zxcvbn found, by its pattern codes (never its text)."""
    found: set[Weakness] = set()
    for match in matches:
        pattern = match.get("pattern")
        if pattern == "repeat":
            found.add(Weakness.REPEAT)
        elif pattern in ("sequence", "spatial"):
            found.add(Weakness.PATTERN)
        elif pattern in ("date", "regex"):
            found.add(Weakness.DATE)
        elif pattern == "dictionary":
            source = match.get("dictionary_name")
            if source == "passwords":
                found.add(Weakness.COMMON)
            elif source in ("female_names", "male_names", "surnames", "user_inputs"):
                found.add(Weakness.NAME)
    for weakness in (Weakness.COMMON, Weakness.NAME, Weakness.REPEAT, Weakness.PATTERN,
                     Weakness.DATE):
        if weakness in found:
            return weakness
    return Weakness.GUESSABLE


def message(weakness: Weakness) -> str:
    """The reason in the user's words (the CLI's and the services' refusals)."""
    advice = tr("Add another uncommon word or two; a short sentence only you would "
                "think of works well.")
    reasons = {
        Weakness.SHORT: tr("Use at least {n} characters; a few words are easiest to "
                           "remember.", n=MIN_LENGTH),
        Weakness.COMMON: tr("This is one of the passphrases people use most, so it would "
                            "be guessed first."),
        Weakness.REPEAT: tr("Repeated letters or words are easy to guess."),
        Weakness.PATTERN: tr("Runs like “abcd”, “1234” or keyboard rows are easy to guess."),
        Weakness.DATE: tr("Dates and years are easy to guess."),
        Weakness.NAME: tr("Names, and your own or the house's name above all, are easy to "
                          "guess."),
        Weakness.GUESSABLE: tr("This passphrase would be too easy to guess."),
    }
    return reasons[weakness] if weakness is Weakness.SHORT else f"{reasons[weakness]} {advice}"
