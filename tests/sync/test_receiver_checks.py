"""Receivers refuse what the app's screens refuse, whoever signed it (issue: authorization
below the app). Each test is one attack by an insider with her own laptop: she writes
past the services, straight through the writer or as a hand-made signed change set, and
the other laptop of the house must quarantine it with a reason and keep the rest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from safehaven import clock
from safehaven.domain.models import AuditEntry, CaseNote, Device, KeyGrant, Resident, Staff
from safehaven.domain.vocab import Role
from safehaven.services import notes, residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.hlc import wall_ms
from safehaven.store.ids import new_id
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.envelope import seal
from safehaven.sync.replica import applied_log, device_keys
from tests.sync.harness import (
    PASSPHRASE,
    Template,
    context,
    house_of,
    make_template,
    staff_signed,
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple]:
    """Two laptops in step, with a staff member and a clinician on the roster."""
    with house_of(template, tmp_path) as (a, b):
        manager = context(a)
        worker = staff.add(manager, "Sam Staff", Role.STAFF, PASSPHRASE, crypto.MIN_KDF).record
        clinician = staff.add(manager, "Cleo", Role.CLINICIAN, PASSPHRASE,
                              crypto.MIN_KDF).record
        rid = residents.add(manager, "Ana", stage="recovery").record.id
        sync(a, b)
        yield a, b, worker.id, clinician.id, rid


def sync(a, b) -> object:
    return receive(b, outgoing(a, applied_log.highest_seq(b.conn)))


def crafted(a, entries: list, *, staff_id: str | None, hlc: int | None = None,
            seq: int = 5000) -> bytes:
    """A change set made by hand and signed with laptop a's real device key."""
    version, key = device_keys.site_key(a.conn, a.site_id)
    clock = hlc if hlc is not None else wall_ms() << 16
    cs = {"id": new_id(), "device_id": a.device_id, "device_seq": seq, "hlc": clock,
          "staff_id": staff_id,
          "entries": [[t, r, f, json.dumps(v), clock, None] for t, r, f, v in entries]}
    return seal(staff_signed(a, cs), a.site_id, version, key, device_keys.signing_key(a))


def reasons(report: object) -> list[str]:
    return [refusal.message for _, refusal in report.quarantined]  # type: ignore[attr-defined]


def test_a_staff_member_cannot_promote_herself(house: tuple) -> None:
    a, b, worker, _, _ = house
    with a.write(worker) as tx:  # past the services: straight through the writer
        tx.update(Staff, worker, role=Role.MANAGER)
    report = sync(a, b)
    assert reasons(report) == ["staff may not write staff.role"]
    assert reads.get(b.conn, Staff, worker).role is Role.STAFF


def test_a_clinical_note_cannot_be_rewritten_and_staff_cannot_write_one(house: tuple) -> None:
    a, b, worker, clinician, rid = house
    note = notes.write(Context(a, reads.get(a.conn, Staff, clinician)), rid,
                       "Disclosed a contact from the recruiter.", kind="clinical").record
    assert sync(a, b).applied == 1  # the clinician's own note arrives
    row = json.loads(json.dumps({**{k: getattr(note, k) for k in note.__slots__},
                                 "kind": "clinical", "written_at": note.written_at.isoformat(),
                                 "for_manager": 0, "body": "Nothing to report."}))
    rewrite = crafted(a, [("case_notes", note.id, "*", row)], staff_id=clinician)
    edit = crafted(a, [("case_notes", note.id, "body", "Nothing.")], staff_id=clinician,
                   seq=5001)
    fake = {**row, "id": new_id(), "staff_id": worker, "body": "Invented by staff."}
    by_staff = crafted(a, [("case_notes", fake["id"], "*", fake)], staff_id=worker, seq=5002)
    report = receive(b, [rewrite, edit, by_staff])
    assert sorted(reasons(report)) == [
        "changes an append-only record (case_notes.body)",
        "rewrites an append-only record (case_notes)",
        "staff may not write case_notes"]
    kept = notes.visible(context(b), reads.get(b.conn, CaseNote, note.id))
    assert kept.body == "Disclosed a contact from the recruiter."
    assert not reads.exists(b.conn, CaseNote, fake["id"])


