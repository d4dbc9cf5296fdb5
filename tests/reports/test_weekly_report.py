"""The weekly report's first page names who needs attention; long tables keep their names."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf

from safehaven import i18n
from safehaven.demo import generator
from safehaven.reports import weekly as weekly_report
from safehaven.services import (
    checkins,
    groups,
    incidents,
    needs,
    notes,
    residents,
    therapy,
    weekly,
)
from safehaven.services.context import Context
from tests.conftest import House
from tests.reports.pdftext import lines
from tests.reports.timed import TimedHouse, timed_house

__all__ = ["timed_house"]

TODAY = date(2026, 11, 26)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _at(house: House, day: date) -> Context:
    return Context(house.vault, house.manager.actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


def test_page_one_names_the_resident_with_a_self_harm_flag(house: House) -> None:
    ctx = _at(house, TODAY)
    generator.generate(ctx, residents=30, days=120, seed=11, today=TODAY)
    rid = residents.add(_at(house, date(2026, 11, 2)), "Zuzana Flagged",
                        intake_date=date(2026, 11, 2)).record.id
    checkins.record(_at(house, date(2026, 11, 18)), rid, 1, day=date(2026, 11, 18),
                    flags=["self-harm"])
    incidents.record(ctx, rid, "missing", occurred_at=datetime(2026, 11, 20, 22, 0),
                     description="Not back from school", last_seen_at=datetime(2026, 11, 20, 15),
                     last_seen_place="School gate")
    pages = _pages(weekly_report.render(weekly.report_data(ctx, "2026-W47")))
    first = " ".join(" ".join(pages).split())
    first = first[:first.index("Incidents and risk flags this week") + 400]
    assert "Who needs attention" in first
    line = first[first.index("Zuzana Flagged"):][:400]
    assert "Missing from care now" in line and "self-harm concern (18 Nov 2026)" in line
    text = " ".join(" ".join(pages).split())
    incident = text[text.index("Incidents and risk flags this week"):]
    assert "Missing from care: Not back from school" in incident
    assert "NOT YET ACKNOWLEDGED" in incident
    assert "What changed this week" in " ".join(" ".join(pages[:3]).split())


def test_what_changed_lists_arrivals_departures_and_moves(house: House) -> None:
    ctx = _at(house, TODAY)
    stays = residents.add(_at(house, date(2026, 11, 1)), "Stays",
                          intake_date=date(2026, 11, 1)).record.id
    goes = residents.add(_at(house, date(2026, 11, 1)), "Goes",
                         intake_date=date(2026, 11, 1)).record.id
    residents.move_stage(_at(house, date(2026, 11, 17)), stays, "stabilization",
                         "sleeping through the night", on=date(2026, 11, 17))
    residents.move_stage(_at(house, date(2026, 11, 18)), goes, "reintegration", "ready",
                         on=date(2026, 11, 18), destination="kinship",
                         skip_reason="an aunt was found at once")
    residents.move_stage(_at(house, date(2026, 11, 20)), goes, "follow-up", "moved to aunt",
                         on=date(2026, 11, 20))
    residents.add(_at(house, date(2026, 11, 19)), "Newcomer", intake_date=date(2026, 11, 19))
    text = " ".join(" ".join(_pages(weekly_report.render(
        weekly.report_data(ctx, "2026-W47")))).split())
    assert "Identification to stabilization sleeping through the night" in text
    assert "Left the house: kinship care moved to aunt" in text
    assert "Thu 19 Nov 2026 Newcomer Arrived" in text


def test_over_cap_is_named_in_red_words_and_empty_parts_say_so(
        timed_house: TimedHouse) -> None:
    h = timed_house
    rid = residents.add(h.on(date(2026, 10, 1)), "Capped",
                        intake_date=date(2026, 10, 1)).record.id
    plan = therapy.add_plan(h.on(date(2026, 10, 1), who="clinician"), rid, "emdr", "Clinic",
                            session_cap=3, start_date=date(2026, 10, 1)).record.id
    for d in (6, 13, 20, 27):
        s = therapy.schedule(h.on(date(2026, 10, 1)), plan, datetime(2026, 10, d, 10)).record.id
        therapy.set_status(h.on(date(2026, 10, d), 12), s, "attended")
    ctx = h.on(TODAY)
    text = " ".join(" ".join(_pages(weekly_report.render(
        weekly.report_data(ctx, "2026-W47")))).split())
    assert "EMDR: no session (4 of 3 funded, over cap)" in text  # all in October
    assert "4 of 3 funded sessions used" in text  # and on page 1
    assert "No arrivals, departures or stage moves this week." in text
    assert "0/0" not in text


def test_a_table_continued_on_the_next_page_repeats_the_name(house: House) -> None:
    ctx = _at(house, TODAY)
    rid = residents.add(_at(house, date(2026, 10, 1)), "Long List",
                        intake_date=date(2026, 10, 1)).record.id
    for i in range(70):
        needs.add(_at(house, date(2026, 10, 2)), rid, "other", notes=f"need {i}")
    pages = _pages(weekly_report.render(weekly.report_data(ctx, "2026-W47")))
    with_needs = [p for p in pages if "Open needs" in p]
    assert with_needs and all("Long List" in p for p in with_needs)
    assert " ".join(" ".join(pages).split()).count("Other (") == 70  # every need printed


def test_the_current_week_is_marked_in_progress(house: House) -> None:
    ctx = _at(house, TODAY)  # a Thursday
    rid = residents.add(_at(house, date(2026, 11, 1)), "Present",
                        intake_date=date(2026, 11, 1)).record.id
    checkins.record(ctx, rid, 4, day=TODAY)
    text = " ".join(" ".join(_pages(weekly_report.render(
        weekly.report_data(ctx, "2026-W48")))).split())
    assert "in progress: counted up to 26 Nov 2026" in text
    assert "Fri 27 Nov 2026 not yet" in text
    assert "Thu 26 Nov 2026 1 1 today, so far" in text


def test_a_note_for_the_manager_stays_with_its_header(house: House) -> None:
    """However far down the page the note falls, its header is on the page of its text."""
    ctx = _at(house, TODAY)
    rid = residents.add(_at(house, date(2026, 10, 1)), "Noted",
                        intake_date=date(2026, 10, 1)).record.id
    body = "Talked about home after dinner. " * 12
    notes.write(_at(house, date(2026, 11, 18)), rid, body, for_manager=True)
    start = " ".join(body.split())[:40]
    for _ in range(45):  # each added need pushes the note further down
        needs.add(_at(house, date(2026, 10, 2)), rid, "other")
        pages = [" ".join(p.split()) for p in
                 _pages(weekly_report.render(weekly.report_data(ctx, "2026-W47")))]
        (page,) = [p for p in pages if start in p]
        assert "Written by Note" in page[:page.index(start)][-160:]  # the table header


def test_a_group_is_listed_once_and_each_present_resident_on_their_plan(
        timed_house: TimedHouse) -> None:
    h = timed_house
    start = date(2026, 10, 1)
    ids = {n: residents.add(h.on(start), n, intake_date=start).record.id
           for n in ("Ana", "Bea", "Cai")}
    plans = {n: therapy.add_plan(h.on(start, who="clinician"), rid, "peer-group", "Circle",
                                 session_cap=4, start_date=start).record.id
             for n, rid in ids.items()}
    gid = groups.book(h.on(date(2026, 11, 16), who="staff"), list(ids.values()),
                      datetime(2026, 11, 20, 16), modality="peer-group",
                      title="Thursday circle").record.id
    groups.record_attendance(h.on(date(2026, 11, 20), 18, who="staff"), gid,
                             present=[ids["Ana"], ids["Bea"]], absent=ids["Cai"])
    groups.book(h.on(date(2026, 11, 21), who="staff"), [ids["Ana"], ids["Cai"]],
                datetime(2026, 11, 26, 16), modality="peer-group", title="Next circle")
    data = weekly.report_data(h.on(date(2026, 11, 23), 8), "2026-W47")
    assert [(g.session.title, len(g.attendance)) for g in data.groups] == [
        ("Thursday circle", 3)]
    assert [g.session.title for g in data.next_groups] == ["Next circle"]
    assert (data.used.get(plans["Ana"]), data.used.get(plans["Cai"])) == (1, None)
    flat = " ".join(" ".join(_pages(weekly_report.render(data))).split())
    assert "Group sessions this week" in flat and "2 of 3" in flat
    assert flat.count("Thursday circle") == 1  # the group's own table, once
    assert flat.count("Fri group: present") == 2 and flat.count("Fri group: absent") == 1
    assert flat.count("Group: Next circle (2 residents)") == 1


def test_an_arabic_report_separates_list_items_with_arabic_punctuation(house: House) -> None:
    """'السكن الآمن، مستحق في … ؛ التعليم، …': the Arabic semicolon and comma, not ';'."""
    ctx = _at(house, TODAY)
    rid = residents.add(_at(house, date(2026, 10, 1)), "Two Needs",
                        intake_date=date(2026, 10, 1)).record.id
    for category, due in (("education", date(2026, 11, 2)), ("medical", date(2026, 11, 9))):
        needs.add(_at(house, date(2026, 10, 2)), rid, category, due_date=due)
    data = weekly.report_data(ctx, "2026-W47")
    english = " ".join(lines(weekly_report.render(data)))
    assert "Education (medium, OVERDUE since 2 Nov), Medical (medium, OVERDUE since 9 Nov)" \
        in english
    with i18n.speaking("ar"):
        arabic = " ".join(lines(weekly_report.render(data)))
        education, medical = i18n.tr("Education"), i18n.tr("Medical")
    row = arabic[arabic.index(education):][:80]
    assert medical in row and "،" in row
    assert ";" not in arabic and "," not in row


def test_joined_lists_in_the_languages_punctuation() -> None:
    assert i18n.joined(["a", "b", "c"]) == "a, b, c"
    assert i18n.joined(["a"], semicolons=True) == "a" and i18n.joined([]) == ""
    with i18n.speaking("ar"):
        assert i18n.joined(["أ", "ب"]) == "أ، ب"
        assert i18n.joined(["أ", "ب"], semicolons=True) == "أ؛ ب"
    with i18n.speaking("fr"):
        assert i18n.joined(["a", "b"], semicolons=True) == "a; b"
