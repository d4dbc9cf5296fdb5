"""A page applied in bulk is checked as strictly as one applied change set by change set.

A first pull writes most of a page's new rows in bulk (`sync/replica/apply.apply_new_rows`).
The receiver's checks of a change set read rows written before it: the record an
amendment corrects, the prescription a dose was given under, the doses given before it.
When those arrive in the same page, still unwritten in the bulk, the checks must see them
all the same: a forged void, a controlled drug without a witness and an as-needed dose too
soon refuse as they do when they come one sync at a time (tests/sync/test_health_sync.py,
test_void_sync.py). And a change set that waits for its row (a check-in before its
resident) keeps only itself off the bulk path: the rest of the page applies as before.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from safehaven import clock
from safehaven.domain.models import CheckIn, DoseRecord, Staff
from safehaven.domain.vocab import DoseOutcome, Role
from safehaven.services import checkins, medication, residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log
from tests.sync.harness import PASSPHRASE, Template, context, house_of, make_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=3)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[list[Vault]]:
    with house_of(template, tmp_path) as vaults:
        yield vaults


def sync(src: Vault, dst: Vault) -> object:
    return receive(dst, outgoing(src, applied_log.highest_seq(dst.conn)))


def kinds(report: object) -> list[str]:
    return sorted(r.kind.value for _, r in report.quarantined)  # type: ignore[attr-defined]


def now() -> datetime:
    return clock.now().replace(second=0, microsecond=0)


@pytest.mark.parametrize("forgery", ["too_soon", "no_witness", "void"])
def test_an_unsafe_record_is_refused_when_what_it_breaks_came_in_the_same_page(
        house: list[Vault], forgery: str) -> None:
    a, b, _ = house
    manager = context(a)
    worker = staff.add(manager, "Sam Staff", Role.STAFF, PASSPHRASE, crypto.MIN_KDF).record
    staff.set_trained(manager, worker.id)
    rid = residents.add(manager, "Ana", stage="recovery").record.id
    yesterday = clock.today() - timedelta(days=1)
    prn = medication.prescribe(manager, rid, "Paracetamol", "500 mg", "oral", "Dr Sol",
                               as_needed=True, indication="pain", min_interval_min=240,
                               start_date=yesterday).record
    cd = medication.prescribe(manager, rid, "Methylphenidate", "10 mg", "oral", "Dr Sol",
                              as_needed=True, indication="before school",
                              min_interval_min=60, controlled=True,
                              start_date=yesterday).record
    sam = Context(a, reads.get(a.conn, Staff, worker.id))
    first = medication.record_dose(sam, prn.id, "given", reason="headache",
                                   at=now() - timedelta(hours=3)).record
    theirs = checkins.record(manager, rid, 2, flags=["runaway"]).record
    bad = new_id()
    with a.write(worker.id) as tx:  # one record past the services
        if forgery == "too_soon":  # an hour after the last
            tx.insert(DoseRecord(bad, a.site_id, rid, prn.id, DoseOutcome.GIVEN,
                                 now() - timedelta(hours=2), worker.id, reason="pain"))
        elif forgery == "no_witness":  # a controlled drug
            tx.insert(DoseRecord(bad, a.site_id, rid, cd.id, DoseOutcome.GIVEN, now(),
                                 worker.id, reason="school"))
        else:  # staff voiding the manager's check-in
            tx.insert(replace(theirs, id=bad, staff_id=worker.id, amends_id=theirs.id,
                              amend_reason="I say so", voided=True))

    report = sync(a, b)  # all of it in one page, none of it on b before
    assert kinds(report) == ["not_permitted" if forgery == "void" else "unsafe_dose"]
    assert {d.id for d in reads.all_of(b.conn, DoseRecord)} == {first.id}
    assert [c.id for c in reads.all_of(b.conn, CheckIn)] == [theirs.id]
    assert not reads.exists(b.conn, CheckIn, bad)
    assert reads.count(b.conn, "prescriptions") == 2


def test_a_change_waiting_for_its_row_leaves_the_rest_of_the_page_in_bulk(
        house: list[Vault]) -> None:
    a, b, c = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    early = checkins.record(context(b), rid, 4).record  # b's, for a resident c lacks
    only_b = [e for e in outgoing(b) if json.loads(e)["device"] == b.device_id]
    assert kinds(receive(c, only_b)) == []
    assert c.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 1
    # a's: the resident the check-in waits for, and more rows for her and another child
    other = residents.add(context(a), "Bea").record.id
    later = [checkins.record(context(a), r, 3, confirmed=True).record.id
             for r in (rid, other, other)]
    report = sync(a, c)
    assert kinds(report) == []
    assert {x.id for x in reads.all_of(c.conn, CheckIn)} == {early.id, *later}
    assert c.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0
    # and the waiting check-in's change log and audit entry are there as on b
    for table in ("change_log", "audit_log"):
        assert c.conn.execute(f"SELECT count(*) FROM {table} WHERE row_id = ?",
                              (early.id,)).fetchone()[0] == \
            b.conn.execute(f"SELECT count(*) FROM {table} WHERE row_id = ?",
                           (early.id,)).fetchone()[0]
