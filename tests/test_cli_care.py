"""The care-record commands as scripts use them: each command a fresh run of the CLI's `main`
on one real vault (its own environment, empty stdin, its output and exit code captured: see
tests/cli_inproc.py), read back by later commands, with the role rules of the services."""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest

from safehaven import clock
from safehaven.services import notes
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from tests.cli_inproc import run_cli
from tests.conftest import NOW

MANAGER, STAFF, CLINICIAN = "Rosa", "Sam Staff", "Cleo Clinician"
PASS = {MANAGER: "care cli passphrase", STAFF: "sam's own passphrase",
        CLINICIAN: "cleo's own passphrase"}
TODAY = clock.today()
DAY = TODAY.isoformat()


def _day(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


@dataclass
class House:
    folder: Path
    ids: dict[str, str]  # staff name -> id


def run(folder: Path, *args: str, who: str | None = MANAGER, **env: str
        ) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    environ["SAFEHAVEN_PASSPHRASE"] = PASS[who or MANAGER]
    environ.update(env)
    staff = ["--staff", who] if who else []
    return run_cli(["--vault", str(folder), *staff, *args], environ)


def ok(house: House, *args: str, who: str = MANAGER) -> str:
    done = run(house.folder, *args, who=who)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout.strip()


def refused(house: House, *args: str, who: str = MANAGER) -> str:
    """Exit 2, one line on stderr, and the vault's files exactly as they were."""
    before = _files(house.folder)
    done = run(house.folder, *args, who=who)
    assert done.returncode == 2, (args, done.stdout)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("safehaven: "), done.stderr
    assert _files(house.folder) == before
    return lines[0]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("vault.")}


def _logged(house: House, ids: list[str]) -> dict[str, tuple[int, set[str]]]:
    """Per row id: its change-log entries and its audit actions, read in-process."""
    vault = Vault.unlock(house.folder, PASS[MANAGER], MANAGER)
    try:
        return {i: (vault.conn.execute("SELECT count(*) FROM change_log WHERE row_id = ?",
                                       (i,)).fetchone()[0],
                    {a for (a,) in vault.conn.execute(
                        "SELECT action FROM audit_log WHERE row_id = ?", (i,)).fetchall()})
                for i in ids}
    finally:
        vault.close()


_MADE: list[House] = []  # the house `init` made in this test process, copied per module


@pytest.fixture(scope="module")
def house(tmp_path_factory: pytest.TempPathFactory) -> House:
    """The house `init` and two `staff add` make, made once per test process and copied for
    each file (eleven files import this fixture; making it was about 5 CPU s of three key
    derivations at the default parameters each time). A module list rather than a session
    fixture: the files that import `house` would not see one."""
    import shutil

    if not _MADE:
        _MADE.append(_make_house(tmp_path_factory))
    folder = tmp_path_factory.mktemp("care") / "vault"
    shutil.copytree(_MADE[0].folder, folder)
    return House(folder, dict(_MADE[0].ids))


def _make_house(tmp_path_factory: pytest.TempPathFactory) -> House:
    folder = tmp_path_factory.mktemp("care") / "vault"
    done = run(folder, "init", "--house", "Casa Luz", "--staff-name", MANAGER, who=None)
    assert done.returncode == 0, done.stderr
    ids = {}
    for name, role in ((STAFF, "staff"), (CLINICIAN, "clinician")):
        added = run(folder, "staff", "add", "--name", name, "--role", role,
                    SAFEHAVEN_NEW_PASSPHRASE=PASS[name])
        assert added.returncode == 0, added.stderr
        ids[name] = added.stdout.strip()
    return House(folder, ids)


