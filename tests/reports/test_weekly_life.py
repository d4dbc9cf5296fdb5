"""The weekly report's section on a child's life beyond therapy (issue 31): hearings this
week and next with who goes (nobody yet stands out), a school line a child, goals reviewed;
the case's sealed details never reach the page."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf

from safehaven.reports import weekly as weekly_report
from safehaven.services import education, legal, residents, voice, weekly
from safehaven.services.context import Context
from tests.conftest import House

DAY = date(2026, 11, 26)  # Thursday of 2026-W48


def _at(house: House, when: datetime, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in
                             pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


def test_hearings_school_and_goals_in_the_week(house: House) -> None:
    early = _at(house, datetime(2026, 11, 1, 9))
    ana = residents.add(early, "Ana Lucía", intake_date=date(2026, 11, 1)).record.id
    bea = residents.add(early, "Beatriz", intake_date=date(2026, 11, 1)).record.id
    case = legal.open_case(early, ana, kind="prosecution", reference="SECRET-REF-9",
                           lawyer="Ms Hidden").record
    legal.add_hearing(early, case.id, at=datetime(2026, 11, 27, 9), kind="court-hearing",
                      place="Leeds Crown Court", accompanied_by="Sam")
    legal.add_hearing(early, case.id, at=datetime(2026, 12, 3, 14), kind="lawyer-meeting",
                      place="Chambers")
    legal.add_hearing(early, case.id, at=datetime(2026, 12, 20, 14), kind="court-hearing",
                      place="Too far ahead")
    college = education.add_placement(early, bea, kind="class", provider="Leeds City College",
                                      start_date=date(2026, 11, 2)).record
    education.record_week(_at(house, datetime(2026, 11, 26, 9)), college.id,
                          week_of=date(2026, 11, 23), expected=4, attended=3)
    education.add_event(_at(house, datetime(2026, 11, 25, 9)), college.id,
                        kind="achievement", detail="Reading certificate")
    goal = voice.add_goal(early, ana, "Sleep with the light off").record
    voice.review_goal(_at(house, datetime(2026, 11, 24, 9)), goal.id, progress="better")
    data = weekly.report_data(_at(house, datetime.combine(DAY, time(9))), "2026-W48")
    text = _text(weekly_report.render(data))
    part = text[text.index("Court, school and the young people's goals"):]
    assert "Court hearing" in part and "Leeds Crown Court" in part and "Sam" in part
    assert "Meeting with the lawyer" in part and "NOBODY YET" in part
    assert "Too far ahead" not in part
    assert "SECRET-REF-9" not in text and "Ms Hidden" not in text
    assert "Beatriz" in part and "3 of 4 sessions" in part and "Reading certificate" in part
    assert "Goals reviewed with the young person this week: 1." in part
