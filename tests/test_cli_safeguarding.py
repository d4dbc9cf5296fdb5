"""The safeguarding commands (issue 27) through the real command line: roles hold as in
the app, bad values are one clear line and change nothing."""

from __future__ import annotations

import json
from datetime import timedelta

from safehaven import clock
from tests.test_cli_care import CLINICIAN, STAFF, House, house, ok, refused  # noqa: F401

NOW = clock.now().replace(second=0, microsecond=0)


def _t(delta: timedelta) -> str:
    return (NOW + delta).strftime("%Y-%m-%dT%H:%M")


def test_a_missing_episode_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Noor", who=STAFF)
    assert "last_seen" in refused(house, "missing", "open", "--resident", rid, "--at",
                                  _t(-timedelta(hours=30)), "--description", "gone",
                                  "--last-seen-at", _t(-timedelta(hours=31)),
                                  "--last-seen-place", " ", who=STAFF)
    made = json.loads(ok(house, "missing", "open", "--resident", rid, "--at",
                         _t(-timedelta(hours=30)), "--description", "Not back from college",
                         "--last-seen-at", _t(-timedelta(hours=31)), "--last-seen-place",
                         "college gate", "--notified", "police", "--notified-at",
                         _t(-timedelta(hours=29)), "--police-ref", "MP-77", "--json",
                         who=STAFF))
    assert made["kind"] == "missing" and made["police_reference"] == "MP-77"
    alerts = json.loads(ok(house, "today", "--json"))["alerts"]
    assert (alerts[0]["kind"], alerts[0]["resident_id"]) == ("missing-now", rid)
    assert "returned_at" in refused(house, "missing", "return", "--id", made["id"], "--at",
                                    _t(timedelta(days=800)), who=STAFF)  # the future
    seen = json.loads(ok(house, "missing", "sighting", "--id", made["id"], "--at",
                         _t(-timedelta(hours=20)), "--place", "the old bus station",
                         "--seen-by", "a teacher", "--json", who=STAFF))
    assert seen["incident_id"] == made["id"] and seen["place"] == "the old bus station"
    back = json.loads(ok(house, "missing", "return", "--id", made["id"], "--at",
                         _t(-timedelta(hours=4)), "--how", "came back alone", "--where",
                         "with a cousin in town", "--json", who=STAFF))
    assert back["whereabouts"] == "with a cousin in town"
    kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json"))["alerts"]
             if a["resident_id"] == rid]
    assert "missing-now" not in kinds  # due or overdue: the CLI runs on the real clock
    assert {"return-interview-due", "return-interview-overdue"} & set(kinds)
    done = json.loads(ok(house, "missing", "interview", "--id", made["id"], "--at",
                         _t(-timedelta(hours=1)), "--by", "Ms Ade", "--summary",
                         "Talked it through; plan reviewed", "--json", who=STAFF))
    assert done["interview_by"] == "Ms Ade"
    listed = ok(house, "missing", "list", "--resident", rid)
    assert made["id"] in listed and "Ms Ade" not in listed


