"""Week figures equal what is counted independently from the records."""

from __future__ import annotations

from datetime import date, datetime

from safehaven.services import checkins, needs, residents, therapy, weekly
from safehaven.services.context import Context
from tests.conftest import House


def test_figures_for_a_small_week(house: House) -> None:
    def on(day: date) -> Context:
        return Context(house.vault, house.manager.actor,
                       now=lambda: datetime.combine(day, datetime.min.time()).replace(hour=9))

    # Week 2026-W47: Monday 16 November to Sunday 22 November.
    stayer = residents.add(on(date(2026, 11, 1)), "Stays",
                           intake_date=date(2026, 11, 1)).record.id
    arrives = residents.add(on(date(2026, 11, 19)), "Arrives",
                            intake_date=date(2026, 11, 19)).record.id
    leaves = residents.add(on(date(2026, 11, 1)), "Leaves", intake_date=date(2026, 11, 1)).record.id
    residents.move_stage(on(date(2026, 11, 18)), leaves, "follow-up", "home with aunt",
                         on=date(2026, 11, 18))
    for d in range(16, 23):
        checkins.record(on(date(2026, 11, d)), stayer, 4, day=date(2026, 11, d))
    checkins.record(on(date(2026, 11, 19)), arrives, 3, day=date(2026, 11, 19),
                    flags=["runaway"])
    checkins.record(on(date(2026, 11, 17)), leaves, 2, day=date(2026, 11, 17))
    plan = therapy.add_plan(on(date(2026, 11, 2)), stayer, "art", "Studio",
                            start_date=date(2026, 11, 2)).record
    s1 = therapy.schedule(house.manager, plan.id, datetime(2026, 11, 17, 10),
                          confirmed=True).record.id
    s2 = therapy.schedule(house.manager, plan.id, datetime(2026, 11, 22, 23, 30),
                          confirmed=True).record.id
    therapy.schedule(house.manager, plan.id, datetime(2026, 11, 23, 0, 0),
                     confirmed=True)  # next week
    therapy.set_status(house.manager, s1, "attended")
    therapy.set_status(house.manager, s2, "missed", "asleep")
    need = needs.add(on(date(2026, 11, 16)), stayer, "education").record.id
    needs.update(on(date(2026, 11, 20)), need, status="met")

    f = weekly.figures(house.manager, "2026-W47")
    assert (f.start, f.end) == (date(2026, 11, 16), date(2026, 11, 22))
    assert (f.residents, f.intakes, f.exits, f.stage_moves) == (3, 1, 1, 1)
    # expected: stayer 7 days, leaves Mon-Wed (exit day counts), arrives Thu-Sun
    assert sum(f.checkins_expected.values()) == 7 + 3 + 4
    assert sum(f.checkins_done.values()) == 7 + 1 + 1
    assert f.checkins_expected[date(2026, 11, 19)] == 2
    assert f.flags == {"runaway": 1}
    assert dict(f.sessions) == {"attended": 1, "missed": 1}
    assert dict(f.needs_opened) == {"education": 1} and dict(f.needs_met) == {"education": 1}


def test_empty_week(house: House) -> None:
    f = weekly.figures(house.manager, "2027-W01")
    assert f.residents == 0 and f.completion == 1.0 and not f.sessions
