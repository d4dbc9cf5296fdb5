"""Health and medication from the command line: real processes on one vault, with the
services' rules (roles, allergies, as-needed intervals, witnesses) and a printed chart."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import NOW
from tests.test_cli_care import CLINICIAN, MANAGER, STAFF, House, _files, run
from tests.test_cli_care import house as house

DAY = NOW.date().isoformat()  # the commands run at NOW (09:30), whatever the real date


def ok(house: House, *args: str, who: str = MANAGER) -> str:
    done = run(house.folder, *args, who=who, SAFEHAVEN_NOW=NOW.isoformat())
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout.strip()


def refused(house: House, *args: str, who: str = MANAGER) -> str:
    """Exit 2, one line on stderr, and the vault's files exactly as they were."""
    before = _files(house.folder)
    done = run(house.folder, *args, who=who, SAFEHAVEN_NOW=NOW.isoformat())
    assert done.returncode == 2, (args, done.stdout)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("safehaven: "), done.stderr
    assert _files(house.folder) == before
    return lines[0]


def test_health_med_and_dose_commands(house: House, tmp_path: Path) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Yara", who=STAFF)
    assert "health profile" in refused(house, "health", "set", "--resident", rid,
                                       "--allergies", "penicillin", who=STAFF)
    ok(house, "health", "set", "--resident", rid, "--allergies", "Penicillin, latex",
       "--reactions", "hives", "--gp", "Clínica Sur, 555 0101", who=CLINICIAN)
    shown = json.loads(ok(house, "health", "show", "--resident", rid, "--json", who=STAFF))
    assert shown["allergies"] == ["Penicillin", "latex"]
    assert refused(house, "med", "add", "--resident", rid, "--medicine", "Amoxicillin",
                   "--dose", "250 mg", "--route", "oral", "--prescriber", "Dr Sol",
                   "--times", "08:00", "--substances", "amoxicillin,penicillin",
                   who=CLINICIAN).startswith("safehaven: medicine: ALLERGY")
    assert "prescriptions" in refused(house, "med", "add", "--resident", rid, "--medicine",
                                      "Ibuprofen", "--dose", "200 mg", "--route", "oral",
                                      "--prescriber", "Dr Sol", "--times", "08:00",
                                      who=STAFF)
    daily = ok(house, "med", "add", "--resident", rid, "--medicine", "Sertraline", "--dose",
               "50 mg", "--route", "oral", "--prescriber", "Dr Sol", "--times", "08:00,20:00",
               "--start", DAY, who=CLINICIAN)
    prn = ok(house, "med", "add", "--resident", rid, "--medicine", "Paracetamol", "--dose",
             "500 mg", "--route", "oral", "--prescriber", "Dr Sol", "--as-needed",
             "--indication", "pain", "--min-interval", "240", "--max-per-day", "4",
             who=CLINICIAN)
    on_today = json.loads(ok(house, "today", "--json", who=STAFF))["doses_due"]
    assert [(d["medicine"], d["state"]) for d in on_today] == [("Sertraline", "overdue"),
                                                              ("Sertraline", "later")]
    due = json.loads(ok(house, "dose", "due", "--resident", rid, "--json", who=STAFF))
    assert [(d["due_at"][11:16], d["state"]) for d in due] == [("08:00", "overdue"),
                                                              ("20:00", "later")]
    # untrained staff may not record a dose given; only a manager records the training
    assert refused(house, "dose", "give", "--prescription", daily, "--due", f"{DAY}T08:00",
                   who=STAFF).startswith("safehaven: outcome: ")
    refused(house, "med", "trained", "--name", "Sam Staff", who=STAFF)
    refused(house, "med", "trained", "--name", "Sam Staff", who=CLINICIAN)
    ok(house, "med", "trained", "--name", "Sam Staff")
    given = json.loads(ok(house, "dose", "give", "--prescription", daily, "--due",
                          f"{DAY}T08:00", "--at", f"{DAY}T08:10", "--json", who=STAFF))
    assert (given["outcome"], given["dose_given"]) == ("given", "50 mg")
    ok(house, "dose", "give", "--prescription", prn, "--at", f"{DAY}T07:00", "--reason",
       "headache", who=STAFF)
    assert "Too soon" in refused(house, "dose", "give", "--prescription", prn, "--reason",
                                 "headache", who=STAFF)  # now is 09:30
    prn_dose = json.loads(ok(house, "dose", "amend", "--id", ok(
        house, "dose", "give", "--prescription", prn, "--at", f"{DAY}T03:00", "--reason",
        "toothache", who=STAFF), "--why", "time was wrong", "--at", f"{DAY}T02:50", "--json",
        who=STAFF))
    effect = json.loads(ok(house, "dose", "effect", "--id", prn_dose["id"], "--effect",
                           "slept after", "--json", who=STAFF))
    assert (effect["effect"], effect["at"][11:16]) == ("slept after", "02:50")
    fixed = json.loads(ok(house, "dose", "amend", "--id", given["id"], "--why",
                          "she refused; recorded wrongly", "--outcome", "refused", "--json",
                          who=STAFF))
    assert fixed["amends_id"] == given["id"]
    assert [d["due_at"][11:16] for d in json.loads(
        ok(house, "dose", "due", "--resident", rid, "--json", who=STAFF))] == ["20:00"]
    listed = json.loads(ok(house, "med", "list", "--resident", rid, "--json", who=STAFF))
    assert {p["medicine"] for p in listed} == {"Sertraline", "Paracetamol"}
    out = tmp_path / "mar.pdf"
    ok(house, "mar", "print", "--resident", rid, "--week", "2026-W48", "--out", str(out),
       who=STAFF)
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = page.extract_text()
    assert "Sertraline" in text and "R 08:10" in text and "Penicillin" in text
    assert "G 07:00" in text and "G 02:50" in text  # the as-needed doses
    bad = run(house.folder, "mar", "print", "--resident", rid, "--week", "48", "--out",
              str(out), who=STAFF)
    assert bad.returncode == 2 and "YYYY-Www" in bad.stderr
    ok(house, "stock", "receive", "--prescription", daily, "--quantity", "30", who=STAFF)
    ok(house, "stock", "count", "--prescription", daily, "--quantity", "28", who=STAFF)
    state = json.loads(ok(house, "stock", "show", "--prescription", daily, "--json", who=STAFF))
    # 30 received, one dose given at 08:10 (then corrected to refused: takes nothing)
    assert (state["balance"], state["expected"], state["discrepancy"]) == (28, 30, -2)
    assert "above zero" in refused(house, "stock", "receive", "--prescription", daily,
                                   "--quantity", "-3", who=STAFF)
    count = json.loads(ok(house, "stock", "count", "--prescription", daily, "--quantity",
                          "27", "--json", who=STAFF))
    ok(house, "stock", "amend", "--id", count["id"], "--why", "miscounted", "--quantity",
       "28", who=STAFF)
    state = json.loads(ok(house, "stock", "show", "--prescription", daily, "--json", who=STAFF))
    assert (state["balance"], state["discrepancy"]) == (28, 0)
    edited = json.loads(ok(house, "med", "edit", "--id", daily, "--times", "09:00", "--json",
                           who=CLINICIAN))
    assert edited["times"] == ["09:00"]
    ok(house, "med", "stop", "--id", daily, "--reason", "course finished", who=CLINICIAN)
    assert json.loads(ok(house, "dose", "due", "--resident", rid, "--json", who=STAFF)) == []


