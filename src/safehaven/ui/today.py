"""Today: who still needs a check-in, what needs attention, today's sessions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from safehaven.domain.models import Alert
from safehaven.services import residents, today
from safehaven.services.context import Context
from safehaven.services.today import TodayView
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import Page, heading, table_view
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _AlertRow:
    """Alerts have no id of their own; the table keys them by kind, resident and source."""

    def __init__(self, alert: Alert, name: str) -> None:
        self.alert = alert
        self.name = name
        self.id = f"{alert.kind}:{alert.resident_id}:{alert.source_id}"


class TodayPage(Page):
    checkin_requested = Signal(str, str)  # resident id, preferred name
    alert_opened = Signal(str, str)  # resident id, alert kind: open the record it is about
    incident_requested = Signal(str, object)  # resident id, flagged check-in id or None

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.waiting = RowsModel([Column(self.tr("Resident"), lambda r: r.preferred_name)])
        self.alerts = RowsModel([
            Column(self.tr("What"), lambda a: word(a.alert.kind)),
            Column(self.tr("Who"), lambda a: a.name),
            Column(self.tr("Since"), lambda a: a.alert.day.strftime("%a %d %b")),
            Column(self.tr("Detail"), self._detail),
        ])
        self.sessions = RowsModel([
            Column(self.tr("Time"), lambda s: s.scheduled_at.strftime("%H:%M")),
            Column(self.tr("Who"), lambda s: self.names.get(s.resident_id, "")),
            Column(self.tr("Status"), lambda s: word(s.status)),
            Column(self.tr("Place"), lambda s: s.place or ""),
        ])
        self.names: dict[str, str] = {}
        self.waiting_view = table_view(self.waiting)
        self.waiting_view.doubleClicked.connect(self._start_checkin)
        self.waiting_view.activated.connect(self._start_checkin)
        self.checkin_button = QPushButton(self.tr("Check in (Enter)"))
        self.checkin_button.clicked.connect(
            lambda: self._start_checkin(self.waiting_view.currentIndex()))
        self.summary = QLabel()
        self.alerts_view = table_view(self.alerts)
        self.alerts_view.doubleClicked.connect(self._open_alert)
        self.alerts_view.activated.connect(self._open_alert)
        self.incident_button = QPushButton(self.tr("Record incident for this alert…"))
        self.incident_button.clicked.connect(self._incident)
        self.alerts_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions_view = table_view(self.sessions)
        grid = QGridLayout(self)
        grid.addWidget(heading(self.tr("Today")), 0, 0, 1, 2)
        grid.addWidget(self.summary, 1, 0, 1, 2)
        grid.addWidget(heading(self.tr("Still to check in")), 2, 0)
        grid.addWidget(self.waiting_view, 3, 0)
        grid.addWidget(self.checkin_button, 4, 0)
        grid.addWidget(heading(self.tr("Alerts")), 2, 1)
        grid.addWidget(self.alerts_view, 3, 1)
        grid.addWidget(self.incident_button, 4, 1)
        grid.addWidget(heading(self.tr("Today's sessions")), 5, 0, 1, 2)
        grid.addWidget(self.sessions_view, 6, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(lambda ctx: (today.overview(ctx), _names(ctx)), on_done=self._show)

    def _show(self, result: tuple[TodayView, dict[str, str]]) -> None:
        view, self.names = result
        self.waiting.set_rows(view.needs_checkin)
        self.alerts.set_rows([_AlertRow(a, self.names.get(a.resident_id, ""))
                              for a in sorted(view.alerts, key=_urgency)])
        self.sessions.set_rows(view.sessions)
        self.summary.setText(self.tr("{0} still to check in · {1} alerts · {2} sessions today")
                             .format(len(view.needs_checkin), len(view.alerts),
                                     len(view.sessions)))
        if self.waiting.rowCount() and not self.waiting_view.currentIndex().isValid():
            self.waiting_view.setCurrentIndex(self.waiting.index(0, 0))  # Enter: check in
            if self.isVisible() and not isinstance(QApplication.focusWidget(), QLineEdit):
                self.waiting_view.setFocus()  # Enter checks in the first one at once

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
            flagged = alert.source_id if str(alert.kind) == "risk-flag" else None
            self.incident_requested.emit(alert.resident_id, flagged)

    def _start_checkin(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.waiting.row_at(index.row())
            self.checkin_requested.emit(row.id, row.preferred_name)


def _names(ctx: Context) -> dict[str, str]:
    return {r.id: r.preferred_name for r in residents.overview(ctx)}


def _urgency(alert: Alert) -> tuple[int, str]:
    order = ["incident-open", "risk-flag", "missed-sessions", "overdue-need", "follow-up-overdue",
             "safety-plan-review",
             "consent-missing", "consent-expired", "consent-expiring", "cap-nearly-used",
             "no-checkin-today"]
    kind = str(alert.kind)
    return (order.index(kind) if kind in order else len(order), str(alert.day))
