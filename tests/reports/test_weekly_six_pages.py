"""The weekly report of the 40-resident demo house fits in six pages and still prints every
fact the services gathered for it: each child's moods, therapy plans and funded sessions,
school week, open needs (each overdue one), the week's incidents, changes, hearings,
notes, trusted adults being vetted and next week's bookings."""

from __future__ import annotations

import io
import re
from datetime import date, datetime, time

import pypdf
import pytest

from safehaven.demo import generator
from safehaven.domain.dates import days_between
from safehaven.domain.words import word
from safehaven.reports import fonts
from safehaven.reports import weekly as weekly_report
from safehaven.services import weekly
from tests.reports.pdftext import pdftotext
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]

SUNDAY = date(2026, 11, 22)  # the last day of 2026-W47
MONDAY = date(2026, 11, 23)


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(params=[
    (40, 120, 7),  # `make demo`'s house
    pytest.param((92, 365, 3), marks=pytest.mark.slow),  # bench_reports.py's: 43 that week
], ids=["demo", "year"])
def demo_week(timed_house: TimedHouse, request: pytest.FixtureRequest
              ) -> tuple[weekly.WeeklyData, bytes]:
    """A house of about 40 that week, its records written on the week's last evening, and
    Monday's report of that week."""
    h = timed_house
    residents, days, seed = request.param
    generator.generate(h.on(SUNDAY, 20), residents=residents, days=days, seed=seed,
                       today=SUNDAY)
    data = weekly.report_data(h.on(MONDAY), "2026-W47")
    return data, weekly_report.render(data)


def test_the_forty_resident_week_fits_in_six_pages(
        demo_week: tuple[weekly.WeeklyData, bytes]) -> None:
    data, pdf = demo_week
    assert len(data.residents) >= 35
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) <= 6


def test_no_fact_is_dropped(demo_week: tuple[weekly.WeeklyData, bytes]) -> None:
    data, pdf = demo_week
    text = _flat(pdftotext(pdf))
    f = data.figures
    day = data.as_of or f.end

    # every child of the week by name
    for r in data.residents:  # a Hebrew name's final stop too, after its initial
        assert _flat(data.names[r.id]) in text, data.names[r.id]
    # each child's mood each day, on their row (names in Latin letters: their row is one
    # line in layout mode; names drawn as shaped runs are not)
    layout = pdftotext(pdf, layout=True)
    days = days_between(f.start, f.end)
    checked = 0
    for r in data.residents:
        name = data.names[r.id]
        if fonts.is_complex(name) or sum(1 for x in data.residents
                                     if data.names[x.id].startswith(name)) > 1:
            continue
        moods = []
        for d in days:
            values = [c.mood for c in data.checkins if c.resident_id == r.id and c.date == d]
            flagged = any(c.flags for c in data.checkins
                          if c.resident_id == r.id and c.date == d)
            mood = "–" if not values else (
                str(int(sum(values) / len(values))) if len(set(values)) == 1
                else f"{sum(values) / len(values):.1f}")
            moods.append(mood if not values or not flagged else mood + "!")
            if not values and flagged:
                moods[-1] = "!"
        row = re.compile(r"^\s*" + re.escape(name) + r"\s+" + r"\s+".join(
            re.escape(m) for m in moods) + r"\s", re.M)
        assert row.search(layout), (name, moods)
        checked += 1
    assert checked >= 15

    # therapy: each plan of the week with the sessions used against its cap
    plans = [p for p in data.plans.values()
             if any(p.resident_id == r.id for r in data.residents) and not p.deleted
             and p.start_date <= f.end and (p.end_date is None or p.end_date >= f.start)
             and (p.closed_on is None or p.closed_on >= f.start)]
    assert plans
    for p in plans:
        used = data.used.get(p.id, 0)
        assert (f"{used} of {p.session_cap} funded" if p.session_cap
                else f"{used} used (no cap)") in text, p
    funded = len(re.findall(r"\d+ of \d+ funded(?! sessions)", text))
    uncapped = len(re.findall(r"\d+ used \(no cap\)", text))
    assert funded == sum(1 for p in plans if p.session_cap)
    assert uncapped == sum(1 for p in plans if not p.session_cap)
    # each session of the week on its plan's line
    for x in data.sessions:
        words = f"{weekly_report.L.weekday(x.scheduled_at.date())} {word(x.status).lower()}"
        assert words in text, words

    # open needs: every one by its category, every overdue one with its date
    overdue = [n for n in data.open_needs if n.due_date is not None and n.due_date < day]
    assert overdue
    assert text.count("OVERDUE since") == len(overdue)
    for n in data.open_needs:
        assert f"{word(n.category)} ({word(n.priority).lower()}" in text

    # school: each placement and its week
    assert data.life.school
    for line in data.life.school:
        for placement in line.placements:
            assert f"{placement.provider} ({word(placement.kind)})" in text
        if line.recorded:
            assert f"{line.attended} of {line.expected} sessions" in text
        for e in line.events:
            assert e.detail in text
    assert text.count("not recorded") >= sum(1 for x in data.life.school if not x.recorded)

    # the week's incidents, what was done and who was told; changes; hearings
    assert data.incidents
    for i in data.incidents:
        assert _flat(i.description) in text
        assert _flat(i.actions or "–") in text
    changed = text[text.index("What changed this week"):]
    for c in data.changes:
        assert _flat(data.names[c.resident_id]) in changed
    for h in data.life.hearings:
        assert _flat(h.place) in text
    # notes for the manager, trusted adults being vetted
    for note in data.manager_notes:
        assert _flat(note.body) in text
    for a in data.adults:
        assert a.name in text
    # next week: every booking by time and name, with its therapy and provider
    schedule = text[text.index("Next week's schedule"):]
    assert data.next_week
    for x in data.next_week:
        name = data.names[x.resident_id]
        if name.isascii():
            assert f"{x.scheduled_at:%H:%M} {name}" in schedule, name
        plan = data.plans[x.plan_id]
        assert f"{word(plan.modality)}, {plan.provider}" in schedule
    for g in data.next_groups:
        assert g.session.title in schedule
    # medicines: each resident's medicine line
    for m in data.medicines:
        assert _flat(m.medicine) in text
    assert datetime.combine(MONDAY, time(9)) == data.generated_at
