"""Save and the other action buttons stay on a 1024x600 screen (issue 25, item 6): the
check-in form's answers scroll under a button row that does not, and a resident's tabs
show their buttons without scrolling the page (it was as tall as its tallest tab)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QPushButton

from safehaven.ui.checkin import CheckInDialog
from tests.ui.test_small_screen import small  # noqa: F401


def test_the_check_in_forms_save_stays_below_its_scrolling_answers(qtbot) -> None:
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.scroll_area.isAncestorOf(dialog.save_button)
    assert dialog.height() <= dialog.screen().availableGeometry().height() - 60
    dialog.resize(dialog.width(), 380)  # a low screen, with a taskbar
    QApplication.processEvents()
    corner = dialog.save_button.mapTo(dialog, QPoint(0, dialog.save_button.height()))
    assert corner.y() <= dialog.height()
    assert not dialog.save_button.visibleRegion().isEmpty()
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the answers scroll instead
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_a_residents_buttons_are_on_screen_at_1024x600(small: Any, code: str) -> None:  # noqa: F811
    win = small(code)
    shell = win.centralWidget()
    shell.nav.setCurrentRow(1)
    shell.open_resident(shell.residents.model.ids[0])
    page = shell.detail
    frame = shell.stack.frames[page]
    tabs = page.tabs
    for tab in ("needs_tab", "consent_tab", "referrals_tab", "measures_tab"):
        tabs.setCurrentWidget(getattr(page, tab))
        QApplication.processEvents()
        frame.fit()
        below = [b.text() for b in tabs.currentWidget().findChildren(QPushButton)
                 if b.isVisible() and b.mapTo(frame.viewport(), QPoint(0, b.height())).y()
                 > frame.viewport().height()]
        assert below == [], (tab, below)
    tabs.setCurrentIndex(tabs.count() - 1)  # notes: "Save note"
    QApplication.processEvents()
    frame.fit()
    assert frame.verticalScrollBar().maximum() == 0


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_tab_and_part_shows_its_buttons_at_1024x600(small: Any, code: str) -> None:  # noqa: F811
    """Every tab of a resident and every part inside one (the Safety tab's incidents,
    contacts and restraints, the Profile's parts): no button below the screen's edge, with
    six incidents in the table (QA saw the Safety tab's buttons under a tall table)."""
    from datetime import timedelta

    from PySide6.QtWidgets import QTabWidget

    from safehaven import clock
    from safehaven.services import incidents

    win = small(code)
    shell = win.centralWidget()
    rid = shell.residents.model.ids[0]
    for n in range(6):
        incidents.record(win.session.ctx, rid, "other",
                         occurred_at=clock.now() - timedelta(days=n + 1),
                         description=f"A long description of what happened, number {n}")
    shell.open_resident(rid)
    page = shell.detail
    frame = shell.stack.frames[page]
    tabs = page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        inner: list[QTabWidget | None] = list(tabs.currentWidget().findChildren(QTabWidget))
        for parts in inner or [None]:
            for part in range(parts.count() if parts is not None else 1):
                if parts is not None:
                    parts.setCurrentIndex(part)
                QApplication.processEvents()
                frame.fit()
                below = [b.text() for b in tabs.currentWidget().findChildren(QPushButton)
                         if b.isVisible() and b.mapTo(frame.viewport(),
                                                      QPoint(0, b.height())).y()
                         > frame.viewport().height()]
                assert below == [], (tabs.tabText(index), part, below)
