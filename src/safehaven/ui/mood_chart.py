"""A 30-day mood chart: one bar per day, coloured like the faces; gaps where no check-in."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from safehaven import clock, formats
from safehaven.domain.models import CheckIn
from safehaven.ui.faces import COLOURS


class MoodChart(QWidget):
    DAYS = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(90)
        self.moods: dict[date, int] = {}
        self.flagged: set[date] = set()
        self.end = clock.today()

    def set_checkins(self, checkins: list[CheckIn], end: date) -> None:
        self.end = end
        self.moods, self.flagged = {}, set()
        for c in sorted(checkins, key=lambda c: c.date):
            self.moods[c.date] = c.mood
            if c.flags:
                self.flagged.add(c.date)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        slot = w / self.DAYS
        base = h - 16
        p.setPen(QColor("#c9d6da"))
        p.drawLine(0, base, w, base)
        for i in range(self.DAYS):
            day = self.end - timedelta(days=self.DAYS - 1 - i)
            x = i * slot
            mood = self.moods.get(day)
            if mood is not None:
                bar = (base - 10) * mood / 5
                p.fillRect(QRectF(x + slot * 0.15, base - bar, slot * 0.7, bar),
                           QColor(COLOURS[mood]))
            if day in self.flagged:
                p.setBrush(QColor("#a8322d"))
                p.setPen(Qt.PenStyle.NoPen)
                p.drawEllipse(QRectF(x + slot / 2 - 3, 1, 6, 6))
            if day.weekday() == 0:
                p.setPen(QColor("#5d6b75"))
                p.drawText(QRectF(x, base + 2, slot * 4, 14), formats.day(day, year=False))
        p.end()
