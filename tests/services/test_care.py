"""Check-ins, needs, therapy and notes through the services, as the app and CLI use them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from safehaven.domain.vocab import AlertKind, CareStage, NeedStatus, SessionStatus
from safehaven.errors import InvalidValue, NotFound
from safehaven.services import checkins, needs, notes, residents, therapy, today
from safehaven.store import reads
from tests.conftest import NOW, House


def test_checkin_updates_today_and_the_residents_table(house: House) -> None:
    a = residents.add(house.staff, "Ana", intake_date=date(2026, 11, 1)).record.id
    b = residents.add(house.staff, "Бoris", intake_date=date(2026, 11, 1)).record.id
    view = today.overview(house.staff)
    assert {r.id for r in view.needs_checkin} == {a, b}
    checkins.record(house.staff, a, 4, feels_safe="yes")
    view = today.overview(house.staff)
    assert [r.id for r in view.needs_checkin] == [b]
    row = next(r for r in residents.overview(house.staff) if r.id == a)
    assert (row.last_checkin_date, row.last_mood) == (NOW.date(), 4)


def test_flagged_checkin_raises_an_alert_at_once(house: House) -> None:
    rid = residents.add(house.staff, "Ximena").record.id
    checkins.record(house.staff, rid, 2, flags=["trafficker-contact"], feels_safe="no")
    alerts = [a for a in today.overview(house.staff).alerts if a.kind == AlertKind.RISK_FLAG]
    assert [(a.resident_id, a.detail) for a in alerts] == [(rid, "trafficker-contact")]


@pytest.mark.parametrize(("field", "kwargs"), [
    ("mood", {"mood": 6}), ("mood", {"mood": "happy"}), ("mood", {"mood": True}),
    ("flags", {"mood": 3, "flags": ["unknown-flag"]}),
    ("feels_safe", {"mood": 3, "feels_safe": "maybe"}),
    ("date", {"mood": 3, "day": NOW.date() + timedelta(days=1)}),
])
def test_invalid_checkin_values_are_refused_and_nothing_is_written(
        house: House, field: str, kwargs: dict) -> None:
    rid = residents.add(house.staff, "Ana").record.id
    before = reads.count(house.vault.conn, "change_log")
    mood = kwargs.pop("mood")
    with pytest.raises(InvalidValue) as err:
        checkins.record(house.staff, rid, mood, **kwargs)
    assert err.value.field == field
    assert reads.count(house.vault.conn, "change_log") == before


def test_checkin_for_unknown_resident_is_refused(house: House) -> None:
    with pytest.raises(NotFound):
        checkins.record(house.staff, "no-such-id", 3)
    assert reads.count(house.vault.conn, "check_ins") == 0


def test_amending_a_checkin_keeps_the_original(house: House) -> None:
    rid = residents.add(house.staff, "Hoa").record.id
    first = checkins.record(house.staff, rid, 2, note="wrong child").record
    fixed = checkins.amend(house.manager, first.id, "recorded for the wrong resident",
                           mood=4, note="corrected").record
    assert [c.id for c in checkins.for_resident(house.staff, rid)] == [fixed.id]
    chain = checkins.history(house.staff, first.id)
    assert [(c.mood, c.note) for c in chain] == [(2, "wrong child"), (4, "corrected")]
    assert chain[1].amend_reason == "recorded for the wrong resident"
    with pytest.raises(InvalidValue):
        checkins.amend(house.manager, first.id, "   ", mood=3)


def test_note_amendments_keep_old_text_and_who_changed_it(house: House) -> None:
    rid = residents.add(house.staff, "Grace").record.id
    note = notes.write(house.staff, rid, "Went to the park.").record
    notes.amend(house.manager, note.id, "Went to the library.", "place was wrong")
    chain = notes.history(house.manager, note.id)
    assert [n.body for n in chain] == ["Went to the park.", "Went to the library."]
    assert chain[1].staff_id == house.manager.actor.id
    assert [n.body for n in notes.for_resident(house.staff, rid)] == ["Went to the library."]


def test_stage_moves_are_recorded_with_reason_and_discharge(house: House) -> None:
    rid = residents.add(house.staff, "Răzvan").record.id
    residents.move_stage(house.manager, rid, CareStage.STABILIZATION, "safe and settled")
    with pytest.raises(InvalidValue) as refused:  # skips recovery and reintegration
        residents.move_stage(house.manager, rid, "follow-up", "moved to foster family")
    assert refused.value.field == "skip_reason"
    assert residents.skipped("stabilization", "follow-up") == [
        CareStage.RECOVERY, CareStage.REINTEGRATION]
    moved = residents.move_stage(house.manager, rid, "follow-up", "moved to foster family",
                                 skip_reason="a foster place came up at short notice")
    assert moved.record.discharge_date == NOW.date()
    history = residents.stage_history(house.staff, rid)
    assert [(s.from_stage, s.to_stage, s.reason) for s in history] == [
        (None, CareStage.IDENTIFICATION, "intake"),
        (CareStage.IDENTIFICATION, CareStage.STABILIZATION, "safe and settled"),
        (CareStage.STABILIZATION, CareStage.FOLLOW_UP,
         "moved to foster family\na foster place came up at short notice")]
    with pytest.raises(InvalidValue):
        residents.move_stage(house.manager, rid, "follow-up", "again")
    with pytest.raises(InvalidValue):
        residents.move_stage(house.manager, rid, "recovery", "")
    assert rid not in {r.id for r in today.overview(house.staff).needs_checkin}


def test_closing_a_need_dates_it_and_reopening_clears_it(house: House) -> None:
    rid = residents.add(house.staff, "Sofía").record.id
    need = needs.add(house.staff, rid, "identity-documents", priority="high",
                     due_date=NOW.date() - timedelta(days=2)).record
    assert any(a.kind == AlertKind.OVERDUE_NEED for a in today.overview(house.staff).alerts)
    met = needs.update(house.staff, need.id, status="met").record
    assert (met.status, met.closed_on) == (NeedStatus.MET, NOW.date())
    assert not any(a.kind == AlertKind.OVERDUE_NEED for a in today.overview(house.staff).alerts)
    assert needs.update(house.staff, need.id, status="open").record.closed_on is None
    with pytest.raises(InvalidValue):
        needs.update(house.staff, need.id, status="done")


def test_sessions_count_against_the_cap_and_missed_twice_alerts(house: House) -> None:
    rid = residents.add(house.staff, "Daniel").record.id
    plan = therapy.add_plan(house.clinician, rid, "tf-cbt", "Harbour Counselling",
                            session_cap=5, start_date=date(2026, 11, 1)).record
    ids = [therapy.schedule(house.staff, plan.id, datetime(2026, 11, d, 10),
                            confirmed=True).record.id
           for d in (2, 9, 16, 23)]
    therapy.set_status(house.staff, ids[0], "attended")
    therapy.set_status(house.staff, ids[1], "cancelled-provider", "therapist ill")
    therapy.set_status(house.staff, ids[2], SessionStatus.MISSED, "unwell")
    therapy.set_status(house.staff, ids[3], SessionStatus.MISSED, "court")
    assert therapy.used_by_plan(house.staff) == {plan.id: 3}
    kinds = {a.kind for a in today.overview(house.staff).alerts if a.resident_id == rid}
    assert AlertKind.MISSED_SESSIONS in kinds and AlertKind.CAP_NEARLY_USED not in kinds
    extra = therapy.schedule(house.staff, plan.id, datetime(2026, 11, 24, 10),
                             confirmed=True).record.id
    therapy.set_status(house.staff, extra, "attended")
    kinds = {a.kind for a in today.overview(house.staff).alerts if a.resident_id == rid}
    assert AlertKind.CAP_NEARLY_USED in kinds and AlertKind.MISSED_SESSIONS not in kinds
    with pytest.raises(InvalidValue):
        therapy.set_status(house.staff, ids[0], "cancelled-resident")  # no reason given


def test_reschedule_creates_the_new_session(house: House) -> None:
    rid = residents.add(house.staff, "Daniel").record.id
    plan = therapy.add_plan(house.clinician, rid, "art", "Studio").record
    sid = therapy.schedule(house.staff, plan.id, NOW + timedelta(hours=2)).record.id
    result = therapy.set_status(house.staff, sid, "rescheduled", "school trip",
                                moved_to=NOW + timedelta(days=2))
    sessions = therapy.sessions_for(house.staff, rid)
    assert [s.status for s in sessions] == [SessionStatus.RESCHEDULED, SessionStatus.SCHEDULED]
    assert {c.action for c in result.changes} == {"update", "create"}
    assert today.overview(house.staff).sessions[0].status is SessionStatus.RESCHEDULED
