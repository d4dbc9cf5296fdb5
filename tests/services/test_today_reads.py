"""Today reads only the open follow-ups, incidents and plans (issue 35, item 8): what it
shows must be what it showed reading them all."""

from __future__ import annotations

from datetime import timedelta

import pytest

from safehaven.demo import generator
from safehaven.domain import models as m
from safehaven.services import today
from safehaven.store import reads, today_reads
from tests.conftest import House


def test_today_is_the_same_with_the_open_items_only(house: House,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    people = [x.actor.id for x in (house.manager, house.staff, house.clinician) if x.actor]
    generator.generate(house.manager, residents=30, days=200, seed=5,
                       today=house.manager.today(), staff_ids=people)
    conn, day = house.vault.conn, house.manager.today()
    fewer = (len(today_reads.follow_ups(conn, day, 30))
             + len(today_reads.incidents(conn, day - timedelta(days=13)))
             + len(today_reads.therapy_plans(conn, day)))
    every = sum(len(reads.all_of(conn, k)) for k in (m.FollowUp, m.Incident, m.TherapyPlan))
    assert fewer < every * 3 / 4  # it reads less...
    since = day - timedelta(days=13)
    acted_on = today_reads.recent_checkins(conn, since, day, 2, day - timedelta(days=2))
    assert len(acted_on) < len(reads.checkins_between(conn, since, day)) / 2
    seen = today.overview(house.manager)
    monkeypatch.setattr(today_reads, "follow_ups",
                        lambda conn, day, days: reads.all_of(conn, m.FollowUp))
    monkeypatch.setattr(today_reads, "incidents",
                        lambda conn, since: reads.all_of(conn, m.Incident))
    monkeypatch.setattr(today_reads, "therapy_plans",
                        lambda conn, day: reads.all_of(conn, m.TherapyPlan))
    monkeypatch.setattr(today_reads, "recent_checkins", lambda conn, since, day, *_:
                        reads.checkins_between(conn, since, day))
    whole = today.overview(house.manager)
    assert seen == whole  # ...and shows the same
    kinds = {str(a.kind) for a in seen.alerts}
    assert {"follow-up-overdue", "incident-open"} <= kinds, kinds  # a test of something
    # the recent check-ins left out changed nothing, and those read were worth reading
    assert any(c.flags for c in acted_on) and any(c.mood <= 2 for c in acted_on)
