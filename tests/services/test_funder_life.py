"""Funder figures about trafficking (issue 31): children served by form of exploitation and
by identification decision, partitions of the same children, small counts hidden like every
other cell; the sealed forms are opened for the manager who runs it."""

from __future__ import annotations

import io
from datetime import date, datetime, time

from pypdf import PdfReader

from safehaven.reports import funder as report
from safehaven.services import funder, funder_life, profile, residents
from safehaven.services.context import Context
from tests.conftest import House

TODAY = date(2026, 11, 26)


def _at(house: House, when: datetime, who: str = "manager") -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def test_exploitation_and_decision_tables_for_a_month(house: House) -> None:
    early = _at(house, datetime(2026, 9, 1, 9))
    ids = [residents.add(early, f"Child {i}", intake_date=date(2026, 9, 1)).record.id
           for i in range(9)]
    for rid in ids[:6]:
        profile.save(early, rid, exploitation="sexual")
    profile.save(early, ids[6], exploitation="labour,criminal")
    for rid in ids[:5]:
        profile.add_decision(early, rid, kind="nrm-reasonable-grounds", outcome="positive",
                             applied_on=date(2026, 8, 1), decided_on=date(2026, 8, 5))
    profile.add_decision(early, ids[0], kind="nrm-conclusive-grounds", outcome="positive",
                         applied_on=date(2026, 8, 5), decided_on=date(2026, 8, 30))
    profile.add_decision(early, ids[5], kind="t-visa", applied_on=date(2026, 8, 20))
    data = funder.figures(_at(house, datetime.combine(TODAY, time(9))), date(2026, 10, 1),
                          date(2026, 10, 31))
    truth = {(t, c): n for t, c, n in data.rows}
    shown = {(t, c): v for t, c, v in data.shown()}
    forms = "children served, by form of exploitation"
    assert truth[(forms, "sexual")] == 6 and truth[(forms, "more than one form")] == 1
    assert truth[(forms, "not recorded")] == 2 and truth[(forms, "total")] == 9
    assert shown[(forms, "total")] == shown[("children served, by gender", "total")]
    decided = "children served, by identification decision"
    assert truth[(decided, "positive final decision")] == 1
    assert truth[(decided, "positive first-stage decision only")] == 4
    assert truth[(decided, "awaiting a decision")] == 1
    assert truth[(decided, "no decision recorded")] == 3
    for (t, c), v in shown.items():  # the adjusted counts, "<5" below 5 (an adjusted 4
        if t in (forms, decided):     # may show as 6: the adjustment has no bound)
            published = data.published_cells[(t, c)]
            assert v == ("<5" if published < 5 else str(published))
    csv_rows = [row for row in data.shown() if row[0] in (forms, decided)]
    assert len(csv_rows) == len(funder_tables_categories()) + 2


def funder_tables_categories() -> list[str]:
    from safehaven.services import funder_life
    return [*funder_life.EXPLOITATION, *funder_life.DECISIONS]


def test_children_by_citizenship_region_in_the_summary_pdf_and_csv(house: House) -> None:
    """A region from the country's code or name; no profile, "Unknown" or a word the table
    does not know is "unknown"; small cells hidden; the PDF shows the label in words."""
    early = _at(house, datetime(2026, 9, 1, 9))
    ids = [residents.add(early, f"Child {i}", intake_date=date(2026, 9, 1)).record.id
           for i in range(14)]
    for rid, country in zip(ids, ["AL", "Albania", "Viet Nam", "vn", "Romania", "RO",
                                  "ro", "United Kingdom", "Nigeria", "Côte d'Ivoire",
                                  "Unknown", "Albanian"], strict=False):
        profile.save(early, rid, citizenship=country)
    data = funder.figures(_at(house, datetime.combine(TODAY, time(9))), date(2026, 10, 1),
                          date(2026, 10, 31))
    region = "children served, by citizenship region"
    truth = {c: n for t, c, n in data.rows if t == region}
    assert truth == {"Europe": 6, "Asia": 2, "Africa": 2, "Americas": 0, "Oceania": 0,
                     "unknown": 4, "total": 14}
    shown = {c: v for t, c, v in data.shown() if t == region}
    assert list(shown) == [*funder_life.CITIZENSHIP, "total"]
    assert shown["total"] == dict(((t, c), v) for t, c, v in data.shown())[
        ("children served, by gender", "total")]
    for c, v in shown.items():
        published = data.published_cells[(region, c)]
        assert v == ("<5" if published < 5 else str(published))
    csv = report.csv_text(data)
    assert all(f'"{region}",{c},{v}\n' in csv for c, v in shown.items())
    pdf = report.render(data, organisation="Casa")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages
                             ).split())
    assert "Children served, by citizenship region" in text
    assert f"Europe {shown['Europe']}" in text and f"Unknown {shown['unknown']}" in text
