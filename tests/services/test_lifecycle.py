"""A case closed and reopened (issue 30): reasons, roles, Today and the weekly lists, the
duplicate check at intake, approvals a house switches on."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from safehaven.domain.vocab import ApprovalStatus, ApprovalSubject
from safehaven.errors import InvalidValue, NotAllowed, PossibleDuplicate
from safehaven.services import (
    approvals,
    closures,
    follow_ups,
    house_settings,
    residents,
    safety_plans,
    therapy,
    today,
    week_figures,
    weekly,
)
from safehaven.services.context import Context
from tests.conftest import House


def at(ctx: Context, when: datetime) -> Context:
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_a_closed_case_leaves_today_and_keeps_its_follow_ups(house: House) -> None:
    kofi = residents.add(house.manager, "Kofi", intake_date=date(2026, 9, 1)).record.id
    ama = residents.add(house.manager, "Ama", intake_date=date(2026, 9, 1)).record.id
    follow_ups.schedule(house.manager, kofi, date(2026, 11, 20))  # overdue by Today
    waiting = {r.id for r in today.overview(house.manager).needs_checkin}
    assert {kofi, ama} <= waiting
    with pytest.raises(NotAllowed):
        closures.close(house.staff, kofi, "reintegrated-family")
    with pytest.raises(InvalidValue) as err:
        closures.close(house.clinician, kofi, "went-home")
    assert err.value.field == "reason"
    with pytest.raises(InvalidValue) as err:
        closures.close(house.clinician, kofi, "kinship", date(2026, 8, 1))
    assert err.value.field == "on"
    made = closures.close(house.clinician, kofi, "reintegrated-family", date(2026, 11, 24),
                          destination="Her aunt's family, Kumasi").record
    assert made.destination == "Her aunt's family, Kumasi" and not made.needs_approval
    view = today.overview(house.manager)
    assert kofi not in {r.id for r in view.needs_checkin} and ama in {
        r.id for r in view.needs_checkin}
    kinds = {(a.resident_id, str(a.kind)) for a in view.alerts}
    assert (kofi, "follow-up-overdue") in kinds  # follow-ups go on after closure
    assert (kofi, "no-checkin-today") not in kinds
    assert closures.state(house.staff, kofi).closure == made
    rows = {r.id: r for r in residents.overview(house.staff)}
    assert rows[kofi].closed_on == date(2026, 11, 24) and rows[ama].closed_on is None
    with pytest.raises(InvalidValue):
        closures.close(house.manager, kofi, "kinship")


def test_only_a_manager_reopens_and_says_why(house: House) -> None:
    rid = residents.add(house.manager, "Lena", intake_date=date(2026, 9, 1)).record.id
    with pytest.raises(InvalidValue):
        closures.reopen(house.manager, rid, "came back")  # not closed
    closures.close(house.manager, rid, "ran-away-not-found", date(2026, 11, 1))
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            closures.reopen(who, rid, "came back")
    with pytest.raises(InvalidValue) as err:
        closures.reopen(house.manager, rid, "  ")
    assert err.value.field == "reason"
    closures.reopen(house.manager, rid, "Found by the police and came back")
    assert closures.state(house.manager, rid).closure is None
    assert rid in {r.id for r in today.overview(house.manager).needs_checkin}
    assert [str(e.action) for e in closures.history(house.staff, rid)] == ["close", "reopen"]


def test_the_weekly_lists_leave_out_a_case_after_it_closed(house: House) -> None:
    rid = residents.add(house.manager, "Zara", intake_date=date(2026, 10, 1)).record.id
    closures.close(house.manager, rid, "turned-18", date(2026, 11, 10))
    names = {r.id for r in weekly.report_data(house.manager, "2026-W46").residents}
    assert rid in names  # the week she left (Monday 9 to Sunday 15 November)
    assert rid not in {r.id for r in weekly.report_data(house.manager, "2026-W48").residents}
    assert week_figures.figures(house.manager, "2026-W48").residents == 0


def test_a_likely_duplicate_asks_before_a_second_record(house: House) -> None:
    first = residents.add(house.manager, "Aleksandr Ivanov",
                          date_of_birth=date(2010, 5, 1)).record.id
    closures.close(house.manager, first, "transferred", destination="Casa Norte")
    for name, born in (("Alexander Iwanow", date(2011, 5, 1)),
                       ("Ivanov Aleksandr", date(2011, 3, 1))):
        with pytest.raises(PossibleDuplicate) as err:
            residents.add(house.staff, name, date_of_birth=born)
        assert err.value.matches == ((first, "Aleksandr Ivanov"),)
        assert "Aleksandr Ivanov" in err.value.message
    residents.add(house.staff, "Maria Lopez", date_of_birth=date(2010, 5, 1))
    again = residents.add(house.staff, "Alexander Iwanow", date_of_birth=date(2011, 5, 1),
                          confirmed=True).record
    assert again.id != first


def test_a_legal_name_is_compared_only_for_those_who_read_it(house: House) -> None:
    residents.add(house.manager, "Sasha", legal_name="Aleksandr Ivanov",
                  date_of_birth=date(2010, 5, 1))
    with pytest.raises(PossibleDuplicate):
        residents.add(house.manager, "Alexander Iwanow", date_of_birth=date(2010, 8, 1))
    residents.add(house.staff, "Alexander Iwanow", date_of_birth=date(2010, 8, 1))


def test_approvals_a_house_switches_on(house: House) -> None:
    rid = residents.add(house.manager, "Nadia", intake_date=date(2026, 9, 1)).record.id
    with pytest.raises(NotAllowed):
        house_settings.require_approval(house.clinician, "closure", True)
    house_settings.require_approval(house.manager, "closure", True)
    house_settings.require_approval(house.manager, "therapy-plan", True)
    closing = closures.close(house.clinician, rid, "kinship", destination="Grandmother").record
    assert closing.needs_approval
    assert closures.state(house.manager, rid).waiting == closing
    assert closures.state(house.manager, rid).closure is None  # not until approved
    assert rid in {r.id for r in today.overview(house.manager).needs_checkin}
    plan = therapy.add_plan(house.clinician, rid, "tf-cbt", "Dr Osei").record
    pending = today.overview(house.manager).approvals
    assert [(p.step.subject, p.step.subject_id) for p in pending] == [
        (ApprovalSubject.CLOSURE, closing.id), (ApprovalSubject.THERAPY_PLAN, plan.id)]
    assert today.overview(house.clinician).approvals == []
    with pytest.raises(NotAllowed):
        approvals.approve(house.clinician, closing.id)
    with pytest.raises(InvalidValue) as err:
        approvals.return_(house.manager, plan.id, "")
    assert err.value.field == "comment"
    later = at(house.manager, datetime(2026, 11, 26, 11, 0))
    approvals.return_(later, plan.id, "Add the interpreter and the funded cap")
    step = approvals.state(house.manager, plan.id)
    assert step is not None and step.status is ApprovalStatus.RETURNED
    therapy.edit_plan(house.clinician, plan.id, interpreter="Twi", session_cap=12)
    step = approvals.state(house.manager, plan.id)
    assert step is not None and step.status is ApprovalStatus.SUBMITTED  # sent again
    approvals.approve(at(house.manager, datetime(2026, 11, 26, 12, 0)), closing.id, "Agreed")
    assert closures.state(house.staff, rid).closure == closing
    assert rid not in {r.id for r in today.overview(house.manager).needs_checkin}
    # a manager's own plan needs no one else's word
    safety_plans.save(house.manager, rid, warning_signs="goes quiet",
                      review_due=date(2026, 12, 20))
    assert [p.step.subject for p in today.overview(house.manager).approvals] == [
        ApprovalSubject.THERAPY_PLAN]


def test_a_returned_closure_does_not_close_and_may_be_made_again(house: House) -> None:
    rid = residents.add(house.manager, "Omar", intake_date=date(2026, 9, 1)).record.id
    house_settings.require_approval(house.manager, "closure", True)
    first = closures.close(house.clinician, rid, "other-service").record
    with pytest.raises(InvalidValue):
        closures.close(house.clinician, rid, "other-service")  # one waits already
    approvals.return_(house.manager, first.id, "Which service? Add the destination")
    state = closures.state(house.clinician, rid)
    assert state.closure is None and state.returned is not None
    second = closures.close(house.clinician, rid, "other-service",
                            destination="Youth housing project").record
    approvals.approve(at(house.manager, house.manager.now() + timedelta(minutes=5)),
                      second.id)
    assert closures.state(house.clinician, rid).closure == second
