"""Correct… and Void… on a resident's check-ins (issue 25), driven in the app: enabled for
the author within the shift and for a manager, disabled with the reason otherwise; the
table keeps the corrected and voided rows, struck through and labelled."""

from __future__ import annotations

from PySide6.QtCore import Qt

from safehaven.services import checkins
from safehaven.ui.checkin import CheckInDialog
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill


def _open(window, name: str):
    shell = window.centralWidget()
    rid = next(r.id for r in shell.residents.model.rows.values() if r.preferred_name == name)
    shell.open_resident(rid)
    page = shell.detail
    page.tabs.setCurrentWidget(page.checkins_tab)
    return rid, page.checkins_panel


def _choose(panel, checkin_id: str) -> int:
    row = next(i for i in range(panel.model.rowCount())
               if panel.model.row_at(i).id == checkin_id)
    panel.view.selectRow(row)
    return row


def _status(panel, row: int) -> str:
    return panel.model.data(panel.model.index(row, panel.model.columnCount() - 1))


def test_staff_correct_their_own_and_not_the_managers(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = next(r.id for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    managers = checkins.for_resident(window.session.ctx, ana)[0]
    _, panel = _open(window, "Ana")
    _choose(panel, managers.id)
    assert not panel.correct_button.isEnabled() and not panel.void_button.isEnabled()
    assert panel.correct_button.toolTip()  # the reason, from the services
    menu = panel.actions_menu()
    assert [a.isEnabled() for a in menu.actions()] == [False, False]
    assert panel.correct() is None

    mine = checkins.record(window.session.ctx, ana, 2, note="wrong mood", confirmed=True).record
    shell.detail.refresh()
    _choose(panel, mine.id)
    assert panel.correct_button.isEnabled() and panel.void_button.isEnabled()
    assert [a.isEnabled() for a in panel.actions_menu().actions()] == [True, True]
    dialog = panel.correct()
    assert isinstance(dialog, CheckInDialog)
    assert dialog.fields()["mood"] == 2 and dialog.fields()["note"] == "wrong mood"  # as it was
    dialog.mood.button(4).click()
    assert dialog.reason.window() is dialog  # the reason is asked in the form itself
    dialog.save_button.click()  # no reason yet: asked for one, nothing saved
    assert dialog.isVisible() and dialog.errors["reason"].isVisible()
    assert dialog.errors["reason"].window() is dialog  # beside the field, not a stray window
    dialog.reason.setText("chose the wrong face")
    dialog.save_button.click()
    assert not dialog.isVisible()
    [fixed] = checkins.for_resident(window.session.ctx, ana)[:1]
    assert fixed.amends_id == mine.id and fixed.mood == 4
    assert fixed.amend_reason == "chose the wrong face"
    old = _choose(panel, mine.id)
    assert _status(panel, old) == "corrected"
    font = panel.model.data(panel.model.index(old, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.strikeOut()
    assert "chose the wrong face" in panel.detail.text()
    assert not panel.void_button.isEnabled()  # the old version: correct the newest


def test_void_asks_why_and_the_row_stays_struck(window, qtbot) -> None:
    unlock(window)  # the manager voids anyone's check-in, at any time
    rid, panel = _open(window, "Ana")
    first = checkins.for_resident(window.session.ctx, rid)[0]
    _choose(panel, first.id)
    assert panel.void_button.isEnabled()
    form = panel.void()
    assert form is not None
    form.submit()  # no reason: refused beside the field
    assert form.isVisible() and checkins.for_resident(window.session.ctx, rid)
    fill(form, reason="recorded for the wrong child")
    form.submit()
    assert not form.isVisible()
    assert checkins.for_resident(window.session.ctx, rid) == []
    rows = {panel.model.row_at(i).id: i for i in range(panel.model.rowCount())}
    assert len(rows) == 2  # the original and its void, both shown
    assert _status(panel, rows[first.id]) == "voided"
    void = next(i for k, i in rows.items() if k != first.id)
    assert _status(panel, void) == "void: recorded for the wrong child"
    _choose(panel, first.id)
    assert "recorded for the wrong child" in panel.detail.text()
    assert not panel.correct_button.isEnabled()
