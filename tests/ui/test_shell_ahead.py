"""The shell made behind the lock screen (issue 25, item 10): empty until the vault opens,
the one the unlock shows, and dropped with its records at the lock like any other."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabWidget, QWidget

from safehaven.ui.shell import RESIDENTS, Shell
from safehaven.ui.unlock import UnlockView
from tests.ui.conftest import unlock

NAMES = ("Ana", "Бoris", "Fatima", "Maria Manager")  # the house's residents and its manager


def _texts(root: QWidget) -> list[str]:
    """Every word the widgets under `root` hold: labels, buttons, tabs and table cells."""
    out: list[str] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            out += [str(model.index(r, c).data() or "")
                    for r in range(model.rowCount(QModelIndex())) for c in range(20)
                    if model.hasIndex(r, c)]  # a list's model hides its column count
    return out


def _named(root: QWidget) -> list[str]:
    return [t for t in _texts(root) if any(name in t for name in NAMES)]


def _ahead(window, qtbot) -> Shell:
    qtbot.waitUntil(lambda: window.ahead.shell is not None, timeout=5000)
    shell = window.ahead.shell
    assert isinstance(shell, Shell)
    return shell


def test_the_shell_made_while_locked_is_empty_then_filled_by_the_unlock(window, qtbot) -> None:
    ahead = _ahead(window, qtbot)
    assert isinstance(window.centralWidget(), UnlockView) and not ahead.isVisible()
    assert _named(ahead) == []
    assert ahead.today.waiting.rowCount() == 0 and ahead.today.summary.text() == ""
    unlock(window)
    assert window.centralWidget() is ahead and ahead.isVisible()
    assert ahead.today.summary.text() and ahead.today.waiting.rowCount() > 0
    assert "Maria Manager" in _texts(ahead)  # who is signed in, said in the side panel
    assert any("Fatima" in t for t in _named(ahead))  # still to check in
    assert ahead.today.bottom.indexOf(ahead.today.approvals) >= 0  # a manager approves


def test_a_lock_drops_the_shell_that_showed_records_and_the_next_is_empty(window,
                                                                         qtbot) -> None:
    unlock(window)
    used = window.centralWidget()
    assert isinstance(used, Shell) and _named(used)
    window.lock()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(used)
    again = _ahead(window, qtbot)
    assert _named(again) == [] and again.today.waiting.rowCount() == 0
    assert again.today.bottom.indexOf(again.today.approvals) < 0  # no role known yet
    unlock(window, "Sam Staff")
    assert window.centralWidget() is again
    assert "Sam Staff" in _texts(again) and "Maria Manager" not in _texts(again)
    assert again.today.bottom.indexOf(again.today.approvals) < 0  # staff approve nothing


def test_the_shell_made_while_locked_answers_no_shortcut(window, qtbot) -> None:
    ahead = _ahead(window, qtbot)
    field = window.centralWidget().passphrase
    for key in (Qt.Key.Key_F, Qt.Key.Key_2, Qt.Key.Key_6):
        qtbot.keyClick(field, key, Qt.KeyboardModifier.ControlModifier)
    assert ahead.search_dialog is None and ahead.made[RESIDENTS] is None
    assert isinstance(window.centralWidget(), UnlockView)


def test_a_shell_made_in_another_language_is_not_used(window, qtbot) -> None:
    made = _ahead(window, qtbot)
    window.ahead.language = "ar"  # as if the person who unlocks speaks another language
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell) and shell is not made and shell.today.summary.text()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(made)


def test_todays_reads_come_before_the_first_write_of_the_unlock(window, qtbot,
                                                                 monkeypatch) -> None:
    """The start-of-shift mark is a write, and the first write runs the day's page check of
    the whole file: both wait until Today has read what it shows. "Since my last shift"
    reads after the mark (who is on shift now counts the person who just unlocked)."""
    from safehaven.services import handover, today
    from safehaven.ui import handover as handover_button

    order: list[str] = []
    for module, name in ((today, "overview"), (handover, "begin_session"),
                         (handover_button, "_load")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _r=real, _n=name, **k: (
            order.append(_n), _r(*a, **k))[1])
    unlock(window)
    assert order == ["overview", "begin_session", "_load"]
    assert window.session.shift_start is not None
    window.lock()
    assert window.session.shift_start is None  # not the last person's for the next one
