"""Search across notes (issue 25 item 8): every free-text kind a role may read, sealed
fields only for the sessions that open them, newest first, audited without the words."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest

from safehaven.demo import generator
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import (
    checkins,
    house_log,
    incidents,
    missing,
    notes,
    residents,
    search,
)
from safehaven.services.context import Context
from tests.conftest import NOW, House
from tests.services.test_missing import GONE, at, report


def _words(found: search.Found) -> list[tuple[str, str]]:
    return [(h.kind, h.field) for h in found.hits]


def test_staff_find_notes_check_ins_incidents_and_the_house_log(house: House) -> None:
    rid = residents.add(house.manager, "Lucía").record.id
    other = residents.add(house.manager, "Ana").record.id
    old = Context(house.staff.vault, house.staff.actor, now=lambda: NOW - timedelta(days=3))
    notes.write(old, rid, "Talked about the blue van outside the school gate.")
    checkins.record(house.staff, rid, 3, note="Quiet; asked again about the BLUE VAN.")
    incidents.record(house.staff, other, "other", occurred_at=NOW - timedelta(hours=2),
                     description="A blue  van parked\noutside for an hour.")
    house_log.add(house.staff, "stranger-outside", "Blue van again, number plate noted.",
                  resident_ids=[rid])
    notes.write(house.staff, rid, "Nothing about vans today.")
    found = search.search(house.staff, "blue van")
    kinds = [h.kind for h in found.hits]
    assert sorted(kinds) == ["check-in", "house-log", "incident", "note"]
    assert kinds[-1] == "note"  # three days old: last (newest first)
    by_kind = {h.kind: h for h in found.hits}
    assert by_kind["incident"].resident == "Ana" and by_kind["incident"].resident_id == other
    assert by_kind["incident"].snippet == "A blue van parked outside for an hour."
    assert by_kind["house-log"].resident_id == rid
    assert by_kind["check-in"].who_name == "Sam Staff"
    assert by_kind["note"].at.date() == NOW.date() - timedelta(days=3)
    assert not found.more


def test_case_and_accents_are_ignored_and_every_word_is_needed(house: House) -> None:
    rid = residents.add(house.manager, "Mateo").record.id
    notes.write(house.staff, rid, "Habló con su tía en Málaga por teléfono.")
    assert _words(search.search(house.staff, "TIA malaga")) == [("note", "body")]
    assert search.search(house.staff, "tia madrid").hits == []


def test_a_long_note_is_shown_around_the_words(house: House) -> None:
    rid = residents.add(house.manager, "Mateo").record.id
    body = "x" * 300 + " the word Ñandú is here " + "y" * 300
    notes.write(house.staff, rid, body)
    [hit] = search.search(house.staff, "nandu").hits
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "Ñandú" in hit.snippet and len(hit.snippet) < 200


def test_clinical_notes_are_searched_for_clinicians_never_for_staff(house: House) -> None:
    rid = residents.add(house.manager, "Mateo").record.id
    notes.write(house.clinician, rid, "Flashbacks of the warehouse.", kind="clinical")
    notes.write(house.staff, rid, "Helped in the warehouse kitchen garden.")
    assert [h.snippet for h in search.search(house.staff, "warehouse").hits] == [
        "Helped in the warehouse kitchen garden."]
    assert search.search(house.staff, "flashbacks").hits == []
    assert {h.snippet for h in search.search(house.clinician, "warehouse").hits} == {
        "Helped in the warehouse kitchen garden.", "Flashbacks of the warehouse."}
    [hit] = search.search(house.manager, "flashbacks").hits
    assert (hit.kind, hit.field) == ("note", "body")


def test_where_a_missing_child_was_is_found_by_managers_only(house: House) -> None:
    rid = residents.add(at(house, GONE, "manager"), "Lucía").record.id
    episode = report(house, rid)
    back = GONE + timedelta(hours=5)
    missing.record_return(at(house, back, "manager"), episode, returned_at=back,
                          whereabouts="with an older man, Calle Luna 4", how="by police")
    assert search.search(house.staff, "calle luna").hits == []
    [hit] = search.search(house.manager, "calle luna").hits
    assert (hit.kind, hit.field, hit.resident) == ("incident", "whereabouts", "Lucía")
    # what staff may read of the same episode they find
    assert _words(search.search(house.staff, "red jacket")) == [("incident", "appearance")]


def test_only_the_current_version_is_found_and_a_void_not_at_all(house: House) -> None:
    rid = residents.add(house.manager, "Ana").record.id
    made = checkins.record(house.staff, rid, 3, note="Went to the cinema").record
    checkins.amend(house.staff, made.id, "wrong film", note="Went to the theatre")
    assert search.search(house.staff, "cinema").hits == []
    [hit] = search.search(house.staff, "theatre").hits
    other = checkins.record(house.staff, residents.add(house.manager, "Bo").record.id, 4,
                            note="Went to the theatre too").record
    checkins.void(house.staff, other.id, "wrong child")
    assert [h.record_id for h in search.search(house.staff, "theatre").hits] == [
        hit.record_id]


def test_the_limit_and_more(house: House) -> None:
    rid = residents.add(house.manager, "Ana").record.id
    for i in range(5):
        notes.write(house.staff, rid, f"football match {i}")
    found = search.search(house.staff, "football", limit=3)
    assert len(found.hits) == 3 and found.more
    assert [h.snippet for h in found.hits] == [f"football match {i}" for i in (4, 3, 2)]
    assert not search.search(house.staff, "football", limit=5).more


def test_too_little_to_search_for_and_no_role(house: House) -> None:
    with pytest.raises(InvalidValue) as refused:
        search.search(house.staff, " a ")
    assert refused.value.field == "text"
    admin = Context(house.manager.vault, None, now=lambda: NOW)
    with pytest.raises(NotAllowed):
        search.search(admin, "van")


def test_a_search_is_audited_without_its_words(house: House) -> None:
    rid = residents.add(house.manager, "Ana").record.id
    notes.write(house.staff, rid, "Spoke of Uncle Dimitri.")
    search.search(house.staff, "Dimitri")
    conn = house.vault.conn
    [(who,)] = conn.execute("SELECT staff_id FROM audit_log WHERE action = 'search'")
    assert who == house.staff.actor.id  # type: ignore[union-attr]
    audit_text = " ".join(str(v) for row in conn.execute("SELECT * FROM audit_log")
                          for v in row)
    assert "Dimitri" not in audit_text
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master")]
    assert not [n for n in tables if "fts" in n.lower() or "search" in n.lower()]


def test_the_demo_house_is_searched_in_well_under_a_second(house: House) -> None:
    people = [c.actor.id for c in (house.manager, house.staff, house.clinician) if c.actor]
    generator.generate(house.manager, residents=40, days=120, seed=7,
                       today=date(2026, 11, 26), staff_ids=people)
    ctx = Context(house.manager.vault, house.manager.actor,
                  now=lambda: datetime(2026, 11, 26, 9, 30))
    started = time.perf_counter()
    found = search.search(ctx, "school")
    took = time.perf_counter() - started
    assert found.hits and took < 1.0, took  # 0.08 s here, quiet
