"""The young person's own voice (issue 31): goals in their words kept with the plan,
wishes and feelings, and complaints a manager answers; an unanswered complaint past the
house's days alerts managers only (it may be about staff)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from safehaven.domain.life import Complaint
from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import alert_acks, house_settings, residents, therapy, today, voice
from safehaven.store import reads
from tests.conftest import NOW, House

TODAY = NOW.date()


def kinds(ctx: object) -> list[str]:
    return [str(a.kind) for a in today.overview(ctx).alerts]  # type: ignore[arg-type]


def test_a_complaint_past_the_house_days_alerts_managers_only(house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    made = voice.complain(house.staff, rid, "Night staff shouted at me about my phone",
                          made_on=TODAY - timedelta(days=7)).record
    assert AlertKind.COMPLAINT_UNANSWERED not in kinds(house.manager)  # seven days: in time
    voice.complain(house.staff, rid, "Not enough halal food", made_on=TODAY - timedelta(days=3))
    house_settings.set_value(house.manager, "complaint-days", 5)
    assert kinds(house.manager).count(AlertKind.COMPLAINT_UNANSWERED) == 1
    house_settings.set_value(house.manager, "complaint-days", 2)
    assert kinds(house.manager).count(AlertKind.COMPLAINT_UNANSWERED) == 2
    for other in (house.staff, house.clinician):
        assert AlertKind.COMPLAINT_UNANSWERED not in kinds(other)
    with pytest.raises(NotAllowed):
        house_settings.set_value(house.staff, "complaint-days", 30)
    with pytest.raises(InvalidValue) as err:
        house_settings.set_value(house.manager, "complaint-days", 0)
    assert err.value.field == "value"
    alert = next(a for a in today.overview(house.manager).alerts
                 if a.kind == AlertKind.COMPLAINT_UNANSWERED and a.source_id == made.id)
    with pytest.raises(InvalidValue):  # leaves Today when answered, not with a note
        alert_acks.acknowledge(house.manager, alert, "seen")
    with pytest.raises(NotAllowed):
        voice.answer(house.staff, made.id, answer="sorry", outcome="upheld")
    with pytest.raises(NotAllowed):
        voice.answer(house.clinician, made.id, answer="sorry", outcome="upheld")
    answered = voice.answer(house.manager, made.id, outcome="partly-upheld",
                            handling="Spoke to the night team; checked the log",
                            answer="We agreed phones go in the box at 22:00 and nobody "
                                   "shouts", child_satisfied="somewhat").record
    assert answered.answered_on == TODAY and answered.answered_by == house.manager.actor.id
    assert kinds(house.manager).count(AlertKind.COMPLAINT_UNANSWERED) == 1
    stored = reads.get(house.vault.conn, Complaint, made.id)
    assert stored.handling.startswith("rk1:") and stored.answer.startswith("rk1:")
    seen = voice.complaints(house.staff, rid)
    assert [c.answered_on for c in seen] == [None, TODAY]  # unanswered first
    assert seen[1].answer is None and seen[1].details.startswith("Night staff")
    assert voice.complaints(house.manager, rid)[1].answer.startswith("We agreed")


def test_goals_in_their_words_with_the_plan_and_wishes(house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    other = residents.add(house.manager, "Kofi").record.id
    plan = therapy.add_plan(house.clinician, rid, modality="tf-cbt", provider="Dr Lee",
                            frequency="weekly", start_date=TODAY).record
    theirs = therapy.add_plan(house.clinician, other, modality="art", provider="Ana",
                              frequency="weekly", start_date=TODAY).record
    with pytest.raises(InvalidValue) as err:
        voice.add_goal(house.staff, rid, "x", plan_id=theirs.id)
    assert err.value.field == "plan_id"
    goal = voice.add_goal(house.staff, rid, "I want to sleep without the light on",
                          plan_id=plan.id).record
    voice.add_goal(house.staff, rid, "Go to college to be a nurse")
    with pytest.raises(InvalidValue) as err:
        voice.review_goal(house.staff, goal.id, reviewed_on=date(2020, 1, 1))
    assert err.value.field == "reviewed_on"
    done = voice.review_goal(house.staff, goal.id, status="achieved",
                             progress="Most nights now").record
    assert done.reviewed_on == TODAY
    assert [g.status for g in voice.goals(house.staff, rid)] == ["working-on", "achieved"]
    voice.add_wish(house.staff, rid, "I want to see my little brother", topic="family")
    assert [w.topic for w in voice.wishes(house.clinician, rid)] == ["family"]
    with pytest.raises(InvalidValue) as err:
        voice.add_wish(house.staff, rid, "  ")
    assert err.value.field == "words"
