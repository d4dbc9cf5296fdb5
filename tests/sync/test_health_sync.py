"""Health records between two laptops: prescriptions, doses and profiles arrive like any
record; what the app refuses is refused on the receiving laptop too (staff not trained to
give medicines prescribing, staff editing a profile, a controlled drug without a witness,
an as-needed dose too soon, a restricted field in the clear), and a sealed pregnancy note
stays ciphertext on the wire and in the receiver's tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from safehaven import clock
from safehaven.domain.models import (
    DoseRecord,
    HealthProfile,
    Prescription,
    Staff,
    StockEntry,
)
from safehaven.domain.vocab import AlertKind, DoseOutcome, Role, Route, StockKind
from safehaven.services import health, medication, medication_stock, residents, staff, today
from safehaven.services.context import Context
from safehaven.store import crypto, reads, writer
from safehaven.store.hlc import physical
from safehaven.store.ids import new_id
from safehaven.store.refusal import RefusalKind
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log
from tests.sync.harness import PASSPHRASE, Template, context, house_of, make_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple]:
    with house_of(template, tmp_path) as (a, b):
        manager = context(a)
        worker = staff.add(manager, "Sam Staff", Role.STAFF, PASSPHRASE, crypto.MIN_KDF).record
        staff.set_trained(manager, worker.id)  # trained to give medicines
        rid = residents.add(manager, "Ana", stage="recovery").record.id
        sync(a, b)
        yield a, b, worker.id, rid


def sync(a, b) -> object:
    return receive(b, outgoing(a, applied_log.highest_seq(b.conn)))


def reasons(report: object) -> list[str]:
    return [refusal.message for _, refusal in report.quarantined]  # type: ignore[attr-defined]


def now() -> datetime:
    return clock.now().replace(second=0, microsecond=0)


def test_health_records_travel_and_unsafe_ones_are_refused(house: tuple) -> None:
    a, b, worker, rid = house
    manager = context(a)
    sam = Context(a, reads.get(a.conn, Staff, worker))
    health.save(manager, rid, allergies="latex", pregnancy="early weeks")
    prn = medication.prescribe(manager, rid, "Paracetamol", "500 mg", "oral", "Dr Sol",
                               as_needed=True, indication="pain", min_interval_min=240,
                               start_date=clock.today() - timedelta(days=1)).record
    cd = medication.prescribe(manager, rid, "Methylphenidate", "10 mg", "oral", "Dr Sol",
                              as_needed=True, indication="before school",
                              min_interval_min=60, controlled=True,
                              start_date=clock.today() - timedelta(days=1)).record
    given = medication.record_dose(sam, prn.id, "given", reason="headache",
                                   at=now() - timedelta(hours=3)).record
    medication_stock.record_stock(sam, prn.id, "received", 20, at=now() - timedelta(hours=4))
    report = sync(a, b)
    assert reasons(report) == []
    assert medication_stock.stock_states(context(b), [prn])[prn.id].balance == 19
    assert reads.get(b.conn, DoseRecord, given.id).outcome is DoseOutcome.GIVEN
    assert reads.get(b.conn, Prescription, prn.id).min_interval_min == 240
    sealed = b.conn.execute("SELECT pregnancy FROM health_profiles").fetchone()[0]
    assert sealed.startswith("rk1:") and "weeks" not in sealed
    assert health.profile(context(b), rid).allergies == ("latex",)

    # a staff member trained to give medicines copies a prescription from the order
    copied = medication.prescribe(sam, rid, "Amoxicillin", "250 mg", "oral", "Dr Sol",
                                  times="08:00, 20:00").record
    assert reasons(sync(a, b)) == []
    assert reads.get(b.conn, Prescription, copied.id).recorded_by == worker

    # past the services, straight through laptop a's writer: each is refused on b
    ula = staff.add(manager, "Ula Untrained", Role.STAFF, PASSPHRASE, crypto.MIN_KDF).record
    assert reasons(sync(a, b)) == []
    with a.write(ula.id) as tx:  # staff not trained to give medicines cannot prescribe
        tx.insert(Prescription(new_id(), a.site_id, rid, "Ibuprofen", "200 mg", Route.ORAL,
                               clock.today(), "Dr Sol", ula.id, times=("08:00",)))
    [(_, refusal)] = sync(a, b).quarantined  # type: ignore[attr-defined]
    assert refusal.kind is RefusalKind.NOT_TRAINED
    assert reads.count(b.conn, "prescriptions") == 3
    with a.write(worker) as tx:  # an as-needed dose an hour after the last
        tx.insert(DoseRecord(new_id(), a.site_id, rid, prn.id, DoseOutcome.GIVEN,
                             now() - timedelta(hours=2), worker, reason="pain"))
    # (a refused change set is offered again with each sync: compare what is new)
    assert reasons(sync(a, b))[-1] == \
        "an as-needed dose too soon after the last, or over the daily maximum"
    with a.write(worker) as tx:  # a controlled drug without a witness
        tx.insert(DoseRecord(new_id(), a.site_id, rid, cd.id, DoseOutcome.GIVEN, now(),
                             worker, reason="school"))
    assert reasons(sync(a, b))[-1] == "a controlled drug given without a witness"
    with a.write(worker) as tx:  # a stock count in someone else's name
        tx.insert(StockEntry(new_id(), a.site_id, rid, prn.id, StockKind.COUNTED, 19, now(),
                             a.staff_id or ""))
    assert reasons(sync(a, b))[-1] == \
        "names someone other than its author (stock_entries.recorded_by)"
    with a.write(worker) as tx:  # staff editing the allergies' reactions
        tx.update(HealthProfile, reads.all_of(a.conn, HealthProfile)[0].id,
                  reactions="none")
    assert reasons(sync(a, b))[-1] == "staff may not write health_profiles.reactions"
    assert reads.count(b.conn, "dose_records") == 1


def test_doses_recorded_on_two_laptops_apart_both_arrive(house: tuple) -> None:
    """Each laptop's own check was sound; the receiver keeps both in the record (refusing
    one would hide a dose really given) and Today shows the double dose at once."""
    a, b, _, rid = house
    prn = medication.prescribe(context(a), rid, "Paracetamol", "500 mg", "oral", "Dr Sol",
                               as_needed=True, indication="pain", min_interval_min=240,
                               start_date=clock.today() - timedelta(days=1)).record
    sync(a, b)
    medication.record_dose(context(a), prn.id, "given", reason="pain",
                           at=now() - timedelta(hours=1))
    medication.record_dose(context(b), prn.id, "given", reason="pain", at=now())
    assert reasons(sync(a, b)) == []
    assert reasons(receive(a, outgoing(b, applied_log.highest_seq(a.conn)))) == []
    assert reads.count(a.conn, "dose_records") == reads.count(b.conn, "dose_records") == 2
    for laptop in (a, b):
        close = [x for x in today.overview(context(laptop)).alerts
                 if x.kind == AlertKind.DOSES_TOO_CLOSE]
        assert [x.detail for x in close] == [f"Paracetamol {now():%H:%M}"]


def test_a_dose_given_by_untrained_staff_is_refused_until_the_training_arrives(
        house: tuple) -> None:
    """Past the services on laptop a, an untrained member's dose is refused on b (a kind
    that is tried again: the manager's record of the training may come later); once the
    training has travelled, her doses apply."""
    a, b, _, rid = house
    manager = context(a)
    tia = staff.add(manager, "Tia Temp", Role.STAFF, PASSPHRASE, crypto.MIN_KDF).record
    prn = medication.prescribe(manager, rid, "Paracetamol", "500 mg", "oral", "Dr Sol",
                               as_needed=True, indication="pain", min_interval_min=30,
                               start_date=clock.today() - timedelta(days=1)).record
    assert reasons(sync(a, b)) == []
    with a.write(tia.id) as tx:
        tx.insert(DoseRecord(new_id(), a.site_id, rid, prn.id, DoseOutcome.GIVEN,
                             now() - timedelta(hours=1), tia.id, reason="pain"))
    report = sync(a, b)
    [(_, refusal)] = report.quarantined  # type: ignore[attr-defined]
    assert refusal.kind is RefusalKind.NOT_TRAINED and refusal.kind.retryable
    assert reads.count(b.conn, "dose_records") == 0
    tia_ctx = Context(a, reads.get(a.conn, Staff, tia.id))
    staff.set_trained(manager, tia.id)
    medication.record_dose(tia_ctx, prn.id, "given", reason="pain")
    sync(a, b)
    assert reads.get(b.conn, Staff, tia.id).med_trained
    assert reads.count(b.conn, "dose_records") >= 1


def test_a_restricted_field_in_the_clear_is_refused(house: tuple,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A patched client that leaves a pregnancy note, or where a missing young person
    was, unsealed would make it readable to every role on every laptop: the receiver
    refuses it (the house has had its restricted key since it was made). Sealed, the
    same records arrive."""
    a, b, _, rid = house
    manager = context(a)
    health.save(manager, rid, allergies="latex", pregnancy="early weeks")
    assert reasons(sync(a, b)) == []
    # the house's key was made a week before laptop a's clock now (the harness made it
    # minutes ago, inside the drift a receiver gives a writer)
    week_ago = datetime.fromtimestamp(physical(a.clock.last) / 1000, UTC) - timedelta(days=7)
    b.conn.execute("UPDATE restricted_grants SET created_at = ?", (week_ago.isoformat(),))
    monkeypatch.setattr(writer, "seal_row", lambda *args, **kwargs: None)
    profile = reads.all_of(a.conn, HealthProfile)[0]
    with a.write(a.staff_id) as tx:  # the manager's laptop, past the app
        tx.update(HealthProfile, profile.id, pregnancy="not pregnant")
    [(_, refusal)] = sync(a, b).quarantined  # type: ignore[attr-defined]
    assert refusal.kind is RefusalKind.UNSEALED and not refusal.kind.retryable
    sealed = b.conn.execute("SELECT pregnancy FROM health_profiles").fetchone()[0]
    assert sealed.startswith("rk1:")
    monkeypatch.undo()
    health.save(manager, rid, allergies="latex", pregnancy="not known")
    sync(a, b)  # (the refused change set is offered again, and refused again)
    assert health.profile(context(b), rid).pregnancy == "not known"
