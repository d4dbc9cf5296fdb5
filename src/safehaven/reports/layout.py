"""The look every report shares: A4, calm colours, a confidential footer on every page."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from safehaven import formats
from safehaven.i18n import tr
from safehaven.reports import fonts
from safehaven.reports.text import Lines

INK = colors.HexColor("#1d2b36")
TEAL = colors.HexColor("#1f5f6b")
PALE = colors.HexColor("#eef4f5")
LINE = colors.HexColor("#c9d6da")
AMBER = colors.HexColor("#b36b00")
RED = colors.HexColor("#a8322d")
GREY = colors.HexColor("#5d6b75")
MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN
A4_HEIGHT = A4[1]

Styles = dict[str, ParagraphStyle]  # a report's paragraph styles, by name
Story = list[Flowable]  # what a report draws, top to bottom
# one table cell: text, a count, a flowable or several stacked
Cell = str | int | float | Flowable | list[Flowable] | None
Row = list[Cell]
StyleCommand = tuple[Any, ...]  # ("NAME", (col, row), (col, row), *arguments)


def styles() -> Styles:
    fonts.register()
    base = ParagraphStyle("body", fontName=fonts.font_name("Sans"), fontSize=9, leading=12,
                          textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "title": ParagraphStyle("title", parent=base, fontName=fonts.font_name("Sans", True),
                                fontSize=22, leading=27, textColor=TEAL),
        "h1": ParagraphStyle("h1", parent=base, fontName=fonts.font_name("Sans", True),
                             fontSize=14, leading=18, textColor=TEAL, spaceBefore=8,
                             spaceAfter=4, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=fonts.font_name("Sans", True),
                             fontSize=10.5, leading=14, textColor=INK, spaceBefore=6,
                             spaceAfter=2, keepWithNext=1),
        "flag": ParagraphStyle("flag", parent=base, textColor=RED,
                               fontName=fonts.font_name("Sans", True)),
        "confidential": ParagraphStyle("confidential", parent=base, fontSize=8.5, leading=11,
                                       textColor=RED, borderColor=RED, borderWidth=0.8,
                                       borderPadding=6, spaceBefore=6, spaceAfter=10),
    }


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of any script (free text is escaped, never read as markup)."""
    if fonts.is_complex(text):
        return Lines(text, style.fontSize, style.leading, style.textColor)
    return Paragraph(fonts.markup(text, bold="Bold" in style.fontName), style)


def table(rows: Sequence[Sequence[Cell]], widths: Sequence[float], *,
          header: bool = True, zebra: bool = True, extra: Sequence[StyleCommand] = (),
          title: Cell = None, dense: bool = False) -> Table:
    """A table whose header row repeats on every page it spans; a `title` (a resident's
    name) is a first row above the header, repeated with it. A `dense` table (the weekly
    report's details) has 8 pt text and little padding, so a house of 40 fits six pages."""
    grid: list[Row] = [list(row) for row in rows]
    rtl = fonts.document_rtl()
    if rtl:  # Arabic: the first column on the right, where the eye starts
        count = len(widths)
        grid = [row[::-1] for row in grid]
        widths = list(reversed(widths))
        extra = [mirrored(cmd, count) for cmd in extra]
    if title is not None:
        heading: Row = [title, *([""] * (len(widths) - 1))]
        grid = [heading, *grid]
        extra = [("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.white), *_shift(extra)]
    first = 1 if title is not None else 0
    # a plain cell in a script that needs shaping or right-to-left order ("متأخر: 2") is
    # drawn as Lines too: reportlab's own cell text would leave its letters blank
    grid = [[_cell(value, header and i == first, dense) for value in row]
            for i, row in enumerate(grid)]
    t = Table(grid, colWidths=list(widths),
              repeatRows=(1 if header else 0) + (1 if title is not None else 0))
    style: list[StyleCommand] = [
        ("FONT", (0, 0), (-1, -1), fonts.font_name("Sans"), 8 if dense else 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1 if dense else 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if dense else 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 if dense else 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4 if dense else 6),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, LINE),
    ]
    if header:
        style += [("FONT", (0, first), (-1, first), fonts.font_name("Sans", True), 8),
                  ("TEXTCOLOR", (0, first), (-1, first), colors.white),
                  ("BACKGROUND", (0, first), (-1, first), TEAL)]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, first + (1 if header else 0)), (-1, -1),
                      [colors.white, PALE]))
    if rtl:
        style.append(("ALIGN", (0, 0), (-1, -1), "RIGHT"))
    t.setStyle(TableStyle(style + list(extra)))
    return t


