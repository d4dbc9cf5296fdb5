"""Date and date-time fields in the locale's own order, entered from the first section a
reader meets (the day), right to left as left to right."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

# The ways of arriving at a field that select a whole section; a click places the cursor.
_BY_KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason)


def display_format(locale: QLocale, *, with_time: bool) -> str:
    """The locale's own short date (and time) order, '27/11/2026 13:47' in Spanish, with
    the year in full: an ISO date reads as foreign, and a two-digit year is ambiguous."""
    short = QLocale.FormatType.ShortFormat
    date_part = locale.dateFormat(short)
    if "yyyy" not in date_part:
        date_part = date_part.replace("yy", "yyyy")
    if not with_time:
        return date_part
    return f"{date_part} {locale.timeFormat(short)}"


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


def tab_in_reading_order(edit: QDateTimeEdit, forward: bool) -> bool:
    """Tab inside a right-to-left edit: the next section in reading order (the month after
    the day), as left to right, then on to the next field; Qt's own went backwards."""
    target = edit.currentSectionIndex() + (1 if forward else -1)
    if not 0 <= target < edit.sectionCount():
        return QWidget.focusNextPrevChild(edit, forward)
    edit.setCurrentSectionIndex(target)
    edit.setSelectedSection(edit.sectionAt(target))
    return True


class _ReadingOrder:
    """Entered from the day, and tabbed through in reading order right to left too."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        select_first_section(self, event)  # type: ignore[arg-type]

    def focusNextPrevChild(self, forward: bool) -> bool:
        if not self.isRightToLeft():  # type: ignore[attr-defined]
            return bool(super().focusNextPrevChild(forward))  # type: ignore[misc]
        return tab_in_reading_order(self, forward)  # type: ignore[arg-type]


class DateEdit(_ReadingOrder, QDateEdit):
    """A date in the locale's order, entered from the day (see `select_first_section`)."""


class DateTimeEdit(_ReadingOrder, QDateTimeEdit):
    """A date and time in the locale's order, entered from the day."""
