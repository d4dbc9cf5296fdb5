"""The care pathway's records through the services: rules, alerts on the right days, roles."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed
from safehaven.services import (
    consents,
    follow_ups,
    needs,
    referrals,
    residents,
    therapy,
    today,
    trusted_adults,
)
from safehaven.services.context import Context
from tests.conftest import House

START = date(2026, 1, 5)


def on(house: House, day: date, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(day, time(9)))


def alerts_on(house: House, day: date, kind: AlertKind) -> list[str]:
    return [a.detail for a in today.overview(on(house, day)).alerts if a.kind == kind]


def test_consent_alerts_fire_and_clear_on_the_right_days(house: House) -> None:
    rid = residents.add(on(house, START), "Lucía", stage="stabilization").record.id
    therapy.add_plan(on(house, START, "clinician"), rid, "tf-cbt", "Harbour Counselling",
                     start_date=START + timedelta(days=3))
    # Before the plan starts nothing is missing; from its first day, consent is.
    assert alerts_on(house, START + timedelta(days=2), AlertKind.CONSENT_MISSING) == []
    assert alerts_on(house, START + timedelta(days=3), AlertKind.CONSENT_MISSING) == ["therapy"]
    given = START + timedelta(days=4)
    consent = consents.add(on(house, given), rid, "therapy", granted_on=given,
                           expires_on=given + timedelta(days=30), guardian_name="Guardian",
                           child_assent=True).record
    assert alerts_on(house, given, AlertKind.CONSENT_MISSING) == []
    # Expiring: from 14 days before the end, through its last day.
    expires = consent.expires_on
    assert alerts_on(house, expires - timedelta(days=15), AlertKind.CONSENT_EXPIRING) == []
    assert alerts_on(house, expires - timedelta(days=14),
                     AlertKind.CONSENT_EXPIRING) == ["therapy"]
    assert alerts_on(house, expires, AlertKind.CONSENT_EXPIRING) == ["therapy"]
    # The day after: expired, and not also "missing".
    after = expires + timedelta(days=1)
    assert alerts_on(house, after, AlertKind.CONSENT_EXPIRING) == []
    assert alerts_on(house, after, AlertKind.CONSENT_EXPIRED) == ["therapy"]
    assert alerts_on(house, after, AlertKind.CONSENT_MISSING) == []
    # Renewed: every consent alert clears.
    consents.add(on(house, after), rid, "therapy", granted_on=after,
                 expires_on=after + timedelta(days=180), guardian_name="Guardian",
                 child_assent=True)
    for kind in (AlertKind.CONSENT_EXPIRED, AlertKind.CONSENT_EXPIRING,
                 AlertKind.CONSENT_MISSING):
        assert alerts_on(house, after, kind) == []


def test_withdrawn_consent_or_no_assent_counts_as_missing(house: House) -> None:
    rid = residents.add(on(house, START), "Mateo").record.id
    therapy.add_plan(on(house, START, "clinician"), rid, "art", "Studio", start_date=START)
    no_assent = consents.add(on(house, START), rid, "therapy", granted_on=START,
                             expires_on=START + timedelta(days=90),
                             guardian_name="Guardian").record
    assert not no_assent.active_on(START)
    assert alerts_on(house, START, AlertKind.CONSENT_MISSING) == ["therapy"]
    own = consents.add(on(house, START), rid, "therapy", granted_on=START,
                       expires_on=START + timedelta(days=90),
                       given_by="young-person").record  # of age: their consent is their own
    assert alerts_on(house, START, AlertKind.CONSENT_MISSING) == []
    consents.revoke(on(house, START + timedelta(days=10)), own.id, reason="changed mind")
    assert alerts_on(house, START + timedelta(days=9), AlertKind.CONSENT_MISSING) == []
    assert alerts_on(house, START + timedelta(days=10),
                     AlertKind.CONSENT_MISSING) == ["therapy"]
    with pytest.raises(InvalidValue) as err:
        consents.revoke(on(house, START + timedelta(days=11)), own.id)
    assert err.value.field == "on"


def test_follow_up_alert_fires_the_day_after_it_is_due_and_clears_when_done(
        house: House) -> None:
    rid = residents.add(on(house, START), "Grace").record.id
    made = follow_ups.schedule(on(house, START), rid, date(2026, 1, 31), count=12).record
    assert [f.due_date for f in made[:3]] == [date(2026, 1, 31), date(2026, 2, 28),
                                              date(2026, 3, 31)]  # monthly, month ends kept
    due = made[0].due_date
    assert [a for a in today.overview(on(house, due)).alerts
            if a.kind == AlertKind.FOLLOW_UP_OVERDUE] == []
    late = [a.source_id for a in today.overview(on(house, due + timedelta(days=1))).alerts
            if a.kind == AlertKind.FOLLOW_UP_OVERDUE]
    assert late == [made[0].id]
    follow_ups.complete(on(house, due + timedelta(days=2)), made[0].id, method="phone",
                        contacted="Grace", risk_level="low", wellbeing="good",
                        occupation="school")
    assert [a for a in today.overview(on(house, due + timedelta(days=2))).alerts
            if a.kind == AlertKind.FOLLOW_UP_OVERDUE] == []
    with pytest.raises(InvalidValue) as err:
        follow_ups.complete(on(house, due), made[1].id, method="phone", contacted="Grace",
                            risk_level="low", risk_indicators=["trafficker-contact"])
    assert err.value.field == "risk_level"
    with pytest.raises(NotAllowed):
        follow_ups.schedule(on(house, START, "staff"), rid, START)


def test_bookings_need_confirmation_in_the_past_or_after_leaving(house: House) -> None:
    ctx = on(house, START)
    rid = residents.add(ctx, "Daniel", stage="recovery").record.id
    plan = therapy.add_plan(on(house, START, "clinician"), rid, "emdr", "Dr. Mensah",
                            place="Riverside clinic", start_date=START - timedelta(days=9)
                            ).record
    future = datetime.combine(START + timedelta(days=2), time(14))
    booked = therapy.schedule(on(house, START, "staff"), plan.id, future).record
    assert booked.place == "Riverside clinic"  # the plan's place unless another is given
    past = datetime.combine(START - timedelta(days=1), time(14))
    with pytest.raises(NeedsConfirmation):
        therapy.schedule(on(house, START, "staff"), plan.id, past)
    assert therapy.schedule(on(house, START, "staff"), plan.id, past, confirmed=True).record
    with pytest.raises(InvalidValue) as err:  # before the plan: a mistake, not a question
        therapy.schedule(on(house, START, "staff"), plan.id, past - timedelta(days=30),
                         confirmed=True)
    assert err.value.field == "at"
    residents.move_stage(on(house, START + timedelta(days=3)), rid, "follow-up", "went home",
                         skip_reason="her mother came for her")
    later = on(house, START + timedelta(days=3), "staff")
    with pytest.raises(NeedsConfirmation):
        therapy.schedule(later, plan.id, future + timedelta(days=7))
    therapy.close_plan(on(house, START + timedelta(days=3), "clinician"), plan.id, "left")
    with pytest.raises(InvalidValue) as err:
        therapy.schedule(later, plan.id, future + timedelta(days=7), confirmed=True)
    assert err.value.field == "plan_id"


def test_each_kind_refuses_bad_values_with_the_field_named(house: House) -> None:
    ctx = on(house, START)
    rid = residents.add(ctx, "Ioana", stage="recovery").record.id
    cases = [
        (lambda: residents.move_stage(ctx, rid, "reintegration", "ready"), "destination"),
        (lambda: residents.update(house.staff, rid, legal_name="X"), None),
        (lambda: needs.close(ctx, needs.add(ctx, rid, "medical").record.id, "open"), "status"),
        (lambda: therapy.add_plan(on(house, START, "clinician"), rid, "art", "Studio",
                                  start_date=START, end_date=START - timedelta(days=1)),
         "end_date"),
        (lambda: consents.add(ctx, rid, "photographs", granted_on=START,
                              expires_on=START + timedelta(days=5)), "guardian_name"),
        (lambda: consents.add(ctx, rid, "therapy", granted_on=START + timedelta(days=1),
                              expires_on=START + timedelta(days=5), guardian_name="G"),
         "granted_on"),
        (lambda: trusted_adults.vet(ctx, trusted_adults.add(ctx, rid, "Aunt", "aunt")
                                    .record.id, "vetted"), "methods"),
        (lambda: referrals.make(ctx, rid, "legal", "  "), "to_organisation"),
        (lambda: referrals.update(ctx, referrals.make(ctx, rid, "legal", "Law Centre")
                                  .record.id, handoff_on=START), "received_by"),
        (lambda: follow_ups.schedule(ctx, rid, START, count=30), "count"),
    ]
    for call, field in cases:
        if field is None:
            with pytest.raises(NotAllowed):
                call()
            continue
        with pytest.raises(InvalidValue) as err:
            call()
        assert err.value.field == field
    moved = residents.move_stage(ctx, rid, "reintegration", "ready", destination="family")
    history = residents.stage_history(ctx, rid)
    assert str(moved.record.stage) == "reintegration"
    assert str(history[-1].destination) == "family"


def test_saving_a_profile_again_keeps_when_the_age_was_estimated(house: House) -> None:
    rid = residents.add(on(house, START), "Hoa", age_estimate=14).record.id
    later = on(house, START + timedelta(days=400))
    residents.update(later, rid, age_estimate=14, pronouns="she/her")
    again = residents.get(later, rid)
    assert (again.age_estimate, again.age_estimated_on) == (14, START)
    residents.update(later, rid, age_estimate=15)
    assert residents.get(later, rid).age_estimated_on == START + timedelta(days=400)
