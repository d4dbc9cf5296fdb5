"""`checkin void` and `checkin correct` (issue 25) as scripts use them: the author within
the shift, a manager later, anyone else refused with exit 2 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli_care import CLINICIAN, STAFF, House, ok, refused, run
from tests.test_cli_care import house as care_house

__all__ = ["care_house"]


def test_void_by_its_author_and_refused_to_others(care_house: House) -> None:
    h = care_house
    rid = ok(h, "resident", "add", "--preferred-name", "Yasmin", who=STAFF)
    mine = ok(h, "checkin", "add", "--resident", rid, "--mood", "2", "--flag", "runaway",
              who=STAFF)
    refused(h, "checkin", "void", "--id", mine, "--why", "not yours", who=CLINICIAN)
    refused(h, "checkin", "void", "--id", mine, "--why", "   ", who=STAFF)
    usage = run(h.folder, "checkin", "void", "--id", mine, who=STAFF)  # no reason at all
    assert usage.returncode == 2
    gone = ok(h, "checkin", "void", "--id", mine, "--reason", "wrong child", who=STAFF)
    refused(h, "checkin", "void", "--id", mine, "--why", "twice")
    refused(h, "checkin", "correct", "--id", gone, "--why", "undo", "--mood", "3")
    shown = json.loads(ok(h, "resident", "show", "--id", rid, "--json"))
    assert shown["checkins"] == []
    kept = {c["id"]: c for c in shown["checkin_history"]}
    assert set(kept) == {mine, gone}
    assert kept[gone]["voided"] and kept[gone]["amend_reason"] == "wrong child"
    listed = json.loads(ok(h, "residents", "--json"))
    assert next(r for r in listed if r["id"] == rid)["last_checkin_date"] is None


def test_a_manager_voids_someone_elses_checkin(care_house: House) -> None:
    h = care_house
    rid = ok(h, "resident", "add", "--preferred-name", "Zara", who=STAFF)
    theirs = ok(h, "checkin", "add", "--resident", rid, "--mood", "4", who=STAFF)
    ok(h, "checkin", "void", "--id", theirs, "--why", "recorded twice")
    assert json.loads(ok(h, "resident", "show", "--id", rid, "--json"))["checkins"] == []


def test_house_settings_and_the_weekly_report_are_a_managers(care_house: House,
                                                              tmp_path: Path) -> None:
    h = care_house
    refused(h, "settings", "house", "--lock-minutes", "60", who=STAFF)
    refused(h, "settings", "house", "--language", "ar", who=STAFF)
    refused(h, "settings", "house", "--backup-folder", str(tmp_path), who=STAFF)
    refused(h, "report", "weekly", "--week", "2026-W47", "--out", str(tmp_path / "w.pdf"),
            who=STAFF)
    assert not (tmp_path / "w.pdf").exists()
    refused(h, "settings", "mine", "--lock-minutes", "90", who=STAFF)  # longer than the house
    mine = json.loads(ok(h, "settings", "mine", "--lock-minutes", "3", "--language", "ar",
                         "--json", who=STAFF))
    assert (mine["lock_minutes"], mine["language"]) == (3, "ar")
    ok(h, "settings", "house", "--lock-minutes", "15", "--language", "es")
    managers = json.loads(ok(h, "settings", "show", "--json"))
    assert (managers["lock_minutes"], managers["language"]) == (15, "es")  # not Sam's
    staffs = json.loads(ok(h, "settings", "show", "--json", who=STAFF))
    assert (staffs["lock_minutes"], staffs["language"]) == (3, "ar")
    ok(h, "report", "weekly", "--week", "2026-W47", "--out", str(tmp_path / "w.pdf"))
    assert (tmp_path / "w.pdf").read_bytes().startswith(b"%PDF")
