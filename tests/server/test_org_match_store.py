"""The server's part of the duplicate check across houses (issue 30, item 3), on SQLite
and PostgreSQL: a house's set replaces the one before, an answer names only other houses
of the asker's organisation, and nothing but well-formed hashes is stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from safehaven.domain import org_match as om
from safehaven.domain.duplicates import Person
from safehaven.server import org_match
from safehaven.server.storage import Refused, Storage
from tests.server.live import store_at

KEY = bytes(range(32))


def _entry(name: str, born: date) -> list[list[str]]:
    return om.entry(KEY, Person(name, born))


def _ask(name: str, born: date) -> list[list[str]]:
    return om.question(KEY, Person(name, born))


def test_sets_are_replaced_and_answers_stay_in_the_organisation(
        tmp_path: Path, server_db: str | None) -> None:
    storage = Storage(store_at(tmp_path / "s", server_db))
    known = _entry("Aleksandr Ivanov", date(2011, 5, 3))
    org_match.publish(storage, "org-1", "site-a", [known, _entry("Maria Lopez",
                                                                  date(2010, 1, 1))])
    org_match.publish(storage, "org-2", "site-x", [known])  # another organisation
    asked = _ask("Ivanov Alexander", date(2012, 2, 1))
    assert [h["site_id"] for h in org_match.ask(storage, "org-1", "site-b", asked)] == [
        "site-a"]
    assert org_match.ask(storage, "org-1", "site-a", asked) == []  # never about itself
    assert org_match.ask(storage, "org-1", "site-b", _ask("Pedro Santos",
                                                         date(2011, 5, 3))) == []
    org_match.publish(storage, "org-1", "site-a", [])  # the set replaced: she is gone
    assert org_match.ask(storage, "org-1", "site-b", asked) == []
    assert [h["site_id"] for h in org_match.ask(storage, "org-2", "site-y", asked)] == [
        "site-x"]
    for bad in ([["not a hash"]], [[]], [["a" * 32]] * 9, []):
        with pytest.raises(Refused):
            org_match.publish(storage, "org-1", "site-a", [bad])
        with pytest.raises(Refused):
            org_match.ask(storage, "org-1", "site-a", bad)
    storage.close()
