"""A shift as it really goes: the quick exit works from inside any dialog, nothing typed is
lost to a lock, and one resident gets one check-in form at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QTableView

from safehaven import clock
from safehaven.services import checkins
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.record_form import RecordForm
from safehaven.ui.shell import Shell
from safehaven.ui.unlock import UnlockView
from tests.ui.conftest import unlock


def _open_dialogs() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()
            and not w.inherits("QMainWindow")]


def _ana(shell: Shell):
    return next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")


def test_esc_twice_from_a_form_a_message_box_and_a_file_dialog_locks_and_keeps_drafts(
        window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.open_resident(ana.id)
    form = shell.detail.needs_tab.add()
    form.fields["notes"].widget.setPlainText("Needs glasses: optician on Friday")
    shell.start_checkin(ana.id, "Ana")
    shell.checkin_dialog.note.setPlainText("half-typed note")
    box = QMessageBox(QMessageBox.Icon.Information, "Saved", "A message", parent=shell)
    box.open()
    files = QFileDialog(shell, "Save the report")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.open()
    assert len(_open_dialogs()) >= 4
    qtbot.keyClick(files, Qt.Key.Key_Escape)
    qtbot.keyClick(files, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), UnlockView)
    assert _open_dialogs() == []  # no window with a record (or anything) left open
    unlock(window)
    shell = window.centralWidget()
    assert shell.detail is not None and shell.detail.resident_id == ana.id
    assert shell.checkin_dialog.note.toPlainText() == "half-typed note"
    reopened = [w for w in _open_dialogs() if isinstance(w, RecordForm)]
    assert [f.fields["notes"].widget.toPlainText() for f in reopened] == [
        "Needs glasses: optician on Friday"]


def test_ctrl_l_inside_a_form_locks_and_one_esc_keeps_the_typing(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    shell.open_resident(_ana(shell).id)
    form = shell.detail.consent_tab.add_adult()
    form.fields["name"].widget.setText("Aunt Rosa")
    qtbot.keyClick(form.fields["name"].widget, Qt.Key.Key_Escape)
    assert form.isVisible() and form.fields["name"].widget.text() == "Aunt Rosa"
    qtbot.wait(800)  # a single Esc, then another one much later: still no lock
    qtbot.keyClick(form.fields["name"].widget, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), Shell)
    qtbot.keyClick(form.fields["name"].widget, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.centralWidget(), UnlockView)
    assert window.session.ctx is None


def test_one_check_in_form_per_resident_and_a_second_same_shift_check_in_asks(
        window, qtbot, monkeypatch) -> None:
    unlock(window)
    shell = window.centralWidget()
    ana = _ana(shell)  # already checked in this shift by the fixture
    shell.start_checkin(ana.id, "Ana")
    first = shell.checkin_dialog
    shell.start_checkin(ana.id, "Ana")  # the double-click's second click
    assert shell.checkin_dialog is first
    assert len([w for w in _open_dialogs() if isinstance(w, CheckInDialog)]) == 1
    first.mood.button(3).setChecked(True)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *_: (
        asked.append(text), next(answers))[1])
    count = len(checkins.for_resident(window.session.ctx, ana.id))
    first._save()
    assert asked and "already saved" in asked[0]
    assert first.isVisible() and first.errors["note"].isVisibleTo(first)
    assert len(checkins.for_resident(window.session.ctx, ana.id)) == count
    first._save()
    assert len(checkins.for_resident(window.session.ctx, ana.id)) == count + 1
    assert shell.checkin_dialog is None


def test_every_check_in_answer_by_keyboard_and_search_without_accents(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    shell.start_checkin(_ana(shell).id, "Ana")
    dialog = shell.checkin_dialog
    for row in (dialog.sleep, dialog.appetite, dialog.engagement, dialog.feels_safe):
        first = row.group.button(0)
        first.setFocus()
        qtbot.keyClick(first, Qt.Key.Key_Right)  # nothing chosen yet: the first answer
        assert row.group.checkedId() == 0
        qtbot.keyClick(row.group.button(0), Qt.Key.Key_Right)
        qtbot.keyClick(row.group.button(1), Qt.Key.Key_Right)
        assert row.group.checkedId() == 2  # "Poor", "No": the last answers too
        qtbot.keyClick(row.group.button(2), Qt.Key.Key_Left)
        assert row.group.checkedId() == 1
    dialog.reject()
    residents = shell.residents
    residents.model.set_rows([*residents.model.rows.values()])
    for typed, found in (("ana", "Ana"), ("BORIS", None), ("fátima", "Fatima")):
        residents.search.setText(typed)
        names = [residents.filter.index(i, 0).data() for i in range(residents.filter.rowCount())]
        assert (names == [found]) if found else names == []
    residents.search.setText("fatima")
    qtbot.keyClick(residents.search, Qt.Key.Key_Down)
    assert residents.view.hasFocus() or residents.view.currentIndex().row() == 0


def test_the_lock_screen_remembers_who_locked(window) -> None:
    unlock(window, who="Sam Staff")
    window.lock()
    view = window.centralWidget()
    assert isinstance(view, UnlockView) and view.staff.currentText() == "Sam Staff"


def test_adding_staff_is_one_form_and_only_for_managers(window) -> None:
    from tests.ui.test_care_forms import fill

    unlock(window, who="Sam Staff")
    admin = window.centralWidget().admin
    found = {b.text(): b for b in admin.findChildren(QPushButton)}
    assert not found["Add staff member…"].isEnabled() and not found["Remove"].isEnabled()
    assert found["Change my passphrase…"].isEnabled()
    window.lock()
    unlock(window)
    admin = window.centralWidget().admin
    form = admin.add_staff()
    fill(form, display_name="  ", passphrase="long enough words", again="long enough words")
    form.submit()
    assert form.errors["display_name"].isVisibleTo(form)
    fill(form, display_name="Nadia", passphrase="long enough words", again="long enough wordz")
    form.submit()
    assert form.errors["again"].isVisibleTo(form) and form.isVisible()
    fill(form, again="long enough words", role="clinician")
    form.submit()
    assert not form.isVisible()
    names = [admin.model.row_at(i).display_name for i in range(admin.model.rowCount())]
    assert "Nadia" in names


def test_about_says_the_version_licence_and_where_the_data_lives(window) -> None:
    from safehaven import __version__

    unlock(window)
    text = window.centralWidget().admin.about_text()
    assert __version__ in text and "Affero" in text
    assert str(window.session.folder) in text


def test_reports_offer_only_the_periods_a_report_allows(window) -> None:

    unlock(window)
    page = window.centralWidget().pages[3]
    assert page.period.count() == 13 and page.period.currentData()[0] == "week"
    page.generate()
    assert page.pane.pdf.pageCount() >= 1 and page.pane.save_button.isEnabled()
    page.kind.setCurrentIndex(page.kind.findData("funder"))
    # the weekly report (names) is gone: "Save" cannot write it as the funder summary
    assert page.pane.data == b"" and not page.pane.save_button.isEnabled()
    assert not page.pane.print_button.isEnabled() and page.pane.pdf.pageCount() == 0
    first = clock.today().replace(day=1)
    last_month = (first.replace(year=first.year - 1, month=12) if first.month == 1
                  else first.replace(month=first.month - 1))
    assert page.period.itemData(0) == ("month", last_month.strftime("%Y-%m"))
    assert [page.period.itemData(i)[0] for i in range(page.period.count())].count(
        "quarter") == 4
    page.generate()
    assert "pages" in page.status.text()
    page.period.setCurrentIndex(1)  # another period: the one shown goes too
    assert page.pane.data == b"" and not page.pane.save_button.isEnabled()


def test_one_esc_through_the_window_as_a_real_screen_sends_it_does_not_lock(
        window, qtbot, monkeypatch) -> None:
    """On X11 a key press reaches the QWindow first, then the focused widget: one press."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr("safehaven.ui.app.QUICK_EXIT_SECONDS", 10)  # a slow machine too
    unlock(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=15_000)
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    assert isinstance(window.centralWidget(), Shell)
    QTest.keyClick(handle, Qt.Key.Key_Escape)  # the second press locks
    assert isinstance(window.centralWidget(), UnlockView)


