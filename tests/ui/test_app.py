"""The desktop app as a shift worker uses it (pytest-qt, offscreen, synchronous tasks)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from PySide6.QtCore import Qt

from safehaven.services import checkins as checkin_service
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.firstrun import FirstRunWizard
from safehaven.ui.shell import Shell
from safehaven.ui.unlock import UnlockView
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


def test_wrong_passphrase_shows_the_error_and_stays_locked(window) -> None:
    unlock(window, passphrase="not the passphrase")
    view = window.centralWidget()
    assert isinstance(view, UnlockView)
    assert "does not open" in view.error.text()
    assert window.session.ctx is None and view.passphrase.text() == ""


def test_checkin_through_the_form_updates_today_and_residents(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    today = shell.today
    waiting = [today.waiting.row_at(i).preferred_name for i in range(today.waiting.rowCount())]
    assert sorted(waiting) == ["Fatima", "Бoris"]
    fatima = next(today.waiting.row_at(i) for i in range(2)
                  if today.waiting.row_at(i).preferred_name == "Fatima")
    shell.start_checkin(fatima.id, "Fatima")
    dialog = shell.checkin_dialog
    assert isinstance(dialog, CheckInDialog)
    dialog.mood.button(5).setChecked(True)
    dialog.feels_safe.group.button(0).setChecked(True)
    dialog.note.setPlainText("Laughed at dinner.")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert shell.checkin_dialog is None  # saved and closed
    waiting = [today.waiting.row_at(i).preferred_name for i in range(today.waiting.rowCount())]
    assert waiting == ["Бoris"]
    row = shell.residents.model.rows[fatima.id]
    assert row.last_mood == 5 and row.last_checkin_date is not None
    stored = checkin_service.for_resident(window.session.ctx, fatima.id)
    assert [(c.mood, c.note, str(c.feels_safe)) for c in stored] == [
        (5, "Laughed at dinner.", "yes")]


def test_flagged_checkin_raises_an_alert_on_today(window) -> None:
    unlock(window)
    shell = window.centralWidget()
    boris = next(r for r in shell.today.waiting.rows.values() if r.preferred_name == "Бoris")
    before = shell.today.alerts.rowCount()
    shell.start_checkin(boris.id, boris.preferred_name)
    dialog = shell.checkin_dialog
    dialog.mood.button(2).setChecked(True)
    dialog.flags[next(iter(dialog.flags))].setChecked(True)  # self-harm concern
    dialog._save()
    alerts = [shell.today.alerts.row_at(i).alert for i in range(shell.today.alerts.rowCount())]
    assert shell.today.alerts.rowCount() == before + 1  # one flag more
    assert boris.id not in shell.today.waiting.rows  # and no longer waiting
    assert any(str(a.kind) == "risk-flag" and a.resident_id == boris.id for a in alerts)
    assert shell.today.alerts.row_at(0).alert.kind == "risk-flag"  # most urgent first


def test_form_refuses_missing_mood_and_keeps_what_was_typed(window) -> None:
    unlock(window)
    shell = window.centralWidget()
    boris = next(r for r in shell.today.waiting.rows.values() if r.preferred_name == "Бoris")
    shell.start_checkin(boris.id, boris.preferred_name)
    dialog = shell.checkin_dialog
    dialog.note.setPlainText("Quiet morning.")
    dialog.incidents.setText("none")
    dialog._save()
    assert dialog.errors["mood"].isVisibleTo(dialog)
    assert "face" in dialog.errors["mood"].text()
    assert dialog.note.toPlainText() == "Quiet morning." and dialog.incidents.text() == "none"
    dialog.note.setPlainText("x" * 5000)  # over the service's limit: refused by the core
    dialog.mood.button(3).setChecked(True)
    dialog._save()
    assert dialog.errors["note"].isVisibleTo(dialog)
    assert dialog.note.toPlainText() == "x" * 5000 and shell.checkin_dialog is dialog


def test_search_and_stage_filter_narrow_the_table(window) -> None:
    unlock(window)
    page = window.centralWidget().residents
    assert page.filter.rowCount() == 3
    page.search.setText("fat")
    assert page.filter.rowCount() == 1
    page.search.setText("")
    page.stage.setCurrentIndex(page.stage.findData("recovery"))
    assert page.filter.rowCount() == 2
    page.search.setText("БO")  # case-insensitive, any script
    assert page.filter.rowCount() == 1
    assert "1 of 3" in page.count.text()


def test_lock_drops_record_widgets_closes_the_vault_and_returns_to_the_same_place(
        window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.nav.setCurrentRow(1)
    shell.open_resident(ana.id)
    conn = window.session.ctx.vault.conn
    boris = next(r for r in shell.today.waiting.rows.values() if r.preferred_name == "Бoris")
    shell.start_checkin(boris.id, boris.preferred_name)
    shell.checkin_dialog.note.setPlainText("half-typed note")
    window.idle.timer.timeout.emit()  # the idle time ran out
    assert isinstance(window.centralWidget(), UnlockView)
    assert window.session.ctx is None
    with pytest.raises(sqlcipher3.ProgrammingError, match="closed"):
        conn.execute("SELECT 1")
    qtbot.wait(1)  # let deleteLater run
    from PySide6.QtWidgets import QApplication
    texts = [w.text() for w in QApplication.allWidgets() if hasattr(w, "text")
             and callable(w.text) and isinstance(w.text(), str)]
    assert not any(t == "Ana" or "half-typed note" in t for t in texts)
    unlock(window)
    shell = window.centralWidget()
    assert shell.detail is not None and shell.detail.resident_id == ana.id
    assert shell.checkin_dialog.note.toPlainText() == "half-typed note"


def test_every_unlock_lands_on_today_unless_work_was_open(window, qtbot) -> None:
    """Today first, the keyboard in the still-to-check-in list: after the first unlock, after
    a lock from another page with nothing open, and for the next person; only work left
    open (a resident's page, a form) comes back as it was (QA found the landing varied)."""
    from PySide6.QtWidgets import QApplication

    unlock(window)
    shell = window.centralWidget()
    assert shell.stack.current() is shell.today
    assert shell.today.waiting_view.hasFocus() or \
        QApplication.focusWidget() is shell.today.waiting_view
    shell.choose_page(2)  # the schedule, nothing open
    window.lock()
    unlock(window)
    shell = window.centralWidget()
    assert shell.stack.current() is shell.today and shell.nav.currentRow() == 0
    assert QApplication.focusWidget() is shell.today.waiting_view
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    window.lock()
    unlock(window)
    assert window.centralWidget().detail.resident_id == ana.id


def test_quick_exit_is_escape_twice(window, qtbot) -> None:
    unlock(window)
    assert isinstance(window.centralWidget(), Shell)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), Shell)  # once is not enough
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), UnlockView)


