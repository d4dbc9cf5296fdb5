"""Honest reprints: a fact counts in its own week whenever it was recorded; a reopening
later never erases what was true then; corrections since the week are listed."""

from __future__ import annotations

import re
from datetime import date, datetime

from safehaven.reports import weekly as weekly_report
from safehaven.services import groups, needs, residents, therapy, weekly
from tests.reports.pdftext import pdftotext
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]


def test_a_session_marked_attended_a_week_late_counts_in_its_own_week(
        timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Late Lucia",
                        intake_date=date(2026, 10, 1)).record.id
    plan = therapy.add_plan(h.on(date(2026, 10, 1), who="clinician"), rid, "emdr", "Clinic",
                            session_cap=2, start_date=date(2026, 10, 1)).record.id
    ontime = therapy.schedule(h.on(date(2026, 11, 2)), plan, datetime(2026, 11, 17, 10)
                              ).record.id
    therapy.set_status(h.on(date(2026, 11, 17), 12), ontime, "attended")
    # W47 is 16-22 Nov: booked on Monday 23 Nov for last Wednesday, marked on 30 Nov
    past = therapy.schedule(h.on(date(2026, 11, 23)), plan, datetime(2026, 11, 18, 10),
                            confirmed=True).record.id
    therapy.set_status(h.on(date(2026, 11, 30), 8), past, "attended")
    data = weekly.report_data(h.on(date(2026, 12, 1)), "2026-W47")
    assert data.figures.sessions["attended"] == 2
    assert data.used[plan] == 2  # against the cap too
    text = " ".join(pdftotext(weekly_report.render(data)).split())
    assert "cap reached" in text
    fixes = [(c.at, c.who, c.what) for c in data.corrections]
    assert fixes == [(datetime(2026, 11, 23, 9), "Maria Manager",
                      "session of 18 Nov 10:00 recorded late"),
                     (datetime(2026, 11, 30, 8), "Maria Manager",
                      "session of 18 Nov 10:00 marked attended")]
    corrections = text[text.index("Corrections since the week ended"):]
    assert "Late Lucia: session of 18 Nov 10:00 recorded late" in corrections
    assert "Late Lucia: session of 18 Nov 10:00 marked attended" in corrections
    assert "30 Nov 2026 08:00" in corrections and "session of 17 Nov" not in corrections
    assert "as recorded by 1 Dec 2026 09:00" in text


def test_a_need_met_then_reopened_three_weeks_later_still_prints_met(
        timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Reopened Rui",
                        intake_date=date(2026, 10, 1)).record.id
    need = needs.add(h.on(date(2026, 11, 2)), rid, "education").record.id
    needs.close(h.on(date(2026, 11, 18)), need, "met", "enrolled")
    needs.update(h.on(date(2026, 12, 9)), need, status="open")  # W50
    data = weekly.report_data(h.on(date(2026, 12, 10)), "2026-W47")
    assert data.figures.needs_met["education"] == 1
    assert need not in {n.id for n in data.open_needs}
    pdf = weekly_report.render(data)
    text = " ".join(pdftotext(pdf).split())
    # opened 0, met 1 in the week's table
    assert re.search(r"^\s*Education\s+0\s+1\s*$", pdftotext(pdf, layout=True), re.M)
    assert "Reopened Rui: Education reopened" in text
    # and in W50 it is open again
    later = weekly.report_data(h.on(date(2026, 12, 10)), "2026-W50")
    assert need in {n.id for n in later.open_needs}


def test_group_places_count_in_the_week_as_in_the_funder_report(
        timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Group Gita",
                        intake_date=date(2026, 10, 1)).record.id
    other = residents.add(h.on(date(2026, 10, 1)), "Absent Abe",
                          intake_date=date(2026, 10, 1)).record.id
    for who in (rid, other):
        therapy.add_plan(h.on(date(2026, 10, 1), who="clinician"), who, "peer-group",
                         "Circle", start_date=date(2026, 10, 1))
    g = groups.book(h.on(date(2026, 11, 2)), [rid, other], datetime(2026, 11, 19, 16),
                    modality="peer-group", title="Thursday circle").record.id
    groups.record_attendance(h.on(date(2026, 11, 19), 18), g, present=[rid], absent=[other])
    data = weekly.report_data(h.on(date(2026, 11, 23)), "2026-W47")
    assert (data.figures.sessions["attended"], data.figures.sessions["missed"]) == (1, 1)


