"""The house's kinds of identification decision (issue 31): the shipped list until a
manager sets the house's own, each first-stage or final, so the funder table still tells a
positive first-stage decision from a final one for kinds the house added."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from safehaven.domain.life import SHIPPED_DECISIONS, DecisionChoice
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.services import decision_kinds, funder, life_detail, profile, residents
from safehaven.services.context import Context
from tests.conftest import House

TODAY = date(2026, 11, 26)
DECIDED = "children served, by identification decision"


def _at(house: House, when: datetime) -> Context:
    return Context(house.manager.vault, house.manager.actor, now=lambda: when)


def test_the_shipped_list_until_a_manager_sets_the_houses_own(house: House) -> None:
    assert decision_kinds.listed(house.staff) == list(SHIPPED_DECISIONS)
    assert "nrm-reasonable-grounds" in decision_kinds.names(house.clinician)
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            decision_kinds.set_list(who, ["Age assessment"], [])
    with pytest.raises(InvalidValue) as err:
        decision_kinds.set_list(house.manager, ["nrm-conclusive-grounds"], [])
    assert err.value.field == "first_stage"
    with pytest.raises(InvalidValue) as err:
        decision_kinds.set_list(house.manager, [], ["x" * 121])
    assert err.value.field == "final"
    decision_kinds.set_list(house.manager, ["nrm-reasonable-grounds", "  Trafficking  "
                                            " identification  (national) ", ""],
                            ["nrm-conclusive-grounds", "Residence permit (victims)",
                             "residence permit (VICTIMS)"])
    assert decision_kinds.listed(house.staff) == [
        DecisionChoice("nrm-reasonable-grounds", True),
        DecisionChoice("Trafficking identification (national)", True),
        DecisionChoice("nrm-conclusive-grounds", False),
        DecisionChoice("Residence permit (victims)", False)]
    rid = residents.add(house.manager, "Amira").record.id
    assert life_detail.load(house.staff, rid).decision_kinds == decision_kinds.names(
        house.manager)
    decision_kinds.set_list(house.manager, [], [])
    assert decision_kinds.listed(house.manager) == list(SHIPPED_DECISIONS)


def test_a_decision_is_one_of_the_houses_kinds_and_a_correction_keeps_its_own(
        house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    with pytest.raises(InvalidValue) as err:
        profile.add_decision(house.manager, rid, kind="Trafficking identification")
    assert err.value.field == "kind"
    decision_kinds.set_list(house.manager, ["Trafficking identification"], ["t-visa"])
    made = profile.add_decision(house.manager, rid, kind="Trafficking identification",
                                applied_on=date(2026, 6, 1)).record
    assert made.kind == "Trafficking identification"
    with pytest.raises(InvalidValue) as err:
        profile.add_decision(house.manager, rid, kind="asylum")
    assert err.value.field == "kind"
    decision_kinds.set_list(house.manager, [], ["t-visa"])  # no longer listed
    done = profile.edit_decision(house.manager, made.id, kind="Trafficking identification",
                                 outcome="positive", decided_on=date(2026, 6, 9)).record
    assert (done.kind, done.outcome) == ("Trafficking identification", "positive")
    assert [d.kind for d in profile.decisions(house.staff, rid)] == [
        "Trafficking identification"]
    with pytest.raises(InvalidValue):
        profile.edit_decision(house.manager, made.id, kind="asylum")


def test_the_funder_table_follows_each_kinds_stage(house: House) -> None:
    early = _at(house, datetime(2026, 9, 1, 9))
    decision_kinds.set_list(house.manager, ["Identification (first)"],
                            ["Identification (final)", "t-visa"])
    ids = [residents.add(early, f"Child {i}", intake_date=date(2026, 9, 1)).record.id
           for i in range(4)]
    positive = {"outcome": "positive", "applied_on": date(2026, 8, 1),
                "decided_on": date(2026, 8, 5)}
    profile.add_decision(early, ids[0], kind="Identification (first)", **positive)
    profile.add_decision(early, ids[1], kind="Identification (final)", **positive)
    profile.add_decision(early, ids[2], kind="t-visa", **positive)
    profile.add_decision(early, ids[3], kind="Identification (first)",
                         applied_on=date(2026, 8, 1))
    month = (date(2026, 10, 1), date(2026, 10, 31))
    truth = {c: n for t, c, n in funder.figures(_at(house, datetime.combine(TODAY, time(9))),
                                                *month).rows if t == DECIDED}
    assert truth["positive final decision"] == 2
    assert truth["positive first-stage decision only"] == 1
    assert truth["awaiting a decision"] == 1
    # a kind the house no longer lists counts as a final decision
    decision_kinds.set_list(house.manager, [], ["Identification (final)"])
    truth = {c: n for t, c, n in funder.figures(_at(house, datetime.combine(TODAY, time(9))),
                                                *month).rows if t == DECIDED}
    assert truth["positive final decision"] == 3
    assert truth["positive first-stage decision only"] == 0
