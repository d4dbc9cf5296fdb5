"""A visible focus ring (issue 25 item 6): a focused table, field or button is outlined in
the focus colour, which nothing unfocused shows; the style sheet holds the rules for them,
under the light look whatever the OS theme is."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from safehaven.ui.look import FOCUS, STYLE, apply_look


def test_the_style_sheet_has_a_focus_rule_for_tables_fields_and_buttons() -> None:
    rules = {sel.strip(): body for sels, body in re.findall(r"([^{}]+)\{\{?([^{}]*)\}", STYLE)
             for sel in sels.split(",")}
    for widget in ("QTableView", "QListView", "QLineEdit", "QPlainTextEdit", "QPushButton",
                   "QComboBox", "QAbstractSpinBox"):
        assert FOCUS in rules[f"{widget}:focus"], widget


def _ring_pixels(image: QImage, widget: QWidget, window: QWidget) -> int:
    """Pixels of the focus colour on the widget's outer two-pixel edge."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    ring = QColor(FOCUS)
    found = 0
    ratio = image.devicePixelRatio()
    for x in range(widget.width()):
        for y in (0, 1, widget.height() - 2, widget.height() - 1):
            colour = image.pixelColor(int((top_left.x() + x) * ratio),
                                      int((top_left.y() + y) * ratio))
            if abs(colour.red() - ring.red()) + abs(colour.green() - ring.green()) + \
                    abs(colour.blue() - ring.blue()) < 24:
                found += 1
    return found


@pytest.fixture
def styled(qapp, qtbot) -> QWidget:
    if qapp.styleSheet() != STYLE:  # as the screenshots do: once per process
        apply_look(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    model = QStandardItemModel(3, 2, window)
    table = QTableView()
    table.setModel(model)
    table.setObjectName("table")
    layout = QVBoxLayout(window)
    for w in (QLineEdit(), QPlainTextEdit(), QPushButton("Save"), table):
        layout.addWidget(w)
    window.resize(400, 360)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QPushButton, QTableView])
def test_the_focused_widget_and_only_it_shows_the_ring(styled: QWidget, qtbot, kind: type
                                                       ) -> None:
    widgets = [w for w in styled.findChildren(QWidget)
               if isinstance(w, QLineEdit | QPlainTextEdit | QPushButton | QTableView)]
    target = next(w for w in widgets if isinstance(w, kind))
    target.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(target.hasFocus)
    image = styled.grab().toImage()
    assert _ring_pixels(image, target, styled) > target.width(), kind.__name__
    for other in widgets:
        if other is not target:
            assert _ring_pixels(image, other, styled) == 0, type(other).__name__


def _ring_anywhere(image: QImage, widget: QWidget, window: QWidget) -> int:
    """Pixels of the focus colour anywhere on the widget."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    ring, ratio, found = QColor(FOCUS), image.devicePixelRatio(), 0
    for x in range(widget.width()):
        for y in range(widget.height()):
            colour = image.pixelColor(int((top_left.x() + x) * ratio),
                                      int((top_left.y() + y) * ratio))
            if abs(colour.red() - ring.red()) + abs(colour.green() - ring.green()) + \
                    abs(colour.blue() - ring.blue()) < 24:
                found += 1
    return found


def test_check_boxes_radio_buttons_and_tab_bars_show_the_ring_when_focused(qapp, qtbot
                                                                          ) -> None:
    """QA found no ring on the check-in's flags nor on a focused tab bar (Fusion's own
    frame): the app's style draws Qt's focus frame in the focus colour, box included."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QTabWidget

    from safehaven.ui.look import tabs_in_one_row

    if qapp.styleSheet() != STYLE:
        apply_look(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    box, radio, tabs = QCheckBox("Self-harm risk"), QRadioButton("Yes"), QTabWidget()
    for title in ("Check-ins", "Safety", "Health"):
        tabs.addTab(QWidget(), title)
    tabs_in_one_row(tabs)
    for w in (box, radio, tabs):
        layout.addWidget(w)
    window.resize(400, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for target in (box, radio, tabs.tabBar()):
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(target.hasFocus)
        image = window.grab().toImage()
        assert _ring_anywhere(image, target, window) > 20, type(target).__name__
        others = [w for w in (box, radio, tabs.tabBar()) if w is not target]
        assert all(_ring_anywhere(image, w, window) == 0 for w in others)
