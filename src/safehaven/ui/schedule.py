"""Schedule: a week of sessions; mark attendance, cancel with a reason, move, book."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.life import Hearing
from safehaven.domain.models import TherapyPlan, TherapySession
from safehaven.domain.vocab import GROUP_MODALITIES, Modality, SessionStatus
from safehaven.errors import NeedsConfirmation
from safehaven.services import groups, schedule, therapy
from safehaven.services.context import Context
from safehaven.services.schedule import Booking
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.date_fields import moment_field
from safehaven.ui.flow import flow_row
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, fit_columns, heading, table_view
from safehaven.ui.record_form import FormField, RecordForm, ask, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _HearingRow:
    """A hearing with the young person's name, keyed by the hearing."""

    def __init__(self, hearing: Hearing, name: str) -> None:
        self.hearing, self.name, self.id = hearing, name, hearing.id


class SchedulePage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        today = clock.today()
        self.monday = today - timedelta(days=today.weekday())
        self.model = RowsModel([
            Column(self.tr("Day"), lambda b: formats.day(b.session.scheduled_at.date(),
                                                         weekday=True, year=False)),
            Column(self.tr("Time"), lambda b: formats.clock(b.session.scheduled_at)),
            Column(self.tr("Resident"), lambda b: b.resident),
            Column(self.tr("Therapy"), self._therapy),
            Column(self.tr("Provider"), lambda b: b.provider),
            Column(self.tr("Status"), lambda b: word(b.session.status)),
        ])
        self.view = table_view(self.model)
        fit_columns(self.view, 0, 1, 5)
        # the week's hearings and legal appointments beside therapy (issue 31): a day's
        # plans depend on both, and who goes with the young person is planned from here
        self.hearings = RowsModel([
            Column(self.tr("Day"), lambda x: formats.day(x.hearing.at.date(), weekday=True,
                                                         year=False)),
            Column(self.tr("Time"), lambda x: formats.clock(x.hearing.at)),
            Column(self.tr("Resident"), lambda x: x.name),
            Column(self.tr("What"), lambda x: word(x.hearing.kind)),
            Column(self.tr("Where"), lambda x: x.hearing.place),
            Column(self.tr("Who goes"), lambda x: x.hearing.accompanied_by or (
                self.tr("NOBODY YET") if str(x.hearing.status) == "scheduled"
                else word(x.hearing.status))),
        ])
        self.hearings_view = table_view(self.hearings)
        self.hearings_view.setMaximumHeight(110)  # three rows: the week still fits 600 pixels
        fit_columns(self.hearings_view, 0, 1, 3)
        self.title = heading("")
        self.message = QLabel()
        self.message.setObjectName("error")
        wrapping(self.message)
        nav = QHBoxLayout()
        for label, step in ((self.tr("← Previous week"), -7), (self.tr("This week"), 0),
                            (self.tr("Next week →"), 7)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, d=step: self._go(d))
            nav.addWidget(button)
        nav.addStretch(1)
        buttons: list[QWidget] = []
        for label, status in ((self.tr("Attended"), SessionStatus.ATTENDED),
                              (self.tr("Missed"), SessionStatus.MISSED),
                              (self.tr("Cancelled by provider"),
                               SessionStatus.CANCELLED_PROVIDER),
                              (self.tr("Cancelled by resident"),
                               SessionStatus.CANCELLED_RESIDENT)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self._set(s))
            buttons.append(button)
        move = QPushButton(self.tr("Reschedule…"))
        move.clicked.connect(self._reschedule)
        book = QPushButton(self.tr("Book a session…"))
        book.clicked.connect(self._book)
        group = QPushButton(self.tr("Book a group session…"))
        group.clicked.connect(lambda _=False: self.book_group())
        actions = flow_row(*buttons, move, book, group)  # wraps on a small screen
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(nav)
        layout.addWidget(self.view, 3)
        self.hearings_title = QLabel(self.tr("Court and appointments this week"))
        layout.addWidget(self.hearings_title)
        layout.addWidget(self.hearings_view, 1)
        layout.addWidget(self.message)
        layout.addWidget(actions)
        self.refresh()

    def _go(self, days: int) -> None:
        if days == 0:
            today = clock.today()
            self.monday = today - timedelta(days=today.weekday())
        else:
            self.monday += timedelta(days=days)
        self.refresh()

    def refresh(self) -> None:
        sunday = self.monday + timedelta(days=6)
        self.title.setText(self.tr("Week of {0} to {1}").format(
            formats.day(self.monday, year=False), formats.day(sunday)))
        self.session.call(schedule.week, self.monday, on_done=self.model.set_rows)
        self.session.call(schedule.hearings_week, self.monday,
                          on_done=lambda rows: self.hearings.set_rows(
                              [_HearingRow(h, name) for h, name in rows]))

    def _selected(self) -> Booking | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def _therapy(self, b: Booking) -> str:
        if b.group is not None:
            return self.tr("Group: {0}").format(isolated(b.group.session.title))
        return word(b.modality) if b.modality else ""

    def _set(self, status: SessionStatus) -> None:
        booking = self._selected()
        if booking is None:
            return
        if booking.group is not None:
            self._set_group(booking, status)
            return
        reason = None
        if status in (SessionStatus.CANCELLED_PROVIDER, SessionStatus.CANCELLED_RESIDENT):
            reason, ok = QInputDialog.getText(self, self.tr("Cancel session"),
                                              self.tr("Why was it cancelled?"))
            if not ok:
                return
        self.message.clear()
        self.session.call(therapy.set_status, booking.id, status, reason, on_error=self._report)

    def _set_group(self, booking: Booking, status: SessionStatus) -> RecordForm | None:
        """A group: attendance per resident (ticked: present), or cancelled for everyone."""
        group = booking.group
        assert group is not None
        self.message.clear()
        if status in (SessionStatus.CANCELLED_PROVIDER, SessionStatus.CANCELLED_RESIDENT):
            reason, ok = QInputDialog.getText(self, self.tr("Cancel group session"),
                                              self.tr("Why was it cancelled?"))
            if ok:
                self.session.call(groups.cancel, group.id, reason, on_error=self._report)
            return None
        return self.attendance(booking)

    def attendance(self, booking: Booking) -> RecordForm:
        group = booking.group
        assert group is not None
        people = [(group.names.get(a.resident_id, ""), a.resident_id) for a in group.attendance]
        present = [a.resident_id for a in group.attendance if str(a.status) != "absent"]
        form = RecordForm(self.tr("Attendance: {0}").format(isolated(group.session.title)), [
            FormField("present", self.tr("Present (the others were absent)"), "many",
                      present, people)], self)
        everyone = [rid for _, rid in people]
        return run_form(self.session, form, _attendance, group.id, everyone=everyone)

    def book_group(self) -> None:
        def choose(plans: list[tuple[str, TherapyPlan]]) -> RecordForm:
            grouped = [(name, p) for name, p in plans if p.modality in GROUP_MODALITIES]
            offered: dict[str, list[str]] = {}
            for name, p in grouped:
                offered.setdefault(p.resident_id, [name]).append(word(p.modality))
            people = sorted(((f"{v[0]} ({', '.join(sorted(set(v[1:])))})", rid)
                             for rid, v in offered.items()), key=lambda x: x[0].casefold())
            kinds = [k for k in GROUP_MODALITIES if any(p.modality is k for _, p in grouped)
                     ] or list(GROUP_MODALITIES)
            fields = [
                FormField("modality", self.tr("Therapy"), "choice",
                          (Modality.PEER_GROUP if Modality.PEER_GROUP in kinds else kinds[0]
                           ).value, [(word(k), k.value) for k in kinds]),
                FormField("title", self.tr("Name of the group"),
                          hint=self.tr("e.g. Thursday circle")),
                FormField("at", self.tr("When"), "datetime", self._first_free_hour()),
                FormField("duration_min", self.tr("Minutes"), "number", 60, minimum=1,
                          maximum=480),
                FormField("residents", self.tr("Residents"), "many", (), people,
                          hint=self.tr("each on an open plan of this therapy")),
                FormField("place", self.tr("Place")),
                FormField("facilitator", self.tr("Led by")),
            ]
            form = RecordForm(self.tr("Book a group session"), fields, self)
            form.resize(800, form.height())  # names with their therapies, two a row
            return run_form(self.session, form, groups.book)

        self.session.call(schedule.open_plans, on_done=choose)

    def _reschedule(self) -> None:
        booking = self._selected()
        if booking is None:
            return
        if booking.group is not None:
            self.message.setText(self.tr("A group session is not moved: cancel it and book "
                                         "a new one."))
            return
        assert isinstance(booking.session, TherapySession)  # a group's was refused above
        dialog = BookDialog(self, [(booking.resident, booking.session.plan_id)],
                            booking.session.scheduled_at + timedelta(days=7))
        if dialog.exec():
            reason, ok = QInputDialog.getText(self, self.tr("Reschedule"),
                                              self.tr("Why is it moving?"))
            if ok:
                self.session.call(therapy.set_status, booking.id, SessionStatus.RESCHEDULED,
                                  reason, moved_to=dialog.when(), on_error=self._report)

    def _first_free_hour(self) -> datetime:
        """A booking starts in the week shown, but never in the past: the next full hour
        (or Monday 10:00 of a week still to come)."""
        start = datetime.combine(self.monday, datetime.min.time()).replace(hour=10)
        soon = (clock.now() + timedelta(hours=1)).replace(minute=0, second=0,
                                                              microsecond=0)
        return max(start, soon)

    def _schedule(self, plan_id: str, when: datetime, *, confirmed: bool) -> None:
        """Book; a time in the past or a resident who has left is asked about first."""

        def refused(error: BaseException) -> None:
            if isinstance(error, NeedsConfirmation) and ask(self, error.message):
                self._schedule(plan_id, when, confirmed=True)
            elif not isinstance(error, NeedsConfirmation):
                self._report(error)

        self.session.call(therapy.schedule, plan_id, when, confirmed=confirmed,
                          on_error=refused)

    def _book(self) -> None:
        def choose(plans: list[tuple[str, str]]) -> None:  # label, plan id
            dialog = BookDialog(self, plans, self._first_free_hour())
            dialog.check.connect(lambda plan_id, at: self.session.call(
                schedule.warnings, plan_id, at, on_done=dialog.show_warnings))
            dialog.ask_for_warnings()
            if dialog.exec():
                self._schedule(dialog.plan_id(), dialog.when(), confirmed=False)

        self.session.call(schedule.open_plans, on_done=lambda plans: choose(
            [(f"{name} · {word(p.modality)} · {p.provider}", p.id) for name, p in plans]))


