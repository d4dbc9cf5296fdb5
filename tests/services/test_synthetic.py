"""The generator is deterministic by seed and realistic enough to exercise every screen."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

from safehaven.domain import models as m
from safehaven.domain.vocab import CareStage, SessionStatus
from safehaven.services import synthetic
from safehaven.services.context import Context
from safehaven.store import reads
from safehaven.store.vault import Vault
from tests.conftest import FAST, NOW, PASSPHRASE

DAY = date(2026, 11, 26)
IDS = {"id", "resident_id", "plan_id", "staff_id", "owner_id", "key_worker_id", "site_id",
       "recorded_by", "vetted_by", "done_by", "session_id", "amends_id", "referral_id"}


def _make(folder: Path, seed: int) -> dict[str, list[tuple]]:
    vault, _ = Vault.create(folder, house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        synthetic.generate(ctx, residents=12, days=60, seed=seed, today=DAY)
        out = {}
        for model in (m.Resident, m.CheckIn, m.Need, m.TherapyPlan, m.TherapySession,
                      m.CaseNote, m.StageChange, m.Consent, m.TrustedAdult, m.FollowUp):
            rows = [tuple(v for k, v in asdict(r).items() if k not in IDS)
                    for r in reads.all_of(vault.conn, model)]
            out[model.__name__] = sorted(rows, key=repr)
        return out


def test_same_seed_same_records(tmp_path: Path) -> None:
    assert _make(tmp_path / "a", 3) == _make(tmp_path / "b", 3)


def test_different_seed_different_records(tmp_path: Path) -> None:
    assert _make(tmp_path / "a", 3)["Resident"] != _make(tmp_path / "b", 4)["Resident"]


def test_generated_house_looks_like_a_house(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        made = synthetic.generate(ctx, residents=60, days=120, seed=1, today=DAY)
        residents = reads.all_of(vault.conn, m.Resident)
        checkins = reads.all_of(vault.conn, m.CheckIn)
        sessions = reads.all_of(vault.conn, m.TherapySession)
        plans = reads.all_of(vault.conn, m.TherapyPlan)
    assert made.residents == len(residents) == 60
    scripts = {_script(r.preferred_name) for r in residents}
    assert {"latin", "cyrillic", "arabic", "thai", "ethiopic"} <= scripts
    assert len({r.stage for r in residents}) >= 4
    flagged = sum(1 for c in checkins if c.flags)
    assert 0 < flagged < 0.05 * len(checkins)
    assert all(1 <= c.mood <= 5 for c in checkins)
    statuses = {s.status for s in sessions}
    assert {SessionStatus.ATTENDED, SessionStatus.MISSED, SessionStatus.SCHEDULED} <= statuses
    per_resident = {r.id: sum(1 for p in plans if p.resident_id == r.id) for r in residents}
    assert set(per_resident.values()) <= {1, 2, 3}
    assert any(r.stage is CareStage.FOLLOW_UP and r.discharge_date for r in residents)


def _script(name: str) -> str:
    import unicodedata
    first = unicodedata.name(name[0], "")
    for script in ("CYRILLIC", "ARABIC", "THAI", "ETHIOPIC", "GREEK", "CJK", "LATIN"):
        if script in first:
            return script.lower()
    return "other"


def test_a_large_house_gets_distinct_names(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        synthetic.generate(ctx, residents=700, days=3, seed=4, today=DAY)
        names = [r.preferred_name for r in reads.all_of(vault.conn, m.Resident)]
    assert len(names) == len(set(names)) == 700
