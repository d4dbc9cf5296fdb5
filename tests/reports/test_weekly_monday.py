"""Page 1 of the weekly report is the Monday meeting: every child Today would name on the
week's last day, with Today's reasons, most urgent first; the whole house in six pages."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf

from safehaven.demo import generator
from safehaven.domain.vocab import AlertKind
from safehaven.reports import weekly as weekly_report
from safehaven.reports.weekly_attention import reason_words
from safehaven.services import today, trusted_adults, weekly
from safehaven.services.context import Context
from safehaven.services.weekly_attention import Reason, _from_alert
from tests.conftest import House
from tests.reports.pdftext import pdftotext

SUNDAY = date(2026, 11, 22)  # the last day of 2026-W47


def _at(house: House, moment: datetime) -> Context:
    return Context(house.vault, house.manager.actor, now=lambda: moment)


def test_page_one_names_whom_today_names_with_the_same_reasons(house: House) -> None:
    monday = _at(house, datetime(2026, 11, 23, 9, 0))
    generator.generate(_at(house, datetime.combine(SUNDAY, time(20))), residents=40, days=120,
                       seed=7, today=SUNDAY)
    data = weekly.report_data(monday, "2026-W47")
    view = today.overview(_at(house, datetime.combine(SUNDAY, time(23, 59, 59))))
    week = {r.id for r in data.residents}
    lines = {line.resident_id: line for line in data.attention.lines}
    expected = [a for a in view.alerts if a.resident_id in week
                and a.kind != AlertKind.NO_CHECKIN]
    assert expected, "the demo house has alerts on a Sunday"
    for a in expected:
        assert a.resident_id in lines, (a.kind, data.names[a.resident_id])
        assert _from_alert(a) in lines[a.resident_id].reasons
    for r in view.needs_checkin:
        if r.id in week:
            kinds = {x.kind for x in lines[r.id].reasons}
            assert "missed-checkins" in kinds
    # most urgent first: the levels never go back up
    levels = [line.level for line in data.attention.lines]
    assert levels == sorted(levels)
    # the routine vetting of a trusted adult is not a reason
    assert not any(x.kind == "vetting" for line in data.attention.lines for x in line.reasons)
    assert data.adults, "vetting in progress is still printed, with the details"

    pdf = weekly_report.render(data)
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    # its records were all written after the week: the corrections list names every
    # session, need and incident of the week as recorded late, a line per child
    assert len(pages) <= 6, len(pages)
    text = " ".join(pdftotext(pdf).split())
    first = text[:text.index("Incidents and risk flags this week")]
    assert first.count("Who needs attention") == 1
    assert f"Who needs attention ({len(data.attention.lines)} children)" in first
    for rid, line in lines.items():
        name = data.names[rid]
        if name.isascii():
            assert name in first
        for reason in line.reasons:
            words = " ".join(reason_words(reason).split())
            assert words in first, words
    quiet = data.attention.quiet
    assert not set(quiet) & set(lines)
    assert len(quiet) + len(lines) == len(data.residents)


def test_low_mood_all_week_missed_checkins_and_no_safety_plan_are_reasons(
        house: House) -> None:
    from safehaven.services import checkins, residents

    day = date(2026, 11, 16)
    rid = residents.add(_at(house, datetime(2026, 11, 1, 9)), "Lowmood Lina",
                        intake_date=date(2026, 11, 1)).record.id
    for d in (16, 17, 18):
        checkins.record(_at(house, datetime(2026, 11, d, 12)), rid, 2 if d != 18 else 1,
                        day=date(2026, 11, d), feels_safe="no" if d == 18 else None)
    data = weekly.report_data(_at(house, datetime(2026, 11, 23, 9)), "2026-W47")
    line = next(x for x in data.attention.lines if x.resident_id == rid)
    kinds = {r.kind: r for r in line.reasons}
    assert kinds["missed-checkins"].detail == "4"  # Thu to Sun
    assert kinds["low-mood"].detail == "1.7"
    assert kinds["feels-unsafe"].detail == "1"
    assert "no-safety-plan" in kinds
    assert line.reasons[0].kind == "feels-unsafe"  # the urgent reason first
    assert reason_words(Reason("missed-checkins", None, "4", 2)) == "4 check-ins missed"
    assert day.isoweekday() == 1
    assert trusted_adults  # the module the vetting entries come from
