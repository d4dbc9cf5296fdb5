"""The commands of a child's life beyond therapy (issue 31) through the real command line:
roles hold as in the app, staff get a case without its sealed details, refusals are one
line and change nothing."""

from __future__ import annotations

import json
from datetime import timedelta

from safehaven import clock
from tests.test_cli_care import CLINICIAN, STAFF, House, house, ok, refused  # noqa: F401

NOW = clock.now().replace(second=0, microsecond=0)
TOMORROW_9 = (NOW + timedelta(days=1)).replace(hour=9, minute=0)


def test_a_case_and_a_hearing_tomorrow_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Amira", who=STAFF)
    assert "legal case" in refused(house, "legal", "case", "add", "--resident", rid,
                                   "--kind", "prosecution", who=STAFF)
    case = json.loads(ok(house, "legal", "case", "add", "--resident", rid, "--kind",
                         "prosecution", "--reference", "CPS-77", "--lawyer", "Ms Adeyemi",
                         "--special-measures", "video link", "--json", who=CLINICIAN))
    assert case["reference"] == "CPS-77"
    hearing = json.loads(ok(house, "legal", "hearing", "add", "--id", case["id"], "--at",
                            TOMORROW_9.strftime("%Y-%m-%dT%H:%M"), "--kind", "court-hearing",
                            "--place", "Leeds Crown Court", "--json", who=CLINICIAN))
    assert "legal case" in refused(house, "legal", "hearing", "edit", "--id", hearing["id"],
                                   "--place", "elsewhere", who=STAFF)
    urgent = json.loads(ok(house, "today", "--json", who=STAFF))
    assert "hearing-unaccompanied" in [a["kind"] for a in urgent["alerts"]]
    ok(house, "legal", "hearing", "edit", "--id", hearing["id"], "--with", "Sam",
       "--transport", "taxi 08:00", who=STAFF)
    view = json.loads(ok(house, "today", "--json"))
    assert [(h["id"], h["accompanied_by"]) for h in view["hearings"]] == [(hearing["id"], "Sam")]
    assert "hearing-tomorrow" in [a["kind"] for a in view["alerts"]]
    assert "Sam" in ok(house, "today", who=STAFF)
    seen = json.loads(ok(house, "legal", "case", "list", "--resident", rid, "--json",
                         who=STAFF))
    assert [(c["kind"], c["reference"], c["lawyer"]) for c in seen] == [
        ("prosecution", None, None)]
    listed = ok(house, "legal", "hearing", "list", "--resident", rid, who=STAFF)
    assert "Leeds Crown Court" in listed and "Sam" in listed


def test_the_profile_and_a_decision_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Dritan", who=STAFF)
    assert "trafficking profile" in refused(house, "profile", "set", "--resident", rid,
                                     "--exploitation", "sexual", who=STAFF)
    made = json.loads(ok(house, "profile", "set", "--resident", rid, "--exploitation",
                         "labour", "--exploitation", "criminal", "--origin", "Albania",
                         "--identified-how", "police raid", "--guardian", "Dana Moss",
                         "--json", who=CLINICIAN))
    assert made["exploitation"] == "labour,criminal"
    ok(house, "profile", "decision", "add", "--resident", rid, "--kind",
       "nrm-reasonable-grounds", "--outcome", "positive", "--applied", "2026-06-01",
       "--decided", "2026-06-04", "--reference", "NRM-4471", who=CLINICIAN)
    assert "decided_on" in refused(house, "profile", "decision", "add", "--resident", rid,
                                   "--kind", "t-visa", "--outcome", "negative")
    staff_view = json.loads(ok(house, "profile", "show", "--resident", rid, "--json",
                               who=STAFF))
    assert staff_view["profile"]["exploitation"] is None
    assert staff_view["profile"]["guardian"] == "Dana Moss"
    assert staff_view["decisions"][0]["reference"] is None
    shown = ok(house, "profile", "show", "--resident", rid)
    assert "Labour exploitation" in shown and "NRM-4471" in shown and "police raid" in shown


