"""Outcome scores over time: one panel per instrument, its published bands shaded behind
the line, so a clinician sees at a glance whether a young person has moved band."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from safehaven import formats
from safehaven.domain.measures import Band, Instrument
from safehaven.services.measures import Scored
from safehaven.ui.bidi import isolated

# From least to most concern: calm green to the house's warning red, pale behind the line.
BAND_COLOURS = ("#e3f1e6", "#f4efd6", "#f7e2cf", "#f5d5d0", "#eec4c4", "#e5b4b4")
LINE = QColor("#1f6f78")
PANEL_HEIGHT = 150
LABEL_WIDTH = 170  # the least room for the band labels; more when a language needs it
LABEL_SHARE = 0.5  # and at most half the width, so the plot keeps the other half
GAP = 8  # between two date labels, and between a label and the edge


def band_label(lowest: int, words: str) -> str:
    """"14+ Hopeful": the score and the band's words are each their own run, so right to
    left it reads "14+" (not "+14") with the words beside it."""
    return f"{isolated(f'{lowest}+', left_to_right=True)} {isolated(words)}"


class MeasuresChart(QWidget):
    """Paints `set_scores`' measures; it holds no record beyond what it was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[Instrument, list[tuple[date, int]]]] = []
        self.band_words: dict[str, str] = {}
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(60)

    def set_scores(self, scored: list[Scored], band_words: dict[str, str],
                   empty_text: str) -> None:
        """`band_words`: each band's label in the reader's language."""
        by: dict[str, tuple[Instrument, list[tuple[date, int]]]] = {}
        for s in scored:
            by.setdefault(s.instrument.code, (s.instrument, []))[1].append(
                (s.measure.taken_on, s.measure.total))
        self.series = [(i, sorted(points, key=lambda p: p[0])) for i, points in by.values()]
        self.band_words, self.empty_text = band_words, empty_text
        self.setMinimumHeight(max(60, PANEL_HEIGHT * len(self.series)))
        self.updateGeometry()
        self.update()

    def span(self) -> tuple[date, date]:
        """The dates the x axis covers: every score, with a little room either side."""
        days = [d for _, points in self.series for d, _ in points]
        first, last = min(days), max(days)
        pad = max(7, (last - first).days // 20)
        return first - timedelta(days=pad), last + timedelta(days=pad)

    def label_width(self) -> float:
        """Room for the band labels: the widest one in full ('20+ Malestar moderado
        relacionado con el trauma'), within `LABEL_SHARE` of the width."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self._band_text(band))
                      for instrument, _ in self.series for band in instrument.bands),
                     default=0)
        return min(max(LABEL_WIDTH, widest + 14), self.width() * LABEL_SHARE)

    def _band_text(self, band: Band) -> str:
        return band_label(band.lowest, self.band_words.get(band.label, band.label))

    def date_labels(self, plot: QRectF, start: date, end: date) -> list[tuple[QRectF, str]]:
        """Where the first and latest dates are written: centred under their points, but
        each as wide as its words and moved in from the edge (right to left the first date
        sat at the edge with its day cut off) and clear of the other."""
        days = sorted({d for _, pts in self.series for d, _ in pts})
        metrics = self.fontMetrics()
        line = metrics.height() + 2
        out: list[tuple[QRectF, str]] = []
        for day in dict.fromkeys((days[0], days[-1])):
            text = formats.day(day)
            width = metrics.horizontalAdvance(text) + 4
            at = plot.left() + (day - start).days / max(1, (end - start).days) * plot.width()
            left = min(max(at - width / 2, GAP / 2), self.width() - GAP / 2 - width)
            if out and left < out[-1][0].right() + GAP:  # two dates close together
                left = out[-1][0].right() + GAP
            out.append((QRectF(left, plot.bottom() + 2, width, line), text))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.series:
            p.setPen(QColor("#5d6b75"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            p.end()
            return
        start, end = self.span()
        height = self.height() / len(self.series)
        for n, (instrument, points) in enumerate(self.series):
            self._panel(p, QRectF(0, n * height, self.width(), height - 6), instrument,
                        points, start, end)
        p.end()

    def _panel(self, p: QPainter, box: QRectF, instrument: Instrument,
               points: list[tuple[date, int]], start: date, end: date) -> None:
        line = p.fontMetrics().height()
        labels = self.label_width()
        plot = QRectF(box.left() + labels, box.top() + line + 4,
                      box.width() - labels - 12, box.height() - 2 * line - 10)
        lo, hi = instrument.min_score, instrument.max_score

        def y(score: float) -> float:
            return plot.bottom() - (score - lo) / max(1, hi - lo) * plot.height()

        def x(day: date) -> float:
            return plot.left() + (day - start).days / max(1, (end - start).days) * plot.width()

        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#23313a"))
        # 4 px in from both edges: right to left the title ends at the right one, and a
        # box as wide as the panel cut off its last letter, the ")" of "(house scale)"
        p.drawText(QRectF(box.left() + 4, box.top(), box.width() - 8, line + 2),
                   Qt.AlignmentFlag.AlignLeft, isolated(self.band_words.get(
                       instrument.name, instrument.name)))
        p.setFont(self.font())
        bands = list(instrument.bands)
        for i, band in enumerate(bands):
            upper = bands[i + 1].lowest - 1 if i + 1 < len(bands) else hi
            top_y, bottom_y = y(min(upper + 0.5, hi)), y(max(band.lowest - 0.5, lo))
            rect = QRectF(plot.left(), top_y, plot.width(), bottom_y - top_y)
            colour = BAND_COLOURS[min(band.level, len(BAND_COLOURS) - 1)]
            p.fillRect(rect.normalized(), QColor(colour))
            p.setPen(QColor("#5d6b75"))
            middle = rect.normalized().center().y()
            p.drawText(QRectF(box.left() + 4, middle - 8, labels - 8, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       p.fontMetrics().elidedText(self._band_text(band),
                                                  Qt.TextElideMode.ElideRight, int(labels - 10)))
        p.setPen(QColor("#c9d6da"))
        p.drawRect(plot)
        p.setPen(QColor("#5d6b75"))
        for where, text in self.date_labels(plot, start, end):  # the first and latest score
            p.drawText(where, Qt.AlignmentFlag.AlignHCenter, text)
        p.setPen(QPen(LINE, 2))
        dots = [QPointF(x(d), y(score)) for d, score in points]
        for a, b in pairwise(dots):
            p.drawLine(a, b)
        p.setBrush(LINE)
        for (_, score), dot in zip(points, dots, strict=True):
            p.drawEllipse(dot, 3.5, 3.5)
            p.drawText(QRectF(dot.x() - 20, dot.y() - 18, 40, 14),
                       Qt.AlignmentFlag.AlignHCenter, str(score))
        p.setBrush(Qt.BrushStyle.NoBrush)
