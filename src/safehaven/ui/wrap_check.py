"""A checkbox whose words wrap onto more lines: a Qt checkbox keeps its text on one line, so
on a 1024-pixel screen a long Spanish or French option was cut off at the form's edge."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic


class WrappingCheckBox(QCheckBox):
    """Text, checked state, clicks, keys and the accessible name are a QCheckBox's; only the
    label is laid out over as many lines as the width it is given needs."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _indent(self) -> int:
        """The box and the gap before the words."""
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self))

    def _line(self) -> int:
        """The height of one line of the plain checkbox (box, text and margins)."""
        return max(super().sizeHint().height(), self.fontMetrics().height())

    def _text_height(self, width: int) -> int:
        bounds = self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 10_000), _WRAP,
                                                 self.text())
        return bounds.height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        extra = self._line() - self.fontMetrics().height()
        return max(self._line(), self._text_height(width - self._indent()) + extra)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word: the rest goes onto further lines. One line high:
        the layout asks `heightForWidth` for the lines at the width it gives (a minimum as
        tall as the narrowest wrapping left gaps under the boxes)."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(self._indent() + longest + 4, self._line())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the words toggle it, on every line

    def text_rect(self) -> QRect:
        """Where the words go: beside the box, on the reading side, the full height."""
        logical = self.rect().adjusted(self._indent(), 0, 0, 0)
        return QStyle.visualRect(self.layoutDirection(), self.rect(), logical)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""  # the box alone, level with the first line
        option.rect = QRect(0, 0, self.width(), min(self.height(), self._line()))
        option.state &= ~QStyle.StateFlag.State_HasFocus
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        words = self.text_rect()
        top = (self._line() - self.fontMetrics().height()) // 2
        words.setTop(words.top() + top)
        align = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)
        painter.drawItemText(words, int(align | Qt.AlignmentFlag.AlignTop) | int(_WRAP),
                             self.palette(), self.isEnabled(), self.text(),
                             QPalette.ColorRole.WindowText)
        if self.hasFocus():
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = self.fontMetrics().boundingRect(words, int(align) | int(_WRAP),
                                                         self.text()).adjusted(-2, 0, 2, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)
