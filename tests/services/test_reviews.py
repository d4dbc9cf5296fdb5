"""Case reviews (issue 31): who took part and what was decided, the next one after the
house's weeks, due on Today when it comes; the review sheet gathers every part of the
young person's record and prints on one page."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta

import pypdf
import pytest

from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.reports import review as review_report
from safehaven.services import (
    education,
    house_settings,
    legal,
    measures,
    needs,
    profile,
    residents,
    reviews,
    therapy,
    today,
    voice,
)
from safehaven.services.context import Context
from tests.conftest import NOW, House

TODAY = NOW.date()


def at(house: House, when: datetime, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def full_record(house: House, many: int = 1) -> str:
    """A young person with something in every part the review looks at."""
    m, c = house.manager, house.clinician
    rid = residents.add(m, "Amira", intake_date=date(2026, 9, 1)).record.id
    for i in range(many):
        plan = therapy.add_plan(c, rid, modality="tf-cbt", provider=f"Dr Lee {i}",
                                start_date=date(2026, 9, 10), session_cap=12,
                                goals="Fewer nightmares").record
        needs.add(m, rid, "education", priority="high", notes=f"School place {i}")
        voice.add_goal(m, rid, f"Sleep with the light off {i}", plan_id=plan.id)
        voice.add_wish(m, rid, f"I want to see my brother {i}", topic="family")
        voice.complain(m, rid, f"My room is cold {i}")
        education.add_placement(m, rid, kind="class", provider=f"Leeds City College {i}",
                                course="ESOL", start_date=date(2026, 9, 7),
                                designated_teacher="Mr Okafor")
    measures.record(c, rid, "phq-a", 14, taken_on=date(2026, 11, 2))
    profile.save(c, rid, exploitation="labour,criminal", country_of_origin="Albania",
                 guardian="Dana Moss (ICTG)")
    profile.add_decision(c, rid, kind="nrm-reasonable-grounds", outcome="positive",
                         applied_on=date(2026, 9, 2), decided_on=date(2026, 9, 6))
    case = legal.open_case(c, rid, kind="prosecution", lawyer="Ms Adeyemi",
                           special_measures="Video link").record
    legal.add_hearing(c, case.id, at=NOW + timedelta(days=8), kind="court-hearing",
                      place="Leeds Crown Court", accompanied_by="Sam")
    return rid


def test_a_review_is_held_and_the_next_falls_due(house: House) -> None:
    rid = residents.add(house.manager, "Amira").record.id
    with pytest.raises(NotAllowed):
        reviews.hold(house.staff, rid, participants="x", decisions="y")
    with pytest.raises(InvalidValue) as err:
        reviews.hold(house.manager, rid, participants="Amira, Sam", decisions=" ")
    assert err.value.field == "decisions"
    house_settings.set_value(house.manager, "review-weeks", 4)
    made = reviews.hold(at(house, NOW - timedelta(days=40)), rid,
                        participants="Amira, Sam (key worker), Dr Lee",
                        decisions="Start college in January", held_on=TODAY - timedelta(days=40),
                        wishes="I want to stay here until summer").record
    assert made.next_review == TODAY - timedelta(days=40) + timedelta(weeks=4)
    assert voice.wishes(house.staff, rid)[0].review_id == made.id
    due = [a for a in today.overview(house.staff).alerts if a.kind == AlertKind.REVIEW_DUE]
    assert [a.resident_id for a in due] == [rid]
    reviews.hold(house.clinician, rid, participants="Amira, Dr Lee", decisions="Keep going")
    assert AlertKind.REVIEW_DUE not in [a.kind for a in today.overview(house.staff).alerts]
    with pytest.raises(InvalidValue) as err:
        reviews.hold(house.manager, rid, participants="x", decisions="y",
                     next_review=TODAY - timedelta(days=1))
    assert err.value.field == "next_review"


@pytest.mark.parametrize("many", [1, 9])
def test_the_review_sheet_prints_on_one_page_with_every_section_filled(
        house: House, many: int) -> None:
    rid = full_record(house, many)
    with pytest.raises(NotAllowed):
        reviews.sheet(house.staff, rid)
    sheet = reviews.sheet(house.manager, rid)
    assert sheet.cases[0].lawyer == "Ms Adeyemi"  # the reviewing role reads the case
    pdf = review_report.render(sheet)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for expected in ("TF-CBT", "Education", "PHQ-A", "Labour exploitation",
                     "NRM reasonable grounds decision", "Ms Adeyemi", "Leeds Crown Court",
                     "Leeds City College", "Sleep with the light off", "my brother",
                     "My room is cold", "NOT ANSWERED YET", "First review."):
        assert expected in text, expected
    if many > 5:
        assert "and 4 more" in text
