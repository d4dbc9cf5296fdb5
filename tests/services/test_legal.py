"""The legal case and its hearings (issue 31): staff see that a case exists and when its
hearings are, never the case's details, which are ciphertext in the vault; a hearing
tomorrow is on Today and in the schedule with who goes, and alerts the manager; one with
nobody to go is urgent."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from safehaven.domain.alerts import urgency
from safehaven.domain.life import Hearing, LegalCase
from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import alert_acks, legal, residents, schedule, today
from safehaven.services.context import Context
from tests.conftest import NOW, House

TOMORROW_9 = datetime(2026, 11, 27, 9, 0)
SECRET_REF = "CPS-77-Odesa-2026"
LAWYER = "Ms Adeyemi, Garden Court Chambers, 020 7993 7600"


def case_with_hearing(house: House, accompanied_by: str | None = "Sam (key worker)"
                      ) -> tuple[str, LegalCase, Hearing]:
    rid = residents.add(house.manager, "Amira").record.id
    case = legal.open_case(house.manager, rid, kind="prosecution", reference=SECRET_REF,
                           lawyer=LAWYER, special_measures="Video link; screens",
                           notes="She will give evidence about the flat in Leeds").record
    hearing = legal.add_hearing(house.clinician, case.id, at=TOMORROW_9, kind="court-hearing",
                                place="Leeds Crown Court", accompanied_by=accompanied_by,
                                transport="Taxi at 08:00", note="Pre-trial visit").record
    return rid, case, hearing


def kinds(ctx: Context) -> list[str]:
    return [str(a.kind) for a in today.overview(ctx).alerts]


def test_a_hearing_tomorrow_is_on_today_and_in_the_schedule_with_who_goes(house: House
                                                                         ) -> None:
    rid, _case, hearing = case_with_hearing(house)
    for who in (house.staff, house.manager):
        view = today.overview(who)
        assert [(h.id, h.at, h.accompanied_by) for h in view.hearings] == [
            (hearing.id, TOMORROW_9, "Sam (key worker)")]
    week = schedule.hearings_week(house.staff, date(2026, 11, 23))
    assert [(h.at, name, h.accompanied_by, h.place) for h, name in week] == [
        (TOMORROW_9, "Amira", "Sam (key worker)", "Leeds Crown Court")]
    assert schedule.hearings_week(house.staff, date(2026, 11, 30)) == []
    # the manager is alerted (transport, company, preparation); staff are not
    assert AlertKind.HEARING_TOMORROW in kinds(house.manager)
    assert AlertKind.HEARING_TOMORROW not in kinds(house.staff)
    assert AlertKind.HEARING_ALONE not in kinds(house.manager)
    alert = next(a for a in today.overview(house.manager).alerts
                 if a.kind == AlertKind.HEARING_TOMORROW)
    assert alert.at == TOMORROW_9 and alert.resident_id == rid
    alert_acks.acknowledge(house.manager, alert, "Taxi booked, Sam goes")
    assert AlertKind.HEARING_TOMORROW not in kinds(house.manager)


def test_a_hearing_soon_with_nobody_to_go_is_urgent_until_someone_is_named(house: House
                                                                          ) -> None:
    _, _, hearing = case_with_hearing(house, accompanied_by=None)
    staff_alerts = today.overview(house.staff).alerts
    alone = [a for a in staff_alerts if a.kind == AlertKind.HEARING_ALONE]
    assert len(alone) == 1 and urgency(alone[0]) == "urgent"
    assert staff_alerts[0].kind == AlertKind.HEARING_ALONE  # first of the urgent ones
    with pytest.raises(InvalidValue):  # leaves only when someone goes
        alert_acks.acknowledge(house.staff, alone[0], "noted")
    with pytest.raises(NotAllowed):  # staff arrange who goes, never move the hearing
        legal.edit_hearing(house.staff, hearing.id, place="elsewhere")
    legal.edit_hearing(house.staff, hearing.id, accompanied_by="Leo (night staff)")
    assert AlertKind.HEARING_ALONE not in kinds(house.staff)
    # a hearing three days away alone is not urgent yet
    far = Context(house.staff.vault, house.staff.actor, now=lambda: NOW - timedelta(days=3))
    legal.edit_hearing(house.staff, hearing.id, accompanied_by="")
    assert AlertKind.HEARING_ALONE not in kinds(far)


def test_staff_see_that_a_case_exists_not_its_details_which_are_sealed(house: House) -> None:
    rid, case, _hearing = case_with_hearing(house)
    [seen] = legal.cases(house.staff, rid)
    assert (seen.kind, seen.status) == ("prosecution", "open")
    assert (seen.reference, seen.lawyer, seen.special_measures, seen.notes) == (None,) * 4
    assert legal.hearings(house.staff, rid)[0].note is None
    assert legal.hearings(house.staff, rid)[0].place == "Leeds Crown Court"
    [full] = legal.cases(house.clinician, rid)
    assert (full.reference, full.lawyer) == (SECRET_REF, LAWYER)
    assert legal.hearings(house.manager, rid)[0].note == "Pre-trial visit"
    with pytest.raises(NotAllowed):
        legal.open_case(house.staff, rid, kind="immigration")
    with pytest.raises(NotAllowed):
        legal.edit_case(house.staff, case.id, status="closed")
    # a raw scan of the tables finds ciphertext only
    conn = house.vault.conn
    rows = conn.execute("SELECT * FROM legal_cases").fetchall()
    rows += conn.execute("SELECT * FROM hearings").fetchall()
    text = repr(rows)
    for secret in (SECRET_REF, "Adeyemi", "Video link", "flat in Leeds",
                   "Pre-trial"):
        assert secret not in text
    assert "rk1:" in text
    log = repr(conn.execute("SELECT value FROM change_log").fetchall())
    assert SECRET_REF not in log and "Adeyemi" not in log


def test_edits_and_refusals_name_their_field(house: House) -> None:
    rid, case, hearing = case_with_hearing(house)
    with pytest.raises(InvalidValue) as err:
        legal.open_case(house.manager, rid, kind="divorce")
    assert err.value.field == "kind"
    with pytest.raises(InvalidValue) as err:
        legal.add_hearing(house.manager, case.id, at=TOMORROW_9, kind="court-hearing",
                          place=" ")
    assert err.value.field == "place"
    with pytest.raises(InvalidValue) as err:
        legal.edit_case(house.manager, case.id, closed_on=date(2020, 1, 1))
    assert err.value.field == "closed_on"
    closed = legal.edit_case(house.manager, case.id, status="closed",
                             outcome="Convicted; compensation order").record
    assert closed.closed_on == NOW.date() and closed.outcome == "Convicted; compensation order"
    moved = legal.edit_hearing(house.manager, hearing.id, status="postponed").record
    assert moved.status == "postponed"
    assert today.overview(house.manager).hearings == []
    assert [h.status for h, _ in schedule.hearings_week(house.staff, date(2026, 11, 23))] == [
        "postponed"]
