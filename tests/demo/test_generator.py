"""The generator is deterministic by seed and realistic enough to exercise every screen."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from safehaven.demo import data as demo_data
from safehaven.demo import generator
from safehaven.domain import alerts
from safehaven.domain import models as m
from safehaven.domain.vocab import (
    AlertKind,
    CareStage,
    ConsentPurpose,
    ContactMethod,
    Frequency,
    NoteKind,
    ReferralKind,
    ReferralStatus,
    RiskLevel,
    Role,
    SessionStatus,
    VettingStatus,
)
from safehaven.services.context import Context
from safehaven.services.follow_ups import add_months
from safehaven.services.permissions import Action, allowed
from safehaven.store import reads
from safehaven.store.vault import Vault
from tests.conftest import FAST, NOW, PASSPHRASE, House, open_copy

DAY = date(2026, 11, 26)
IDS = {"id", "resident_id", "plan_id", "staff_id", "owner_id", "key_worker_id", "site_id",
       "recorded_by", "vetted_by", "done_by", "session_id", "amends_id", "referral_id"}


def _make(folder: Path, seed: int) -> dict[str, list[tuple]]:
    vault, _ = Vault.create(folder, house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: NOW)
        generator.generate(ctx, residents=12, days=60, seed=seed, today=DAY)
        out = {}
        for model in (m.Resident, m.CheckIn, m.Need, m.TherapyPlan, m.TherapySession,
                      m.CaseNote, m.StageChange, m.Consent, m.TrustedAdult, m.FollowUp,
                      m.Referral):
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
        made = generator.generate(ctx, residents=60, days=120, seed=1, today=DAY)
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
        generator.generate(ctx, residents=700, days=3, seed=4, today=DAY)
        names = [r.preferred_name for r in reads.all_of(vault.conn, m.Resident)]
    assert len(names) == len(set(names)) == 700


# What a house manager would notice in the demo: a generated house checked rule by rule.

PER_WEEK = {Frequency.WEEKLY: 1, Frequency.TWICE_WEEKLY: 2, Frequency.FORTNIGHTLY: 0.5}


@dataclass
class Demo:
    residents: dict[str, m.Resident]
    roles: dict[str, Role]
    plans: list[m.TherapyPlan]
    sessions: list[m.TherapySession]
    notes: list[m.CaseNote]
    changes: list[m.StageChange]
    consents: list[m.Consent]
    adults: list[m.TrustedAdult]
    referrals: list[m.Referral]
    follow_ups: list[m.FollowUp]

    def share(self, rows: list) -> float:
        return len({r.resident_id for r in rows}) / len(self.residents)


@pytest.fixture(scope="module")
def _generated(tmp_path_factory: pytest.TempPathFactory, _house_template) -> Path:
    """The test house with 30 residents over 200 days, generated once for the module (it
    was generated again for each test: most of the module's time)."""
    made = open_copy(_house_template, _house_template.folder,
                     tmp_path_factory.mktemp("generated") / "vault")
    try:
        staff = [c.actor for c in (made.manager, made.staff, made.clinician) if c.actor]
        generator.generate(made.manager, residents=30, days=200, seed=5, today=DAY,
                           staff_ids=[s.id for s in staff])
    finally:
        made.vault.close()
    return made.folder


@pytest.fixture
def demo_house(tmp_path: Path, _house_template, _generated: Path) -> Iterator[House]:
    """The test's own copy of the generated house."""
    made = open_copy(_house_template, _generated, tmp_path / "vault")
    yield made
    made.vault.close()


@pytest.fixture
def demo(demo_house: House) -> Demo:
    house = demo_house
    staff = [c.actor for c in (house.manager, house.staff, house.clinician) if c.actor]
    conn = house.vault.conn
    return Demo({r.id: r for r in reads.all_of(conn, m.Resident)},
                {s.id: s.role for s in staff},
                *(reads.all_of(conn, model) for model in (
                    m.TherapyPlan, m.TherapySession, m.CaseNote, m.StageChange, m.Consent,
                    m.TrustedAdult, m.Referral, m.FollowUp)))


def test_nothing_happens_after_a_resident_left(demo: Demo) -> None:
    gone = {rid: r.discharge_date for rid, r in demo.residents.items() if r.discharge_date}
    assert gone
    for s in demo.sessions:
        left = gone.get(s.resident_id)
        assert left is None or s.scheduled_at.date() < left, s
    plans_of_leavers = [p for p in demo.plans if p.resident_id in gone]
    assert plans_of_leavers
    for p in plans_of_leavers:
        left = gone[p.resident_id]
        ended = p.end_date is not None and p.end_date < left
        assert ended or (p.closed_on is not None and p.closed_on <= left and p.close_reason), p
    assert any(p.close_reason == "left the house" and p.closed_on == gone[p.resident_id]
               for p in plans_of_leavers)
    assert all(p.closed_on is None or p.close_reason for p in demo.plans)


def test_each_record_is_made_by_someone_whose_role_allows_it(demo: Demo) -> None:
    def may(staff_id: str | None, action: Action) -> bool:
        return staff_id is not None and allowed(demo.roles.get(staff_id), action)

    clinical = [n for n in demo.notes if n.kind is NoteKind.CLINICAL]
    assert clinical and all(demo.roles[n.staff_id] is Role.CLINICIAN for n in clinical)
    general = [n for n in demo.notes if n.kind is NoteKind.GENERAL]
    assert {demo.roles[n.staff_id] for n in general} == {Role.MANAGER, Role.STAFF, Role.CLINICIAN}
    assert all(may(c.staff_id, Action.MOVE_STAGE) for c in demo.changes)
    assert all(may(c.recorded_by, Action.MANAGE_SAFEGUARDING) for c in demo.consents)
    assert all(may(a.vetted_by, Action.MANAGE_SAFEGUARDING) for a in demo.adults
               if a.vetting_status is not VettingStatus.NOT_VETTED
               and a.vetting_status is not VettingStatus.IN_PROGRESS)
    assert all(may(f.done_by, Action.MANAGE_SAFEGUARDING) for f in demo.follow_ups if f.done_on)
    sessions = {s.id: s for s in demo.sessions}
    for n in clinical:  # written after the session it is about
        held = sessions[n.session_id] if n.session_id else None
        assert held is None or (held.status is SessionStatus.ATTENDED
                                and held.scheduled_at < n.written_at)


# What creating a row of each table needs, as the services (and receiving laptops) ask.
CREATE = {"residents": Action.ADD_RESIDENT, "stage_changes": Action.MOVE_STAGE,
          "check_ins": Action.RECORD_CHECKIN, "needs": Action.MANAGE_NEEDS,
          "therapy_plans": Action.MANAGE_THERAPY, "therapy_sessions": Action.SCHEDULE_SESSIONS,
          "case_notes": Action.WRITE_NOTE, "referrals": Action.WRITE_NOTE,
          "consents": Action.MANAGE_SAFEGUARDING, "trusted_adults": Action.MANAGE_SAFEGUARDING,
          "follow_ups": Action.MANAGE_SAFEGUARDING, "outcome_measures": Action.RECORD_MEASURE,
          "custom_scales": Action.MANAGE_SCALES, "group_sessions": Action.SCHEDULE_SESSIONS,
          "group_attendance": Action.SCHEDULE_SESSIONS, "alert_acks": Action.ACK_ALERT,
          "health_profiles": Action.MANAGE_HEALTH, "prescriptions": Action.MANAGE_MEDICATION,
          "dose_records": Action.GIVE_DOSE, "stock_entries": Action.GIVE_DOSE}


def test_each_change_set_is_signed_by_the_author_of_its_record(demo: Demo,
                                                                 demo_house: House) -> None:
    house = demo_house
    audit = {(a.table_name, a.row_id): a.staff_id
             for a in reads.all_of(house.vault.conn, m.AuditEntry) if a.action == "create"}
    for (table, _), signer in audit.items():
        if table in CREATE:
            assert allowed(demo.roles.get(signer or ""), CREATE[table]), (table, signer)
    authored = [("case_notes", n.id, n.staff_id) for n in demo.notes]
    authored += [("stage_changes", c.id, c.staff_id) for c in demo.changes]
    authored += [("consents", c.id, c.recorded_by) for c in demo.consents]
    authored += [("follow_ups", f.id, f.done_by) for f in demo.follow_ups if f.done_by]
    assert all(audit[(table, row)] == who for table, row, who in authored)
    signers = Counter(demo.roles[s] for s in audit.values() if s)
    assert set(signers) == {Role.MANAGER, Role.STAFF, Role.CLINICIAN}


def test_gender_and_pronouns_agree(demo: Demo) -> None:
    pairs = Counter((r.gender, r.pronouns) for r in demo.residents.values())
    assert set(pairs) <= {("girl", "she/her"), ("boy", "he/him"), ("non-binary", "they/them"),
                          ("girl", "they/them"), ("boy", "they/them")}
    assert {g for g, _ in pairs} == {"girl", "boy", "non-binary"}
    assert pairs[("girl", "she/her")] > pairs[("girl", "they/them")]


def test_no_resident_is_booked_twice_and_sessions_spread_over_the_day(demo: Demo) -> None:
    by_resident = defaultdict(list)
    for s in demo.sessions:
        by_resident[s.resident_id].append(s)
    for sessions in by_resident.values():
        sessions.sort(key=lambda s: s.scheduled_at)
        for before, after in pairwise(sessions):
            assert after.scheduled_at >= before.scheduled_at + timedelta(
                minutes=before.duration_min), (before, after)
    times = Counter(s.scheduled_at.time() for s in demo.sessions)
    assert all(time(9) <= t <= time(17, 30) and t.minute in (0, 30) for t in times)
    assert len(times) >= 12
    assert max(times.values()) < 0.2 * len(demo.sessions)
    days = Counter(s.scheduled_at.weekday() for s in demo.sessions)
    assert days[6] == 0 and days[5] < 0.15 * len(demo.sessions)


def test_plans_keep_within_realistic_caps(demo: Demo) -> None:
    used = Counter(s.plan_id for s in demo.sessions if s.status.uses_cap)
    capped = [p for p in demo.plans if p.session_cap]
    assert capped and len(capped) < len(demo.plans)
    for p in capped:
        assert used[p.id] <= p.session_cap + 2, p
        assert p.end_date is not None and p.funding_source
        weeks = (p.end_date - p.start_date).days / 7
        assert p.session_cap <= weeks * PER_WEEK[p.frequency] + 1, p
        assert p.session_cap >= 0.5 * weeks * PER_WEEK[p.frequency], p
    assert any(used[p.id] >= 0.8 * p.session_cap for p in capped)  # the cap alert has work
    assert all(p.place and p.goals for p in demo.plans)


def test_each_provider_works_at_one_place_and_offers_what_it_does(demo: Demo) -> None:
    places = defaultdict(set)
    for p in demo.plans:
        places[p.provider].add(p.place)
        place, offers, _ = demo_data.PROVIDERS[p.provider]
        assert p.place == place and p.modality in offers
    assert len(places) >= 6 and all(len(v) == 1 for v in places.values())
    assert places["Hope Equine Centre"] == {"Hope Equine Centre farm"}
    plans = {p.id: p for p in demo.plans}
    assert all(s.place == plans[s.plan_id].place for s in demo.sessions)
    per_resident = Counter(p.resident_id for p in demo.plans)
    assert all(n == len({p.provider for p in demo.plans if p.resident_id == rid})
               for rid, n in per_resident.items())


def test_safeguarding_records_for_realistic_shares(demo: Demo) -> None:
    with_plans = {p.resident_id for p in demo.plans}
    therapy = {c.resident_id for c in demo.consents if c.purpose == ConsentPurpose.THERAPY}
    assert len(therapy & with_plans) >= 0.8 * len(with_plans)
    purposes = {str(c.purpose) for c in demo.consents}
    assert {"therapy", "information-sharing", "photographs"} <= purposes
    assert all(c.shared_with for c in demo.consents
               if c.purpose == ConsentPurpose.INFORMATION_SHARING)
    assert all(c.granted_on <= DAY and c.granted_on <= c.expires_on for c in demo.consents)
    assert 0.3 <= demo.share(demo.adults) <= 0.9
    statuses = Counter(a.vetting_status for a in demo.adults)
    assert statuses[VettingStatus.VETTED] and statuses[VettingStatus.IN_PROGRESS]
    for a in demo.adults:
        done = a.vetting_status in (VettingStatus.VETTED, VettingStatus.REJECTED)
        assert bool(a.vetting_methods) == done == bool(a.vetted_on) == bool(a.vetted_by), a
    assert 0.4 <= demo.share(demo.referrals) <= 0.95
    assert {ReferralKind.MEDICAL, ReferralKind.LEGAL, ReferralKind.EDUCATION,
            ReferralKind.VOCATIONAL} <= {r.kind for r in demo.referrals}
    assert len({r.status for r in demo.referrals}) >= 3
    for r in demo.referrals:
        handed = r.status is ReferralStatus.COMPLETED
        assert bool(r.handoff_on and r.accompanied_by and r.received_by) == handed, r
        assert r.handoff_on is None or r.made_on <= r.handoff_on <= DAY


def test_follow_ups_monthly_for_a_year_after_leaving(house: House) -> None:
    ids = [c.actor.id for c in (house.manager, house.staff, house.clinician) if c.actor]
    generator.generate(house.manager, residents=15, days=500, seed=8, today=DAY, staff_ids=ids)
    gone = {r.id: r.discharge_date for r in reads.all_of(house.vault.conn, m.Resident)
            if r.discharge_date}
    follow_ups = reads.all_of(house.vault.conn, m.FollowUp)
    due = defaultdict(list)
    for f in follow_ups:
        due[f.resident_id].append(f.due_date)
    assert len(gone) >= 5 and set(due) == set(gone)
    for rid, days in due.items():
        assert sorted(days) == [add_months(gone[rid], n) for n in range(1, 13)]
    done = [f for f in follow_ups if f.done_on]
    assert len(done) >= 30 and all(f.done_on <= DAY for f in done)
    for f in done:
        assert ContactMethod(f.method) and f.contacted and f.wellbeing and f.occupation, f
        assert f.risk_level is not None and f.done_by in (ids[0], ids[2])  # not care staff
        assert not f.risk_indicators or f.risk_level in (RiskLevel.MEDIUM, RiskLevel.HIGH), f
    assert 0 < sum(1 for f in done if f.risk_indicators) < 0.3 * len(done)
    assert any(f.done_on is None and f.due_date > DAY for f in follow_ups)  # the year goes on
    overdue = alerts.follow_up_alerts(DAY, follow_ups)
    assert len({a.resident_id for a in overdue}) <= 0.5 * len(gone)


def test_consent_alerts_show_for_a_few_residents_only(demo: Demo) -> None:
    found = alerts.consent_alerts(DAY, demo.consents, list(demo.residents.values()), demo.plans)
    in_care = [r for r in demo.residents.values() if r.discharge_date is None]
    kinds = {a.kind for a in found}
    assert kinds & {AlertKind.CONSENT_EXPIRING, AlertKind.CONSENT_EXPIRED}
    assert 1 <= len({a.resident_id for a in found}) <= 0.4 * len(in_care)


def test_stages_destinations_interpreters_and_diets(demo: Demo) -> None:
    moves = [c for c in demo.changes if c.to_stage is CareStage.REINTEGRATION]
    assert moves and all(c.destination is not None for c in moves)
    assert all(c.destination is None for c in demo.changes
               if c.to_stage is not CareStage.REINTEGRATION)
    people = list(demo.residents.values())
    assert all(r.interpreter_needed for r in people if r.interpreter_language)
    needing = [r for r in people if r.interpreter_needed]
    assert needing and sum(1 for r in needing if r.interpreter_language) >= 0.5 * len(needing)
    assert 0 < sum(1 for r in people if r.dietary_needs) < 0.5 * len(people)


def test_no_clinical_notes_without_a_clinician(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", house="H", organisation="O", staff_name="M",
                            passphrase=PASSPHRASE, kdf=FAST)
    with vault:
        ctx = Context.for_vault(vault, now=lambda: datetime.combine(DAY, time(9)))
        generator.generate(ctx, residents=8, days=90, seed=2, today=DAY)
        notes = reads.all_of(vault.conn, m.CaseNote)
    assert notes and all(n.kind is NoteKind.GENERAL for n in notes)


def test_measures_groups_and_acknowledgements_look_real(demo: Demo, demo_house: House
                                                         ) -> None:
    """Measures at intake and again every few weeks, mostly improving; the house's groups
    with most young people present; a few routine alerts acknowledged with a note."""
    house = demo_house
    from safehaven.domain.measures import BUILT_IN
    from safehaven.services import measures, today

    conn = house.vault.conn
    scored = measures.all_scored(house.manager)
    assert {s.instrument.code for s in scored} >= {"cats-self", "phq-a", "gad-7"}
    for s in scored:
        assert demo.roles[s.measure.administered_by] in (Role.CLINICIAN, Role.MANAGER)
        r = demo.residents[s.measure.resident_id]
        assert r.intake_date <= s.measure.taken_on <= (r.discharge_date or DAY)
        if s.measure.subscales:
            assert sum(int(x.split("=")[1]) for x in s.measure.subscales) == s.measure.total
    changes = measures.changes_by_resident(scored).values()
    again = [c for c in changes if c.count > 1]
    directions = Counter(c.direction for c in again if c.instrument.code == "gad-7")
    assert directions["improved"] > directions["worse"] and sum(directions.values()) > 0
    assert {c.direction for c in again if c.instrument.code != "gad-7"} == {
        "reliable change not available for this scale"}
    first = {c.first.measure.total for c in changes if c.instrument.code == "cats-self"}
    assert max(first) >= BUILT_IN["cats-self"].bands[2].lowest  # most arrive in distress
    groups = reads.all_of(conn, m.GroupSession)
    places = reads.all_of(conn, m.GroupAttendance)
    assert groups and places
    present = [a for a in places if a.status == "present"]
    assert 0.7 < len(present) / len([a for a in places if a.status != "booked"]) < 0.98
    by_group = Counter(a.group_id for a in places)
    assert all(by_group[g.id] >= 2 for g in groups)
    plans = {p.id: p for p in demo.plans}
    assert all(plans[a.plan_id].resident_id == a.resident_id for a in places)
    acks = reads.all_of(conn, m.AlertAck)
    assert acks and all(a.note for a in acks)
    view = today.overview(Context(house.vault, house.manager.actor,
                                  now=lambda: datetime.combine(DAY, time(21, 45))))
    assert view.acknowledged == len(acks)
    overdue = Counter(a.resident_id for a in view.alerts if a.kind == "overdue-need")
    assert all(n == 1 for n in overdue.values())  # one line per resident


def test_every_table_reads_back_as_the_field_by_field_decoding_gives(
        demo_house: House) -> None:
    """`store.tables.from_row` writes each model's decoding out once (`_builder`); every
    row of every table of a generated house must come back as the plain field-by-field
    decoding makes it, and a row of the wrong length is refused as before."""
    from safehaven.store import tables

    conn = demo_house.vault.conn
    seen = 0
    for model, table in tables.TABLES.items():
        for row in conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name}"):
            plain = model(**{name: dec(v) for (name, dec), v in
                             zip(tables._decoders(model), row, strict=True)})
            assert repr(tables.from_row(model, row)) == repr(plain)  # types too: 1 is not True
            seen += 1
        with pytest.raises(ValueError):
            tables.from_row(model, (None,) * (len(table.columns) + 1))
    assert seen > 5_000
