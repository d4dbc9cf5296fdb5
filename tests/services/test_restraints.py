"""Restraint records (issue 27): the debrief is due within 24 hours and stays on Today
until recorded; only a manager reviews; corrections are new rows that keep the debrief."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from safehaven.domain.models import Restraint
from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import alert_acks, residents, restraints, today
from safehaven.services.context import Context
from safehaven.store import reads
from tests.conftest import House

HELD = datetime(2026, 3, 2, 19, 0)


def at(house: House, when: datetime, who: str = "staff") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def kinds(house: House, when: datetime) -> list[str]:
    return [str(a.kind) for a in today.overview(at(house, when, "manager")).alerts
            if "restraint" in str(a.kind)]


def test_a_restraint_from_the_record_to_the_debrief_and_the_review(house: House) -> None:
    rid = residents.add(house.manager, "Kofi").record.id
    staff = at(house, HELD + timedelta(hours=1))
    with pytest.raises(InvalidValue) as err:
        restraints.record(staff, rid, started_at=HELD, duration_min=0, behaviour="hit out",
                          technique="seated-hold", held_by="Sam, Ana")
    assert err.value.field == "duration_min"
    with pytest.raises(InvalidValue) as err:
        restraints.record(staff, rid, started_at=HELD, duration_min=4, behaviour="hit out",
                          technique="headlock", held_by="Sam, Ana")
    assert err.value.field == "technique"
    made = restraints.record(staff, rid, started_at=HELD, duration_min=4,
                             behaviour="Hit out at a peer with a chair",
                             technique="seated-hold", held_by="Sam, Ana",
                             witnesses="Leo (night staff)", child_injuries="none seen",
                             staff_injuries="scratch on Sam's hand",
                             medical_check="Nurse checked at 19:30: no marks").record
    assert kinds(house, HELD + timedelta(hours=2)) == [AlertKind.DEBRIEF_DUE,
                                                       AlertKind.RESTRAINT_REVIEW]
    assert AlertKind.DEBRIEF_OVERDUE in kinds(house, HELD + timedelta(hours=25))
    alert = next(a for a in today.overview(at(house, HELD + timedelta(hours=25),
                                              "manager")).alerts
                 if a.kind == AlertKind.DEBRIEF_OVERDUE)
    with pytest.raises(InvalidValue):  # a note is not a debrief
        alert_acks.acknowledge(house.manager, alert, "later")
    fixed = restraints.amend(at(house, HELD + timedelta(hours=3)), made.id, "it was 6 minutes",
                             duration_min=6).record
    assert fixed.amends_id == made.id and fixed.duration_min == 6
    assert reads.get(house.vault.conn, Restraint, made.id).duration_min == 4  # kept
    with pytest.raises(InvalidValue) as err:  # before it ended
        restraints.debrief(at(house, HELD + timedelta(hours=30)), fixed.id,
                           held_at=HELD + timedelta(minutes=3), child_words="x")
    assert err.value.field == "held_at"
    restraints.debrief(at(house, HELD + timedelta(hours=30)), fixed.id,
                       held_at=HELD + timedelta(hours=29),
                       child_words="I was scared he would take my phone.")
    assert kinds(house, HELD + timedelta(hours=30)) == [AlertKind.RESTRAINT_REVIEW]
    with pytest.raises(NotAllowed):
        restraints.review(at(house, HELD + timedelta(hours=31)), made.id, review="ok")
    with pytest.raises(NotAllowed):
        restraints.review(at(house, HELD + timedelta(hours=31), "clinician"), made.id,
                          review="ok")
    restraints.review(at(house, HELD + timedelta(hours=31), "manager"), made.id,
                      review="Necessary and proportionate; the hold was the least needed.",
                      actions="Talk about phone rules at the house meeting")
    assert kinds(house, HELD + timedelta(hours=31)) == []
    [shown] = restraints.for_resident(house.staff, rid)
    assert shown.restraint.id == fixed.id and shown.first_id == made.id
    assert shown.debrief and shown.review and "phone" in shown.debrief.child_words
    week = restraints.between(house.manager, HELD - timedelta(days=1), HELD + timedelta(days=6))
    assert [r.first_id for r in week] == [made.id]


def test_the_house_sets_its_techniques_and_old_records_keep_theirs(house: House) -> None:
    from safehaven.services import house_settings

    rid = residents.add(house.manager, "Kofi").record.id
    staff = at(house, HELD + timedelta(hours=1))
    assert house_settings.restraint_techniques(staff)[:2] == ["guiding", "escort"]
    old = restraints.record(staff, rid, started_at=HELD, duration_min=4, behaviour="hit out",
                            technique="seated-hold", held_by="Sam").record
    for who in (house.staff, house.clinician):  # a manager's setting
        with pytest.raises(NotAllowed):
            house_settings.set_restraint_techniques(who, ["Team-Teach hold"])
    house_settings.set_restraint_techniques(house.manager, [
        "guiding", " Team-Teach  single-elbow ", "team-teach single-elbow", ""])
    assert house_settings.restraint_techniques(staff) == ["guiding",
                                                          "Team-Teach single-elbow"]
    with pytest.raises(InvalidValue) as err:  # no longer on the house's list
        restraints.record(staff, rid, started_at=HELD, duration_min=2, behaviour="x",
                          technique="seated-hold", held_by="Sam")
    assert err.value.field == "technique"
    made = restraints.record(staff, rid, started_at=HELD + timedelta(minutes=30),
                             duration_min=2, behaviour="ran at the door",
                             technique="Team-Teach single-elbow", held_by="Sam").record
    assert made.technique == "Team-Teach single-elbow"
    # the old record still shows its technique, and a correction may keep it
    fixed = restraints.amend(at(house, HELD + timedelta(hours=2)), old.id, "5 minutes",
                             duration_min=5, technique="seated-hold").record
    assert fixed.technique == "seated-hold"
    shown = {r.restraint.technique for r in restraints.for_resident(house.staff, rid)}
    assert shown == {"seated-hold", "Team-Teach single-elbow"}
    house_settings.set_restraint_techniques(house.manager, [])  # back to the shipped list
    assert "seated-hold" in house_settings.restraint_techniques(staff)
