"""Medicines in print: the weekly MAR chart matches the records and fits one landscape
page; the weekly report counts doses per resident and puts a missed dose on page 1; the
hand-off carries allergies, current medicines and the last dose given."""

from __future__ import annotations

import io
import subprocess
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from safehaven.reports import mar as mar_report
from safehaven.reports import resident as resident_report
from safehaven.reports import weekly as weekly_report
from safehaven.services import (
    handoff,
    health,
    mar,
    medication,
    medication_stock,
    residents,
    staff,
    weekly,
)
from safehaven.services.context import Context
from tests.conftest import House
from tests.reports.pdftext import pdftotext

MONDAY = date(2026, 11, 16)  # week 2026-W47


@pytest.fixture(autouse=True)
def _trained(house: House) -> None:
    """Sam, the house's staff member, is trained to give medicines."""
    staff.set_trained(house.manager, house.staff.actor.id)  # type: ignore[union-attr]


def at(house: House, day: date, hour: int, minute: int = 0, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: datetime.combine(day, time(hour, minute)))


def week_of_doses(house: House) -> tuple[str, str, str]:
    """Ana: sertraline at 08:00 and 20:00 all week; refused Wednesday morning, missed
    Thursday morning, nothing recorded Friday evening; paracetamol as needed twice."""
    rid = residents.add(at(house, MONDAY - timedelta(days=7), 9), "Ana").record.id
    health.save(at(house, MONDAY, 6), rid, allergies="Penicillin", reactions="rash",
                conditions="Asthma", gp_contact="Clínica Sur, 555 0101", height_cm=150,
                weight_kg=40.5)
    rx = medication.prescribe(at(house, MONDAY, 6), rid, "Sertraline", "50 mg", "oral",
                              "Dr Sol", times="08:00, 20:00", strength="50 mg").record.id
    prn = medication.prescribe(at(house, MONDAY, 6), rid, "Paracetamol", "500 mg", "oral",
                               "Dr Sol", as_needed=True, indication="pain",
                               min_interval_min=240).record.id
    for n in range(7):
        day = MONDAY + timedelta(days=n)
        for hour in (8, 20):
            outcome = {(2, 8): "refused", (3, 8): "missed"}.get((n, hour), "given")
            if (n, hour) == (4, 20):
                continue  # nobody recorded it
            medication.record_dose(at(house, day, hour, 5, "staff"), rx, outcome,
                                   due_at=datetime.combine(day, time(hour)))
    for day in (MONDAY, MONDAY + timedelta(days=2)):
        medication.record_dose(at(house, day, 15, 0, "staff"), prn, "given", reason="pain")
    return rid, rx, prn


def test_the_mar_chart_matches_the_records_on_one_landscape_page(house: House,
                                                                 tmp_path: Path) -> None:
    rid, _, _ = week_of_doses(house)
    ctx = at(house, MONDAY + timedelta(days=7), 9)
    chart = mar.chart(ctx, rid, MONDAY)
    pdf = mar_report.render(chart, {house.staff.actor.id: "Sam Staff"}, printed_at=ctx.now())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    text = " ".join(pdftotext(pdf).split())
    assert "ALLERGIES: Penicillin" in text and "Ana" in text
    assert text.count("G 08:05 SS") == 5 and text.count("G 20:05 SS") == 6
    assert "R 08:05 SS" in text and "M 08:05 SS" in text and "?" in text
    assert text.count("G 15:00 SS") == 2
    out = tmp_path / "mar.pdf"
    out.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")],
                   check=True)
    assert (tmp_path / "page-1.png").exists()


def test_weekly_report_counts_doses_and_flags_missed_ones(house: House) -> None:
    _, rx, _ = week_of_doses(house)
    medication_stock.record_stock(at(house, MONDAY, 7), rx, "received", 30)
    medication_stock.record_stock(at(house, MONDAY + timedelta(days=6), 21), rx, "counted", 15)
    ctx = at(house, MONDAY + timedelta(days=8), 9)
    data = weekly.report_data(ctx, "2026-W47")
    lines = {m.medicine: m for m in data.medicines}
    sert = lines["Sertraline"]
    assert (sert.due, sert.outcomes["given"], sert.outcomes["refused"], sert.missed) == (
        14, 11, 1, 2)
    assert lines["Paracetamol"].outcomes["given"] == 2
    assert [(c.kind, c.detail) for c in data.concerns if c.kind == "doses-missed"] == [
        ("doses-missed", "Sertraline|2")]
    # 30 received, 11 given: the balance says 19
    assert [c.detail for c in data.concerns if c.kind == "stock-discrepancy"] == [
        "Sertraline|15|19"]
    text = " ".join(pdftotext(weekly_report.render(data)).split())
    assert "Sertraline: 2 doses missed or not recorded" in text
    assert "Medicines this week" in text
    assert "Sertraline: counted 15, the balance said 19" in text


def test_handoff_carries_allergies_medicines_and_last_dose(house: House) -> None:
    rid, _, _ = week_of_doses(house)
    ctx = at(house, MONDAY + timedelta(days=7), 9)
    text = " ".join(pdftotext(resident_report.render(handoff.summary_data(ctx, rid))).split())
    assert "Health and medicines" in text
    assert "ALLERGIES: Penicillin (rash)" in text and "Asthma" in text
    assert "150 cm, 40.5 kg (16 Nov 2026)" in text
    assert "Sertraline 50 mg" in text and "22 Nov 2026 20:05" in text
    assert "as needed: pain" in text


def test_the_house_chart_has_a_page_per_child_with_medicines(house: House) -> None:
    week_of_doses(house)
    other = residents.add(at(house, MONDAY, 9), "Bo").record.id
    medication.prescribe(at(house, MONDAY, 9), other, "Iron", "200 mg", "oral", "Dr Sol",
                         times="08:00")
    residents.add(at(house, MONDAY, 9), "Cy")  # no medicines: no page
    ctx = at(house, MONDAY + timedelta(days=7), 9)
    pdf = mar_report.render(mar.house_charts(ctx, MONDAY), {}, printed_at=ctx.now())
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2
    assert "Ana" in pages[0].extract_text() and "Bo" in pages[1].extract_text()
    assert "Iron" in pages[1].extract_text() and "Sertraline" not in pages[1].extract_text()
