"""A half-typed check-in is kept in the vault: back to its author only, never in the clear
on disk, gone once saved."""

from __future__ import annotations

from safehaven.services import drafts, residents
from safehaven.services.context import Context
from tests.conftest import House

SECRET = "Draft about the blue car outside 7731"


def test_a_draft_goes_back_to_its_author_only_and_not_in_the_clear(house: House) -> None:
    rid = residents.add(house.manager, "Ana").record.id
    drafts.keep_checkin(house.staff, rid, "Ana", {"mood": 2, "note": SECRET, "flags": []})
    assert drafts.checkin(house.staff) == (rid, "Ana", {"mood": 2, "note": SECRET,
                                                         "flags": []})
    assert drafts.checkin(house.manager) is None and drafts.checkin(house.clinician) is None
    assert drafts.holders(house.manager) == ["Sam Staff"]
    house.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    for path in house.folder.iterdir():
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.name
    drafts.drop_checkin(house.staff)
    assert drafts.checkin(house.staff) is None and drafts.holders(house.manager) == []


def test_a_draft_for_a_resident_no_longer_here_is_not_given_back(house: House) -> None:
    rid = residents.add(house.manager, "Bea").record.id
    drafts.keep_checkin(house.staff, rid, "Bea", {"mood": 3})
    drafts.keep_checkin(Context(house.vault, house.staff.actor), "no-such-id", "Bea",
                        {"mood": 3})
    assert drafts.checkin(house.staff) is None
