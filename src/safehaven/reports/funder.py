"""The de-identified funder summary, as PDF and CSV: the same cells in both."""

from __future__ import annotations

import csv
import io

from reportlab.platypus import KeepTogether

from safehaven.domain.words import word
from safehaven.i18n import tr
from safehaven.reports import fonts
from safehaven.reports import layout as L
from safehaven.services.funder import MEASURE_TABLE, SUPPRESS_BELOW, TOTAL, FunderFigures


def _label(text: str) -> str:
    if text.startswith(MEASURE_TABLE[0]) and text.endswith(MEASURE_TABLE[1]):
        label = tr("children served, by change in {instrument} score since the first",
                   instrument=word(text[len(MEASURE_TABLE[0]):-len(MEASURE_TABLE[1])]))
    else:
        label = word(text)
    return label[:1].upper() + label[1:]


def period_words(data: FunderFigures) -> str:
    start, end = L.day(data.start), L.day(data.end)
    if data.kind == "quarter":
        return tr("Quarter {q} {year}: {start} to {end}", q=(data.start.month - 1) // 3 + 1,
                  year=data.start.year, start=start, end=end)
    if data.kind == "year":
        return tr("Year {year}: {start} to {end}", year=data.start.year, start=start, end=end)
    if data.kind == "financial year":
        return tr("Financial year {first}-{last}: {start} to {end}", first=data.start.year,
                  last=data.end.year, start=start, end=end)
    return tr("{start} to {end}", start=start, end=end)


def render(data: FunderFigures, *, organisation: str) -> bytes:
    period = period_words(data)
    doc = L.ReportDoc(title=tr("Programme summary for funders"), period=period,
                      house=organisation, generated=tr("De-identified figures"))
    s = L.styles()
    story: L.Story = [
        L.para(tr("Programme summary for funders"), s["title"]),
        L.para(period, s["body"]),
        L.para(tr("Counts only: no names, identifiers, dates of birth or notes. Tables about "
                  "children count each child once. Every count, totals included, has a small "
                  "adjustment added (none half the time, one more or one fewer most other "
                  "times), fixed for the same children or events so that a reprint matches; "
                  "a count below {n} after it, zero included, is shown as \"<{n}\". Because "
                  "of the adjustment, a table may not add up exactly to its total, and "
                  "subtracting one table or period from another does not give back a count "
                  "from 1 to 4 (now and then it shows that a count was zero).",
                  n=SUPPRESS_BELOW), s["confidential"]),
    ]
    rows: list[L.Row] = []
    current = None
    for table, category, shown in data.shown():
        if table != current:
            current = table
            rows = [[tr("Category"), tr("Count")]]
        if category == TOTAL:
            rows.append([tr("Total"), shown])
            last = len(rows) - 1
            story.append(KeepTogether([
                L.para(_label(table), s["h2"]),
                L.table(rows, [L.WIDTH * 0.7, L.WIDTH * 0.3],
                        extra=[("FONT", (0, last), (-1, last),
                                fonts.font_name("Sans", True), 8.5),
                               ("LINEABOVE", (0, last), (-1, last), 0.6, L.TEAL)])]))
        else:
            rows.append([_label(category), shown])
    return doc.render(story)


def csv_text(data: FunderFigures) -> str:
    """Columns `table,category,count`; each table ends with its `total` row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["table", "category", "count"])
    for table, category, shown in data.shown():
        writer.writerow([table, category, shown])
    return buffer.getvalue()
