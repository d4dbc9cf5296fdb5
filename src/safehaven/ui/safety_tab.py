"""The resident page's Safety tab: incidents, open until a manager closes them."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.alerts import RETURN_INTERVIEW_WITHIN
from safehaven.domain.models import Incident
from safehaven.domain.vocab import IncidentKind
from safehaven.i18n import joined
from safehaven.reports import missing_sheet as missing_sheet_report
from safehaven.reports import safety_plan as safety_plan_report
from safehaven.services import incidents, missing, missing_sheet, safety_plans
from safehaven.services.context import Context
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.contacts_panel import ContactsPanel
from safehaven.ui.models import Column
from safehaven.ui.pdf_pane import PdfDialog
from safehaven.ui.record_form import RecordForm
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.restraints_panel import RestraintsPanel
from safehaven.ui.safeguarding_forms import SafeguardingForms
from safehaven.ui.session import Session
from safehaven.ui.words import word


class SafetyTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.incidents = Section(self.tr("Incidents"), [
            Column(self.tr("When"), lambda i: formats.day_time(i.occurred_at, weekday=False,
                                                               year=True)),
            Column(self.tr("What"), lambda i: word(i.kind)),
            Column(self.tr("Who was told"), lambda i: joined(word(n) for n in i.notified)
                   or "–"),
            Column(self.tr("State"), self._state),
            Column(self.tr("What happened"), lambda i: i.description),
        ])
        recording = self.may(Action.RECORD_INCIDENT)
        closing = self.may(Action.CLOSE_INCIDENT)
        self.incidents.button(self.tr("Record incident…"), self.record, recording)
        self.incidents.button(self.tr("Missing from care…"), self.missing, recording)
        self.incidents.button(self.tr("Acknowledge"), self.acknowledge, closing)
        self.incidents.button(self.tr("Close…"), self.close_incident, closing)
        self.incidents.button(self.tr("Sighting…"), self.sighting, recording)
        self.incidents.button(self.tr("Returned…"), self.returned, recording)
        self.incidents.button(self.tr("Return interview…"), self.interview, recording)
        self.incidents.button(self.tr("Sheet for the police…"), self.police_sheet, recording)
        self.plan_text = QLabel()
        wrapping(self.plan_text)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.plan_button = QPushButton(self.tr("Safety plan…"))
        self.plan_button.clicked.connect(lambda _=False: self.edit_plan())
        self.plan_button.setEnabled(self.may(Action.MANAGE_SAFEGUARDING))
        self.print_button = QPushButton(self.tr("Print for the young person…"))
        self.print_button.setToolTip(self.tr("One page in their language, when SafeHaven "
                                             "has it"))
        self.print_button.clicked.connect(lambda _=False: self.print_plan())
        self.print_button.setEnabled(False)
        plan_row = QHBoxLayout()  # the plan's buttons by its title: on screen at 1024x600
        plan_row.addWidget(QLabel(self.tr("Safety plan")))
        plan_row.addStretch(1)
        plan_row.addWidget(self.plan_button)
        plan_row.addWidget(self.print_button)
        self.plan_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # the safeguarding records share this tab, each on its own page, so the resident
        # page keeps one row of tabs on a 1024-pixel screen
        self.parts = QTabWidget()
        self.parts.setDocumentMode(True)
        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.setContentsMargins(0, 0, 0, 0)
        first_layout.addWidget(self.incidents, 3)
        first_layout.addLayout(plan_row)
        first_layout.addWidget(self.plan_text, 2)
        self.contacts = ContactsPanel(session, resident_id)
        self.parts.addTab(first, self.tr("Incidents and safety plan"))
        self.parts.addTab(self.contacts, self.tr("Visits and contacts"))
        self.restraints = RestraintsPanel(session, resident_id)
        self.parts.addTab(self.restraints, self.tr("Restraints"))
        self.layout_.addWidget(self.parts)

    def show_part(self, alert_kind: str) -> None:
        """The page of this tab that holds what an alert of this kind is about."""
        if alert_kind in ("no-contact-match", "unknown-contact"):
            self.parts.setCurrentWidget(self.contacts)
        elif "restraint" in alert_kind:
            self.parts.setCurrentWidget(self.restraints)
        else:
            self.parts.setCurrentIndex(0)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.contacts.show_data(data)
        self.restraints.show_data(data)
        self.incidents.model.set_rows(data.incidents)
        plan = data.safety_plan
        self.print_button.setEnabled(plan is not None)
        if plan is None:
            self.plan_text.setText(self.tr("No safety plan yet."))
            return
        parts = [(self.tr("Warning signs"), plan.warning_signs),
                 (self.tr("What helps"), plan.coping),
                 (self.tr("Safe people and places"), plan.safe_people_places),
                 (self.tr("To avoid"), plan.avoid), (self.tr("Whom to call"), plan.contacts)]
        lines = [f"<b>{html.escape(label)}:</b> {isolated(html.escape(text))}"
                 for label, text in parts if text]
        lines.append(self.tr("Reviewed {0}; next review {1}").format(
            formats.day(plan.reviewed_on), formats.day(plan.review_due)))
        self.plan_text.setText("<br>".join(lines))

    def edit_plan(self) -> RecordForm:
        plan = self.data.safety_plan if self.data else None
        return self.open(self.tr("Safety plan"), self.forms().safety_plan(plan),
                         safety_plans.save, self.resident_id)

    def print_plan(self) -> None:
        def work(ctx: Context) -> bytes:
            return safety_plan_report.render(safety_plans.printout(ctx, self.resident_id))

        self.session.call(work, on_done=self._preview, on_error=lambda e: self._hint(e))

    def _preview(self, data: bytes) -> None:
        name = self.data.resident.preferred_name if self.data else ""
        PdfDialog(self.tr("Safety plan: {0}").format(isolated(name)), data, "safety-plan.pdf",
                  self).open()

    def _state(self, i: Incident) -> str:
        if i.kind is IncidentKind.MISSING and not i.deleted:
            if i.still_missing:
                return self.tr("MISSING: not yet back")
            if i.returned_at is not None and i.interview_at is None:
                due = i.returned_at + RETURN_INTERVIEW_WITHIN
                return self.tr("back {0}; return interview due by {1}").format(
                    formats.day_time(i.returned_at), formats.day_time(due))
        if i.closed_at:
            return self.tr("closed {0}").format(formats.day(i.closed_at.date()))
        if i.acknowledged_at:
            return self.tr("acknowledged by {0}").format(isolated(self.staff(i.acknowledged_by)))
        return self.tr("OPEN: not yet acknowledged")

    def record(self, draft: dict[str, Any] | None = None) -> RecordForm:
        draft = draft or {}
        fixed = {"checkin_id": draft["checkin_id"]} if draft.get("checkin_id") else {}
        return self.open(self.tr("Record incident"), self.forms().incident(draft),
                         incidents.record, self.resident_id, **fixed)

    def missing(self) -> RecordForm:
        return self.record({"kind": IncidentKind.MISSING})

    def _episode(self) -> Incident | None:
        """The chosen incident when it is a missing episode; else a hint says so."""
        incident = self.incidents.selected()
        if incident is not None and incident.kind is not IncidentKind.MISSING:
            self.incidents.hint.setText(self.tr("Choose a missing-from-care incident."))
            self.incidents.hint.show()
            return None
        return incident

    def sighting(self) -> RecordForm | None:
        episode = self._episode()
        if episode is None:
            return None
        return self.open(self.tr("Sighting while missing"),
                         SafeguardingForms(clock.today()).sighting(), missing.record_sighting,
                         episode.id)

    def returned(self) -> RecordForm | None:
        episode = self._episode()
        if episode is None:
            return None
        return self.open(self.tr("Back from missing"), self.forms().missing_return(episode),
                         missing.record_return, episode.id)

    def interview(self) -> RecordForm | None:
        episode = self._episode()
        if episode is None:
            return None
        return self.open(self.tr("Return interview"), self.forms().return_interview(episode),
                         missing.record_interview, episode.id)

    def police_sheet(self) -> None:
        """The missing-person sheet, one page, to print or save for the police."""
        episode = self._episode()
        if episode is None:
            return

        def work(ctx: Context) -> bytes:
            return missing_sheet_report.render(missing_sheet.sheet(ctx, episode.id))

        self.session.call(work, on_done=self._sheet, on_error=lambda e: self._hint(e))

    def _sheet(self, data: bytes) -> None:
        name = self.data.resident.preferred_name if self.data else ""
        PdfDialog(self.tr("Missing person: {0}").format(isolated(name)), data,
                  "missing-person.pdf", self).open()

    def acknowledge(self) -> None:
        incident = self.incidents.selected()
        if incident is not None:
            self.session.call(incidents.acknowledge, incident.id,
                              on_error=lambda e: self._hint(e))

    def close_incident(self) -> RecordForm | None:
        incident = self.incidents.selected()
        if incident is None:
            return None
        return self.open(self.tr("Close incident: {0}").format(word(incident.kind)),
                         self.forms().close_incident(), incidents.close, incident.id)

    def _hint(self, error: BaseException) -> None:
        self.incidents.hint.setText(str(error))
        self.incidents.hint.show()