def test_goals_wishes_and_a_complaint_only_a_manager_answers(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Noor", who=STAFF)
    goal = ok(house, "goal", "add", "--resident", rid, "--words", "Learn to swim", who=STAFF)
    ok(house, "goal", "review", "--id", goal, "--status", "achieved", "--progress",
       "I can swim a length", who=STAFF)
    assert "Learn to swim" in ok(house, "goal", "list", "--resident", rid, who=STAFF)
    ok(house, "wish", "add", "--resident", rid, "--words", "Call my mum on Sundays",
       "--topic", "family", who=STAFF)
    assert "Sundays" in ok(house, "wish", "list", "--resident", rid)
    made = ok(house, "complaint", "add", "--resident", rid, "--details", "My room is cold",
              "--made", "2026-11-01", who=STAFF)
    kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json"))["alerts"]]
    assert "complaint-unanswered" in kinds
    staff_kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json", who=STAFF))
                   ["alerts"]]
    assert "complaint-unanswered" not in staff_kinds
    assert "complaint" in refused(house, "complaint", "answer", "--id", made, "--answer",
                                  "x", "--outcome", "upheld", who=STAFF)
    assert "house" in refused(house, "complaint", "days", "--days", "3", who=STAFF)
    answered = json.loads(ok(house, "complaint", "answer", "--id", made, "--answer",
                             "New heater fitted", "--outcome", "upheld", "--json"))
    assert answered["answer"] == "New heater fitted"
    listed = ok(house, "complaint", "list", "--resident", rid, who=STAFF)
    assert "My room is cold" in listed and "heater" not in listed


def test_school_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Bea", who=STAFF)
    placement = ok(house, "school", "add", "--resident", rid, "--kind", "apprenticeship",
                   "--provider", "Bakery Co", "--teacher", "Mr Roe", who=STAFF)
    assert "attended" in refused(house, "school", "week", "--id", placement, "--week",
                                 NOW.date().isoformat(), "--expected", "3", "--attended", "4",
                                 who=STAFF)
    week = json.loads(ok(house, "school", "week", "--id", placement, "--week",
                         NOW.date().isoformat(), "--expected", "5", "--attended", "4",
                         "--json", who=STAFF))
    assert week["attended"] == 4
    ok(house, "school", "event", "--id", placement, "--kind", "qualification", "--detail",
       "Food hygiene level 2", who=STAFF)
    assert "Bakery Co" in ok(house, "school", "list", "--resident", rid, who=STAFF)


def test_a_review_and_its_sheet_from_the_command_line(house: House, tmp_path) -> None:  # noqa: F811
    import io

    import pypdf

    rid = ok(house, "resident", "add", "--preferred-name", "Lina", who=STAFF)
    assert "review" in refused(house, "review", "hold", "--resident", rid, "--participants",
                               "Lina", "--decisions", "x", who=STAFF)
    made = json.loads(ok(house, "review", "hold", "--resident", rid, "--participants",
                         "Lina, Sam, Cleo", "--decisions", "Start college", "--wishes",
                         "I want to stay", "--json", who=CLINICIAN))
    assert made["next_review"] > made["held_on"]
    assert "Start college" in ok(house, "review", "list", "--resident", rid)
    out = tmp_path / "review.pdf"
    ok(house, "review", "sheet", "--resident", rid, "--out", str(out), who=CLINICIAN)
    assert len(pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages) == 1


def test_the_houses_kinds_of_decision_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Besnik", who=STAFF)
    shipped = json.loads(ok(house, "profile", "decision", "kinds", "--json", who=STAFF))
    assert {"kind": "nrm-reasonable-grounds", "first_stage": True} in shipped
    refused(house, "profile", "decision", "kinds", "--final", "Permit", who=CLINICIAN)
    assert json.loads(ok(house, "profile", "decision", "kinds", "--json")) == shipped
    assert "first_stage" in refused(house, "profile", "decision", "kinds", "--first-stage",
                                    "t-visa")
    ok(house, "profile", "decision", "kinds", "--first-stage", "nrm-reasonable-grounds",
       "Age assessment", "--final", "Residence permit (victims)")
    assert json.loads(ok(house, "profile", "decision", "kinds", "--json", who=STAFF)) == [
        {"kind": "nrm-reasonable-grounds", "first_stage": True},
        {"kind": "Age assessment", "first_stage": True},
        {"kind": "Residence permit (victims)", "first_stage": False}]
    shown = ok(house, "profile", "decision", "kinds", who=STAFF)
    assert "[nrm-reasonable-grounds]" in shown and "Residence permit (victims)" in shown
    assert "kind" in refused(house, "profile", "decision", "add", "--resident", rid,
                             "--kind", "t-visa")
    made = json.loads(ok(house, "profile", "decision", "add", "--resident", rid, "--kind",
                         "Residence permit (victims)", "--json", who=CLINICIAN))
    assert made["kind"] == "Residence permit (victims)"
    ok(house, "profile", "decision", "kinds", "--default")
    assert json.loads(ok(house, "profile", "decision", "kinds", "--json")) == shipped
