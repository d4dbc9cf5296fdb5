"""Small charts drawn with reportlab graphics (vector, so they print sharply).

Time runs the way the report reads: left to right, or right to left in an Arabic report
(the first day on the right, as in an Arabic calendar). Labels are drawn by `fonts.draw`,
not as the drawing's own strings: reportlab's strings neither shape Arabic nor keep
its letters in order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from safehaven import formats
from safehaven.reports import fonts
from safehaven.reports.layout import GREY, LINE, RED

MOOD_COLOURS = {1: "#c0504d", 2: "#e08a3c", 3: "#e3c14b", 4: "#8dbb5a", 5: "#4f9a6a"}


@dataclass(frozen=True, slots=True)
class Label:
    """A label centred on `x` with its baseline at `y` (points from the chart's corner)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    white: bool = False


class Chart(Flowable):
    """A drawing (bars, marks) and its labels."""

    def __init__(self, drawing: Drawing, labels: list[Label]) -> None:
        super().__init__()
        self.drawing = drawing
        self.labels = labels
        self.width, self.height = drawing.width, drawing.height
        self.hAlign = "RIGHT" if fonts.document_rtl() else "LEFT"  # where the page starts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        renderPDF.draw(self.drawing, canvas, 0, 0)
        for label in self.labels:
            canvas.setFillColor(colors.white if label.white else GREY)
            wide = fonts.string_width(label.text, label.size, label.bold)
            fonts.draw(canvas, label.x - wide / 2, label.y, label.text, label.size,
                       label.bold)


def mood_week(days: list[date], moods: dict[date, float], flagged: set[date],
              width: float = 210, height: float = 58) -> Chart:
    """Seven bars, one per day under its weekday: the day's mood (1-5); grey dash = no
    check-in; red dot = a risk flag. The first day is on the left, or on the right in a
    right-to-left report."""
    fonts.register()
    rtl = fonts.document_rtl()
    d = Drawing(width, height)
    labels: list[Label] = []
    label_h, top = 11, 8
    slot = width / len(days)
    plot_h = height - label_h - top
    d.add(_rect(0, label_h, width, plot_h, fill=None, stroke=LINE, stroke_width=0.4))
    for i, day in enumerate(days):
        x = (len(days) - 1 - i) * slot if rtl else i * slot
        labels.append(Label(x + slot / 2, 2, formats.weekday(day, width="short"), 6.5))
        mood = moods.get(day)
        if mood is None:
            d.add(_rect(x + slot * 0.3, label_h + 2, slot * 0.4, 1.2, fill=LINE))
            continue
        bar_h = plot_h * mood / 5
        d.add(_rect(x + slot * 0.2, label_h, slot * 0.6, bar_h,
                    fill=colors.HexColor(MOOD_COLOURS[max(1, min(5, round(mood)))])))
        labels.append(Label(x + slot / 2,
                            label_h + bar_h - 8 if bar_h > 12 else label_h + bar_h + 1,
                            formats.number(mood, digits=0 if mood == int(mood) else 1),
                            6.5, bold=True, white=bar_h > 12))
        if day in flagged:
            d.add(Circle(x + slot / 2, height - top / 2 - 1, 2.6, fillColor=RED,
                         strokeColor=None))
    return Chart(d, labels)


def _rect(x: float, y: float, width: float, height: float, *, fill: colors.Color | None,
          stroke: colors.Color | None = None, stroke_width: float = 1) -> Rect:
    """A rectangle filled and outlined (None: not at all)."""
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, stroke_width
    return rect
