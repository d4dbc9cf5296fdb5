"""Today: who still needs a check-in, what needs attention, today's sessions."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain import alerts as rules
from safehaven.domain.medication import DueDose
from safehaven.domain.models import Alert, Resident
from safehaven.domain.vocab import HouseEvent
from safehaven.i18n import joined
from safehaven.services import alert_acks, health, house_log, medication, residents, staff, today
from safehaven.services.context import Context
from safehaven.services.today import TodayView
from safehaven.ui.approvals_tab import ApprovalsTab
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.handover import HandoverButton
from safehaven.ui.health_forms import HealthForms
from safehaven.ui.health_tab import dose_intro
from safehaven.ui.look import tabs_in_one_row
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, fit_columns, heading, table_view, wrapped_table
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _AlertRow:
    """Alerts have no id of their own; the table keys them by kind, resident and source."""

    def __init__(self, alert: Alert, name: str) -> None:
        self.alert = alert
        self.name = name
        self.id = f"{alert.kind}:{alert.resident_id}:{alert.source_id}"


class _Slot:
    """A row of today's sessions: one resident's session, or a group once."""

    def __init__(self, ident: str, at: datetime, who: str, status: str, place: str) -> None:
        self.id, self.at, self.who, self.status, self.place = ident, at, who, status, place


class _DoseRow:
    """A scheduled dose not yet recorded, keyed by its medicine and time."""

    def __init__(self, due: DueDose, name: str) -> None:
        self.due = due
        self.name = name
        self.id = f"{due.prescription.id}@{due.due_at.isoformat()}"


class TodayPage(Page):
    checkin_requested = Signal(str, str)  # resident id, preferred name
    alert_opened = Signal(str, str)  # resident id, alert kind: open the record it is about
    incident_requested = Signal(str, object)  # resident id, flagged check-in id or None

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.reasons: dict[str, tuple[str, ...]] = {}
        # most at risk first (the services' order), with why (issue 25)
        self.waiting = RowsModel([Column(self.tr("Resident"), lambda r: r.preferred_name),
                                  Column(self.tr("Why first"), self._why)])
        self.alerts = RowsModel([
            Column(self.tr("Urgency"), lambda a: word(rules.urgency(a.alert))),
            Column(self.tr("What"), lambda a: word(a.alert.kind)),
            Column(self.tr("Who"), lambda a: a.name),
            Column(self.tr("When"), self._when),
            Column(self.tr("Detail"), self._detail),
        ])
        self.sessions = RowsModel([
            Column(self.tr("Time"), lambda s: formats.clock(s.at)),
            Column(self.tr("Who"), lambda s: s.who),
            Column(self.tr("Status"), lambda s: word(s.status)),
            Column(self.tr("Place"), lambda s: s.place),
        ])
        self.doses = RowsModel([
            Column(self.tr("Time"), lambda d: formats.clock(d.due.due_at)),
            Column(self.tr("Who"), lambda d: d.name),
            Column(self.tr("Medicine"), lambda d: f"{d.due.prescription.medicine} "
                   f"{d.due.prescription.dose}"),
            Column(self.tr("State"), lambda d: word(d.due.state)),
        ])
        self.names: dict[str, str] = {}
        self.waiting_view = wrapped_table(table_view(self.waiting), 1)
        self.waiting_view.doubleClicked.connect(self._start_checkin)
        self.waiting_view.activated.connect(self._start_checkin)
        self.checkin_button = QPushButton(self.tr("Check in (Enter)"))
        self.checkin_button.clicked.connect(
            lambda: self._start_checkin(self.waiting_view.currentIndex()))
        self.summary = QLabel()
        self.alerts_view = wrapped_table(table_view(self.alerts), 1, 4)
        self.alerts_view.doubleClicked.connect(self._open_alert)
        self.alerts_view.activated.connect(self._open_alert)
        self.incident_button = QPushButton(self.tr("Record incident for this alert…"))
        self.incident_button.clicked.connect(self._incident)
        self.ack_button = QPushButton(self.tr("Acknowledge with a note…"))
        self.ack_button.setToolTip(self.tr("Say what was done, or why it can wait; the alert "
                                           "leaves Today until something changes."))
        self.ack_button.clicked.connect(lambda _=False: self.acknowledge())
        self.ack_hint = QLabel()
        self.ack_hint.setObjectName("error")
        wrapping(self.ack_hint)
        self.ack_hint.hide()
        alert_buttons = QHBoxLayout()
        alert_buttons.addWidget(self.incident_button)
        alert_buttons.addWidget(self.ack_button)
        alert_buttons.addStretch(1)
        self.sessions_view = table_view(self.sessions)
        self.doses_view = table_view(self.doses)
        self.doses_view.doubleClicked.connect(lambda index: self.record_dose(index))
        self.doses_view.activated.connect(lambda index: self.record_dose(index))
        self.doses_view.setToolTip(self.tr("Enter: record this dose"))
        self.house_log = RowsModel([
            Column(self.tr("Time"), lambda e: formats.day_time(e.at)),
            Column(self.tr("What"), lambda e: word(e.category)),
            Column(self.tr("Who wrote it"), lambda e: self.staff_names.get(e.staff_id, "–")),
            Column(self.tr("Text"), lambda e: e.text),
        ])
        self.staff_names: dict[str, str] = {}
        # hearings and legal appointments today and tomorrow, with who goes (issue 31)
        self.hearings = RowsModel([
            Column(self.tr("When"), lambda h: formats.day_time(h.at)),
            Column(self.tr("Who"), lambda h: self.names.get(h.resident_id, "")),
            Column(self.tr("What"), lambda h: word(h.kind)),
            Column(self.tr("Where"), lambda h: h.place),
            Column(self.tr("Who goes"), lambda h: h.accompanied_by or self.tr("NOBODY YET")),
        ])
        self.hearings_view = table_view(self.hearings)
        self.hearings_view.doubleClicked.connect(self._open_hearing)
        self.hearings_view.activated.connect(self._open_hearing)
        self.house_log_view = table_view(self.house_log)
        self.log_button = QPushButton(self.tr("Add to the house log…"))
        self.log_button.setToolTip(self.tr("What happened in the house that is not about one "
                                           "young person: a stranger outside, a power cut…"))
        self.log_button.clicked.connect(lambda _=False: self.add_to_house_log())
        log_page = QWidget()
        log_layout = QVBoxLayout(log_page)
        log_layout.setContentsMargins(0, 0, 0, 0)
        log_layout.addWidget(self.house_log_view, 1)
        log_layout.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)
        # today's sessions and the house log share the bottom: a small screen keeps its
        # room for who still needs a check-in and the alerts
        self.bottom = QTabWidget()
        self.bottom.setDocumentMode(True)
        self.bottom.addTab(self.sessions_view, self.tr("Today's sessions"))
        self.bottom.addTab(log_page, self._log_title(0))
        self.bottom.addTab(self.hearings_view, self._hearings_title(0))
        self.approvals = ApprovalsTab(session, self)
        self.approvals.hide()  # not in a layout until `start`: it floated over the heading
        tabs_in_one_row(self.bottom)  # the tabs in half a row, no arrows hiding one
        self.bottom.setTabToolTip(2, self.tr("Hearings and legal appointments today and "
                                             "tomorrow, and who goes with the young person"))
        self.handover = HandoverButton(session, self)  # since my last shift (issue 25)
        grid = QGridLayout(self)
        grid.addWidget(heading(self.tr("Today")), 0, 0)
        grid.addWidget(self.handover, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.summary, 1, 0, 1, 2)
        # the two headings side by side read as one in Arabic (QA): a wider gap between
        # the columns, as between two columns of a page
        grid.setHorizontalSpacing(max(grid.horizontalSpacing(), 0) + 18)
        grid.addWidget(heading(self.tr("Still to check in")), 2, 0)
        grid.addWidget(self.waiting_view, 3, 0)
        grid.addWidget(self.checkin_button, 4, 0)
        grid.addWidget(heading(self.tr("Alerts")), 2, 1)
        grid.addWidget(self.alerts_view, 3, 1)
        grid.addLayout(alert_buttons, 4, 1)
        grid.addWidget(self.ack_hint, 5, 1)
        # medicines due beside today's sessions and the house log (tabs), each wide enough
        # for its words
        # for its words. Their title is a tab like theirs, not a heading a line taller: at
        # 1024x600 the list showed two doses (QA, issue 25)
        self.doses_box = QTabWidget()
        self.doses_box.setDocumentMode(True)
        self.doses_box.addTab(self.doses_view, self._doses_title(0))
        self.doses_box.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab: no stop
        bottom = QHBoxLayout()
        bottom.addWidget(self.doses_box, 2)
        bottom.addWidget(self.bottom, 3)
        grid.addLayout(bottom, 7, 0, 1, 2)
        grid.setColumnStretch(0, 2)  # first names and why they come first; the alerts'
        grid.setColumnStretch(1, 5)  # what, who and when must show whole on 1024 pixels
        # who still needs a check-in and what needs acting on get most of a small screen,
        # medicines due room for a shift's round of doses
        grid.setRowStretch(3, 4)
        grid.setRowStretch(7, 3)
        fit_columns(self.alerts_view, 0, 2, 3)  # what and the detail share what is left,
        fit_columns(self.waiting_view, 0)        # wrapped
        fit_columns(self.sessions_view, 0, 2)
        fit_columns(self.doses_view, 0, 3)
        fit_columns(self.house_log_view, 0, 1, 2)
        fit_columns(self.hearings_view, 0, 1, 2)

    def start(self) -> None:
        """The vault is open: the page (made while the lock screen waited, with no record in
        it) reads what it shows, and a manager gets the approvals tab."""
        if self.approvals.start() and self.bottom.indexOf(self.approvals) < 0:
            self.bottom.addTab(self.approvals, self.approvals.title(0))
            self.bottom.setTabToolTip(3, self.approvals.tooltip())
        self.refresh()

    def landing(self) -> QWidget:
        return self.waiting_view

    def refresh(self) -> None:
        self.session.call(lambda ctx: (today.overview(ctx), _names(ctx), _staff(ctx)),
                          on_done=self._show)
        self.handover.refresh()

    def _show(self, result: tuple[TodayView, dict[str, str], dict[str, str]]) -> None:
        view, self.names, self.staff_names = result
        self.house_log.set_rows(view.house_log)
        self.bottom.setTabText(1, self._log_title(len(view.house_log)))
        self.hearings.set_rows(view.hearings)
        self.bottom.setTabText(2, self._hearings_title(len(view.hearings)))
        if self.approvals.shown:
            self.approvals.set_rows(view.approvals, view.destructions)
            self.bottom.setTabText(3, self.approvals.title(len(view.approvals)
                                                           + len(view.destructions)))
        self.reasons = view.reasons
        self.waiting.set_rows(view.needs_checkin)
        self.alerts.set_rows([_AlertRow(a, self.names.get(a.resident_id, ""))
                              for a in view.alerts])  # the services' order: most urgent first
        slots = [_Slot(s.id, s.scheduled_at, self.names.get(s.resident_id, ""), str(s.status),
                       word(s.place) if s.place else "") for s in view.sessions]
        slots += [_Slot(g.id, g.session.scheduled_at, self.tr("Group: {0} ({1})").format(
            isolated(g.session.title),
            joined(isolated(g.names.get(a.resident_id, "")) for a in g.attendance)),
            str(g.session.status), word(g.session.place) if g.session.place else "")
            for g in view.groups]
        self.sessions.set_rows(sorted(slots, key=lambda s: (s.at, s.id)))
        self.doses_box.setTabText(0, self._doses_title(
            sum(d.state != "later" for d in view.doses)))
        self.doses.set_rows([_DoseRow(d, self.names.get(d.prescription.resident_id, ""))
                             for d in view.doses if d.state != "later"]
                            + [_DoseRow(d, self.names.get(d.prescription.resident_id, ""))
                               for d in view.doses if d.state == "later"])
        summary = " · ".join((
            self.tr("%n still to check in", "", len(view.needs_checkin)),
            self.tr("%n alert(s)", "", len(view.alerts)),
            self.tr("%n session(s) today", "", len(slots)),
            self.tr("%n dose(s) due", "", sum(d.state != "later" for d in view.doses))))
        if view.acknowledged:
            summary += " · " + self.tr("{0} acknowledged").format(view.acknowledged)
        if view.approvals or view.destructions:
            summary += " · " + self.tr("waiting for your approval: {0}").format(
                len(view.approvals) + len(view.destructions))
        self.summary.setText(summary)
        if self.waiting.rowCount() and not self.waiting_view.currentIndex().isValid():
            self.waiting_view.setCurrentIndex(self.waiting.index(0, 0))  # Enter: check in
            if self.isVisible() and not isinstance(QApplication.focusWidget(), QLineEdit):
                self.waiting_view.setFocus()  # Enter checks in the first one at once

    def _why(self, resident: Resident) -> str:
        return joined(word(r) for r in self.reasons.get(resident.id, ()))

    def _doses_title(self, n: int) -> str:
        return self.tr("Medicines due ({0})").format(n)

    def _log_title(self, n: int) -> str:
        return self.tr("House log, last 24 hours ({0})").format(n)

    def _hearings_title(self, n: int) -> str:
        return self.tr("Hearings ({0})").format(n)  # short: three tabs share half a row

    def _open_hearing(self, index: QModelIndex) -> None:
        """The young person's Life tab, at the legal case: who goes is changed there."""
        if index.isValid():
            hearing = self.hearings.row_at(index.row())
            self.alert_opened.emit(hearing.resident_id, "hearing-tomorrow")

    def add_to_house_log(self) -> RecordForm:
        """An entry about the house, optionally naming the young people it touched."""
        people = sorted(((n, i) for i, n in self.names.items()), key=lambda p: p[0].casefold())
        form = RecordForm(self.tr("Add to the house log"), [
            FormField("category", self.tr("What"), "choice", HouseEvent.AT_THE_DOOR.value,
                      [(word(e), e.value) for e in HouseEvent]),
            FormField("at", self.tr("When"), "datetime",
                      clock.now().replace(second=0, microsecond=0)),
            FormField("text", self.tr("What happened, and what was done"), "long"),
            FormField("resident_ids", self.tr("Young people it touched (optional)"), "many",
                      (), people),
        ], self)
        return run_form(self.session, form, house_log.add)

    def _when(self, row: _AlertRow) -> str:
        """The day, and the time of day where known (an incident, a flag's check-in)."""
        a = row.alert
        return (formats.day_time(a.at) if a.at
                else formats.day(a.day, weekday=True, year=False))

    def acknowledge(self) -> RecordForm | None:
        """The chosen alert, acknowledged with a note (where this role may)."""
        index = self.alerts_view.currentIndex()
        self.ack_hint.hide()
        if not index.isValid():
            self.ack_hint.setText(self.tr("Choose an alert first."))
            self.ack_hint.show()
            return None
        row = self.alerts.row_at(index.row())
        ctx = self.session.ctx
        if str(row.alert.kind) == "incident-open":
            self.ack_hint.setText(self.tr("An open incident is acknowledged and closed on the "
                                          "resident's Safety tab, by a manager."))
            self.ack_hint.show()
            return None
        if row.alert.kind in alert_acks.NOT_SET_ASIDE:
            self.ack_hint.setText(self.tr("This alert leaves Today when the return or the "
                                          "return interview is recorded on the resident's "
                                          "Safety tab."))
            self.ack_hint.show()
            return None
        if ctx is None or not alert_acks.may_acknowledge(ctx, row.alert):
            self.ack_hint.setText(self.tr("Your role does not allow acknowledging this "
                                          "alert."))
            self.ack_hint.show()
            return None
        form = RecordForm(self.tr("Acknowledge: {0}, {1}").format(word(row.alert.kind),
                                                                  isolated(row.name)),
                          [FormField("note", self.tr("What was done, or why it can wait"),
                                     "long")], self)
        return run_form(self.session, form, alert_acks.acknowledge, row.alert)

    def _detail(self, row: _AlertRow) -> str:
        detail = row.alert.detail
        if str(row.alert.kind) == "overdue-need" and detail.isdigit():
            return self.tr("{0} overdue needs").format(detail)
        return word(detail)

    def _open_alert(self, index: QModelIndex) -> None:
        if index.isValid():
            alert = self.alerts.row_at(index.row()).alert
            if str(alert.kind) == "no-checkin-today":
                self.checkin_requested.emit(alert.resident_id, self.names.get(
                    alert.resident_id, ""))
            else:
                self.alert_opened.emit(alert.resident_id, str(alert.kind))

    def _incident(self) -> None:
        index = self.alerts_view.currentIndex()
        if index.isValid():
            alert = self.alerts.row_at(index.row()).alert
            flagged = alert.source_id if str(alert.kind) in ("risk-flag", "incident-noted") \
                else None
            self.incident_requested.emit(alert.resident_id, flagged)

    def _start_checkin(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.waiting.row_at(index.row())
            self.checkin_requested.emit(row.id, row.preferred_name)


    def record_dose(self, index: QModelIndex | None = None) -> None:
        """The chosen due dose's form, with the child's allergies above it (read first)."""
        index = index if index is not None else self.doses_view.currentIndex()
        if not index.isValid():
            return
        row = self.doses.row_at(index.row())
        rid = row.due.prescription.resident_id
        self.session.call(lambda ctx: (health.safety_facts(ctx, rid), _staff(ctx)),
                          on_done=lambda found: self._dose_form(row, *found))

    def _dose_form(self, row: _DoseRow, facts: health.SafetyFacts,
                   staff_names: dict[str, str]) -> RecordForm:
        p = row.due.prescription
        forms = HealthForms(staff_names)
        form = RecordForm(self.tr("Dose: {0}").format(p.medicine),
                          forms.dose(p, [d.due for d in self.doses.rows.values()],
                                     row.due.due_at),
                          self, intro=dose_intro(forms, facts, p), subject=row.name)
        return run_form(self.session, form, medication.record_dose, p.id)


def _staff(ctx: Context) -> dict[str, str]:
    return {s.id: s.display_name for s in staff.listing(ctx)}


def _names(ctx: Context) -> dict[str, str]:
    return {r.id: r.preferred_name for r in residents.overview(ctx)}
