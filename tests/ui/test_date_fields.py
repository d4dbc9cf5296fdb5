"""Every form's date fields (issue 25, item 6): an empty one starts at today when stepped
into (not 1900) and is empty again if left untouched; digits typed land where typed; one
Tab leaves a date or a date and time; the calendar has a Today button."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from safehaven import clock
from safehaven.ui.record_form import FormField, RecordForm
from tests.ui.test_form_guards import locale_of  # noqa: F401

TODAY = clock.today()


@pytest.fixture
def form(qtbot, locale_of):  # noqa: F811
    locale_of("es_ES")  # d/M/yyyy
    made = RecordForm("x", [
        FormField("what", "What"),
        FormField("due", "Due", "optional-date"),
        FormField("when", "When", "datetime", value=datetime(2026, 11, 20, 8, 5)),
        FormField("note", "Note")])
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def _tab_into(form: RecordForm, name: str):
    before = list(form.fields)[list(form.fields).index(name) - 1]
    form.fields[before].widget.setFocus()
    QTest.keyClick(form.fields[before].widget, Qt.Key.Key_Tab)
    edit = form.fields[name].widget
    assert QApplication.focusWidget() is edit
    return edit


def test_an_empty_date_starts_at_today_and_stays_empty_if_only_stepped_through(form) -> None:
    assert form.values()["due"] is None
    due = _tab_into(form, "due")
    assert due.date().toPython() == TODAY and due.text() != "–"
    QTest.keyClick(due, Qt.Key.Key_Tab)  # one Tab: out, and nothing chosen
    assert QApplication.focusWidget() is form.fields["when"].widget
    assert form.values()["due"] is None
    due = _tab_into(form, "due")
    QTest.keyClick(due, Qt.Key.Key_Up)  # the day after today, not 2 January 1900
    QTest.keyClick(due, Qt.Key.Key_Tab)
    assert form.values()["due"] == TODAY + timedelta(days=1)


def test_digits_typed_land_where_typed(form) -> None:
    for typed in ("03122026", "3/12/2026"):  # each part, then on to the next by itself
        due = _tab_into(form, "due")
        QTest.keyClicks(due, typed)
        QTest.keyClick(due, Qt.Key.Key_Tab)
        assert form.values()["due"] == date(2026, 12, 3), typed
        due.setDate(due.minimumDate())
    when = QApplication.focusWidget()
    QTest.keyClicks(when, "271120261530")
    QTest.keyClick(when, Qt.Key.Key_Tab)
    assert form.values()["when"] == datetime(2026, 11, 27, 15, 30)
    assert QApplication.focusWidget() is form.fields["note"].widget
    QTest.keyClicks(QApplication.focusWidget(), "tired")  # no spill into the time
    assert form.values()["when"] == datetime(2026, 11, 27, 15, 30)


@pytest.mark.parametrize(("name", "shown"), [("en_GB", "7 Dec 2026"), ("en_US", "Dec 7 2026"),
                                             ("es_ES", "7 dic 2026")])
def test_a_date_names_its_month_in_the_locales_order(qtbot, locale_of, name: str,  # noqa: F811
                                                     shown: str) -> None:
    """07/12 is the 7th of December to one worker and the 12th of July to another (QA):
    the month is named, and digits typed in the locale's order still land where typed."""
    locale_of(name)
    form = RecordForm("x", [FormField("what", "What"), FormField("due", "Due", "date")])
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    typed = ("12/7/2026", "12072026") if name == "en_US" else ("7/12/2026", "07122026")
    for keys in typed:
        due = _tab_into(form, "due")
        QTest.keyClicks(due, keys)
        QTest.keyClick(due, Qt.Key.Key_Tab)
        assert form.values()["due"] == date(2026, 12, 7), keys
        assert due.text() == shown
        due.setDate(QDate(2026, 1, 1))


def test_the_calendar_has_today(form) -> None:
    for name in ("due", "when"):
        calendar = form.fields[name].widget.calendarWidget()
        [button] = [b for b in calendar.findChildren(QToolButton)
                    if b.objectName() == "calendar_today"]
        assert button.text() == "Today"
        form.fields[name].widget.setFocus()
        button.click()
        assert calendar.selectedDate() == QDate(TODAY)
    assert form.values()["due"] == TODAY
    assert form.values()["when"].date() == TODAY
