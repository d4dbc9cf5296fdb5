"""Incidents: a risk flag stays on Today until someone records what happened, and the
incident stays there, across days, until a manager has acknowledged and closed it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import checkins, incidents, residents, today
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 3, 2)


def at(house: House, day: date, who: str = "manager", hour: int = 21) -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(day, time(hour)))


def kinds(house: House, day: date) -> list[str]:
    return [str(a.kind) for a in today.overview(at(house, day)).alerts
            if a.kind in (AlertKind.RISK_FLAG, AlertKind.INCIDENT_OPEN)]


def test_a_flag_leads_to_an_incident_that_stays_until_a_manager_closes_it(
        house: House) -> None:
    rid = residents.add(at(house, DAY), "Lucía").record.id
    flagged = checkins.record(at(house, DAY, "staff"), rid, 1, flags=["runaway"],
                              note="Said she would meet a man from the station tonight").record
    assert kinds(house, DAY + timedelta(days=5)) == ["risk-flag"]  # no longer gone in 2 days
    draft = incidents.draft_from_checkin(at(house, DAY, "staff"), flagged.id)
    # a risk of running away, not an absence: no police fields, nobody "missing now"
    assert (str(draft["kind"]), draft["checkin_id"]) == ("runaway-risk", flagged.id)
    assert "station" in draft["description"]
    staff = at(house, DAY, "staff", hour=23)
    with pytest.raises(InvalidValue) as err:  # missing from care: the police's questions
        incidents.record(staff, rid, "missing", occurred_at=draft["occurred_at"],
                         description=draft["description"], checkin_id=flagged.id)
    assert err.value.field == "last_seen_at"
    made = incidents.record(staff, rid, "missing", occurred_at=datetime(2026, 3, 2, 22, 30),
                            description=draft["description"], checkin_id=flagged.id,
                            last_seen_at=datetime(2026, 3, 2, 22, 15),
                            last_seen_place="back gate", appearance="red jacket, 1.55 m",
                            notified=["police", "manager"],
                            notified_at=datetime(2026, 3, 2, 22, 40)).record
    for later in (DAY, DAY + timedelta(days=1), DAY + timedelta(days=30)):
        assert kinds(house, later) == ["incident-open"]  # the flag is answered; it stays
    with pytest.raises(NotAllowed):
        incidents.acknowledge(at(house, DAY, "staff"), made.id)
    with pytest.raises(NotAllowed):
        incidents.close(at(house, DAY, "clinician"), made.id, "found")
    incidents.acknowledge(at(house, DAY + timedelta(days=1)), made.id)
    assert kinds(house, DAY + timedelta(days=2)) == ["incident-open"]  # still open
    with pytest.raises(InvalidValue) as err:
        incidents.close(at(house, DAY + timedelta(days=2)), made.id, " ")
    assert err.value.field == "outcome"
    closed = incidents.close(at(house, DAY + timedelta(days=2)), made.id,
                             "Returned at 02:00 with police; safety plan reviewed").record
    assert closed.closed_at is not None and closed.acknowledged_by == house.manager.actor.id
    assert kinds(house, DAY + timedelta(days=2)) == []


def test_an_incident_on_its_own_and_bad_values(house: House) -> None:
    rid = residents.add(at(house, DAY), "Mateo").record.id
    ctx = at(house, DAY, "staff", hour=10)
    with pytest.raises(InvalidValue) as err:
        incidents.record(ctx, rid, "violence", occurred_at=datetime(2026, 3, 3, 10),
                         description="Fight in the garden")
    assert err.value.field == "occurred_at"  # tomorrow: not yet
    with pytest.raises(InvalidValue) as err:
        incidents.record(ctx, rid, "violence", occurred_at=datetime(2026, 3, 2, 9),
                         description="Fight", notified=["guardian"])
    assert err.value.field == "notified_at"
    made = incidents.record(ctx, rid, "disclosure", occurred_at=datetime(2026, 3, 2, 9),
                            description="Told her key worker about the recruiter").record
    assert made.notified == () and made.notified_at is None
    assert incidents.for_resident(ctx, rid)[0].id == made.id


def test_a_safety_plan_is_kept_current_and_its_review_shows_on_today(house: House) -> None:
    from safehaven.services import safety_plans

    rid = residents.add(at(house, DAY), "Amira", stage="recovery").record.id
    with pytest.raises(NotAllowed):
        safety_plans.save(at(house, DAY, "staff"), rid, coping="Music")
    with pytest.raises(InvalidValue) as err:
        safety_plans.save(at(house, DAY, "clinician"), rid)
    assert err.value.field == "warning_signs"
    first = safety_plans.save(at(house, DAY, "clinician"), rid,
                              warning_signs="Stops eating; stays in her room",
                              coping="Music, a walk with her key worker",
                              review_due=DAY + timedelta(days=14)).record

    def due(day: date) -> list[str]:
        return [a.resident_id for a in today.overview(at(house, day)).alerts
                if a.kind == AlertKind.SAFETY_PLAN_REVIEW]

    assert due(DAY + timedelta(days=13)) == []
    assert due(DAY + timedelta(days=14)) == [rid]
    again = safety_plans.save(at(house, DAY + timedelta(days=15), "clinician"), rid,
                              warning_signs="Stops eating", coping="Music").record
    assert again.id == first.id and again.review_due == DAY + timedelta(days=45)
    assert due(DAY + timedelta(days=15)) == []
    assert safety_plans.current(at(house, DAY), rid).coping == "Music"
