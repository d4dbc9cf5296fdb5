"""Small charts drawn with reportlab graphics (vector, so they print sharply)."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.lib import colors

from safehaven import formats
from safehaven.reports import fonts
from safehaven.reports.layout import GREY, LINE, RED

MOOD_COLOURS = {1: "#c0504d", 2: "#e08a3c", 3: "#e3c14b", 4: "#8dbb5a", 5: "#4f9a6a"}


def mood_week(days: list[date], moods: dict[date, float], flagged: set[date],
              width: float = 210, height: float = 58) -> Drawing:
    """Seven bars, one per day: the day's mood (1-5); grey dash = no check-in; red dot = flag."""
    fonts.register()
    d = Drawing(width, height)
    label_h, top = 11, 8
    slot = width / len(days)
    plot_h = height - label_h - top
    d.add(Rect(0, label_h, width, plot_h, fillColor=None, strokeColor=LINE, strokeWidth=0.4))
    for i, day in enumerate(days):
        x = i * slot
        d.add(String(x + slot / 2, 2, formats.weekday(day, width="short"),
                     fontName=fonts.font_name("Sans"),
                     fontSize=6.5, fillColor=GREY, textAnchor="middle"))
        mood = moods.get(day)
        if mood is None:
            d.add(Rect(x + slot * 0.3, label_h + 2, slot * 0.4, 1.2, fillColor=LINE,
                       strokeColor=None))
            continue
        bar_h = plot_h * mood / 5
        d.add(Rect(x + slot * 0.2, label_h, slot * 0.6, bar_h,
                   fillColor=colors.HexColor(MOOD_COLOURS[max(1, min(5, round(mood)))]),
                   strokeColor=None))
        d.add(String(x + slot / 2, label_h + bar_h - 8 if bar_h > 12 else label_h + bar_h + 1,
                     formats.number(mood, digits=0 if mood == int(mood) else 1),
                     fontName=fonts.font_name("Sans", True), fontSize=6.5,
                     fillColor=colors.white if bar_h > 12 else GREY, textAnchor="middle"))
        if day in flagged:
            d.add(Circle(x + slot / 2, height - top / 2 - 1, 2.6, fillColor=RED,
                         strokeColor=None))
    return d