def test_clinical_notes_hidden_from_staff(window) -> None:
    def timeline_for(who: str) -> list[str]:
        unlock(window, who=who)
        shell = window.centralWidget()
        ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
        shell.open_resident(ana.id)
        model = shell.detail.timeline_model
        texts = [model.row_at(i).text for i in range(model.rowCount())]
        window.lock()
        return texts

    assert "Played football after school." in timeline_for("Sam Staff")
    assert "Clinical only: grounding practised." not in timeline_for("Sam Staff")
    assert "Clinical only: grounding practised." in timeline_for("Cleo Clinician")


def test_first_run_creates_a_vault_the_cli_opens(qtbot, tmp_path: Path) -> None:
    from safehaven.ui.app import Window
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    folder = tmp_path / "new"
    win = Window(folder, Settings(path=tmp_path / "s.json"), Tasks(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    wizard = win.wizard
    assert isinstance(wizard, FirstRunWizard)
    wizard.next()
    d = wizard.details
    d.house.setText("Casa Nueva")
    d.name.setText("Rosa")
    d.passphrase.setText("short")
    d.confirm.setText("short")
    assert not d.isComplete() and "at least" in d.hint.text()
    d.passphrase.setText("a long enough passphrase")
    d.confirm.setText("a long enough passphrase")
    assert d.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.recovery
    assert len(wizard.recovery.key.text().split()) == 14
    assert not wizard.recovery.isComplete()
    wizard.recovery.written.setChecked(True)
    wizard.accept()
    assert isinstance(win.centralWidget(), Shell)
    win.session.lock()
    env = {**os.environ, "SAFEHAVEN_PASSPHRASE": "a long enough passphrase"}
    done = subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(folder),
                           "residents", "--json"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_add_resident_form_shows_the_error_next_to_the_field(window) -> None:
    from safehaven.ui.residents import AddResidentDialog

    unlock(window)
    page = window.centralWidget().residents
    page.add_resident()
    dialog = page.findChild(AddResidentDialog)
    dialog.pronouns.setText("she/her")
    dialog._save()  # no name
    assert "empty" in dialog.error.text() and dialog.pronouns.text() == "she/her"
    dialog.name.setText("Lucía")
    dialog._save()
    assert any(r.preferred_name == "Lucía" for r in page.model.rows.values())


def test_passphrase_of_unlock_is_not_kept(window) -> None:
    unlock(window)
    window.lock()
    assert window.centralWidget().passphrase.text() == ""
    assert PASSPHRASE not in repr(window.session.__dict__)


def test_recovery_key_resets_a_passphrase_from_the_unlock_screen(qtbot, tmp_path) -> None:
    from safehaven.store import crypto
    from safehaven.store.vault import Vault
    from safehaven.ui.app import Window
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    folder = tmp_path / "v"
    vault, recovery = Vault.create(folder, house="H", organisation="O", staff_name="Rosa",
                                   passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    vault.close()
    win = Window(folder, Settings(path=tmp_path / "s.json"), Tasks(synchronous=True))
    qtbot.addWidget(win)
    view = win.centralWidget()
    view.reset_requested.emit("0000-" + recovery[5:], "Rosa", "a new passphrase here")
    assert "does not open" in view.error.text()  # a mistyped key is refused
    view.reset_requested.emit(recovery, "Rosa", "a new passphrase here")
    assert "changed" in view.error.text()
    unlock(win, who="Rosa", passphrase="a new passphrase here")
    assert isinstance(win.centralWidget(), Shell)
    win.session.lock()


def test_daily_backup_to_the_chosen_folder_on_unlock(window, tmp_path) -> None:
    from safehaven.services import backups

    window.settings.backup_folder = str(tmp_path / "usb")
    window.settings.backup_keep = 2
    unlock(window)
    assert len(backups.existing(tmp_path / "usb")) == 1
    window.backup_if_due()  # the hourly look: nothing new today
    assert len(backups.existing(tmp_path / "usb")) == 1


def test_the_staff_named_on_the_command_line_is_offered_first(qtbot, vault_dir: Path,
                                                              tmp_path: Path) -> None:
    """`safehaven --staff NAME gui`: the unlock screen offers that person, not the first."""
    from safehaven.ui.app import Window
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    win = Window(vault_dir, Settings(path=tmp_path / "s2.json"), Tasks(synchronous=True),
                 who="Sam Staff")
    qtbot.addWidget(win)
    assert win.centralWidget().staff.currentText() == "Sam Staff"
    plain = Window(vault_dir, Settings(path=tmp_path / "s3.json"), Tasks(synchronous=True))
    qtbot.addWidget(plain)
    assert plain.centralWidget().staff.currentText() != "Sam Staff"


def test_a_clock_earlier_than_the_newest_record_is_said_after_unlock(window,
                                                                     vault_dir: Path) -> None:
    """The laptop's clock set back eight hours after a save: the app says so beside the
    pages, in the core's words; a right clock says nothing."""
    from safehaven.services import residents
    from safehaven.services.context import Context
    from safehaven.store.hlc import wall_ms
    from safehaven.store.vault import Vault

    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell) and shell.clock_notice.isHidden()
    window.lock()
    with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager", sleep=lambda s: None) as vault:
        vault.clock.now_ms = lambda: wall_ms() + 8 * 3600 * 1000
        residents.add(Context.for_vault(vault), "Dated ahead")
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell) and not shell.clock_notice.isHidden()
    assert "8 hours earlier" in shell.clock_notice.text()