def _attendance(ctx: Context, group_id: str, *, everyone: list[str],
                present: tuple[str, ...] = ()) -> object:
    """Ticked residents present, the rest absent."""
    return groups.record_attendance(ctx, group_id, present=list(present),
                                    absent=[r for r in everyone if r not in present])


class BookDialog(QDialog):
    check = Signal(str, object)  # plan id, when: ask for warnings

    def __init__(self, parent: QWidget, plans: list[tuple[str, str]], when: datetime) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Book a session"))
        self.plans = QComboBox()
        for label, plan_id in plans:
            self.plans.addItem(label, plan_id)
        self.at = moment_field(when)
        self.warning = QLabel()
        self.warning.setObjectName("error")
        wrapping(self.warning)
        form = QFormLayout(self)
        form.addRow(self.tr("Resident and therapy"), self.plans)
        form.addRow(self.tr("When"), self.at)
        form.addRow("", self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.plans.currentIndexChanged.connect(self.ask_for_warnings)
        self.at.dateTimeChanged.connect(self.ask_for_warnings)

    def ask_for_warnings(self, *args: object) -> None:
        if self.plans.count():
            self.check.emit(self.plan_id(), self.when())

    def plan_id(self) -> str:
        return str(self.plans.currentData())

    def when(self) -> datetime:
        moment = self.at.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(second=0, microsecond=0)

    def show_warnings(self, warnings: list[str]) -> None:
        self.warning.setText("\n".join(warnings))
