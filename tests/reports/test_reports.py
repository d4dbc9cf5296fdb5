"""Reports: figures that match the records, names in every script, no one identifiable."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from datetime import date, datetime, time

import pypdf
import pytest

from safehaven.demo import generator
from safehaven.domain import models as m
from safehaven.domain.dates import days_between, week_bounds
from safehaven.errors import NotAllowed
from safehaven.reports import fonts
from safehaven.reports import funder as funder_report
from safehaven.reports import resident as resident_report
from safehaven.reports import weekly as weekly_report
from safehaven.services import (
    checkins,
    funder,
    handoff,
    needs,
    notes,
    residents,
    therapy,
    weekly,
)
from safehaven.services.context import Context
from safehaven.services.week_figures import in_house_on
from safehaven.store import reads
from tests.conftest import House
from tests.reports.pdftext import pdftotext

NAMES = {
    "latin": "Ștefan Mădălina Núñez",
    "cyrillic": "Анастасия Алёна",
    "greek": "Ελένη Δέσποινα",
    "vietnamese": "Nguyễn Thị Lan Hương",
    "thai": "กนกพร",
    "arabic": "فاطمة الزهراء",
    "amharic": "ትዕግሥት",
    "chinese": "李娜",
    "khmer": "ស្រីល័ក្ខ",
    "burmese": "ခင်မြတ်နိုး",
    "lao": "ແສງດາວ",
    "nepali": "लक्ष्मी श्रेष्ठ",
    "bengali": "মৌসুমী আক্তার",
    "hebrew": "נועה כהן",
}
TODAY = date(2026, 11, 26)


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def _at(house: House, day: date) -> Context:
    return Context(house.vault, house.manager.actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


@pytest.fixture
def named_house(house: House) -> tuple[House, dict[str, str]]:
    ctx = _at(house, TODAY)
    ids = {}
    for script, name in NAMES.items():
        rid = residents.add(ctx, name, intake_date=date(2026, 11, 1)).record.id
        ids[script] = rid
        checkins.record(_at(house, date(2026, 11, 17)), rid, 3, day=date(2026, 11, 17))
        plan = therapy.add_plan(house.clinician, rid, "art", "Studio", session_cap=10,
                                start_date=date(2026, 11, 1)).record
        therapy.schedule(house.manager, plan.id, datetime(2026, 11, 24, 10), confirmed=True)
    return house, ids


def test_every_script_renders_and_extracts_exactly(named_house: tuple[House, dict]) -> None:
    house, _ = named_house
    for name in NAMES.values():
        assert fonts.missing_glyphs(name) == "", name
    pdf = weekly_report.render(weekly.report_data(house.manager, "2026-W47"))
    text = pdftotext(pdf)  # a reader that honours ActualText, as PDF viewers do
    for script, name in NAMES.items():
        assert name in text, f"{script} name not found as stored"


def test_every_page_has_its_number_period_and_mark(named_house: tuple[House, dict]) -> None:
    house, _ = named_house
    pages = _pages(weekly_report.render(weekly.report_data(house.manager, "2026-W47")))
    assert len(pages) >= 2
    for n, text in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in text
        assert "2026-W47" in text and "CONFIDENTIAL" in text


def test_weekly_figures_match_an_independent_count(house: House) -> None:
    ctx = _at(house, TODAY)
    generator.generate(ctx, residents=25, days=120, seed=11, today=TODAY)
    week = "2026-W46"
    data = weekly.report_data(ctx, week)
    start, end = week_bounds(week)
    conn = house.vault.conn
    everyone = reads.all_of(conn, m.Resident)
    all_checkins = reads.all_of(conn, m.CheckIn)
    for day in days_between(start, end):
        present = {r.id for r in everyone if in_house_on(r, day)}
        done = {c.resident_id for c in all_checkins if c.date == day and c.resident_id in present}
        assert data.figures.checkins_expected[day] == len(present)
        assert data.figures.checkins_done[day] == len(done)
    sessions = [s for s in reads.all_of(conn, m.TherapySession)
                if start <= s.scheduled_at.date() <= end]
    expected = Counter(str(s.status) for s in sessions)
    groups_held = {g.id for g in reads.all_of(conn, m.GroupSession)  # a place at a group
                   if str(g.status) == "held" and start <= g.scheduled_at.date() <= end}
    for a in reads.all_of(conn, m.GroupAttendance):  # counts as a session, as funders count
        if a.group_id in groups_held and not a.deleted and str(a.status) in ("present", "absent"):
            expected["attended" if str(a.status) == "present" else "missed"] += 1
    assert data.figures.sessions == expected
    assert sum(data.figures.sessions.values()) > 10
    all_sessions = reads.all_of(conn, m.TherapySession)
    week_over = datetime.combine(end, time.max)
    held = {g.id for g in reads.all_of(conn, m.GroupSession)
            if str(g.status) == "held" and g.scheduled_at <= week_over}
    places = [a for a in reads.all_of(conn, m.GroupAttendance)
              if a.group_id in held and str(a.status) == "present"]
    assert places  # the house's groups count too: one session per resident present
    for plan_id, used in data.used.items():  # up to the end of the week only
        assert used == sum(1 for s in all_sessions if s.plan_id == plan_id
                           and s.scheduled_at <= week_over
                           and str(s.status) in ("attended", "missed")) + sum(
            1 for a in places if a.plan_id == plan_id)
    assert any(data.used[p] < sum(1 for s in all_sessions if s.plan_id == p
                                  and str(s.status) in ("attended", "missed"))
               for p in data.used)
    needs_all = reads.all_of(conn, m.Need)
    assert data.figures.needs_opened == Counter(str(n.category) for n in needs_all
                                                if start <= n.opened_on <= end)
    assert data.figures.needs_met == Counter(str(n.category) for n in needs_all
                                             if str(n.status) == "met" and n.closed_on
                                             and start <= n.closed_on <= end)
    open_ids = {n.id for n in data.open_needs}
    assert open_ids == {n.id for n in needs_all if n.opened_on <= end
                        and not (n.closed_on and n.closed_on <= end)
                        and n.resident_id in {r.id for r in data.residents}}
    weekly_report.render(data)  # and the PDF builds from it


def test_week_across_the_year_boundary(house: House) -> None:
    ctx = _at(house, date(2027, 1, 8))
    rid = residents.add(ctx, "Hoa", intake_date=date(2026, 12, 30)).record.id
    for d in (date(2026, 12, 31), date(2027, 1, 2), date(2027, 1, 4)):
        checkins.record(_at(house, d), rid, 4, day=d)
    w53 = weekly.report_data(ctx, "2026-W53")
    assert (w53.figures.start, w53.figures.end) == (date(2026, 12, 28), date(2027, 1, 3))
    assert sum(w53.figures.checkins_expected.values()) == 5  # 30 Dec to 3 Jan
    assert sum(w53.figures.checkins_done.values()) == 2
    w01 = weekly.report_data(ctx, "2027-W01")
    assert w01.figures.start == date(2027, 1, 4)
    assert w01.figures.checkins_done[date(2027, 1, 4)] == 1


def test_empty_week_still_makes_a_report(house: House) -> None:
    text = "\n".join(_pages(weekly_report.render(weekly.report_data(house.manager, "2026-W40"))))
    assert "No residents were in the house this week." in text
    assert "0/0" not in text and "100%" not in text and "0 of 0" not in text


def test_notes_for_the_manager_appear_and_clinical_ones_only_for_managers(house: House) -> None:
    ctx = _at(house, date(2026, 11, 18))
    rid = residents.add(ctx, "Grace", intake_date=date(2026, 11, 1)).record.id
    notes.write(Context(house.vault, house.staff.actor, now=ctx.now), rid,
                "Asked to talk about school.", for_manager=True)
    notes.write(Context(house.vault, house.clinician.actor, now=ctx.now), rid,
                "Clinical detail for the manager.", kind="clinical", for_manager=True)
    manager_text = "\n".join(_pages(weekly_report.render(weekly.report_data(ctx, "2026-W47"))))
    assert "Asked to talk about school." in manager_text
    assert "Clinical detail for the manager." in manager_text
    for who in (house.staff, house.clinician):  # printing it is the manager's (issue 25)
        with pytest.raises(NotAllowed):
            weekly.report_data(Context(house.vault, who.actor, now=ctx.now), "2026-W47")


def test_resident_summary_restricted_parts(house: House) -> None:
    rid = residents.add(house.manager, "Camila", legal_name="Camila R. Secret").record.id
    notes.write(house.clinician, rid, "Trauma narrative work.", kind="clinical")
    needs.add(house.staff, rid, "legal-immigration", priority="high")
    plain = "\n".join(_pages(resident_report.render(handoff.summary_data(house.manager, rid))))
    assert "Camila" in plain and "Legal / immigration" in plain
    assert "Camila R. Secret" not in plain and "Trauma narrative" not in plain
    full = "\n".join(_pages(resident_report.render(handoff.summary_data(
        house.manager, rid, include_legal_name=True, include_clinical=True))))
    assert "Camila R. Secret" in full and "Trauma narrative work." in full
    with pytest.raises(NotAllowed):
        handoff.summary_data(house.staff, rid, include_clinical=True)


def test_funder_summary_identifies_no_one(house: House) -> None:
    ctx = _at(house, TODAY)
    generator.generate(ctx, residents=30, days=200, seed=5, today=TODAY)
    data = funder.figures(ctx, date(2026, 7, 1), date(2026, 9, 30))
    pdf_text = "\n".join(_pages(funder_report.render(data, organisation="Test Org")))
    csv_text = funder_report.csv_text(data)
    conn = house.vault.conn
    forbidden = {r.preferred_name for r in reads.all_of(conn, m.Resident)}
    forbidden |= {r.id for r in reads.all_of(conn, m.Resident)}
    forbidden |= {n.body for n in reads.all_of(conn, m.CaseNote)}
    forbidden |= {c.note for c in reads.all_of(conn, m.CheckIn) if c.note}
    forbidden |= {r.date_of_birth.isoformat() for r in reads.all_of(conn, m.Resident)
                  if r.date_of_birth}
    for secret in forbidden:
        assert secret not in pdf_text and secret not in csv_text
    counts = [row["count"] for row in csv.DictReader(io.StringIO(csv_text))]
    assert counts and all(c in ("<5", "*") or int(c) >= 5 for c in counts)
    assert "<5" in counts
    table_counts = re.findall(r"(?m)^(?!.*(?:Page \d|\d{4}-\d\d-\d\d)).*\D(\d+)$", pdf_text)
    assert table_counts and all(int(n) >= 5 for n in table_counts)


@pytest.mark.parametrize(("args", "message"), [
    (["report", "weekly", "--week", "2026-53", "--out", "x.pdf"], "YYYY-Www"),
    (["report", "weekly", "--week", "2027-W53", "--out", "x.pdf"], "weeks 1 to 52"),
    (["report", "resident", "--id", "nobody", "--out", "x.pdf"], "No residents"),
    (["report", "weekly", "--week", "2099-W01", "--out", "x.pdf"], "has not started yet"),
    (["report", "weekly", "--week", "2026-W47", "--out", "/nonexistent/dir/x.pdf"],
     "Cannot write"),
])
def test_report_cli_errors(house: House, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture, args: list, message: str) -> None:
    from safehaven import cli
    from tests.conftest import PASSPHRASE

    house.vault.close()
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(house.folder.parent)
    failed = message == "Cannot write"  # exit 1: it failed; 2: the input was refused
    assert cli.main(["--vault", str(house.folder), "--staff", "Maria Manager", *args]) == (
        1 if failed else 2)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]
    assert not (house.folder.parent / "x.pdf").exists()
