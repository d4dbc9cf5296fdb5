"""Outcome measures, house scales, group sessions and Today's alerts from the command line:
real processes on one vault, with the services' role rules."""

from __future__ import annotations

import json
from datetime import timedelta

from safehaven import clock
from tests.test_cli_care import CLINICIAN, DAY, STAFF, House, _day, ok, refused
from tests.test_cli_care import house as house


def test_measures_from_the_command_line(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Nadia", who=STAFF)
    assert "outcome measures" in refused(house, "measure", "add", "--resident", rid,
                                         "--instrument", "CATS", "--score", "20", who=STAFF)
    assert refused(house, "measure", "add", "--resident", rid, "--instrument", "CATS",
                   "--score", "61", who=CLINICIAN).startswith("safehaven: total:")
    assert refused(house, "measure", "add", "--resident", rid, "--instrument", "CATS",
                   "--score", "20", "--subscale", "fear", who=CLINICIAN).startswith(
        "safehaven: subscales:")
    first = json.loads(ok(house, "measure", "add", "--resident", rid, "--instrument", "CATS",
                          "--score", "27", "--subscale", "intrusion=9", "--subscale",
                          "arousal=8", "--json", who=CLINICIAN))
    assert (first["instrument"], first["total"], first["band"]) == (
        "cats-self", 27, "Probable PTSD")
    assert first["subscales"] == ["intrusion=9", "arousal=8"]
    ok(house, "measure", "add", "--resident", rid, "--instrument", "gad-7", "--score", "11",
       "--by", CLINICIAN)
    ok(house, "measure", "add", "--resident", rid, "--instrument", "CATS", "--score", "14",
       who=CLINICIAN)
    typo = ok(house, "measure", "add", "--resident", rid, "--instrument", "gad-7", "--score",
              "19", who=CLINICIAN)
    assert refused(house, "measure", "edit", "--id", typo, "--score", "22",
                   who=CLINICIAN).startswith("safehaven: total:")
    fixed = json.loads(ok(house, "measure", "edit", "--id", typo, "--score", "9", "--json",
                          who=CLINICIAN))
    assert fixed["total"] == 9
    ok(house, "measure", "remove", "--id", typo, who=CLINICIAN)
    listed = json.loads(ok(house, "measure", "list", "--resident", rid, "--json",
                           who=CLINICIAN))
    assert [m["total"] for m in listed["measures"]] == [27, 11, 14]
    [cats] = [c for c in listed["change_since_first"] if c["instrument"] == "cats-self"]
    assert (cats["first"], cats["latest"], cats["direction"], cats["latest_band"]) == (
        27, 14, "reliable change not available for this scale", "Not elevated")
    assert "see outcome measures" in refused(house, "measure", "list", "--resident", rid,
                                             who=STAFF)
    assert "add outcome scales" in refused(house, "scale", "add", "--name", "Hope", "--min",
                                           "0", "--max", "10", "--bands", "0=Low",
                                           who=CLINICIAN)
    assert refused(house, "scale", "add", "--name", "Hope", "--min", "0", "--max", "10",
                   "--bands", "2=Low").startswith("safehaven: bands:")
    ok(house, "scale", "add", "--name", "Hope", "--min", "0", "--max", "10", "--bands",
       "0=Low,6=Hopeful", "--higher-is-better")
    hope = json.loads(ok(house, "measure", "add", "--resident", rid, "--instrument", "hope",
                         "--score", "7", "--json", who=CLINICIAN))
    assert hope["band"] == "Hopeful"


def test_group_booking_attendance_and_alert_acks(house: House) -> None:
    ids = [ok(house, "resident", "add", "--preferred-name", n, who=STAFF)
           for n in ("Lina", "Mei", "Oya")]
    for rid in ids:
        ok(house, "plan", "add", "--resident", rid, "--modality", "yoga", "--provider",
           "Studio Sol", "--cap", "6", "--start", DAY, who=CLINICIAN)
    at = (clock.now() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    assert refused(house, "session", "book", "--residents", ids[0], "--modality", "yoga",
                   "--at", at, who=STAFF).startswith("safehaven: residents:")
    assert refused(house, "session", "book", "--residents", ",".join(ids), "--at", at,
                   who=STAFF).startswith("safehaven: modality:")
    group = json.loads(ok(house, "session", "book", "--residents", ",".join(ids),
                          "--modality", "yoga", "--title", "Evening yoga", "--at", at,
                          "--json", who=STAFF))
    assert group["title"] == "Evening yoga" and group["status"] == "scheduled"
    shown = json.loads(ok(house, "session", "group", "--id", group["id"], "--json"))
    assert sorted(a["resident_id"] for a in shown["attendance"]) == sorted(ids)
    today = json.loads(ok(house, "today", "--json", who=STAFF))
    assert [g["id"] for g in today["groups"]] == [group["id"]]

    # Today's alerts: numbered in order, each with its urgency; acknowledged with a note
    alerts = today["alerts"]
    assert [a["n"] for a in alerts] == list(range(1, len(alerts) + 1))
    order = ["urgent", "soon", "routine"]
    assert [order.index(a["urgency"]) for a in alerts] == sorted(
        order.index(a["urgency"]) for a in alerts)
    consent = next(a for a in alerts if a["kind"] == "consent-missing"
                   and a["resident_id"] == ids[0])
    assert consent["urgency"] == "soon"
    assert refused(house, "alert", "ack", "--alert", consent["key"], "--note", " ",
                   who=STAFF).startswith("safehaven: note:")
    assert refused(house, "alert", "ack", "--number", "999", "--note", "x",
                   who=STAFF).startswith("safehaven: number:")
    ack = json.loads(ok(house, "alert", "ack", "--alert", consent["key"], "--note",
                        "Guardian signs on Monday", "--json", who=STAFF))
    assert ack["kind"] == "consent-missing" and ack["note"] == "Guardian signs on Monday"
    after = json.loads(ok(house, "today", "--json", who=STAFF))
    assert consent["key"] not in [a["key"] for a in after["alerts"]]
    assert after["acknowledged"] >= 1
    assert _day(0) == DAY
