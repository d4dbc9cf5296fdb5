"""The app's look: one light palette and the stylesheet that matches it, set app-wide.

The stylesheet names its colours, so the palette under it must agree: on a dark OS theme
Qt's native palette would give dark text on dark fields. SafeHaven deliberately overrides
the OS colour scheme with Fusion and this light palette (one scheme, tested for contrast),
rather than half-following it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QTabBar,
    QTabWidget,
    QWidget,
)

INK = "#1d2b36"
TEAL = "#1f5f6b"
MUTED = "#6b7780"  # still 4.5:1 on white and on the window colour
# The focus ring (issue 25): a dark orange, 4.5:1 or more on white, the window and the
# buttons, and unlike the teal of a selection, so "where the keyboard is" never reads as
# "what is chosen". Fields and buttons keep their size when focused: the ring is one
# pixel wider and the padding one pixel narrower; tables keep a two-pixel frame always.
FOCUS = "#b34d00"

STYLE = f"""
QWidget {{ font-size: 10.5pt; }}
QLabel#heading {{ font-size: 16pt; font-weight: 600; color: {TEAL}; padding: 4px 0; }}
QLabel#title {{ font-size: 20pt; font-weight: 600; color: {TEAL}; }}
QLabel#error {{ color: #a8322d; }}
QLabel#hint {{ color: #5d6b75; font-size: 9pt; }}
QListWidget#nav {{ font-size: 12pt; border: none; background: #eef4f5; }}
QListWidget#nav::item {{ padding: 10px 12px; }}
QListWidget#nav::item:selected {{ background: {TEAL}; color: white; }}
QTableView {{ gridline-color: #dde6e9; alternate-background-color: #f5f9fa; }}
QHeaderView::section {{ background: {TEAL}; color: white; padding: 4px; border: none; }}
QTableView, QListView, QTreeView {{ border: 2px solid #dde6e9; }}
QTableView:focus, QListView:focus, QTreeView:focus {{ border: 2px solid {FOCUS}; }}
QListWidget#nav:focus {{ border: 2px solid {FOCUS}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ border: 1px solid #8a9499; border-radius: 3px;
    padding: 2px; background: #ffffff; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {FOCUS};
    padding: 1px; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{ background: #eef1f2; }}
QPushButton {{ padding: 5px 12px; border: 1px solid #8a9499; border-radius: 4px;
    background: #e9eef0; }}
QPushButton:hover {{ background: #dde8eb; }}
QPushButton:pressed {{ background: #cfe3e6; }}
QPushButton:default {{ border-color: {TEAL}; }}
QPushButton:checked {{ background: {TEAL}; color: white; border: 1px solid {TEAL}; }}
QPushButton:disabled {{ color: #8a9499; background: #eef1f2; border-color: #c5cdd1; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 4px 11px; }}
QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {FOCUS}; border-radius: 3px;
    padding: 1px 2px; }}
QToolButton:checked {{ background: #cfe3e6; border: 2px solid {TEAL}; border-radius: 6px; }}
QToolTip {{ color: {INK}; background: #fffbe6; border: 1px solid #c9b458; }}
"""


def light_palette() -> QPalette:
    """Every role the widgets draw with, light: the same whatever the OS theme is."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#f4f6f7", roles.WindowText: INK, roles.Base: "#ffffff",
        roles.AlternateBase: "#f5f9fa", roles.Text: INK, roles.Button: "#e9eef0",
        roles.ButtonText: INK, roles.BrightText: "#ffffff", roles.Highlight: TEAL,
        roles.HighlightedText: "#ffffff", roles.ToolTipBase: "#fffbe6",
        roles.ToolTipText: INK, roles.PlaceholderText: MUTED, roles.Link: TEAL,
        roles.LinkVisited: "#5a3f7a", roles.Light: "#ffffff", roles.Midlight: "#e3e8ea",
        roles.Mid: "#b8c2c7", roles.Dark: "#8a9499", roles.Shadow: "#4a555c",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a9499"))
    return palette


def apply_look(app: QApplication) -> None:
    """Fusion style, the light palette and the stylesheet, for the whole application."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: title bars and native dialogs too
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setStyle(FocusRingStyle("Fusion"))
    app.setPalette(light_palette())
    app.setStyleSheet(STYLE)


class FocusRingStyle(QProxyStyle):
    """Fusion with the focus ring in the focus colour wherever Qt draws its own focus frame
    (check boxes, radio buttons, the current tab of a focused tab bar, tool buttons): the
    style sheet cannot outline those, and Fusion's pale frame was invisible to QA (issue 25).
    A check box's or radio button's ring takes in its box as well as its words."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        if element != QStyle.PrimitiveElement.PE_FrameFocusRect \
                or not isinstance(widget, QCheckBox | QRadioButton | QTabBar):
            super().drawPrimitive(element, option, painter, widget)  # buttons: the sheet's
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(FOCUS), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
        painter.restore()

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        """The current tab of a focused tab bar is ringed too (Fusion draws nothing)."""
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_TabBarTab \
                and option.state & QStyle.StateFlag.State_HasFocus:
            ring = QStyleOption(option)
            ring.rect = option.rect.adjusted(1, 1, -1, -1)
            self.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, ring, painter, widget)

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption,
                       widget: QWidget | None = None) -> QRect:
        kinds = {QStyle.SubElement.SE_CheckBoxFocusRect: QStyle.SubElement.SE_CheckBoxIndicator,
                 QStyle.SubElement.SE_RadioButtonFocusRect:
                     QStyle.SubElement.SE_RadioButtonIndicator}
        rect = super().subElementRect(element, option, widget)  # type: ignore[arg-type]
        if element in kinds and widget is not None:
            box = super().subElementRect(kinds[element], option, widget)
            rect = rect.united(box).adjusted(-2, -2, 2, 2) & widget.rect()
        return rect


class _CompactTabs(FocusRingStyle):
    """The app's style with half the usual room either side of a tab's title."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        return value // 2 if metric == QStyle.PixelMetric.PM_TabBarTabHSpace else value


def tabs_in_one_row(tabs: QTabWidget) -> None:
    """Every tab in sight: no scroll arrows hiding the last ones (a tired worker never saw
    the tabs past the fifth on a 1024-pixel screen), titles closer together, and only on a
    screen narrower still a title shortened with "…" (its whole title is the tooltip)."""
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    style = _CompactTabs(tabs.style().name())
    style.setParent(tabs)  # lives as long as the tabs
    tabs.tabBar().setStyle(style)
