"""At 1024x600 every dialog's default button lies inside the screen (issue 25, "what must
hold"): every button that opens a dialog ("…") on every page, every tab of a resident and
every part of a tab is pressed, with a row chosen in each table, and each dialog that opens
is checked: no larger than the screen, its default (or accepting) button shown whole inside
it, not scrolled away. Questions, file and print dialogs are answered at once."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from tests.ui.test_small_screen import HEIGHT, WIDTH, small  # noqa: F401


@pytest.fixture
def no_waiting(monkeypatch) -> None:
    """Nothing modal blocks the walk: questions say No, file dialogs are cancelled."""
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.show(), 0)[1])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (self.show(), 0)[1])
    # the screen the forms measure themselves against: 1024x600, as the laptop's
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, WIDTH, HEIGHT))


def _default_button(dialog: QDialog) -> QAbstractButton | None:
    for button in dialog.findChildren(QPushButton):
        if button.isDefault() and button.isVisible():
            return button
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole,
                                          QDialogButtonBox.ButtonRole.YesRole) \
                    and button.isVisible():
                return button
    return None


def _check(dialog: QDialog, what: str, found: list[str]) -> None:
    QApplication.processEvents()
    name = f"{what} -> {dialog.windowTitle()}"
    if dialog.width() > WIDTH or dialog.height() > HEIGHT - 40:  # a taskbar takes ~40 px
        found.append(f"{name}: {dialog.width()}x{dialog.height()}")
        return
    button = _default_button(dialog)
    if button is None:
        return  # a viewer (a PDF preview) with Close only
    top_left = button.mapTo(dialog, QPoint(0, 0))
    inside = QRect(top_left, button.size())
    if not dialog.rect().contains(inside) or button.visibleRegion().isEmpty() \
            or button.visibleRegion().boundingRect().size() != button.size():
        found.append(f"{name}: {button.text()} at {inside.getRect()}")


def _press_all(root: QWidget, what: str, found: list[str],
               checked: list[str]) -> None:
    for view in root.findChildren(QTableView):
        if view.isVisible() and view.model() is not None and view.model().rowCount():
            view.setCurrentIndex(view.model().index(0, 0))
    for button in root.findChildren(QPushButton):
        if not (button.isVisible() and button.isEnabled() and button.text().endswith("…")):
            continue
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        button.click()
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before:
                checked.append(f"{what}: {button.text()}")
                _check(widget, f"{what}: {button.text()}", found)
                widget.hide()
                widget.deleteLater()
        QApplication.processEvents()


@pytest.mark.parametrize("code", ["es"])  # the longest words of the five
def test_every_dialogs_default_button_is_inside_a_1024x600_screen(small: Any, no_waiting,  # noqa: F811
                                                                  code: str) -> None:
    win = small(code)
    QApplication.processEvents()  # the shell is shown at the next turn of the loop
    shell = win.centralWidget()
    found: list[str] = []
    checked: list[str] = []
    for row in (0, 1, 2):  # Today, Residents, Schedule: where a shift's forms are
        shell.choose_page(row)
        page = shell.stack.current()
        for tabs in [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]:
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                _press_all(page, shell.nav.item(row).text(), found, checked)
    shell.open_resident(shell.residents.model.ids[0])
    QApplication.processEvents()
    page = shell.detail
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        current = page.tabs.currentWidget()
        for parts in list(current.findChildren(QTabWidget)) or [None]:
            for part in range(parts.count() if parts is not None else 1):
                if parts is not None:
                    parts.setCurrentIndex(part)
                _press_all(page, page.tabs.tabText(index), found, checked)
    shell.start_checkin(shell.residents.model.ids[0], "Ana")
    _check(shell.checkin_dialog, "check-in", found)
    assert len(checked) > 40, checked  # the walk reached the forms
    assert found == [], "\n".join(found)