def test_every_kind_is_written_edited_and_read_back(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Amira")
    ok(house, "resident", "edit", "--id", rid, "--preferred-name", "Mira", "--legal-name",
       "Amira Haddad", "--dob", "2011-03-04", "--pronouns", "she/her", "--language", "Arabic",
       "--language", "French", "--interpreter-needed", "--interpreter-language", "Arabic",
       "--dietary-needs", "halal", "--key-worker", "sam STAFF")
    need = ok(house, "need", "add", "--resident", rid, "--category", "medical", "--owner",
              CLINICIAN, "--description", "dentist")
    edited = json.loads(ok(house, "need", "edit", "--id", need, "--priority", "high", "--due",
                           _day(14), "--status", "in-progress", "--json"))
    assert edited["id"] == need and edited["priority"] == "high"  # enums as their values
    assert edited["due_date"] == _day(14) and edited["notes"] == "dentist"  # dates ISO
    plan = ok(house, "plan", "add", "--resident", rid, "--modality", "tf-cbt", "--provider",
              "Dr Okafor", "--cap", "12", "--place", "Clinic A")
    ok(house, "plan", "edit", "--id", plan, "--provider", "Dr N. Okafor", "--frequency",
       "fortnightly", "--goals", "sleep through the night", "--end", _day(90))
    at = f"{_day(3)}T10:30"
    session = ok(house, "session", "book", "--plan", plan, "--at", at, "--duration", "60")
    ok(house, "session", "status", "--id", session, "--status", "cancelled-resident",
       "--reason", "unwell")
    ok(house, "plan", "close", "--id", plan, "--reason", "moved to another provider")
    consent = ok(house, "consent", "add", "--resident", rid, "--purpose", "information-sharing",
                 "--shared-with", "City Clinic", "--granted", DAY, "--expires", _day(365),
                 "--name", "Ms Haddad", "--assent")
    ok(house, "consent", "edit", "--id", consent, "--shared-with", "City Health Clinic",
       "--given-by", "agency", "--name", "Guardian ad litem K. Lee")
    ok(house, "consent", "revoke", "--id", consent, "--reason", "changed her mind")
    adult = ok(house, "trusted-adult", "add", "--resident", rid, "--name", "Salma Haddad",
               "--relationship", "aunt")
    ok(house, "trusted-adult", "edit", "--id", adult, "--relationship", "maternal aunt",
       "--phone", "+44 20 7946 0000")
    referral = ok(house, "referral", "add", "--resident", rid, "--kind", "education", "--to",
                  "Northside School")
    ok(house, "referral", "update", "--id", referral, "--status", "accepted", "--contact",
       "Mr Patel")
    follow_up = ok(house, "follow-up", "add", "--resident", rid, "--due", _day(30))
    ok(house, "follow-up", "edit", "--id", follow_up, "--due", _day(45))

    shown = json.loads(ok(house, "resident", "show", "--id", rid, "--json"))
    r = shown["resident"]
    assert (r["preferred_name"], r["legal_name"], r["date_of_birth"]) == (
        "Mira", "Amira Haddad", "2011-03-04")
    assert r["languages"] == ["Arabic", "French"] and r["interpreter_needed"] is True
    assert r["key_worker_id"] == house.ids[STAFF] and r["dietary_needs"] == "halal"
    [n] = shown["needs"]
    assert (n["priority"], n["status"], n["due_date"], n["owner_id"]) == (
        "high", "in-progress", _day(14), house.ids[CLINICIAN])
    [p] = shown["plans"]
    assert (p["provider"], p["frequency"], p["end_date"], p["session_cap"], p["place"]) == (
        "Dr N. Okafor", "fortnightly", _day(90), 12, "Clinic A")
    assert (p["closed_on"], p["close_reason"]) == (DAY, "moved to another provider")
    [s] = shown["sessions"]
    assert (s["scheduled_at"], s["status"], s["reason"], s["duration_min"]) == (
        f"{at}:00", "cancelled-resident", "unwell", 60)
    [c] = shown["consents"]
    assert (c["shared_with"], c["given_by"], c["guardian_name"], c["child_assent"]) == (
        "City Health Clinic", "agency", "Guardian ad litem K. Lee", True)
    assert (c["revoked_on"], c["revoke_reason"]) == (DAY, "changed her mind")
    [a] = shown["trusted_adults"]
    assert (a["relationship"], a["phone"], a["vetting_status"]) == (
        "maternal aunt", "+44 20 7946 0000", "not-vetted")
    [ref] = shown["referrals"]
    assert (ref["status"], ref["contact_person"], ref["to_organisation"]) == (
        "accepted", "Mr Patel", "Northside School")
    assert [f["due_date"] for f in shown["follow_ups"]] == [_day(45)]

    logged = _logged(house, [rid, need, plan, session, consent, adult, referral, follow_up])
    for row_id, (changes, actions) in logged.items():
        assert changes >= 2 and {"create", "update"} <= actions, (row_id, changes, actions)
    assert "view" in logged[rid][1]  # `resident show` is audited as a view


def test_staff_role_is_refused_and_sees_nothing_restricted(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Dani")
    ok(house, "resident", "edit", "--id", rid, "--legal-name", "Daniela Ruiz")
    with Vault.unlock(house.folder, PASS[CLINICIAN], CLINICIAN) as vault:
        ctx = Context.for_vault(vault)
        notes.write(ctx, rid, "Disclosed details of the recruiter.", kind="clinical")
        notes.write(ctx, rid, "Enjoyed football after school.", kind="general")
    for args, what in [
        (("resident", "edit", "--id", rid, "--legal-name", "Dana Ruiz"), "legal names"),
        (("plan", "add", "--resident", rid, "--modality", "art", "--provider", "Ms Vega"),
         "therapy plans"),
        (("consent", "add", "--resident", rid, "--purpose", "therapy", "--granted", DAY,
          "--expires", _day(30), "--name", "Mr Ruiz"), "consents"),
    ]:
        line = refused(house, *args, who=STAFF)
        assert "Your role does not allow you to" in line and what in line
    as_staff = ok(house, "resident", "show", "--id", rid, "--json", who=STAFF)
    assert "Daniela" not in as_staff and "recruiter" not in as_staff
    shown = json.loads(as_staff)
    assert shown["resident"]["legal_name"] is None
    assert [n["body"] for n in shown["notes"]] == ["Enjoyed football after school."]
    as_clinician = ok(house, "resident", "show", "--id", rid, who=CLINICIAN)  # plain text
    assert "Daniela Ruiz" in as_clinician and "recruiter" in as_clinician
    assert "football" in as_clinician and "Notes:" in as_clinician


def test_invalid_input_names_the_field_and_writes_nothing(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Noor")
    referral = ok(house, "referral", "add", "--resident", rid, "--kind", "legal", "--to",
                  "Legal Aid Centre")
    for args, field in [
        (("consent", "add", "--resident", rid, "--purpose", "therapy", "--granted", DAY,
          "--expires", _day(-1), "--name", "Mr Noor"), "expires_on"),
        (("resident", "move", "--id", rid, "--to", "reintegration", "--reason", "ready"),
         "destination"),
        (("referral", "update", "--id", referral, "--handoff-on", DAY, "--accompanied-by",
          MANAGER), "received_by"),
        (("need", "add", "--resident", rid, "--category", "education", "--owner", "Nobody"),
         "owner_id"),
        (("trusted-adult", "add", "--resident", rid, "--name", " ", "--relationship", "uncle"),
         "name"),
    ]:
        assert refused(house, *args).startswith(f"safehaven: {field}: "), args


def test_booking_in_the_past_needs_confirm_past(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Lea")
    plan = ok(house, "plan", "add", "--resident", rid, "--modality", "play", "--provider",
              "Ms Ortiz")
    past = (clock.now() - timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M")
    line = refused(house, "session", "book", "--plan", plan, "--at", past)
    assert line.startswith("safehaven: at: ") and "--confirm-past" in line
    booked = json.loads(ok(house, "session", "book", "--plan", plan, "--at", past,
                           "--confirm-past", "--json"))
    assert booked["plan_id"] == plan and booked["scheduled_at"] == f"{past}:00"


def test_whole_pathway_from_intake_to_follow_up(house: House, tmp_path: Path) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Ioana")
    ok(house, "resident", "edit", "--id", rid, "--dob", "2010-06-01", "--language", "Romanian",
       "--key-worker", STAFF)
    need = ok(house, "need", "add", "--resident", rid, "--category", "identity-documents",
              "--priority", "high")
    ok(house, "need", "close", "--id", need, "--status", "met", "--note", "passport issued")
    ok(house, "resident", "move", "--id", rid, "--to", "stabilization", "--reason", "settled")
    plan = ok(house, "plan", "add", "--resident", rid, "--modality", "emdr", "--provider",
              "Dr Elena Marin", "--cap", "10")
    ok(house, "consent", "add", "--resident", rid, "--purpose", "information-sharing",
       "--shared-with", "Harbour Family Services", "--granted", DAY, "--expires", _day(365),
       "--given-by", "agency", "--name", "Child Protection Unit", "--assent")
    session = ok(house, "session", "book", "--plan", plan, "--at", f"{_day(1)}T09:00")
    ok(house, "session", "status", "--id", session, "--status", "attended")
    ok(house, "resident", "move", "--id", rid, "--to", "recovery", "--reason", "in therapy")
    adult = ok(house, "trusted-adult", "add", "--resident", rid, "--name", "Maria Popescu",
               "--relationship", "grandmother")
    ok(house, "trusted-adult", "vet", "--id", adult, "--status", "vetted", "--method",
       "home-visit", "--method", "police-check", "--checked-by", "cleo clinician")
    referral = ok(house, "referral", "add", "--resident", rid, "--kind", "housing", "--to",
                  "Harbour Family Services", "--contact", "Ms Ionescu")
    ok(house, "referral", "update", "--id", referral, "--status", "completed",
       "--accompanied-by", MANAGER, "--received-by", "Ana Ionescu", "--handoff-on", DAY)
    ok(house, "resident", "move", "--id", rid, "--to", "reintegration", "--reason",
       "grandmother ready", "--destination", "kinship")
    ok(house, "resident", "move", "--id", rid, "--to", "follow-up", "--reason", "moved out")
    contacts = ok(house, "follow-up", "add", "--resident", rid, "--due", DAY, "--count", "3"
                  ).splitlines()
    assert len(contacts) == 3
    ok(house, "follow-up", "complete", "--id", contacts[0], "--method", "phone", "--contacted",
       "Ioana and her grandmother", "--risk", "medium", "--indicator", "debt-or-pressure",
       "--wellbeing", "good", "--occupation", "school")
    pdf = tmp_path / "ioana.pdf"
    assert ok(house, "report", "resident", "--id", rid, "--out", str(pdf)).endswith("ioana.pdf")
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())
    for part in ("Information sharing", "Harbour Family Services", "Ana Ionescu",
                 "Maria Popescu", "Vetted", "Cleo Clinician", "Follow-up plan",
                 "Ioana and her grandmother", "Phone", "Dr Elena Marin", "Kinship care"):
        assert part in text, part


def test_incidents_from_the_command_line(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Grace", who=STAFF)
    # before the moment every CLI process starts at (a worker's own clock has run on since)
    now = NOW - timedelta(minutes=5)
    line = refused(house, "incident", "add", "--resident", rid, "--kind", "missing", "--at",
                   now.strftime("%Y-%m-%dT%H:%M"), "--description", "Not back from school",
                   who=STAFF)
    assert "last_seen_at" in line
    made = json.loads(ok(house, "incident", "add", "--resident", rid, "--kind", "missing",
                         "--at", now.strftime("%Y-%m-%dT%H:%M"), "--description",
                         "Not back from school", "--last-seen-at",
                         (now - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M"),
                         "--last-seen-place", "school gate", "--notified", "police",
                         "--notified-at", now.strftime("%Y-%m-%dT%H:%M"), "--json", who=STAFF))
    assert made["kind"] == "missing" and made["notified"] == ["police"]
    assert "close incidents" in refused(house, "incident", "close", "--id", made["id"],
                                        "--outcome", "found", who=STAFF)
    ok(house, "incident", "ack", "--id", made["id"])
    alerts = json.loads(ok(house, "today", "--json"))["alerts"]
    assert {"kind": "incident-open", "resident_id": rid} in [
        {k: a[k] for k in ("kind", "resident_id")} for a in alerts]
    closed = json.loads(ok(house, "incident", "close", "--id", made["id"], "--outcome",
                           "Came back with a friend at 19:00", "--json"))
    assert closed["closed_at"] and closed["acknowledged_at"]
    assert closed["outcome"] == "Came back with a friend at 19:00"


def test_safety_plan_from_the_command_line(house: House) -> None:
    rid = ok(house, "resident", "add", "--preferred-name", "Hoa", who=STAFF)
    assert "safety plan" in refused(house, "safety-plan", "show", "--resident", rid)
    refused(house, "safety-plan", "set", "--resident", rid, "--coping", "music", who=STAFF)
    ok(house, "safety-plan", "set", "--resident", rid, "--warning-signs", "stops eating",
       "--coping", "music", "--review-due", _day(21), who=CLINICIAN)
    shown = json.loads(ok(house, "safety-plan", "show", "--resident", rid, "--json",
                          who=STAFF))
    assert (shown["coping"], shown["review_due"]) == ("music", _day(21))
    out = house.folder.parent / "plan.pdf"
    assert ok(house, "safety-plan", "print", "--resident", rid, "--out", str(out),
              who=STAFF) == str(out)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o077 == 0
    assert "xx" in refused(house, "safety-plan", "print", "--resident", rid, "--out",
                           str(out), "--lang", "xx")
