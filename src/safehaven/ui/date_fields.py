"""Date and date-time fields in the locale's own order, entered from the first section a
reader meets (the day), right to left as left to right."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QBoxLayout, QDateEdit, QDateTimeEdit, QToolButton, QWidget

from safehaven import clock

NO_DATE = QDate(1900, 1, 1)  # shown as "–": an optional date left empty

# The ways of arriving at a field that select a whole section; a click places the cursor.
_BY_KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


def display_format(locale: QLocale, *, with_time: bool) -> str:
    """The locale's own order of day, month and year, the month by its name and the year in
    full: '7 dic 2026 13:47' in Spanish, 'Dec 7 2026' in American English. 07/12 is the 7th
    of December to one worker and the 12th of July to another (QA, issue 25); an ISO date
    reads as foreign and a two-digit year is ambiguous. Digits typed still land where typed
    (`_month_digit`)."""
    short = QLocale.FormatType.ShortFormat
    order = sorted("dMy", key=lambda part: _first(locale.dateFormat(short), part))
    date_part = " ".join({"d": "d", "M": "MMM", "y": "yyyy"}[part] for part in order)
    if not with_time:
        return date_part
    return f"{date_part} {time_format(locale)}"


def time_format(locale: QLocale) -> str:
    """The locale's short time on the 24-hour clock: a record's time is typed as four
    digits, and on a 12-hour field (American English, Arabic) "1530" became 1:53 or 5:30
    (QA, issue 25) while a night-shift "12:30" leaves AM or PM to the reader. Care records
    (a medication round above all) are kept on the 24-hour clock for the same reason."""
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "h" not in pattern and "a" not in pattern.lower():
        return pattern
    return "H:mm"


def _first(pattern: str, part: str) -> int:
    at = pattern.find(part)
    return at if at >= 0 else len(pattern)


def set_display_format(edit: QDateTimeEdit, *, with_time: bool) -> None:
    """Show `edit` in its locale's format. A right-to-left edit gets its format while left to
    right: Qt reverses the sections of a right-to-left one and the bidi algorithm then
    reverses them again, so Arabic read '٤٩:١٣' for 13:49 and put the year first."""
    text_format = display_format(edit.locale(), with_time=with_time)
    if edit.locale().textDirection() != Qt.LayoutDirection.RightToLeft:
        edit.setDisplayFormat(text_format)
        return
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(text_format)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # arrows and alignment as Arabic


def select_first_section(edit: QDateTimeEdit, event: QFocusEvent) -> None:
    """After Qt's own focus handling: Tab selects the first section (the day), Shift+Tab the
    last. Qt flips this for a right-to-left edit, expecting sections it reversed itself;
    ours keep the reading order (`set_display_format`), so Arabic began at AM/PM."""
    if not edit.isRightToLeft() or event.reason() not in _BY_KEYBOARD:
        return
    last = event.reason() == Qt.FocusReason.BacktabFocusReason
    edit.setSelectedSection(edit.sectionAt(edit.sectionCount() - 1 if last else 0))


class _ReadingOrder:
    """Entered from the day; Tab leaves the field in one press (its parts are walked with
    the arrows, or filled by typing digits); an empty field starts at today."""

    _filled = False  # emptied again on leaving if the user did nothing with today
    _touched = False
    _filling = False
    _month_typed = ""  # a first digit of the month ("1" may be January or begin 10-12)
    _moved_on = False  # the last digit filled a part and moved on: a separator now is spent

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.dateTimeChanged.connect(self._changed)  # type: ignore[attr-defined]

    def _changed(self) -> None:
        if not self._filling:
            self._touched = True  # a day picked in the calendar, an arrow, typed digits

    def focusInEvent(self, event: QFocusEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if is_empty(edit) and event.reason() != Qt.FocusReason.PopupFocusReason:
            # Up on an empty field jumped to 1900, typed digits went nowhere and the
            # calendar opened in 1900: it starts at today instead (issue 25)
            self._filled, self._touched, self._filling = True, False, True
            edit.setDate(_today())
            self._filling = False
        super().focusInEvent(event)  # type: ignore[misc]
        select_first_section(edit, event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if self._filled and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._filled = False
            if not self._touched:  # stepped through: still empty, not silently today
                self._filling = True
                edit.setDate(edit.minimumDate())
                self._filling = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.text():
            self._touched = True  # today's date typed over itself is still chosen
        text, before = event.text(), edit.currentSectionIndex()
        if edit.currentSection() == QDateTimeEdit.Section.MonthSection and text.isdigit():
            _month_digit(edit, self, int(text))
            self._moved_on = edit.currentSectionIndex() != before
            return
        self._month_typed = ""
        if text and text in _SEPARATORS and edit.currentSection() in _DATE_PARTS:
            if not self._moved_on:  # "3/12/2026" typed as on paper; the format has spaces
                _step_section(edit)
            self._moved_on = False
            return
        super().keyPressEvent(event)  # type: ignore[misc]
        self._moved_on = text.isdigit() and edit.currentSectionIndex() != before

    def event(self, event: QEvent) -> bool:
        """Tab goes on to the next field: Qt's own walked the five parts of a date and
        time first, and words typed after one Tab too few spilled into the time. A typed
        separator ("/", ":") still moves to the next part (`focusNextPrevChild`)."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                             | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)  # type: ignore[arg-type]
            return True
        return bool(super().event(event))  # type: ignore[misc]

    def focusNextPrevChild(self, forward: bool) -> bool:
        if not self.isRightToLeft():  # type: ignore[attr-defined]
            return bool(super().focusNextPrevChild(forward))  # type: ignore[misc]
        return tab_in_reading_order(self, forward)  # type: ignore[arg-type]


