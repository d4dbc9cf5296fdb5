"""The young person's safety plan on one page, in their language where SafeHaven has it.

Headings speak as the young person ("What helps me"): the plan is made with them and the
page is theirs to keep. It carries no house name, only their preferred name.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from safehaven.i18n import speaking, tr
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.safety_plans import Printout


def parts() -> list[tuple[str, str]]:
    """Each part of the plan with its heading, in the order a crisis is met."""
    return [("warning_signs", tr("Signs that I am not OK")),
            ("coping", tr("What helps me")),
            ("safe_people_places", tr("Safe people and places")),
            ("avoid", tr("People and places I stay away from")),
            ("contacts", tr("Whom I can call"))]


def render(p: Printout) -> bytes:
    with speaking(p.language):
        return _render(p)


def _render(p: Printout) -> bytes:
    s = L.styles()
    # Larger than the manager's reports: the page is read in a hard moment.
    body = ParagraphStyle("plan", parent=s["body"], fontSize=12, leading=16)
    part = ParagraphStyle("part", parent=s["h2"], fontSize=13, leading=17, textColor=L.TEAL)
    doc = L.ReportDoc(title=tr("My safety plan"),
                      period=tr("Next review {day}", day=L.day(p.plan.review_due)), house="",
                      generated=L.generated_line(p.printed_by, p.printed_at))
    boxes = []
    for field, heading in parts():
        text = getattr(p.plan, field) or ""
        lines = [L.para(line, body) for line in text.splitlines() if line.strip()]
        boxes.append([[L.para(heading, part), *(lines or [L.para("–", body)])]])
    table = Table(boxes, colWidths=[L.WIDTH])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, L.TEAL),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, L.TEAL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("ROWBACKGROUNDS", (0, 0), (-1, -1), [L.PALE, "white"]),
    ]))
    story = [
        L.para(tr("My safety plan"), s["title"]),
        Text(p.name, 16, bold=True, color=L.INK),
        Spacer(1, 2 * mm),
        L.para(tr("Made together on {day}. We look at it again by {due}.",
                  day=L.day(p.plan.reviewed_on), due=L.day(p.plan.review_due)), body),
        Spacer(1, 4 * mm),
        table,
    ]
    # One page always: a long plan is set smaller rather than spilling onto a second sheet.
    height = L.A4_HEIGHT - 2 * (L.MARGIN + 4 * mm)
    return doc.render([KeepInFrame(L.WIDTH, height, story, mode="shrink")])
