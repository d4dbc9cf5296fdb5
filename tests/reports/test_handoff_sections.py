"""Issue 26, item 3: the hand-off carries what the next service needs to carry on: each
therapy plan's goals, frequency and interpreter, the receiving service's contact, trusted
adults' contact details with their vetting, and the recent mood trend (read back with
pdftotext from the real PDF)."""

from __future__ import annotations

from datetime import date, datetime, time

from safehaven.reports import resident as resident_report
from safehaven.services import (
    checkins,
    consents,
    handoff,
    referrals,
    residents,
    therapy,
    trusted_adults,
)
from safehaven.services.context import Context
from tests.conftest import NOW, House
from tests.reports.pdftext import pdftotext


def _at(house: House, day: date) -> Context:
    return Context(house.vault, house.manager.actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


def _flat(pdf: bytes) -> str:
    return " ".join(pdftotext(pdf).split())


def test_goals_frequency_interpreter_contacts_and_mood(house: House) -> None:
    ctx = house.manager
    today = NOW.date()  # Thu 26 Nov 2026
    rid = residents.add(_at(house, date(2026, 9, 1)), "Nadia",
                        intake_date=date(2026, 9, 1)).record.id
    therapy.add_plan(house.clinician, rid, "tf-cbt", "Harbour Clinic",
                     frequency="twice-weekly", start_date=date(2026, 9, 5),
                     interpreter="Tigrinya (Mr Haile)",
                     goals="Sleep through the night; name three safe people")
    therapy.add_plan(house.clinician, rid, "art", "Studio", start_date=date(2026, 10, 1))
    consents.add(ctx, rid, "information-sharing", granted_on=date(2026, 9, 2),
                 expires_on=date(2027, 3, 1), guardian_name="County Guardian",
                 given_by="agency", child_assent=True, shared_with="Hope Foster Care")
    referrals.make(ctx, rid, "housing", "Hope Foster Care", contact_person="Ms Adeyemi")
    adult = trusted_adults.add(ctx, rid, "Aunt Selam", "aunt", phone="+44 7700 900123")
    trusted_adults.vet(ctx, adult.record.id, "vetted", ["documents", "home-visit"])
    # moods: the oldest week 4s, then 3s, then 2s, the last week 1 and 2 (falling)
    for days_ago, mood in ((25, 4), (23, 4), (18, 3), (12, 2), (10, 2), (3, 1), (1, 2)):
        day = today.fromordinal(today.toordinal() - days_ago)
        checkins.record(_at(house, day), rid, mood, day=day)

    data = handoff.summary_data(ctx, rid, receiving="Hope Foster Care")
    assert [(w.count, w.average, w.lowest) for w in data.mood_weeks] == [
        (2, 4.0, 4), (1, 3.0, 3), (2, 2.0, 2), (2, 1.5, 1)]
    assert data.mood_weeks[-1].end == today
    text = _flat(resident_report.render(data))
    assert ("TF-CBT with Harbour Clinic: twice a week; interpreter: Tigrinya (Mr Haile); "
            "goals: Sleep through the night; name three safe people") in text
    assert "Art therapy with Studio: weekly; interpreter: none; goals: none recorded" in text
    assert "For: Hope Foster Care" in text and "contact there: Ms Adeyemi." in text
    adults = text[text.index("Trusted adults"):]
    assert "Aunt Selam" in adults and "+44 7700 900123" in adults and "Vetted" in adults
    mood = text[text.index("Mood at check-ins, the last four weeks"):]
    assert "26 Nov 2026" in mood[:400] and "1.5 1 2" in mood[:400]
    assert "4.0 4 2" in mood[:400]


def test_a_service_with_no_referral_says_its_contact_is_unknown(house: House) -> None:
    ctx = house.manager
    rid = residents.add(_at(house, date(2026, 9, 1)), "Sara",
                        intake_date=date(2026, 9, 1)).record.id
    consents.add(ctx, rid, "information-sharing", granted_on=date(2026, 9, 2),
                 expires_on=date(2027, 3, 1), guardian_name="County Guardian",
                 given_by="agency", child_assent=True, shared_with="Hope Foster Care")
    data = handoff.summary_data(ctx, rid, receiving="Hope Foster Care")
    assert data.referral is None and not any(w.count for w in data.mood_weeks)
    text = _flat(resident_report.render(data))
    assert "No referral to this service is recorded" in text
    assert "No check-ins in the last four weeks." in text
