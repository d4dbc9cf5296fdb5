"""Pages and tabs made when first shown (issue 25 item 10, session 14): after unlocking only
Today is made; a resident's page makes only the tab it shows, and each other tab when it is
chosen, with the data already read, its title, tooltip and screen-reader name as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from safehaven.ui.resident_detail import ResidentPage
from safehaven.ui.resident_tabs import NeedsTab
from safehaven.ui.residents import ResidentsPage
from safehaven.ui.safety_tab import SafetyTab
from tests.ui.conftest import unlock


def _made(shell) -> list[str]:
    return [type(p).__name__ for p in shell.made if p is not None]


def test_only_today_is_made_at_unlock_and_each_page_when_first_shown(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    qtbot.waitUntil(shell.isVisible)
    assert _made(shell) == ["TodayPage"]
    assert shell.stack.current() is shell.today and shell.today.summary.text()
    assert shell.nav.count() == 6  # every page is named and reachable
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or shell.nav, Qt.Key.Key_2,
                   Qt.KeyboardModifier.ControlModifier)
    assert _made(shell) == ["TodayPage", "ResidentsPage"]
    page = shell.stack.current()
    assert isinstance(page, ResidentsPage) and page.model.rowCount() == 3  # read at once
    assert QApplication.focusWidget() is not None and page.isAncestorOf(
        QApplication.focusWidget())  # the keyboard is in it
    assert len(shell.pages) == 6 and None not in shell.made  # all, when all are asked for


def test_a_resident_page_makes_the_tab_it_shows_and_the_others_when_chosen(
        window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    page = shell.detail
    assert isinstance(page, ResidentPage)
    qtbot.waitUntil(page.isVisible)
    tabs = page.tabs
    assert page.lazy.done == {"profile"} and tabs.currentIndex() == 0
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    names = [tabs.tabBar().accessibleTabName(i) for i in range(tabs.count())]
    tips = [tabs.tabToolTip(i) for i in range(tabs.count())]
    assert tabs.widget(1).findChildren(QTableView) == []  # Needs: a stand-in yet
    # chosen with the keyboard: Ctrl+Tab on the tab bar, as a worker does
    tabs.tabBar().setFocus()
    QTest.keyClick(tabs.tabBar(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    needs = tabs.currentWidget()
    assert isinstance(needs, NeedsTab) and needs is page.needs_tab
    assert page.lazy.done == {"profile", "needs"}
    assert needs.data is page.data and needs.needs.model.rowCount() == len(page.data.needs)
    # the same titles, names and tooltips, in the same places
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    assert [tabs.tabBar().accessibleTabName(i) for i in range(tabs.count())] == names
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == tips
    assert tabs.currentIndex() == 1 and needs.isVisible()


def test_an_alert_opens_its_tab_without_making_the_first(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_alert(ana.id, "incident-open")
    page = shell.detail
    assert isinstance(page.tabs.currentWidget(), SafetyTab)
    assert page.lazy.done == {"safety"}  # the Profile tab (its eight pages) not made
    assert page.safety_tab.data is page.data
