"""Funder figures for the safeguarding records (issue 27): children who went missing or
were restrained, as partitions of the children served, and episodes by return interview;
small counts hidden like every other cell."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from safehaven.services import funder, missing, residents, restraints
from safehaven.services.context import Context
from tests.conftest import House

TODAY = date(2026, 11, 26)


def _at(house: House, when: datetime, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_missing_and_restraint_figures_for_a_month(house: House) -> None:
    early = datetime(2026, 9, 1, 9)
    ids = [residents.add(_at(house, early), f"Child {i}", intake_date=date(2026, 9, 1))
           .record.id for i in range(8)]
    for n, rid in enumerate(ids[:6]):  # six went missing in October
        gone = datetime(2026, 10, 3 + n, 21)
        made = missing.open_episode(_at(house, gone, "staff"), rid, occurred_at=gone,
                                    description="x", last_seen_at=gone,
                                    last_seen_place="park").record
        back = gone + timedelta(hours=4)
        missing.record_return(_at(house, back, "staff"), made.id, returned_at=back)
        held = back + timedelta(hours=24 if n < 5 else 100)  # one interview late
        missing.record_interview(_at(house, held, "staff"), made.id, held_at=held,
                                 held_by="advocate", summary="talked")
    restraints.record(_at(house, datetime(2026, 10, 20, 20), "staff"), ids[0],
                      started_at=datetime(2026, 10, 20, 19), duration_min=3,
                      behaviour="x", technique="guiding", held_by="Sam")
    data = funder.figures(_at(house, datetime.combine(TODAY, time(9))), date(2026, 10, 1),
                          date(2026, 10, 31))
    truth = {(t, c): n for t, c, n in data.rows}
    shown = {(t, c): v for t, c, v in data.shown()}
    went = "children served, by going missing from care"
    assert truth[(went, "went missing in the period")] == 6
    assert truth[(went, "total")] == 8
    for key, value in shown.items():  # what is shown is the adjusted count, "<5" below 5
        published = data.published_cells[key]
        assert value == ("<5" if published < 5 else str(published))
    held = "children served, by restraint"
    assert truth[(held, "restrained in the period")] == 1  # (shown "<5" unless its draw is
    # +4 or more, one run in a hundred: the loop above checks what is shown)
    episodes = "missing episodes, by return interview"
    assert truth[(episodes, "interview within 72 hours")] == 5
    assert truth[(episodes, "interview later or not held")] == 1