_SEPARATORS = "/.-"
_DATE_PARTS = (QDateTimeEdit.Section.DaySection, QDateTimeEdit.Section.MonthSection,
               QDateTimeEdit.Section.YearSection)


def _step_section(edit: QDateTimeEdit) -> None:
    """On to the next part of the field (never out of it), its text selected."""
    target = min(edit.currentSectionIndex() + 1, edit.sectionCount() - 1)
    edit.setCurrentSectionIndex(target)
    edit.setSelectedSection(edit.sectionAt(target))


def _month_digit(edit: QDateTimeEdit, state: _ReadingOrder, digit: int) -> None:
    """A digit typed on the month's name: "12" is December, "3" or "03" March, then on to
    the next part, as Qt does for a month shown in digits (it ignores them on a name)."""
    typed = state._month_typed + str(digit)
    month = int(typed)
    waiting = len(typed) == 1 and digit <= 1  # 0 or 1: a second digit may follow
    if 1 <= month <= 12:
        moment = edit.dateTime()
        old = moment.date()
        day = min(old.day(), QDate(old.year(), month, 1).daysInMonth())
        moment.setDate(QDate(old.year(), month, day))
        edit.setDateTime(moment)
    state._month_typed = typed if waiting else ""
    index = edit.currentSectionIndex()
    if waiting:
        edit.setCurrentSectionIndex(index)
        edit.setSelectedSection(edit.sectionAt(index))
    else:
        _step_section(edit)


def tab_in_reading_order(edit: QDateTimeEdit, forward: bool) -> bool:
    """The next part of a right-to-left edit in reading order (the month after the day),
    as left to right; Qt's own went backwards."""
    target = edit.currentSectionIndex() + (1 if forward else -1)
    if not 0 <= target < edit.sectionCount():
        return QWidget.focusNextPrevChild(edit, forward)
    edit.setCurrentSectionIndex(target)
    edit.setSelectedSection(edit.sectionAt(target))
    return True


class DateEdit(_ReadingOrder, QDateEdit):
    """A date in the locale's order, entered from the day (see `select_first_section`)."""


class DateTimeEdit(_ReadingOrder, QDateTimeEdit):
    """A date and time in the locale's order, entered from the day."""


def is_empty(edit: QDateTimeEdit) -> bool:
    """An optional date left empty: its minimum, shown as the special text (a dash)."""
    return bool(edit.specialValueText()) and edit.date() == edit.minimumDate()


def _today() -> QDate:
    return QDate(clock.today())


def date_field(value: date | None, *, optional: bool = False) -> DateEdit:
    """The one date field of every form: the locale's order, a calendar with Today, Tab
    that leaves it, and (`optional`) a dash for no date, starting at today when stepped into."""
    edit = DateEdit()
    _with_calendar(edit)
    set_display_format(edit, with_time=False)
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("–")
    edit.setDate(QDate(value) if value is not None else (NO_DATE if optional else _today()))
    return edit


def moment_field(value: datetime | None) -> DateTimeEdit:
    """A date and time, as `date_field` (the app's clock when none is given)."""
    edit = DateTimeEdit(QDateTime(value if value is not None
                                  else clock.now().replace(second=0, microsecond=0)))
    _with_calendar(edit)
    set_display_format(edit, with_time=True)
    return edit


def _with_calendar(edit: QDateTimeEdit) -> None:
    """A calendar popup with a Today button in its top row."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    bar = calendar.findChild(QWidget, "qt_calendar_navigationbar")
    button = QToolButton(bar)
    button.setText(QCoreApplication.translate("DateFields", "Today"))
    button.setAutoRaise(True)
    button.setObjectName("calendar_today")

    def today() -> None:
        calendar.setSelectedDate(_today())
        if isinstance(edit, _ReadingOrder):
            edit._touched = True
        calendar.activated.emit(_today())  # as a double-click: chosen, the popup closes

    button.clicked.connect(today)
    layout = bar.layout() if bar is not None else None
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.count() - 1, button)