def test_what_was_open_at_a_lock_goes_back_to_its_author_only(window, qtbot) -> None:
    unlock(window, who="Sam Staff")
    shell = window.centralWidget()
    ana = _ana(shell)
    shell.start_checkin(ana.id, "Ana")
    shell.checkin_dialog.note.setPlainText("Sam's half-typed note")
    shell.open_resident(ana.id)
    shell.detail.tabs.setCurrentWidget(shell.detail.needs_tab)
    form = shell.detail.needs_tab.add()
    form.fields["notes"].widget.setPlainText("Sam's need")
    window.lock()
    unlock(window)  # the manager, next at the laptop: nothing of Sam's opens for her
    shell = window.centralWidget()
    assert shell.checkin_dialog is None and shell.detail is None
    assert [w for w in _open_dialogs() if isinstance(w, RecordForm)] == []
    window.lock()
    unlock(window, who="Sam Staff")  # Sam gets it all back, as it was
    shell = window.centralWidget()
    assert shell.checkin_dialog.note.toPlainText() == "Sam's half-typed note"
    assert shell.detail is not None and shell.detail.resident_id == ana.id
    assert shell.detail.tabs.currentWidget() is shell.detail.needs_tab  # the same tab
    reopened = [w for w in _open_dialogs() if isinstance(w, RecordForm)]
    assert [f.fields["notes"].widget.toPlainText() for f in reopened] == ["Sam's need"]


