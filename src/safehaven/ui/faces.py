"""Mood faces drawn as vectors with QPainter at paint time: no emoji font needed, the same
on every laptop, and sharp at any screen scale (no fixed-size pixmap is ever scaled)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QWidget

COLOURS = {1: "#c0504d", 2: "#e08a3c", 3: "#e3c14b", 4: "#8dbb5a", 5: "#4f9a6a"}
INK = "#1d2b36"
CHOSEN = "#1f5f6b"


def paint_face(p: QPainter, box: QRectF, mood: int) -> None:
    """One face inside `box`, in logical coordinates: the painter scales it to the screen."""
    size = min(box.width(), box.height())
    x0 = box.x() + (box.width() - size) / 2
    y0 = box.y() + (box.height() - size) / 2

    def at(fx: float, fy: float) -> QPointF:
        return QPointF(x0 + fx * size, y0 + fy * size)

    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(COLOURS[mood]))
    p.drawEllipse(QRectF(x0 + size * 0.04, y0 + size * 0.04, size * 0.92, size * 0.92))
    p.setBrush(QColor(INK))
    eye = size * 0.07
    p.drawEllipse(at(0.36, 0.4), eye, eye)
    p.drawEllipse(at(0.64, 0.4), eye, eye)
    pen = QPen(QColor(INK), size * 0.06)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    curve = (mood - 3) * 0.09  # smile up, frown down
    path = QPainterPath(at(0.3, 0.66))
    path.quadTo(at(0.5, 0.66 + curve), at(0.7, 0.66))
    p.drawPath(path)
    p.restore()


class FaceButton(QAbstractButton):
    """A checkable mood face. Chosen, it gets a thick dark frame, a tinted background and a
    tick with its word in bold below: readable without colour (and so in greyscale print
    or for colour-blind staff), not only a subtle shade."""

    FACE = 40

    def __init__(self, mood: int, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mood = mood
        self.label = label
        self.setText("")  # painted; the word is the accessible name and drawn below
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(label)
        self.setAccessibleName(label)
        self.toggled.connect(self._describe)
        self._describe(False)

    def _describe(self, checked: bool) -> None:
        state = self.tr("chosen") if checked else self.tr("not chosen")
        self.setAccessibleDescription(self.tr("Mood {0} of 5: {1}").format(self.mood, state))
        self.update()

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().horizontalAdvance(self.label) + 12
        return QSize(max(self.FACE + 16, text), self.FACE + 16 + self.fontMetrics().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        checked = self.isChecked()
        if checked:
            p.setPen(QPen(QColor(CHOSEN), 3))
            p.setBrush(QColor("#cfe3e6"))
            p.drawRoundedRect(frame, 8, 8)
        elif self.hasFocus() or self.underMouse():
            p.setPen(QPen(QColor("#8aa7ad"), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(frame, 8, 8)
        text_h = self.fontMetrics().height()
        face = QRectF(0, 6, self.width(), self.height() - text_h - 10)
        paint_face(p, face, self.mood)
        if checked:  # a tick badge: the choice shows by shape, not only by colour
            r = self.FACE * 0.22
            centre = QPointF(self.width() / 2 + self.FACE * 0.42, 6 + r)
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(QColor(CHOSEN))
            p.drawEllipse(centre, r, r)
            tick = QPen(QColor("white"), 2.2)
            tick.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(tick)
            path = QPainterPath(centre + QPointF(-r * 0.45, 0))
            path.lineTo(centre + QPointF(-r * 0.1, r * 0.4))
            path.lineTo(centre + QPointF(r * 0.5, -r * 0.4))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        font = QFont(self.font())
        font.setBold(checked)
        p.setFont(font)
        p.setPen(QColor(INK if checked or self.isEnabled() else "#8a9499"))
        p.drawText(QRectF(0, self.height() - text_h - 4, self.width(), text_h),
                   Qt.AlignmentFlag.AlignCenter, self.label)
        p.end()
