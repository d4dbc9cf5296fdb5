"""The keyboard path of a shift (issue 25, item 7): Ctrl+1...6 for the pages, named in their
tooltips; Space never clears a chosen check-in answer; arrows follow the reading direction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

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


def test_space_toggles_a_flag_and_delete_clears_it(qtbot) -> None:
    """A risk flag is a check box: Space on a focused flag ticks it and Space again unticks
    it (it could tick but not untick, session 14), whatever was ticked is what is saved;
    Delete clears it too; the form says what a flag is and what the incidents box does."""
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    box, other = list(dialog.flags.values())[:2]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and not dialog.fields()["flags"]
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Delete)
    assert not box.isChecked()
    QTest.keyClick(box, Qt.Key.Key_Space)
    other.setFocus()
    QTest.keyClick(other, Qt.Key.Key_Space)
    QTest.keyClick(other, Qt.Key.Key_Space)  # the other one ticked and unticked
    assert not other.isChecked()
    assert dialog.fields()["flags"] == [str(f) for f, b in dialog.flags.items() if b is box]
    assert dialog.incidents.placeholderText() and dialog.incidents.toolTip()
    assert box.toolTip()


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


def test_a_row_of_answers_is_one_stop_for_tab(qtbot) -> None:
    """QA, session 12: after 4 chose Good, Tab stopped on "Very low" and Space there saved
    a false "Very low" mood. Each row is one Tab stop, on its chosen answer (the first when
    none is); Tab goes on to the next question; the note's Tab leaves it."""
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.mood.button(4).click()  # what the 4 key does
    assert dialog.fields()["mood"] == 4
    dialog.mood.button(4).setFocus()
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.mood.button(4)  # back on the chosen face
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.sleep.isAncestorOf(dialog.focusWidget())  # the next question
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.fields()["mood"] == 4 and dialog.sleep.value() == "good"
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.appetite.isAncestorOf(dialog.focusWidget())  # one stop per row
    dialog.note.setFocus()
    QTest.keyClick(dialog.note, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is not dialog.note and "\t" not in dialog.note.toPlainText()


def test_one_esc_in_a_form_says_what_a_second_does(qtbot) -> None:
    """QA, session 12: a worker pressing Esc to close the check-in saw nothing happen, and
    the second Esc locked the app. The first keeps the form and says so."""
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.mood.button(3).click()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.fields()["mood"] == 3
    qtbot.waitUntil(lambda: "Esc again locks" in QToolTip.text())
    assert "Cancel" in QToolTip.text()


def test_enter_opens_the_resident_after_the_list_refreshed_under_the_keyboard(window,
                                                                            qtbot) -> None:
    """Ctrl+2, Enter (to the list), a refresh arriving, Enter: the resident opens (driven
    under X, the refresh left no current row and the second Enter did nothing)."""
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shell.choose_page(1)
    page = shell.residents
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.view.hasFocus() and page.view.currentIndex().isValid()
    QTest.keyClick(page.view, Qt.Key.Key_Down)
    chosen = page.view.currentIndex().row()
    page.refresh()
    assert page.view.currentIndex().row() == chosen
    with qtbot.waitSignal(page.open_requested):
        QTest.keyClick(page.view, Qt.Key.Key_Return)


def test_an_opened_resident_has_the_keyboard_on_its_tabs(window, qtbot) -> None:
    """Enter on a resident: the keyboard is on the page's tabs, so Ctrl+Tab moves on."""
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shell.open_resident(next(iter(shell.residents.model.ids)))
    tabs = shell.detail.tabs
    assert QApplication.focusWidget() is tabs.tabBar()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1


def test_a_check_in_opens_with_the_keyboard_on_the_mood_row(qtbot) -> None:
    """A digit, Tab, then Right: the mood stays the digit's and Sleep takes the arrow (the
    form opened with the keyboard nowhere, so Tab landed on the mood row)."""
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.focusWidget() is dialog.mood.button(1)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_4)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.fields()["mood"] == 4
    assert dialog.sleep.value() is not None


def test_an_unlock_error_moves_nothing_and_shows_whole(qtbot) -> None:
    """A wrong passphrase's message squeezed the fields and overlapped them, and moved
    Unlock up under the pointer (seen under X at 1024x600, worst in Arabic)."""
    from safehaven.errors import WrongPassphrase
    from safehaven.ui.unlock import UnlockView

    view = UnlockView("Casa", ["Maria Manager", "Sam Staff"])
    qtbot.addWidget(view)
    view.resize(1024, 560)
    view.show()
    qtbot.waitExposed(view)
    before = (view.button.mapTo(view, view.button.rect().topLeft()), view.passphrase.height(),
              view.staff.height())
    view.show_error(WrongPassphrase())
    QApplication.processEvents()
    after = (view.button.mapTo(view, view.button.rect().topLeft()), view.passphrase.height(),
             view.staff.height())
    assert after == before
    assert view.error.heightForWidth(view.error.width()) <= view.error.height()


def test_the_lock_screen_opens_no_window_of_its_own(qtbot) -> None:
    """The staff list was shown before it had a parent: a 133x28 window flashed up at
    every lock under X."""
    from PySide6.QtCore import QEvent, QObject

    from safehaven.ui.unlock import UnlockView

    shown: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Show and watched.isWidgetType() \
                    and watched.isWindow():  # type: ignore[attr-defined]
                shown.append(type(watched).__name__)
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        view = UnlockView("Casa", ["Maria Manager", "Sam Staff"])
        qtbot.addWidget(view)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert shown == []