def test_ctrl_enter_twice_saves_one_check_in_and_opens_nothing_more(
        window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    asked: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: (
        asked.append(args), args[4])[1])  # the default answer, as Enter gives
    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values()
               if r.preferred_name == "Fatima")  # not yet checked in today
    before = len(checkins.for_resident(window.session.ctx, ana.id))
    shell.start_checkin(ana.id, "Fatima")
    dialog = shell.checkin_dialog
    assert "Fatima" in [w.text() for w in dialog.findChildren(QLabel)]  # whose form it is
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    assert dialog.mood.checkedId() == 3  # at once, not 100 ms later
    dialog._save()
    dialog._save()  # the second press, while the first is saving (or just saved)
    assert len(checkins.for_resident(window.session.ctx, ana.id)) == before + 1
    shell.start_checkin(ana.id, "Fatima")  # the same key reaching Today right after
    assert shell.checkin_dialog is None
    shell.checkin_saved_at = float("-inf")  # later, a second check-in on purpose: it asks,
    shell.start_checkin(ana.id, "Fatima")  # and Enter (the default) says No
    shell.checkin_dialog.mood.button(4).click()
    shell.checkin_dialog._save()
    assert asked and asked[0][4] == QMessageBox.StandardButton.No
    assert len(checkins.for_resident(window.session.ctx, ana.id)) == before + 1


def test_the_first_frame_after_ctrl_l_shows_no_record(window, qtbot, monkeypatch) -> None:
    """The cover comes before anything slow: at the moment the vault starts to close, every
    other window is hidden and the main window shows one blank colour, nothing else."""
    unlock(window)
    shell = window.centralWidget()
    shell.open_resident(_ana(shell).id)
    form = shell.detail.needs_tab.add()
    form.fields["notes"].widget.setPlainText("Needs glasses: optician on Friday")
    box = QMessageBox(QMessageBox.Icon.Information, "Ana", "Ana's record", parent=shell)
    box.open()
    seen: dict = {}
    real = window.session.lock

    def at_lock() -> None:
        image = window.grab().toImage()
        seen["colours"] = {image.pixel(x, y) for x in range(0, image.width(), 5)
                           for y in range(0, image.height(), 5)}
        seen["open"] = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible()]
        # what each hidden dialog last showed: under X it stays on screen until the window
        # beneath repaints, so it must be blank too
        last = [w.grab().toImage() for w in (form, box)]
        seen["dialogs"] = [{i.pixel(x, y) for x in range(0, i.width(), 5)
                            for y in range(0, i.height(), 5)} for i in last]
        real()

    monkeypatch.setattr(window.session, "lock", at_lock)
    qtbot.keyClick(form.fields["notes"].widget, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert seen["open"] == []
    assert len(seen["colours"]) == 1  # a blank cover over the whole window
    assert [len(colours) for colours in seen["dialogs"]] == [1, 1]
    assert isinstance(window.centralWidget(), UnlockView) and window.cover is None
    assert _open_dialogs() == []


def test_a_half_typed_check_in_survives_a_crash_and_returns_to_its_author_only(
        window, qtbot, vault_dir, tmp_path) -> None:
    """The app dies (no lock, no quit) with a check-in half typed: its author gets it back
    at the next unlock; a colleague who unlocks first sees nothing of it."""
    from safehaven.ui.app import Window
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    unlock(window, "Sam Staff")
    shell = window.centralWidget()
    shell.start_checkin(_ana(shell).id, "Ana")
    shell.checkin_dialog.note.setPlainText("Quiet at dinner, asked about her sister")
    qtbot.waitUntil(lambda: shell.kept_fields is not None and "sister" in
                    shell.kept_fields.get("note", ""), timeout=6000)  # the timer kept it
    window.session.ctx.vault.close()  # the process dies: nothing more happens
    window.session.ctx = None

    def restarted() -> Window:
        win = Window(vault_dir, Settings(path=tmp_path / "settings2.json"),
                     Tasks(synchronous=True))
        qtbot.addWidget(win)
        win.show()
        return win

    other = restarted()
    unlock(other, "Maria Manager")
    assert other.centralWidget().checkin_dialog is None
    other.lock()
    unlock(other, "Sam Staff")
    dialog = other.centralWidget().checkin_dialog
    assert dialog is not None
    assert dialog.note.toPlainText() == "Quiet at dinner, asked about her sister"
    assert dialog.focusWidget() is dialog.note  # not on the mood faces, where a digit counts
    dialog.reject()  # cancelled: the draft goes
    other.lock()
    unlock(other, "Sam Staff")
    assert other.centralWidget().checkin_dialog is None
    other.session.lock()


def test_tab_leaves_todays_lists(window, qtbot) -> None:
    """Tab from the still-to-check-in list goes on to the next control, not round the
    list's cells (a keyboard-only shift could not reach the alerts)."""
    unlock(window, "Sam Staff")
    today = window.centralWidget().today
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today.waiting_view.setFocus()
    qtbot.waitUntil(today.waiting_view.hasFocus)
    before = today.waiting_view.currentIndex().row()
    qtbot.keyClick(today.waiting_view, Qt.Key.Key_Tab)
    # Tab no longer walks the list's cells (offscreen Qt moves no focus between windows'
    # widgets, so what is checked is that the list let the key go)
    assert today.waiting_view.currentIndex().row() == before
    views = [v for v in today.findChildren(QTableView)]
    assert views and not any(v.tabKeyNavigation() for v in views)