def test_a_forged_audit_entry_and_a_legal_name_by_staff_are_refused(house: tuple) -> None:
    a, b, worker, _, rid = house
    manager = a.staff_id
    forged = AuditEntry(new_id(), a.site_id, wall_ms() << 16, a.device_id, manager,
                        "view", "residents", rid, rid)
    row = {k: getattr(forged, k) for k in forged.__slots__}
    audit = crafted(a, [("audit_log", forged.id, "*", row)], staff_id=worker)
    legal = crafted(a, [("residents", rid, "legal_name", "Ana Real Name")], staff_id=worker,
                    seq=5001)
    report = receive(b, [audit, legal])
    assert sorted(reasons(report)) == [
        "an audit entry that names someone other than its author",
        "staff may not write residents.legal_name"]
    assert reads.get(b.conn, Resident, rid).legal_name is None


def everything(a, b) -> object:
    """b receives all a holds (hand-made change sets numbered high hide nothing)."""
    return receive(b, outgoing(a, {}))


def test_revocation_holds_whatever_the_clocks_say(house: tuple) -> None:
    a, b, _, _, _ = house
    manager = a.staff_id
    with b.write() as tx:  # a third laptop of the house, on both rosters
        spare = tx.insert(Device(new_id(), b.site_id, "spare laptop",
                                 datetime.now(UTC).replace(microsecond=0))).id
    everything(b, a)
    # The spare's holder un-revokes it ahead of time, 70 years ahead...
    seventy_years = (wall_ms() + 70 * 365 * 86_400_000) << 16
    ahead = crafted(b, [("devices", spare, "revoked", 0)], staff_id=manager, hlc=seventy_years)
    assert reasons(receive(a, [ahead])) == ["written with a clock ahead of this laptop's"]
    # ...or an hour ahead, within what drifting clocks are allowed: it arrives first.
    hour = (wall_ms() + 3_600_000) << 16
    early = crafted(b, [("devices", spare, "revoked", 0)], staff_id=manager, hlc=hour,
                    seq=5001)
    assert receive(a, [early]).applied == 1  # not revoked yet here: changes nothing
    with b.write() as tx:  # the manager revokes it, with an older clock than that
        tx.update(Device, spare, revoked=True)
    everything(b, a)
    assert reads.get(a.conn, Device, spare).revoked  # the revocation wins all the same
    late = crafted(b, [("devices", spare, "revoked", 0)], staff_id=manager, seq=5002)
    assert reasons(receive(a, [late])) == ["undoes a revocation (devices.revoked)"]
    assert reads.get(a.conn, Device, spare).revoked


def test_no_key_is_granted_to_a_revoked_device(house: tuple) -> None:
    a, b, _, _, _ = house
    with b.write() as tx:
        spare = tx.insert(Device(new_id(), b.site_id, "spare laptop",
                                 datetime.now(UTC).replace(microsecond=0))).id
        tx.update(Device, spare, revoked=True)
    everything(b, a)
    grant = KeyGrant(new_id(), b.site_id, 99, spare, b.device_id, "sealed",
                     datetime.now(UTC).replace(microsecond=0))
    row = {k: getattr(grant, k) for k in grant.__slots__}
    row["created_at"] = grant.created_at.isoformat()
    report = receive(a, [crafted(b, [("key_grants", grant.id, "*", row)],
                                 staff_id=b.staff_id)])
    assert reasons(report) == ["grants a key to a revoked device"]


