"""The de-identified funder summary, as PDF and CSV: counts only, small counts as "<5"."""

from __future__ import annotations

import csv
import io

from safehaven.domain.words import word
from safehaven.i18n import tr
from safehaven.reports import layout as L
from safehaven.services.funder import SUPPRESS_BELOW, FunderFigures


def render(data: FunderFigures, *, organisation: str) -> bytes:
    period = tr("{start} to {end}", start=data.start.isoformat(), end=data.end.isoformat())
    doc = L.ReportDoc(title=tr("Programme summary for funders"), period=period,
                      house=organisation, generated=tr("De-identified figures"))
    s = L.styles()
    story: list = [
        L.para(tr("Programme summary for funders"), s["title"]),
        L.para(period, s["body"]),
        L.para(tr("Counts only: no names, identifiers, dates of birth or notes. Every count "
                  "below {n} is shown as \"<{n}\" so that no child can be recognised.",
                  n=SUPPRESS_BELOW), s["confidential"]),
    ]
    section = None
    rows: list[list[str]] = []
    for sec, item, shown in data.shown():
        if sec != section:
            if rows:
                story += [L.para(word(section).capitalize(), s["h2"]),
                          L.table(rows, [L.WIDTH * 0.7, L.WIDTH * 0.3])]
            section, rows = sec, [[tr("Item"), tr("Count")]]
        label = word(item)
        rows.append([label[:1].upper() + label[1:], shown])
    if rows:
        story += [L.para(word(section).capitalize(), s["h2"]),
                  L.table(rows, [L.WIDTH * 0.7, L.WIDTH * 0.3])]
    return doc.render(story)


def csv_text(data: FunderFigures) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["period_start", "period_end", "section", "item", "count"])
    for section, item, shown in data.shown():
        writer.writerow([data.start.isoformat(), data.end.isoformat(), section, item, shown])
    return buffer.getvalue()
