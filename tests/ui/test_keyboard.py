"""The keyboard path of a shift (issue 25, item 7): Ctrl+1...6 for the pages, named in their
tooltips; Space never clears a chosen check-in answer; arrows follow the reading direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from safehaven.ui.checkin import CheckInDialog
from tests.ui.conftest import unlock


def test_ctrl_and_a_digit_show_each_page_today_first(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    qtbot.waitUntil(shell.isVisible)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert shell.nav.count() == 6
    for row in (2, 5, 1, 4, 3, 0):
        QTest.keyClick(QApplication.focusWidget() or shell.nav, getattr(Qt.Key, f"Key_{row + 1}"),
                       Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        assert shell.nav.currentRow() == row
        assert shell.stack.current() is shell.pages[row]
        assert f"Ctrl+{row + 1}" in shell.nav.item(row).toolTip()
    assert shell.stack.current() is shell.today
    shell.open_resident(next(iter(shell.residents.model.ids)))
    QTest.keyClick(QApplication.focusWidget() or shell.nav, Qt.Key.Key_1,
                   Qt.KeyboardModifier.ControlModifier)
    assert shell.stack.current() is shell.today  # back to Today from a resident's page
    assert shell.today.isAncestorOf(QApplication.focusWidget())


def test_space_never_clears_a_chosen_answer(qtbot) -> None:
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    fair = dialog.sleep.group.button(1)
    fair.setFocus()
    QTest.keyClick(fair, Qt.Key.Key_Space)
    assert dialog.sleep.value() == "fair"  # Space chooses
    QTest.keyClick(fair, Qt.Key.Key_Space)
    QTest.keyClick(fair, Qt.Key.Key_Space)
    assert dialog.sleep.value() == "fair"  # and never clears
    QTest.keyClick(fair, Qt.Key.Key_Right)
    assert dialog.sleep.value() == "poor"
    face = dialog.mood.button(3)
    face.setFocus()
    QTest.keyClick(face, Qt.Key.Key_Space)
    QTest.keyClick(face, Qt.Key.Key_Space)
    assert dialog.fields()["mood"] == 3


def test_arrows_follow_the_reading_direction_in_arabic(qtbot) -> None:
    dialog = CheckInDialog("نور")
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.feels_safe
    first = row.group.button(0)
    assert first.mapToGlobal(first.rect().center()).x() > \
        row.group.button(2).mapToGlobal(row.group.button(2).rect().center()).x()
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Left)  # leftwards: the next answer in Arabic
    assert row.value() == "yes"
    QTest.keyClick(first, Qt.Key.Key_Left)
    assert row.value() == "somewhat"
    QTest.keyClick(row.group.button(1), Qt.Key.Key_Right)
    assert row.value() == "yes"
