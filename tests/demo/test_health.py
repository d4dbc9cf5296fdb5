"""Demo health records: the same by seed, made by the roles allowed to, and as the app's
own rules would have let them be made (no dose against an allergy, as-needed doses far
enough apart, every controlled dose witnessed), with a few refused and missed doses and
today's later doses still due."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path

from safehaven.demo import generator
from safehaven.domain import medication as rules
from safehaven.domain import models as m
from safehaven.domain.vocab import DoseOutcome
from safehaven.services import medication_stock, today
from safehaven.services.context import Context
from safehaven.store import reads
from safehaven.store.vault import Vault
from tests.conftest import FAST, NOW, PASSPHRASE, House

MODELS = (m.HealthProfile, m.Prescription, m.DoseRecord, m.StockEntry)
IDS = {"id", "resident_id", "prescription_id", "site_id", "recorded_by", "given_by",
       "witness", "updated_by"}


def _make(folder: Path, seed: int) -> dict[str, list[tuple]]:
    vault, _ = Vault.create(folder, house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        generator.generate(ctx, residents=20, days=60, seed=seed, today=NOW.date())
        return {model.__name__: sorted((tuple(v for k, v in asdict(r).items()
                                              if k not in IDS)
                                        for r in reads.all_of(vault.conn, model)), key=repr)
                for model in MODELS}


def test_same_seed_same_health_records(tmp_path: Path) -> None:
    first = _make(tmp_path / "a", 11)
    assert first == _make(tmp_path / "b", 11)
    assert first["Prescription"] and first["DoseRecord"]
    assert first != _make(tmp_path / "c", 12)


def test_demo_doses_follow_the_rules(house: House) -> None:
    staff = [c.actor for c in (house.manager, house.staff, house.clinician) if c.actor]
    roles = {s.id: s.role for s in staff}
    made = generator.generate(house.manager, residents=40, days=120, seed=7,
                              today=NOW.date(), staff_ids=[s.id for s in staff])
    conn = house.vault.conn
    rxs = {p.id: p for p in reads.all_of(conn, m.Prescription)}
    doses = reads.all_of(conn, m.DoseRecord)
    profiles = {p.resident_id: p for p in reads.all_of(conn, m.HealthProfile)}
    assert made.doses == len(doses) > 100
    assert {str(roles[p.recorded_by]) for p in rxs.values()} <= {"clinician", "manager"}
    assert sum(p.controlled for p in rxs.values()) == 1
    assert any(p.as_needed for p in rxs.values())
    assert any(p.allergies for p in profiles.values())
    for p in rxs.values():
        allergies = profiles[p.resident_id].allergies if p.resident_id in profiles else ()
        assert not rules.allergy_matches(allergies, p), p.medicine
    outcomes = Counter(d.outcome for d in doses)
    assert outcomes[DoseOutcome.REFUSED] and outcomes[DoseOutcome.MISSED]
    assert outcomes[DoseOutcome.GIVEN] > 10 * (outcomes[DoseOutcome.REFUSED]
                                              + outcomes[DoseOutcome.MISSED])
    for d in doses:
        p = rxs[d.prescription_id]
        assert d.at <= NOW and d.resident_id == p.resident_id
        if p.controlled and d.outcome is DoseOutcome.GIVEN:
            assert d.witness and d.witness != d.given_by
        if p.as_needed:
            before = [x.at for x in doses if x.prescription_id == p.id and x.at < d.at]
            assert rules.prn_refusal(p, before, d.at) is None
        else:
            assert d.due_at in rules.due_times(p, d.due_at.date())
    # stock: received when prescribed, counted last night, almost always as the balance says
    states = medication_stock.stock_states(house.manager, list(rxs.values()))
    counted = [s for s in states.values() if s.counted is not None]
    assert counted and all(s.balance is not None for s in states.values())
    assert sum(1 for s in counted if s.discrepancy == 0) > len(counted) / 2
    assert all(s.discrepancy in (0, -1) for s in counted)
    # at 09:30, the morning's doses are recorded; the afternoon's and evening's are due
    due = today.overview(house.manager).doses
    assert due and all(d.due_at > NOW - timedelta(hours=1) for d in due)
    # only those who may give medicines did (Sam, the house's one staff member, is trained)
    people = {s.id: s for s in reads.all_of(conn, m.Staff)}
    assert people[house.staff.actor.id].med_trained  # type: ignore[union-attr]
    assert all(rules.may_give(people[d.given_by].role, people[d.given_by].med_trained)
               for d in doses if d.outcome is DoseOutcome.GIVEN)
    # every receipt names its batch and expiry; one batch expires within the month
    receipts = [e for e in reads.all_of(conn, m.StockEntry) if e.kind.value == "received"]
    assert receipts and all(e.batch and e.expires_on for e in receipts)
    kinds = {a.kind for a in today.overview(house.manager).alerts}
    assert "stock-expiring" in kinds


def test_a_house_of_one_gives_no_controlled_dose_without_a_witness(tmp_path: Path) -> None:
    """With one person on the staff list the demo once made her her own witness, which
    the writer and every receiving laptop refuse (a join set those doses aside)."""
    vault, _ = Vault.create(tmp_path / "one", house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        generator.generate(ctx, residents=20, days=60, seed=11, today=NOW.date())
        rxs = {p.id: p for p in reads.all_of(vault.conn, m.Prescription)}
        controlled = [d for d in reads.all_of(vault.conn, m.DoseRecord)
                      if rxs[d.prescription_id].controlled]
        assert controlled
        for d in controlled:
            if d.outcome is DoseOutcome.GIVEN:
                assert d.witness and d.witness != d.given_by