def test_stock_received_by_batch_and_shown_by_batch(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Noor", who=STAFF)
    rx = ok(house, "med", "add", "--resident", rid, "--medicine", "Paracetamol", "--dose",
            "500 mg", "--route", "oral", "--prescriber", "Dr Sol", "--as-needed",
            "--indication", "pain", "--min-interval", "240", who=CLINICIAN)
    ok(house, "stock", "receive", "--prescription", rx, "--quantity", "10", "--batch", "A1",
       "--expires", "2026-12-10", who=STAFF)
    ok(house, "stock", "receive", "--prescription", rx, "--quantity", "20", "--batch", "B2",
       "--expires", "2027-06-30", who=STAFF)
    assert refused(house, "stock", "receive", "--prescription", rx, "--quantity", "5",
                   "--batch", "C3", "--expires", "2026-01-01",
                   who=STAFF).startswith("safehaven: expires_on: ")
    shown = json.loads(ok(house, "stock", "show", "--prescription", rx, "--json"))
    assert shown["balance"] == 30
    assert shown["batches"] == [{"batch": "A1", "expires_on": "2026-12-10", "units": 10},
                                {"batch": "B2", "expires_on": "2027-06-30", "units": 20}]
    text = ok(house, "stock", "show", "--prescription", rx)
    assert "A1" in text and "2026-12-10" in text
    kinds = [a["kind"] for a in json.loads(ok(house, "today", "--json"))["alerts"]]
    assert "stock-expiring" in kinds
