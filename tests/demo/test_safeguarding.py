"""The demo house's safeguarding records (issue 27): believable, made by roles allowed to,
the same for a seed, and leaving the rest of the demo as it was."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, timedelta
from pathlib import Path

from safehaven.demo import generator
from safehaven.domain import models as m
from safehaven.domain.permissions import Action
from safehaven.domain.vocab import IncidentKind, Role
from safehaven.services import no_contacts, today
from safehaven.services.context import Context
from safehaven.services.permissions import allowed
from safehaven.store import reads
from safehaven.store.vault import Vault
from tests.conftest import FAST, NOW, PASSPHRASE, House

DAY = date(2026, 11, 26)
KINDS = (m.NoContact, m.Contact, m.Incident, m.Restraint, m.RestraintDebrief,
         m.HouseLogEntry)


def _make(folder: Path, seed: int) -> dict[str, list[str]]:
    vault, _ = Vault.create(folder, house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        generator.generate(ctx, residents=20, days=60, seed=seed, today=DAY)
        skip = {"id", "site_id", "resident_id", "staff_id", "added_by", "recorded_by",
                "restraint_id", "held_by", "resident_ids",
                "no_contact_id", "checkin_id", "reason", "return_recorded_by",
                "interview_recorded_by", "acknowledged_by", "closed_by",
                "whereabouts", "interview_summary"}  # sealed: a fresh nonce each time
        return {k.__name__: sorted(repr({f: v for f, v in asdict(r).items() if f not in skip})
                                   for r in reads.all_of(vault.conn, k)) for k in KINDS}


def test_same_seed_same_safeguarding_records(tmp_path: Path) -> None:
    first = _make(tmp_path / "a", 7)
    assert first == _make(tmp_path / "b", 7)
    assert first["Contact"] and first != _make(tmp_path / "c", 8)


def test_the_demo_house_keeps_lists_logs_and_whole_episodes(house: House) -> None:
    people = [c.actor for c in (house.manager, house.staff, house.clinician) if c.actor]
    roles: dict[str, Role] = {s.id: s.role for s in people}
    generator.generate(house.manager, residents=40, days=120, seed=5, today=DAY,
                       staff_ids=list(roles))
    conn = house.vault.conn
    listed = reads.all_of(conn, m.NoContact)
    logged = reads.all_of(conn, m.Contact)
    assert 0.15 < len({e.resident_id for e in listed}) / 40 < 0.6
    assert all(allowed(roles[e.added_by], Action.MANAGE_SAFEGUARDING) for e in listed)
    assert all(e.reason and e.reason.startswith("rk1:") for e in listed)  # sealed
    opened = no_contacts.for_resident(house.manager, listed[0].resident_id)
    assert opened[0].reason and not opened[0].reason.startswith("rk1:")
    assert all(allowed(roles[c.staff_id], Action.RECORD_CONTACT) for c in logged)
    visits = [c for c in logged if c.kind == "visit" and c.allowed]
    assert visits and all(c.supervised_by and c.outcome for c in visits)
    assert any(c.no_contact_id for c in logged) and any(c.unknown_person for c in logged)
    assert all(not c.allowed for c in logged if c.no_contact_id or c.unknown_person)
    assert all(c.at <= NOW for c in logged)
    episodes = [i for i in reads.all_of(conn, m.Incident) if i.kind is IncidentKind.MISSING]
    back = [i for i in episodes if i.returned_at]
    assert back and all(i.whereabouts and i.police_reference for i in back)
    assert all(i.returned_at > i.occurred_at for i in back)
    assert all(i.interview_at is None or i.interview_at > i.returned_at for i in back)
    assert any(i.interview_at for i in back)
    ctx = Context(house.manager.vault, house.manager.actor, now=lambda: NOW)
    kinds = {str(a.kind) for a in today.overview(ctx).alerts}
    assert "no-contact-match" in kinds
    recent = [c for c in logged if c.at > NOW - timedelta(days=14)]
    assert recent
    held = reads.all_of(conn, m.Restraint)
    # the house trains in its own list, and every restraint's technique is on it
    from safehaven.services import house_settings
    listed = house_settings.restraint_techniques(house.staff)
    assert "Two-person seated hold (Team-Teach)" in listed
    assert held and all(r.technique in listed for r in held)
    debriefs = {d.restraint_id: d for d in reads.all_of(conn, m.RestraintDebrief)}
    reviews = reads.all_of(conn, m.RestraintReview)
    assert held and debriefs and reviews and len(held) < 0.3 * 40
    assert all(r.started_at <= NOW and 1 <= r.duration_min <= 15 for r in held)
    assert all(d.held_at > r.started_at for r in held if (d := debriefs.get(r.id)))
    assert all(roles[v.staff_id] is Role.MANAGER for v in reviews)
    log = reads.all_of(conn, m.HouseLogEntry)
    assert len(log) >= 10 and len({e.category for e in log}) >= 4
    assert all(e.at <= NOW and allowed(roles[e.staff_id], Action.WRITE_NOTE) for e in log)
    assert today.overview(ctx).house_log or all(e.at < NOW - timedelta(days=1) for e in log)