def test_check_ins_and_incidents_corrected_after_the_week_are_listed_with_who_and_when(
        timed_house: TimedHouse) -> None:
    from safehaven.services import checkins, incidents

    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Fixed Farah",
                        intake_date=date(2026, 10, 1)).record.id
    low = checkins.record(h.on(date(2026, 11, 18), 12, who="staff"), rid, 2,
                          day=date(2026, 11, 18)).record.id
    wrong = checkins.record(h.on(date(2026, 11, 19), 12, who="staff"), rid, 3,
                            day=date(2026, 11, 19)).record.id
    inc = incidents.record(h.on(date(2026, 11, 20), 18, who="staff"), rid, "self-harm",
                           occurred_at=datetime(2026, 11, 20, 17, 30),
                           description="A scratch on the arm").record.id
    # W47 ends on 22 Nov; everything below is later
    checkins.amend(h.on(date(2026, 11, 24), 10), low, "typed the wrong face", mood=4)
    checkins.void(h.on(date(2026, 11, 24), 11), wrong, "another child's form")
    incidents.acknowledge(h.on(date(2026, 11, 25), 8), inc)
    incidents.edit(h.on(date(2026, 11, 26), 15, who="staff"), inc,
                   description="A deep scratch on the forearm", actions="First aid")
    data = weekly.report_data(h.on(date(2026, 12, 1)), "2026-W47")
    fixes = [(c.at, c.who, c.what) for c in data.corrections if c.resident_id == rid]
    assert fixes == [
        (datetime(2026, 11, 24, 10), "Maria Manager",
         "check-in of 18 Nov corrected, mood 2 to 4: typed the wrong face"),
        (datetime(2026, 11, 24, 11), "Maria Manager",
         "check-in of 19 Nov voided: another child's form"),
        (datetime(2026, 11, 25, 8), "Maria Manager", "incident of 20 Nov 17:30 acknowledged"),
        (datetime(2026, 11, 26, 15), "Sam Staff",
         "incident of 20 Nov 17:30 corrected (actions taken, what happened)"),
    ]
    # the week counts the corrected mood and not the voided check-in
    assert [(c.date, c.mood) for c in data.checkins if c.resident_id == rid] == \
        [(date(2026, 11, 18), 4)]
    pdf = weekly_report.render(data)
    layout = pdftotext(pdf, layout=True)
    part = layout[layout.index("Corrections since the week ended"):]
    flat = " ".join(part.split())
    for at, who, what in fixes:
        assert f"{at:%d %b %Y %H:%M}".lstrip("0") in part
        assert who in part
        assert f"Fixed Farah: {what}" in flat, what


def test_records_entered_late_in_one_sitting_are_listed_together(
        timed_house: TimedHouse) -> None:
    """A week typed up on Monday: one line per child, not one per record; what was done
    while entering a record (an incident closed as it was typed) is part of entering it."""
    from safehaven.services import incidents

    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Typed Tom",
                        intake_date=date(2026, 10, 1)).record.id
    plan = therapy.add_plan(h.on(date(2026, 10, 1), who="clinician"), rid, "emdr", "Clinic",
                            start_date=date(2026, 10, 1)).record.id
    monday = h.on(date(2026, 11, 23), 9)
    for day in (18, 17):
        s = therapy.schedule(monday, plan, datetime(2026, 11, day, 10), confirmed=True)
        therapy.set_status(monday, s.record.id, "attended")
    inc = incidents.record(monday, rid, "self-harm", occurred_at=datetime(2026, 11, 19, 20),
                           description="A scratch").record.id
    incidents.close(monday, inc, "Seen by the nurse")
    incidents.edit(h.on(date(2026, 11, 24), 9), inc, actions="Nurse called")
    data = weekly.report_data(h.on(date(2026, 12, 1)), "2026-W47")
    assert data.figures.sessions["attended"] == 2
    fixes = [(c.at, c.what) for c in data.corrections]
    assert (datetime(2026, 11, 23, 9), "incident of 19 Nov 20:00 closed: Seen by the nurse") \
        not in fixes
    assert (datetime(2026, 11, 24, 9), "incident of 19 Nov 20:00 corrected (actions taken)") \
        in fixes
    assert not any("marked attended" in what for _, what in fixes)
    text = " ".join(pdftotext(weekly_report.render(data)).split())
    corrections = text[text.index("Corrections since the week ended"):]
    assert ("Typed Tom: sessions of 17 Nov 10:00, 18 Nov 10:00 recorded late, incident of "
            "19 Nov 20:00 recorded late") in corrections
    assert "Typed Tom: incident of 19 Nov 20:00 corrected (actions taken)" in corrections