def test_a_listed_caller_is_refused_until_confirmed_and_staff_never_read_why(
        house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Olena", who=STAFF)
    assert "no-contact list" in refused(
        house, "no-contact", "add", "--resident", rid, "--name", "Ivan Petrov",
        "--relationship", "recruiter", who=STAFF)
    entry = ok(house, "no-contact", "add", "--resident", rid, "--name", "ivan petrov",
               "--relationship", "recruiter", "--reason", "recruited her in Odesa",
               "--phone", "+447700900123", "--alias", "Vanya", who=CLINICIAN)
    assert "Odesa" in ok(house, "no-contact", "list", "--resident", rid)
    assert "Odesa" not in ok(house, "no-contact", "list", "--resident", rid, who=STAFF)
    line = refused(house, "contact", "log", "--resident", rid, "--who", "A man", "--phone",
                   "+44 7700 900123", "--kind", "call", who=STAFF)
    assert "ivan petrov" in line and "--confirm" in line and "Odesa" not in line
    made = json.loads(ok(house, "contact", "log", "--resident", rid, "--who", "A man",
                         "--phone", "+44 7700 900123", "--kind", "call", "--refused",
                         "--confirm", "--json", who=STAFF))
    assert made["no_contact_id"] == entry and made["allowed"] is False
    alerts = json.loads(ok(house, "today", "--json"))["alerts"]
    assert {"kind": "no-contact-match", "resident_id": rid} in [
        {k: a[k] for k in ("kind", "resident_id")} for a in alerts]
    visit = ok(house, "contact", "log", "--resident", rid, "--who", "Maria Lopez", "--kind",
               "visit", "--supervised-by", "Sam", who=STAFF)
    fixed = json.loads(ok(house, "contact", "amend", "--id", visit, "--why", "typo",
                          "--who", "Maria López", "--json", who=STAFF))
    assert fixed["amends_id"] == visit
    listed = ok(house, "contact", "list", "--resident", rid, who=STAFF)
    assert fixed["id"] in listed and visit not in listed


def test_a_restraint_from_the_command_line_and_only_a_manager_reviews(
        house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Kofi", who=STAFF)
    start = _t(-timedelta(hours=2))
    assert "held_by" in refused(house, "restraint", "add", "--resident", rid, "--at", start,
                                "--minutes", "5", "--behaviour", "hit out", "--technique",
                                "seated-hold", "--held-by", " ", who=STAFF)
    made = json.loads(ok(house, "restraint", "add", "--resident", rid, "--at", start,
                         "--minutes", "5", "--behaviour", "Threw a chair at a peer",
                         "--technique", "seated-hold", "--held-by", "Sam, Ana",
                         "--child-injuries", "none", "--json", who=STAFF))
    kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json"))["alerts"]
             if a["resident_id"] == rid]
    assert "restraint-review-due" in kinds and any("debrief" in k for k in kinds)
    assert "close incidents" in refused(house, "restraint", "review", "--id", made["id"],
                                        "--review", "fine", who=STAFF)
    ok(house, "restraint", "debrief", "--id", made["id"], "--at", _t(-timedelta(hours=1)),
       "--words", "I felt trapped", who=STAFF)
    ok(house, "restraint", "review", "--id", made["id"], "--review", "Proportionate")
    kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json"))["alerts"]
             if a["resident_id"] == rid]
    assert not [k for k in kinds if "restraint" in k]
    listed = ok(house, "restraint", "list", "--resident", rid, who=STAFF)
    assert made["id"] in listed and "NO DEBRIEF" not in listed


def test_the_house_log_from_the_command_line(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Mina", who=STAFF)
    assert "text" in refused(house, "log", "add", "--category", "maintenance", "--text", " ",
                             who=STAFF)
    made = json.loads(ok(house, "log", "add", "--category", "police-visit", "--text",
                         "Two officers asked about last night's car; details given",
                         "--resident", rid, "--json", who=STAFF))
    assert made["resident_ids"] == [rid]
    handover = json.loads(ok(house, "today", "--json", who=STAFF))["house_log"]
    assert made["id"] in [e["id"] for e in handover]
    fixed = ok(house, "log", "amend", "--id", made["id"], "--why", "one officer",
               "--text", "One officer asked about last night's car", who=STAFF)
    listed = ok(house, "log", "list", "--days", "400", who=STAFF)
    assert fixed in listed and made["id"] not in listed and "One officer" in listed


def test_the_house_list_of_restraint_techniques(house: House) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Kwame", who=STAFF)
    assert "seated-hold" in json.loads(ok(house, "restraint", "techniques", "--json",
                                          who=STAFF))
    refused(house, "restraint", "techniques", "--set", "Two-person hold", who=STAFF)
    assert json.loads(ok(house, "restraint", "techniques", "--set", "guiding",
                         "Two-person hold", "--json")) == ["guiding", "Two-person hold"]
    start = _t(-timedelta(hours=2))
    assert "technique" in refused(house, "restraint", "add", "--resident", rid, "--at",
                                  start, "--minutes", "5", "--behaviour", "hit out",
                                  "--technique", "seated-hold", "--held-by", "Sam",
                                  who=STAFF)
    made = json.loads(ok(house, "restraint", "add", "--resident", rid, "--at", start,
                         "--minutes", "5", "--behaviour", "hit out", "--technique",
                         "Two-person hold", "--held-by", "Sam", "--json", who=STAFF))
    assert made["technique"] == "Two-person hold"
    ok(house, "restraint", "techniques", "--default")