def mirrored(cmd: StyleCommand, count: int) -> StyleCommand:
    """A table style command for the same cells once the `count` columns are reversed."""
    name, (c0, r0), (c1, r1), *rest = cmd
    first, last = (c if c >= 0 else count + c for c in (c0, c1))
    return (name, (count - 1 - last, r0), (count - 1 - first, r1), *rest)


def _cell(value: Cell, header: bool, dense: bool = False) -> Cell:
    if isinstance(value, str) and value and fonts.is_complex(value):
        return Lines(value, 8 if header or dense else 8.5, 9.6 if dense else 10.5,
                     colors.white if header else INK)
    return value


class ReportDoc(SimpleDocTemplate):
    """A4 document; every page says what it is, for which period, and that it is confidential."""

    def __init__(self, *, title: str, period: str, house: str, generated: str,
                 pagesize: tuple[float, float] = A4) -> None:
        self.buffer = io.BytesIO()
        super().__init__(self.buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN + 4 * mm,
                         title=title, author="SafeHaven", subject=period,
                         creator="SafeHaven")
        self.report_title = title
        self.period = period
        self.house = house
        self.generated = generated

    def render(self, story: Story) -> bytes:
        """The PDF in memory: nothing reaches the disk unless the user saves it."""
        self.build(story, onFirstPage=self._decorate, onLaterPages=self._decorate,
                   canvasmaker=_numbered_canvas(self))
        return self.buffer.getvalue()

    def _decorate(self, canvas: Canvas, doc: object) -> None:
        canvas.saveState()
        width, height = self.pagesize
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, height - MARGIN, width - MARGIN, height - MARGIN)
        rtl = fonts.document_rtl()  # Arabic: what starts a line sits on the right

        def line(y: float, text: str, *, start: bool, bold: bool = False) -> None:
            wide = fonts.string_width(text, 7.5, bold=bold, rtl=rtl)
            at_left = start != rtl
            fonts.draw(canvas, MARGIN if at_left else width - MARGIN - wide, y, text, 7.5,
                       bold)

        canvas.setFillColor(GREY)
        line(height - MARGIN + 3, " · ".join(x for x in (self.house, self.report_title) if x),
             start=True)
        canvas.setFillColor(RED)
        line(height - MARGIN + 3, tr("CONFIDENTIAL"), start=False, bold=True)
        canvas.line(MARGIN, MARGIN, width - MARGIN, MARGIN)
        canvas.setFillColor(GREY)
        line(MARGIN - 10, f"{self.period} · {self.generated}", start=True)
        canvas.restoreState()


def _numbered_canvas(doc: ReportDoc) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Defers pages so each can say 'page N of M'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own, unstubbed

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(GREY)
                text = tr("Page {n} of {total}", n=self.getPageNumber(), total=total)
                wide = fonts.string_width(text, 7.5)
                # at the end of the footer line: the right, or the left in Arabic
                right = doc.pagesize[0] - MARGIN - wide  # landscape too (the MAR chart)
                fonts.draw(self, MARGIN if fonts.document_rtl() else right,
                           MARGIN - 10, text, 7.5)
                super().showPage()
            super().save()

    return NumberedCanvas


def _shift(extra: Sequence[StyleCommand]) -> list[StyleCommand]:
    """Table style commands moved one row down (below a title row)."""
    out = []
    for cmd in extra:
        name, (c0, r0), (c1, r1), *rest = cmd
        out.append((name, (c0, r0 + 1 if r0 >= 0 else r0), (c1, r1 + 1 if r1 >= 0 else r1),
                    *rest))
    return out


def day(d: date | None, *, weekday: bool = False) -> str:
    """The one date format of every report: '27 Nov 2026' (optionally 'Fri 27 Nov 2026'),
    in the words of the report's language."""
    return formats.day(d, weekday=weekday)


def weekday(d: date) -> str:
    """The short name of the day of the week: 'Fri'."""
    return formats.weekday(d)


def moment(at: datetime) -> str:
    """A date and time: '27 Nov 2026 14:30'."""
    return f"{day(at.date())} {at:%H:%M}"


def generated_line(by: str, at: datetime) -> str:
    return tr("Generated by {who} on {when}", who=by or tr("(recovery key)"), when=moment(at))
