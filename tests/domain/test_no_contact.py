"""Matching a visitor or caller against the no-contact list, as people type at a door."""

from __future__ import annotations

from datetime import date

from safehaven.domain.models import NoContact
from safehaven.domain.no_contact import fold, matches, same_person, same_phone


def entry(name: str, *, aliases: tuple[str, ...] = (), phones: tuple[str, ...] = ()
          ) -> NoContact:
    return NoContact("n1", "s", "r", name, "recruiter", "m", date(2026, 1, 1),
                     aliases=aliases, phones=phones)


def test_names_ignore_accents_case_spacing_and_punctuation() -> None:
    assert fold("  Iván   PETROV-Jr. ") == "ivan petrov jr"
    assert same_person("Ivan  Petrov", "ivan petrov")
    assert same_person("IVÁN PETROV", "Ivan Petrov")
    assert same_person("Mr Petrov", "Ivan Petrov")  # the surname alone
    assert same_person("Ivan Sergeyevich Petrov", "Ivan Petrov")
    assert not same_person("Ivan Smith", "Ivan Petrov")  # a first name alone is not enough
    assert not same_person("Mr Li", "Wei Li")  # too short a surname to match alone
    assert same_person("Wei Li", "wei li")
    assert not same_person("", "Ivan Petrov")


def test_phone_numbers_compare_by_their_digits() -> None:
    assert same_phone("+44 7700 900123", "+447700900123")
    assert same_phone("07700 900123", "+44 (0)7700-900123")
    assert not same_phone("+44 7700 900124", "+447700900123")
    assert not same_phone("123", "123")  # too short to mean anything


def test_a_match_by_alias_or_phone_and_a_removed_entry_matches_nothing() -> None:
    e = entry("Ivan Petrov", aliases=("Vanya",), phones=("+447700900123",))
    assert [m.on for m in matches([e], "vanya", None)] == ["name"]
    assert [m.on for m in matches([e], "a man", "+44 7700 900123")] == ["phone"]
    assert matches([e], "Maria Lopez", "+44 7700 900999") == []
    gone = NoContact(**{**{f: getattr(e, f) for f in e.__slots__}, "deleted": True})
    assert matches([gone], "Ivan Petrov", None) == []
