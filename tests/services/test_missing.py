"""Missing from care: an open episode heads Today until the return; the return interview
is due within 72 hours and stays on Today (overdue after) until it is recorded."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue
from safehaven.services import alert_acks, checkins, incidents, missing, residents, today
from safehaven.services.context import Context
from tests.conftest import House

GONE = datetime(2026, 3, 2, 21, 0)


def at(house: House, when: datetime, who: str = "staff") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def alerts(house: House, when: datetime) -> list[tuple[str, str]]:
    return [(str(a.kind), a.resident_id) for a in today.overview(at(house, when)).alerts]


def report(house: House, rid: str) -> str:
    return missing.open_episode(
        at(house, GONE + timedelta(minutes=30)), rid, occurred_at=GONE,
        description="Not back from the shop", last_seen_at=GONE - timedelta(minutes=20),
        last_seen_place="corner shop", appearance="red jacket", notified=["police"],
        notified_at=GONE + timedelta(minutes=25), police_reference="MP/2026/0412").record.id


def test_an_episode_from_missing_to_the_return_interview(house: House) -> None:
    rid = residents.add(at(house, GONE, "manager"), "Lucía").record.id
    other = residents.add(at(house, GONE, "manager"), "Ana").record.id
    checkins.record(at(house, GONE), other, 1, flags=["self-harm"])  # urgent, but later
    episode = report(house, rid)
    later = GONE + timedelta(hours=3)
    kinds = alerts(house, later)
    assert kinds[0] == (AlertKind.MISSING_NOW, rid)  # above tonight's flag, whatever time
    assert (AlertKind.RISK_FLAG, other) in kinds
    missing_alert = today.overview(at(house, later)).alerts[0]
    with pytest.raises(InvalidValue):  # a note does not bring the young person back
        alert_acks.acknowledge(at(house, later), missing_alert, "seen")
    with pytest.raises(InvalidValue) as err:
        missing.record_interview(at(house, later), episode, held_at=later, held_by="Ms Ade",
                                 summary="talked")
    assert err.value.field == "held_at"
    with pytest.raises(InvalidValue) as err:  # before she went missing
        missing.record_return(at(house, later), episode, returned_at=GONE - timedelta(hours=2))
    assert err.value.field == "returned_at"
    seen = missing.record_sighting(at(house, later), episode, at=GONE + timedelta(hours=2),
                                   place="the old bus station", seen_by="a teacher",
                                   note="with two older men").record
    with pytest.raises(InvalidValue) as err:
        missing.record_sighting(at(house, later), episode, at=GONE + timedelta(hours=2),
                                place=" ")
    assert err.value.field == "place"
    back = GONE + timedelta(hours=5)
    with pytest.raises(InvalidValue):  # in the future
        missing.record_return(at(house, later), episode, returned_at=back)
    made = missing.record_return(at(house, back + timedelta(minutes=5)), episode,
                                 returned_at=back, how="brought back by police",
                                 whereabouts="a flat near the station, with an older man",
                                 injuries="none seen").record
    assert made.returned_at == back and made.police_reference == "MP/2026/0412"
    assert made.return_recorded_by == house.staff.actor.id
    with pytest.raises(InvalidValue) as err:  # after she was back
        missing.record_sighting(at(house, back + timedelta(hours=2)), episode,
                                at=back + timedelta(hours=1), place="park")
    assert err.value.field == "at"
    assert [s.id for s in missing.sightings(house.staff, episode)] == [seen.id]
    assert (AlertKind.MISSING_NOW, rid) not in alerts(house, back + timedelta(hours=1))
    assert (AlertKind.RETURN_INTERVIEW_DUE, rid) in alerts(house, back + timedelta(hours=71))
    overdue = alerts(house, back + timedelta(hours=73))
    assert (AlertKind.RETURN_INTERVIEW_OVERDUE, rid) in overdue
    assert (AlertKind.RETURN_INTERVIEW_DUE, rid) not in overdue
    with pytest.raises(InvalidValue) as err:
        missing.record_interview(at(house, back + timedelta(hours=73)), episode,
                                 held_at=back + timedelta(hours=74), held_by="Ms Ade",
                                 summary=" ")
    assert err.value.field in ("held_at", "summary")
    done = missing.record_interview(
        at(house, back + timedelta(hours=80)), episode, held_at=back + timedelta(hours=78),
        held_by="Ms Ade (independent advocate)",
        summary="Met the man online; safety plan reviewed").record
    assert done.interview_by == "Ms Ade (independent advocate)"
    after = alerts(house, back + timedelta(hours=80))
    assert not [k for k, r in after if r == rid and k.startswith(("return-", "missing"))]
    counted = missing.between(at(house, back + timedelta(days=4), "manager"),
                              GONE - timedelta(days=1), GONE + timedelta(days=6))
    assert [e.incident.id for e in counted] == [episode]
    assert counted[0].interview_in_time is False and counted[0].hours_missing == pytest.approx(
        5 + 20 / 60)
    assert incidents.for_resident(at(house, back), rid)[0].interview_at is not None


def test_only_missing_episodes_take_a_return(house: House) -> None:
    rid = residents.add(at(house, GONE, "manager"), "Bea").record.id
    other = incidents.record(at(house, GONE), rid, "violence", occurred_at=GONE,
                             description="pushed a peer").record
    with pytest.raises(InvalidValue) as err:
        missing.record_return(at(house, GONE + timedelta(hours=1)), other.id,
                              returned_at=GONE)
    assert err.value.field == "incident_id"
