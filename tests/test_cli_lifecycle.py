"""A child's record over its whole life through the command line (issue 30): closing and
reopening, the duplicate check at intake, the audit, the complete file, retention and
approvals; roles as in the app, refusals one clear line that change nothing."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pypdf

from tests.test_cli_care import CLINICIAN, STAFF, House, house, ok, refused, run  # noqa: F401


def _ids(value: Any) -> set[str]:
    """Every record id in a `resident show --json` answer."""
    found: set[str] = set()
    if isinstance(value, dict):
        if isinstance(value.get("id"), str) and "site_id" in value:
            found.add(value["id"])
        for k, v in value.items():
            if k != "staff_names":
                found |= _ids(v)
    elif isinstance(value, list):
        for v in value:
            found |= _ids(v)
    return found


def test_close_and_reopen_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Efua", who=STAFF)
    assert "close" in refused(house, "resident", "close", "--id", rid, "--reason", "kinship",
                              who=STAFF)
    closed = json.loads(ok(house, "resident", "close", "--id", rid, "--reason",
                           "reintegrated-family", "--destination", "Her mother, Accra",
                           "--json", who=CLINICIAN))
    assert (closed["action"], closed["reason"]) == ("close", "reintegrated-family")
    assert rid not in json.loads(ok(house, "today", "--json"))["needs_checkin"]
    listed = {r["id"]: r for r in json.loads(ok(house, "residents", "--json"))}
    assert listed[rid]["closed_on"] == closed["day"]
    assert "reopen" in refused(house, "resident", "reopen", "--id", rid, "--reason",
                               "came back", who=CLINICIAN)
    assert "reason" in refused(house, "resident", "reopen", "--id", rid, "--reason", " ")
    ok(house, "resident", "reopen", "--id", rid, "--reason", "Placement broke down")
    assert rid in json.loads(ok(house, "today", "--json"))["needs_checkin"]


def test_a_likely_duplicate_is_refused_until_said_otherwise(house: House) -> None:  # noqa: F811
    first = ok(house, "resident", "add", "--preferred-name", "Aleksandr Ivanov", "--dob",
               "2010-05-01", "--language", "Russian", who=STAFF)
    line = refused(house, "resident", "add", "--preferred-name", "Ivanov Aleksandr",
                   "--dob", "2011-05-01", who=STAFF)
    assert first in line and "--not-duplicate" in line
    second = ok(house, "resident", "add", "--preferred-name", "Ivanov Aleksandr", "--dob",
                "2011-05-01", "--not-duplicate", who=STAFF)
    assert second != first
    ok(house, "resident", "add", "--preferred-name", "Grace Mensah", "--dob", "2010-05-01",
       who=STAFF)


def test_the_audit_per_child_and_per_staff_member(
        house: House, tmp_path: Path) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Tariq", who=STAFF)
    ok(house, "resident", "show", "--id", rid, who=CLINICIAN)
    assert "audit" in refused(house, "audit", "--resident", rid, who=CLINICIAN)
    lines = json.loads(ok(house, "audit", "--resident", rid, "--json", "--csv",
                          str(tmp_path / "audit.csv")))
    seen = {(x["staff"], x["action"]) for x in lines}
    assert (STAFF, "create") in seen and (CLINICIAN, "view") in seen
    rows = list(csv.DictReader(io.StringIO((tmp_path / "audit.csv").read_text())))
    assert {r["resident_id"] for r in rows} == {rid} and len(rows) == len(lines)
    opened = json.loads(ok(house, "audit", "--staff", CLINICIAN, "--json"))
    assert any(x["action"] == "view" and x["resident_id"] == rid for x in opened)
    assert "staff" in refused(house, "audit", "--staff", "Nobody Here")


def test_the_complete_file_holds_what_show_shows_with_history_and_audit(
        house: House, tmp_path: Path) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Wen", who=STAFF)
    ok(house, "resident", "edit", "--id", rid, "--legal-name", "Wen Li Zhang", "--dob",
       "2012-02-02")
    ok(house, "need", "add", "--resident", rid, "--category", "medical", "--priority", "high")
    ok(house, "checkin", "add", "--resident", rid, "--mood", "4", "--note", "Settled in well",
       who=STAFF)
    ok(house, "resident", "close", "--id", rid, "--reason", "transferred", "--destination",
       "Casa Norte")
    shown = json.loads(ok(house, "resident", "show", "--id", rid, "--json"))
    out = tmp_path / "file"
    assert "export" in refused(house, "export", "resident", "--id", rid, "--out", str(out),
                               who=CLINICIAN)
    assert not out.exists()
    written = json.loads(ok(house, "export", "resident", "--id", rid, "--out", str(out),
                            "--json"))
    assert {Path(p).name for p in written["files"]} == {
        "complete-file.pdf", "complete-file.json", "README.txt"}
    data = json.loads((out / "complete-file.json").read_text())
    exported = {r["id"] for rows in data["records"].values() for r in rows}
    assert _ids(shown) <= exported
    for table, rows in data["records"].items():
        for r in rows:
            assert data["history"][table][r["id"]], (table, r["id"])  # every change
    audited = {(a["record"], a["row_id"]) for a in data["audit"]}
    assert ("residents", rid) in audited and ("case_closures", data["records"][
        "case_closures"][0]["id"]) in audited
    assert any(a["action"] == "view" for a in data["audit"])
    assert data["records"]["residents"][0]["legal_name"] == "Wen Li Zhang"  # opened
    assert data["documents"] == []
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out / "complete-file.pdf").pages)
    assert "Wen Li Zhang" in text and "Settled in well" in text
    again = run(house.folder, "export", "resident", "--id", rid, "--out", str(out))
    assert again.returncode == 1 and "empty folder" in again.stderr  # never overwritten
    mine = json.loads(ok(house, "audit", "--resident", rid, "--json"))
    assert any(a["action"] == "export-complete-file" for a in mine)


def test_retention_rules_holds_and_what_is_due(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Baraka", who=STAFF)
    ok(house, "resident", "close", "--id", rid, "--reason", "turned-18")
    assert "retention" in refused(house, "retention", who=CLINICIAN)
    before = json.loads(ok(house, "retention", "--json"))
    assert before["jurisdiction"] == "general" and before["rules"]["case-file"] == "closed:25"
    assert rid not in {d["resident_id"] for d in before["due"]}
    assert "rule" in refused(house, "retention", "set", "--class", "audit", "--rule", "soon")
    ok(house, "retention", "set", "--jurisdiction", "england", "--class", "audit", "--rule",
       "closed:1")
    soon = json.loads(ok(house, "retention", "--within", "400", "--json"))
    assert soon["rules"]["case-file"] == "age:75" and soon["rules"]["audit"] == "closed:1"
    assert {(d["resident_id"], d["record_class"], d["held"]) for d in soon["due"]
            if d["resident_id"] == rid} == {(rid, "audit", False)}
    hold = ok(house, "retention", "hold", "--id", rid, "--reason", "Court case pending")
    held = json.loads(ok(house, "retention", "--within", "400", "--json"))
    assert all(d["held"] for d in held["due"] if d["resident_id"] == rid)
    ok(house, "retention", "lift", "--id", hold)


def test_approvals_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Yusuf", who=STAFF)
    assert "settings" in refused(house, "approval", "require", "--subject", "closure",
                                who=CLINICIAN)
    ok(house, "approval", "require", "--subject", "closure")
    closing = ok(house, "resident", "close", "--id", rid, "--reason", "other-service",
                 who=CLINICIAN)
    assert [p["subject_id"] for p in json.loads(ok(house, "approval", "pending", "--json"))
            ] == [closing]
    assert "comment" in refused(house, "approval", "return", "--id", closing, "--comment",
                                " ")
    ok(house, "approval", "approve", "--id", closing, "--comment", "Agreed at supervision")
    assert json.loads(ok(house, "approval", "pending", "--json")) == []
    ok(house, "approval", "require", "--subject", "closure", "--off")


def test_destruction_by_two_managers_from_the_command_line(house: House) -> None:  # noqa: F811
    from tests.test_cli_care import PASS

    second = "Second Manager"
    PASS.setdefault(second, "second manager's passphrase")
    if second not in house.ids:
        added = run(house.folder, "staff", "add", "--name", second, "--role", "manager",
                    SAFEHAVEN_NEW_PASSPHRASE=PASS[second])
        assert added.returncode == 0, added.stderr
        house.ids[second] = added.stdout.strip()
    rid = ok(house, "resident", "add", "--preferred-name", "Marisol Quintero", who=STAFF)
    ok(house, "checkin", "add", "--resident", rid, "--mood", "4", "--note",
       "Talked about Quito-55", who=STAFF)
    assert "resident_id" in refused(house, "retention", "destroy", "--resident", rid, "--why",
                                    "due")  # still open
    ok(house, "resident", "close", "--id", rid, "--reason", "turned-18")
    refused(house, "retention", "destroy", "--resident", rid, "--why", "due", who=CLINICIAN)
    asked = json.loads(ok(house, "retention", "destroy", "--resident", rid, "--why",
                          "Retention period over", "--json"))
    assert asked["action"] == "request" and asked["resident_id"] == rid
    refused(house, "retention", "approve", "--id", asked["id"])  # the same manager
    refused(house, "retention", "approve", "--id", asked["id"], who=STAFF)
    waiting = json.loads(ok(house, "retention", "receipts", "--json"))
    assert [(w["id"], w["approved"]) for w in waiting if w["resident_id"] == rid] == [
        (asked["id"], None)]
    ok(house, "retention", "approve", "--id", asked["id"], who=second)
    [done] = [w for w in json.loads(ok(house, "retention", "receipts", "--json", who=second))
              if w["resident_id"] == rid]
    assert done["approved"]["staff_id"] == house.ids[second] and len(done["done_on"]) == 1
    assert done["resident"] == ""  # nothing of her is left to name her by
    gone = run(house.folder, "resident", "show", "--id", rid, "--json")
    assert gone.returncode != 0
    assert "Marisol" not in ok(house, "residents", "--json")
