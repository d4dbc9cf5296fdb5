"""The weekly report's safeguarding section (issue 27): episodes counted per child, the
return interview within 72 hours or not, contacts flagged, restraints and the house log."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pypdf

from safehaven.reports import weekly as weekly_report
from safehaven.services import (
    contacts,
    house_log,
    missing,
    no_contacts,
    residents,
    restraints,
    weekly,
)
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 11, 26)  # Thursday of 2026-W48


def _at(house: House, when: datetime, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def _week(house: House) -> bytes:
    early = datetime(2026, 11, 1, 9)
    ana = residents.add(_at(house, early), "Ana Lucía", intake_date=date(2026, 11, 1)).record.id
    bea = residents.add(_at(house, early), "Beatriz", intake_date=date(2026, 11, 1)).record.id
    for gone, back, held in ((datetime(2026, 11, 10, 20), datetime(2026, 11, 11, 1),
                              datetime(2026, 11, 12, 10)),  # an earlier week's episode
                             (datetime(2026, 11, 23, 21), datetime(2026, 11, 24, 2, 30),
                              datetime(2026, 11, 27, 9))):  # interview after the week ends
        made = missing.open_episode(_at(house, gone, "staff"), ana, occurred_at=gone,
                                    description="Not back", last_seen_at=gone,
                                    last_seen_place="park", police_reference="MP-48").record
        missing.record_return(_at(house, back, "staff"), made.id, returned_at=back,
                              whereabouts="with a friend")
        missing.record_interview(_at(house, held, "staff"), made.id, held_at=held,
                                 held_by="Ms Ade", summary="Talked")
    no_contacts.add(_at(house, early), bea, "Ivan Petrov", "recruiter", reason="secret why")
    contacts.record(_at(house, datetime(2026, 11, 24, 18), "staff"), bea, kind="call",
                    who="Ivan Petrov", allowed=False, confirmed=True)
    contacts.record(_at(house, datetime(2026, 11, 25, 16), "staff"), bea, kind="visit",
                    who="Rosa Morales", supervised_by="Sam")
    r = restraints.record(_at(house, datetime(2026, 11, 25, 20), "staff"), bea,
                          started_at=datetime(2026, 11, 25, 19, 30), duration_min=5,
                          behaviour="Threw a chair", technique="seated-hold", held_by="Sam",
                          staff_injuries="scratch").record
    restraints.review(_at(house, datetime(2026, 11, 26, 8)), r.id, review="Proportionate")
    house_log.add(_at(house, datetime(2026, 11, 24, 22), "staff"), "power-cut",
                  "Lights out for an hour")
    ctx = _at(house, datetime.combine(DAY, time(9, 0)))
    return weekly_report.render(weekly.report_data(ctx, "2026-W48"))


def test_the_safeguarding_section_of_the_week(house: House, tmp_path: Path) -> None:
    pdf = _week(house)
    (tmp_path / "week.pdf").write_bytes(pdf)
    text = _text(pdf)
    part = text[text.index("Safeguarding this week"):]
    assert ("Missing episodes: 1 (5.5 h missing in all; 0 of 1 return interviews within "
            "72 h). Restraints: 1. Contacts not allowed or flagged: 1.") in part
    assert "Ana Lucía (episode 2)" in part  # the second episode, counted across weeks
    assert "after 5.5 h" in part and "MP-48" in part
    assert "due by" in part  # the interview is after the day the report was made
    assert "Phone call: 1" in part and "Visit: 1" in part
    assert "Ivan Petrov" in part and "on the no-contact list" in part
    assert "secret why" not in text  # the reason stays off the page
    assert "Seated hold, 5 min" in part and "staff: scratch" in part
    assert "Power cut" in part and "Lights out for an hour" in part
    assert "episode 1" not in part  # the earlier week's episode is not this week's


def test_a_quiet_week_says_so(house: House) -> None:
    residents.add(_at(house, datetime(2026, 11, 1, 9)), "Cleo",
                  intake_date=date(2026, 11, 1))
    text = _text(weekly_report.render(weekly.report_data(
        _at(house, datetime.combine(DAY, time(9))), "2026-W48")))
    assert "No one went missing, no restraint" in text


def test_a_week_in_the_past_shows_the_episode_as_it_stood(house: House) -> None:
    early = datetime(2026, 11, 1, 9)
    ana = residents.add(_at(house, early), "Ana", intake_date=date(2026, 11, 1)).record.id
    gone = datetime(2026, 11, 15, 21)  # Sunday of W46; back on Monday of W47
    made = missing.open_episode(_at(house, gone, "staff"), ana, occurred_at=gone,
                                description="x", last_seen_at=gone,
                                last_seen_place="park").record
    missing.record_return(_at(house, gone + timedelta(hours=9), "staff"), made.id,
                          returned_at=gone + timedelta(hours=9))
    text = _text(weekly_report.render(weekly.report_data(
        _at(house, datetime.combine(DAY, time(9))), "2026-W46")))
    assert "STILL MISSING" in text[text.index("Safeguarding this week"):]
