"""Issue 25 item 6 on screen: a young person's own consent below the house's age asks for a
guardian or agency beside the field, and the list shows both who gave it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from safehaven import clock
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from safehaven.ui.search_notes import SearchDialog
from safehaven.ui.unlock import UnlockView
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock
from tests.ui.test_care_forms import fill, open_ana, save

TODAY = clock.today()


def _born(folder: Path, name: str, born: date) -> None:
    vault = Vault.unlock(folder, PASSPHRASE, "Maria Manager")
    try:
        ctx = Context.for_vault(vault)
        rid = next(r.id for r in residents.overview(ctx)
                   if r.preferred_name == name)
        residents.update(ctx, rid, date_of_birth=born)
    finally:
        vault.close()


def test_a_young_persons_consent_below_the_age_asks_for_a_guardian(window, vault_dir: Path
                                                                    ) -> None:
    _born(vault_dir, "Ana", date(TODAY.year - 14, 2, 1))
    page = open_ana(window).detail
    tab = page.consent_tab
    form = tab.add_consent()
    fill(form, purpose="therapy", given_by="young-person", child_assent=True,
         expires_on=TODAY + timedelta(days=90))
    save(form)
    assert form.isVisible() and form.errors["guardian_name"].isVisibleTo(form)
    fill(form, guardian_name="Child protection, Ms Duarte")
    save(form)
    assert not form.isVisible()
    [row] = [tab.consents.model.row_at(i) for i in range(tab.consents.model.rowCount())]
    shown = tab.consents.model.columns[1].text(row)
    assert "young person" in shown and "Child protection, Ms Duarte" in shown


def test_a_trusted_adults_contact_of_zzz_is_refused_beside_the_field(window) -> None:
    tab = open_ana(window).detail.consent_tab
    form = tab.add_adult()
    fill(form, name="Aunt Rosa", relationship="aunt", phone="zzz")
    save(form)
    assert form.isVisible() and form.errors["phone"].isVisibleTo(form)
    assert form.errors["phone"].text()
    fill(form, phone="rosa@example.org")
    save(form)
    assert not form.isVisible()
    assert tab.adults.model.columns[2].text(tab.adults.model.row_at(0)) == "rosa@example.org"


def _ctrl_f(window, qtbot) -> SearchDialog:
    shell = window.centralWidget()
    qtbot.waitUntil(shell.isVisible)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(QApplication.focusWidget() or shell.nav, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    dialog = shell.search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.field.hasFocus())
    return dialog


def _search(dialog: SearchDialog, words: str) -> None:
    dialog.field.setText(words)
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)


def test_ctrl_f_searches_notes_and_enter_opens_the_young_person_there(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    dialog = _ctrl_f(window, qtbot)
    _search(dialog, "FOOTBALL")
    assert dialog.isVisible()  # Enter searched; it did not close the dialog
    [hit] = [dialog.model.row_at(i) for i in range(dialog.model.rowCount())]
    assert (hit.kind, hit.resident) == ("note", "Ana")
    texts = [dialog.model.columns[c].text(hit) for c in range(5)]
    assert texts[1] == "Note" and texts[4] == "Played football after school."
    assert dialog.view.hasFocus()  # the hits take the keyboard: Enter opens the first
    _search(dialog, "grounding")  # a clinical note: not for staff
    assert dialog.model.rowCount() == 0 and "Nothing found" in dialog.status.text()
    _search(dialog, "football")
    QTest.keyClick(dialog.view, Qt.Key.Key_Return)
    shell = window.centralWidget()
    assert not dialog.isVisible()
    assert shell.detail is not None and shell.detail.tabs.currentWidget() is (
        shell.detail.notes_tab)
    assert shell.stack.current() is shell.detail
    # the note's row is chosen and has the keyboard (QA: it stayed in the page list)
    qtbot.waitUntil(lambda: shell.detail.timeline_model.ids != [])
    notes_view = next(v for v in shell.detail.notes_tab.findChildren(QTableView)
                      if v.model() is shell.detail.timeline_model)
    qtbot.waitUntil(lambda: notes_view.currentIndex().isValid())
    assert shell.detail.timeline_model.row_at(notes_view.currentIndex().row()).id == hit.id
    qtbot.waitUntil(lambda: window.focusWidget() is notes_view)
    qtbot.wait(200)
    assert window.focusWidget() is notes_view  # and it stays there
    shell.search_notes()  # shown again, with the last hits
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    window.lock()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # went with the window's content


def test_a_check_in_hit_opens_the_check_ins_tab_and_clinicians_find_clinical_notes(
        window, qtbot) -> None:
    unlock(window, who="Cleo Clinician")
    shell = window.centralWidget()
    shell.choose_page(1)
    shell.residents.search_notes.click()  # the button on Residents opens the same dialog
    dialog = shell.search_dialog
    assert dialog is not None and dialog.isVisible()
    _search(dialog, "grounding")
    assert [dialog.model.row_at(i).kind for i in range(dialog.model.rowCount())] == ["note"]
    _search(dialog, "zzzz-nothing")
    assert dialog.model.rowCount() == 0
    _search(dialog, "a")
    assert dialog.status.text()  # too short: said, nothing run


def test_esc_twice_from_the_search_hides_its_hits_and_locks(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    dialog = _ctrl_f(window, qtbot)
    _search(dialog, "football")
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.view, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), UnlockView)
    assert not dialog.isVisible()
