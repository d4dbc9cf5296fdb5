"""Forms on a night shift: results for a closed page, discarding typing, errors below the
fold, and dates in the user's own format."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel, QMessageBox, QWidget

from safehaven.domain.vocab import RiskFlag
from safehaven.errors import InvalidValue
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.date_fields import display_format
from safehaven.ui.record_form import Draft, FormField, RecordForm
from safehaven.ui.session import Session
from safehaven.ui.tasks import Tasks


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.name = QLabel(self)
        self.shown: list[Any] = []

    def show_result(self, result: Any) -> None:
        self.name.setText(str(result))
        self.shown.append(result)

    def load(self, session: Session, gate: threading.Event, *, fail: bool = False) -> None:
        """As the pages load: a bound method for the result, a lambda for the refusal."""
        def work(_ctx: object) -> str:
            gate.wait(5)
            if fail:
                raise ValueError("boom")
            return "Ana"

        session.call(work, on_done=self.show_result,
                     on_error=lambda e: self.name.setText(type(e).__name__))


@pytest.mark.parametrize("fail", [False, True])
def test_a_result_for_a_page_torn_down_meanwhile_is_dropped(qtbot, tmp_path: Path,
                                                            fail: bool) -> None:
    tasks = Tasks()  # threaded, as in the app: the result arrives later
    session = Session(tmp_path, tasks)
    session.ctx = object()  # type: ignore[assignment]
    gate = threading.Event()
    page = Page()
    page.load(session, gate, fail=fail)
    shiboken6.delete(page)  # the lock deleted the shell while the load ran
    gate.set()
    with qtbot.waitSignal(tasks.busy, timeout=5000) as idle:
        pass
    assert idle.args == [False]  # delivered (and dropped) without a traceback
    alive = Page()
    qtbot.addWidget(alive)
    gate2 = threading.Event()
    alive.load(session, gate2)
    gate2.set()
    qtbot.waitUntil(lambda: alive.shown == ["Ana"], timeout=5000)
    tasks.shutdown()


class WindowCloseButton(QCloseEvent):
    """A close that came from the window system (the title bar's button), not the app."""

    def spontaneous(self) -> bool:
        return True


REPLIES: list[QMessageBox.StandardButton] = []  # answers a test gives; else No


@pytest.fixture
def answers(monkeypatch) -> list[tuple[str, Any]]:
    """Every question asked, with its default button."""
    asked: list[tuple[str, Any]] = []
    REPLIES.clear()

    def question(_parent, _title, text, _buttons, default):
        asked.append((text, default))
        return REPLIES.pop(0) if REPLIES else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _form(qtbot, **kw: Any) -> RecordForm:
    form = RecordForm("Incident", [FormField("what", "What happened", "long"),
                                   FormField("risk", "Risk", "flag", hint="Self-harm")], **kw)
    qtbot.addWidget(form)
    form.show()
    return form


def test_an_untouched_form_cancels_at_once(qtbot, answers) -> None:
    form = _form(qtbot)
    form.cancel()
    assert not form.isVisible() and answers == []


def test_cancel_on_a_half_written_form_asks_and_keeps_it_by_default(qtbot, answers) -> None:
    form = _form(qtbot)
    form.fields["what"].widget.setPlainText("Left by the back door")
    form.fields["risk"].widget.setChecked(True)
    form.cancel()  # answered No: the default, "keep editing"
    assert form.isVisible()
    assert form.fields["what"].widget.toPlainText() == "Left by the back door"
    assert answers[-1] == ("Discard this record? What you typed will be lost.",
                           QMessageBox.StandardButton.No)
    click = WindowCloseButton()  # the window's close button asks the same
    form.closeEvent(click)
    assert not click.isAccepted() and form.isVisible() and len(answers) == 2
    form.close()  # closed by the app (a lock keeps its draft): no question
    assert not form.isVisible() and len(answers) == 2
    form.show()
    REPLIES.append(QMessageBox.StandardButton.Yes)
    form.cancel()
    assert not form.isVisible()


def test_the_close_button_on_an_untouched_form_closes_without_asking(qtbot, answers) -> None:
    form = _form(qtbot)
    click = WindowCloseButton()
    form.closeEvent(click)
    assert click.isAccepted() and answers == []


def test_a_draft_reopened_after_a_lock_counts_as_unsaved(qtbot, answers) -> None:
    form = _form(qtbot)
    form.fields["what"].widget.setPlainText("Half a sentence")
    draft = Draft(form.title, form.intro, form.draft_fields(), print, (), {})
    form.close()  # closed by the app (a lock): no question
    assert answers == []

    class Quiet:
        open_forms: ClassVar[dict] = {}

        def call(self, *a: Any, **k: Any) -> None: ...

    again = draft.reopen(Quiet(), None)
    qtbot.addWidget(again)
    again.cancel()
    assert again.isVisible() and len(answers) == 1


def test_check_in_cancel_asks_when_a_note_or_flag_was_given(qtbot, answers) -> None:
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.flags[RiskFlag.RUNAWAY].setChecked(True)
    dialog.note.setPlainText("Quiet at dinner")
    dialog.cancel()
    assert dialog.isVisible()
    assert answers == [("Discard this check-in? What you typed will be lost.",
                        QMessageBox.StandardButton.No)]
    untouched = CheckInDialog("Boris")
    qtbot.addWidget(untouched)
    untouched.show()
    untouched.cancel()
    assert not untouched.isVisible() and len(answers) == 1


def test_a_refused_field_below_the_fold_is_scrolled_to_and_focused(qtbot) -> None:
    fields = [FormField(f"f{i}", f"Field {i}") for i in range(25)]
    fields.append(FormField("last_seen_place", "Where was the young person last seen?"))
    form = RecordForm("Missing", fields)
    qtbot.addWidget(form)
    form.resize(540, 600)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    widget = form.fields["last_seen_place"].widget
    assert widget.visibleRegion().isEmpty()  # below the fold at first
    form.submit()
    form.show_error(InvalidValue("last_seen_place", "Where was the young person last seen?"))
    assert form.scroll_area.verticalScrollBar().value() > 0
    viewport = form.scroll_area.viewport()
    for shown in (widget, form.errors["last_seen_place"]):
        top = shown.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + shown.height() <= viewport.height()
    assert form.focusWidget() is widget


@pytest.fixture
def locale_of():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_dates_show_in_spanish_order_not_iso(qtbot, locale_of) -> None:
    locale_of("es_ES")
    assert display_format(QLocale(), with_time=True) == "d MMM yyyy H:mm"
    form = RecordForm("Incidente", [
        FormField("when", "Cuándo", "datetime", value=datetime(2026, 11, 27, 13, 47)),
        FormField("born", "Nacimiento", "date", value=datetime(2010, 3, 5).date())])
    qtbot.addWidget(form)
    assert form.fields["when"].widget.text() == "27 nov 2026 13:47"
    assert form.fields["born"].widget.text() == "5 mar 2010"
    assert form.values()["when"] == datetime(2026, 11, 27, 13, 47)


def test_arabic_time_reads_hour_then_minutes(qtbot, locale_of) -> None:
    locale_of("ar_EG")
    form = RecordForm("حادث", [
        FormField("when", "متى", "datetime", value=datetime(2026, 11, 27, 13, 49))])
    qtbot.addWidget(form)
    edit = form.fields["when"].widget
    text = edit.text()
    # in logical order (what the bidi algorithm then shows right to left): day first, and
    # the hour before its minutes, not Qt's reversed '٤٩:١ ... ٢٠٢٦'
    assert text.startswith("٢٧") and "١٣:٤٩" in text and "٤٩:١٣" not in text
    assert edit.isRightToLeft()
    assert form.values()["when"] == datetime(2026, 11, 27, 13, 49)


@pytest.mark.parametrize("name", ["ar_EG", "en_US", "es_ES"])
def test_a_time_typed_as_four_digits_is_that_time(qtbot, locale_of, name: str) -> None:
    """"1530" is half past three in the afternoon in every language: a 12-hour field read
    it as 1:53 or 5:30 (QA, issue 25); times are on the 24-hour clock everywhere."""
    locale_of(name)
    form = RecordForm("x", [
        FormField("when", "When", "datetime", value=datetime(2026, 11, 27, 9, 5))])
    qtbot.addWidget(form)
    form.show()
    edit = form.fields["when"].widget
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    hour = next(i for i in range(edit.sectionCount())
                if edit.sectionAt(i) == QDateTimeEdit.Section.HourSection)
    edit.setCurrentSectionIndex(hour)
    edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(edit, "1530")
    assert form.values()["when"] == datetime(2026, 11, 27, 15, 30)
    assert QDateTimeEdit.Section.AmPmSection not in [edit.sectionAt(i)
                                                     for i in range(edit.sectionCount())]


@pytest.mark.parametrize("name", ["ar_EG", "es_ES"])
def test_a_date_field_is_entered_at_the_day_in_every_direction(qtbot, locale_of,
                                                               name: str) -> None:
    """Tab into the field selects the day (Arabic selected AM/PM); one more Tab leaves it
    (Qt's own walked five parts first: issue 25); Shift+Tab comes back in at the last."""
    locale_of(name)
    form = RecordForm("x", [
        FormField("what", "What"),
        FormField("when", "When", "datetime", value=datetime(2026, 11, 27, 13, 49)),
        FormField("born", "Born", "date", value=datetime(2010, 3, 5).date())])
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    when, born = form.fields["when"].widget, form.fields["born"].widget
    assert when.isRightToLeft() == (name == "ar_EG")
    for edit in (when, born):
        edit.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(edit.hasFocus)
        assert edit.currentSection() == QDateTimeEdit.Section.DaySection
        assert edit.lineEdit().selectedText() == edit.sectionText(edit.sectionAt(0))
    when.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is born
    born.clearFocus()
    born.setFocus(Qt.FocusReason.BacktabFocusReason)
    assert born.currentSection() == QDateTimeEdit.Section.YearSection


def test_only_the_callbacks_owner_decides_whether_it_still_runs(qtbot) -> None:
    from safehaven.ui.tasks import receiver_alive

    page, dialog = Page(), Page()
    shown: list[str] = []

    class Owner(QWidget):
        def made(self) -> Any:
            return lambda code: (shown.append(code) if shiboken6.isValid(dialog) else None,
                                 self.setWindowTitle(code))

    owner = Owner()
    qtbot.addWidget(owner)
    made = owner.made()
    shiboken6.delete(dialog)  # the dialog closed while its code was being made
    assert receiver_alive(made)  # still runs: the code is shown by its page
    assert receiver_alive(lambda: None) and receiver_alive(None)
    assert receiver_alive(page.show_result)
    shiboken6.delete(page)
    assert not receiver_alive(page.show_result)
    shiboken6.delete(owner)
    assert not receiver_alive(made)


def test_a_missing_report_refused_at_600_pixels_shows_where_and_why(window, qtbot) -> None:
    from tests.ui.conftest import unlock

    unlock(window)
    shell = window.centralWidget()
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    form = shell.detail.safety_tab.missing()
    form.resize(form.width(), 400)  # the dialog on a 600-pixel screen, in large type
    qtbot.waitExposed(form)
    assert form.fields["last_seen_place"].widget.visibleRegion().isEmpty()  # below the fold
    form.fields["description"].widget.setPlainText("Not back from school")
    form.submit()  # refused: where was she last seen?
    error = form.errors["last_seen_place"]
    assert error.isVisible() and error.height() > 0
    assert form.scroll_area.verticalScrollBar().value() > 0
    viewport = form.scroll_area.viewport()
    for shown in (form.fields["last_seen_place"].widget, error):
        top = shown.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + shown.height() <= viewport.height(), shown
    assert form.focusWidget() is form.fields["last_seen_place"].widget
