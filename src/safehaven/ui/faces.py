"""Mood faces drawn with QPainter: no emoji font needed, the same on every laptop."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

COLOURS = {1: "#c0504d", 2: "#e08a3c", 3: "#e3c14b", 4: "#8dbb5a", 5: "#4f9a6a"}


def face_pixmap(mood: int, size: int = 48) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(COLOURS[mood]))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    p.setBrush(QColor("#1d2b36"))
    eye = size * 0.07
    p.drawEllipse(QPointF(size * 0.36, size * 0.4), eye, eye)
    p.drawEllipse(QPointF(size * 0.64, size * 0.4), eye, eye)
    pen = QPen(QColor("#1d2b36"), size * 0.06)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    curve = (mood - 3) * size * 0.09  # smile up, frown down
    path = QPainterPath(QPointF(size * 0.3, size * 0.66))
    path.quadTo(QPointF(size * 0.5, size * 0.66 + curve), QPointF(size * 0.7, size * 0.66))
    p.drawPath(path)
    p.end()
    return pix


def face_icon(mood: int) -> QIcon:
    return QIcon(face_pixmap(mood))