def test_bad_clocks_and_bad_values_stop_only_their_own_change_set(house: tuple) -> None:
    a, b, _, _, rid = house
    manager = a.staff_id
    huge = crafted(a, [("residents", rid, "pronouns", "they/them")], staff_id=manager,
                   hlc=1 << 64)
    stage = crafted(a, [("residents", rid, "stage", "kidnapped")], staff_id=manager, seq=5001)
    stranger = crafted(a, [("residents", rid, "pronouns", "she/her")], staff_id=new_id(),
                       seq=5002)
    fine = crafted(a, [("residents", rid, "gender", "girl")], staff_id=manager, seq=5003)
    report = receive(b, [huge, stage, stranger, fine])
    assert sorted(reasons(report)) == [
        "a value that does not fit residents.stage",
        "its clock is not a valid time",
        "signed by a staff member this laptop does not know yet"]
    assert report.applied == 1
    assert reads.get(b.conn, Resident, rid).gender == "girl"
    assert [r.id for r in residents.overview(context(b))] == [rid]  # the list still works


def test_staff_cannot_close_an_incident_past_the_app(house: tuple) -> None:
    from safehaven.domain.models import Incident
    from safehaven.services import incidents

    a, b, worker, _, rid = house
    made = incidents.record(Context(a, reads.get(a.conn, Staff, worker)), rid, "violence",
                            occurred_at=clock.now().replace(microsecond=0),
                            description="A fight at dinner").record
    assert sync(a, b).applied == 1  # recorded by staff: fine
    with a.write(worker) as tx:
        tx.update(Incident, made.id, closed_at=clock.now().replace(microsecond=0),
                  outcome="nothing happened")
    assert reasons(sync(a, b)) == ["staff may not write incidents.closed_at"]
    assert reads.get(b.conn, Incident, made.id).closed_at is None


def test_staff_cannot_write_scores_scales_or_set_a_risk_flag_aside(house: tuple) -> None:

    from safehaven.domain.models import AlertAck, CustomScale, OutcomeMeasure
    from safehaven.domain.vocab import AlertKind
    from safehaven.services import measures

    a, b, worker, clinician, rid = house
    doc = Context(a, reads.get(a.conn, Staff, clinician))
    made = measures.record(doc, rid, "gad-7", 12, taken_on=clock.today()).record
    assert sync(a, b).applied == 1  # a clinician's score: fine
    assert reads.get(b.conn, OutcomeMeasure, made.id).total == 12
    with a.write(worker) as tx:  # staff typing a score past the app
        tx.insert(OutcomeMeasure(id=new_id(), site_id=a.site_id, resident_id=rid,
                                 instrument="gad-7", taken_on=clock.today(), total=3,
                                 administered_by=worker))
    assert reasons(sync(a, b)) == ["staff may not write outcome_measures"]
    with a.write(clinician) as tx:  # a house scale is a manager's
        tx.insert(CustomScale(id=new_id(), site_id=a.site_id, name="Mine", min_score=0,
                              max_score=5, bands=("0=Low",)))
    assert "clinician may not write custom_scales" in reasons(sync(a, b))
    now = clock.now().replace(microsecond=0)
    with a.write(worker) as tx:  # an overdue need acknowledged by staff: fine
        tx.insert(AlertAck(id=new_id(), site_id=a.site_id, resident_id=rid,
                           kind=AlertKind.OVERDUE_NEED, condition="x|1|2026-11-01",
                           note="booked", acked_by=worker, acked_at=now))
    assert sync(a, b).applied == 1 and reads.count(b.conn, "alert_acks") == 1
    with a.write(worker) as tx:  # a risk flag set aside by staff: refused
        tx.insert(AlertAck(id=new_id(), site_id=a.site_id, resident_id=rid,
                           kind=AlertKind.RISK_FLAG, condition="c|self-harm|2026-11-01",
                           note="fine", acked_by=worker, acked_at=now))
    assert "staff may not write alert_acks" in reasons(sync(a, b))
    with a.write(worker) as tx:  # an acknowledgement in a colleague's name: refused
        tx.insert(AlertAck(id=new_id(), site_id=a.site_id, resident_id=rid,
                           kind=AlertKind.OVERDUE_NEED, condition="y|2|2026-11-02",
                           note="done", acked_by=clinician, acked_at=now))
    assert ("names someone other than its author (alert_acks.acked_by)"
            in reasons(sync(a, b)))
    assert reads.count(b.conn, "alert_acks") == 1
