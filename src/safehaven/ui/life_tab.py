"""The resident page's Life tab (issue 31): the trafficking profile and identification
decisions, the legal case and its hearings, school and training, the young person's own
voice, complaints and case reviews, each on a page of its own so the resident page keeps
one row of tabs on a 1024-pixel screen. Staff see that a case exists and its hearings,
never its sealed details; they may say who goes with the young person."""

from __future__ import annotations

import html
from functools import partial
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from safehaven import formats
from safehaven.domain.life import exploitation_forms
from safehaven.i18n import joined
from safehaven.services import legal, profile
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.life_forms import today_forms
from safehaven.ui.life_panels import ComplaintsPanel, ReviewsPanel, SchoolPanel, VoicePanel
from safehaven.ui.models import Column
from safehaven.ui.page import LazyTabs
from safehaven.ui.record_form import RecordForm
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.session import Session
from safehaven.ui.words import word


class LifeTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.parts = QTabWidget()
        self.parts.setDocumentMode(True)
        # each page made when first shown (ui/page.py LazyTabs), then given the data read
        self.lazy = LazyTabs(self.parts, self._made)
        for key, make, title in (
                ("legal", LegalPanel, self.tr("Legal case")),
                ("profile", ProfilePanel, self.tr("Profile and decisions")),
                ("school", SchoolPanel, self.tr("School")),
                ("voice", VoicePanel, self.tr("Their voice")),
                ("complaints", ComplaintsPanel, self.tr("Complaints")),
                ("reviews", ReviewsPanel, self.tr("Reviews"))):
            self.lazy.add(key, partial(make, session, resident_id), title)
        self.layout_.addWidget(self.parts)

    def _made(self, _key: str, page: QWidget) -> None:
        if self.data is not None and isinstance(page, RecordsTab):
            page.show_data(self.data)

    @property
    def legal_page(self) -> LegalPanel:
        return cast(LegalPanel, self.lazy.get("legal"))

    @property
    def profile_page(self) -> ProfilePanel:
        return cast(ProfilePanel, self.lazy.get("profile"))

    @property
    def school(self) -> SchoolPanel:
        return cast(SchoolPanel, self.lazy.get("school"))

    @property
    def voice(self) -> VoicePanel:
        return cast(VoicePanel, self.lazy.get("voice"))

    @property
    def complaints(self) -> ComplaintsPanel:
        return cast(ComplaintsPanel, self.lazy.get("complaints"))

    @property
    def reviews(self) -> ReviewsPanel:
        return cast(ReviewsPanel, self.lazy.get("reviews"))

    @property
    def panels(self) -> list[RecordsTab]:
        """The pages made so far."""
        return [p for p in self.lazy.made_pages() if isinstance(p, RecordsTab)]

    def show_part(self, alert_kind: str) -> None:
        """The page of this tab that holds what an alert of this kind is about."""
        key = {"hearing-tomorrow": "legal", "hearing-unaccompanied": "legal",
               "complaint-unanswered": "complaints", "review-due": "reviews"}.get(alert_kind)
        if key is not None:
            self.parts.setCurrentWidget(self.lazy.get(key))

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        for panel in self.panels:
            panel.show_data(data)


class LegalPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.cases = Section(self.tr("Legal cases (details for clinicians and managers)"), [
            Column(self.tr("Kind"), lambda c: word(c.kind)),
            Column(self.tr("Status"), lambda c: word(c.status)),
            Column(self.tr("Began"), lambda c: formats.day(c.opened_on)),
            Column(self.tr("Reference"), lambda c: c.reference or ""),
            Column(self.tr("Lawyer or advocate"), lambda c: c.lawyer or ""),
            Column(self.tr("Special measures"), lambda c: c.special_measures or ""),
        ])
        keeps = self.may(Action.MANAGE_LEGAL)
        self.cases.button(self.tr("Add case…"), self.add_case, keeps)
        self.cases.button(self.tr("Edit case…"), self.edit_case, keeps)
        self.cases.button(self.tr("Add hearing…"), self.add_hearing, keeps)
        self.hearings = Section(self.tr("Hearings and appointments"), [
            Column(self.tr("When"), lambda h: formats.day_time(h.at, weekday=True, year=True)),
            Column(self.tr("What"), lambda h: word(h.kind)),
            Column(self.tr("Where"), lambda h: h.place),
            Column(self.tr("Who goes"), lambda h: h.accompanied_by
                   or (self.tr("NOBODY YET") if str(h.status) == "scheduled" else "–")),
            Column(self.tr("Transport"), lambda h: h.transport or ""),
            Column(self.tr("Status"), lambda h: word(h.status)),
        ])
        self.hearings.button(self.tr("Who goes…"), self.arrange,
                             self.may(Action.SCHEDULE_SESSIONS))
        self.hearings.button(self.tr("Edit hearing…"), self.edit_hearing, keeps)
        self.layout_.addWidget(self.hearings, 3)  # what every shift plans by comes first
        self.layout_.addWidget(self.cases, 2)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.cases.model.set_rows(data.life.cases)
        self.hearings.model.set_rows(data.life.hearings)

    def add_case(self) -> RecordForm:
        return self.open(self.tr("Add a legal case"), today_forms().case(None), legal.open_case,
                         self.resident_id)

    def edit_case(self) -> RecordForm | None:
        chosen = self.cases.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Edit a legal case"), today_forms().case(chosen),
                         legal.edit_case, chosen.id)

    def add_hearing(self) -> RecordForm | None:
        chosen = self.cases.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Add a hearing or appointment"),
                         today_forms().hearing(None, whole=True), legal.add_hearing, chosen.id)

    def arrange(self) -> RecordForm | None:
        chosen = self.hearings.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Who goes with the young person"),
                         today_forms().hearing(chosen, whole=False), legal.edit_hearing,
                         chosen.id)

    def edit_hearing(self) -> RecordForm | None:
        chosen = self.hearings.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Edit a hearing or appointment"),
                         today_forms().hearing(chosen, whole=True), legal.edit_hearing,
                         chosen.id)


class ProfilePanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.text = QLabel()
        wrapping(self.text)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keeps = self.may(Action.MANAGE_LEGAL)
        edit = QPushButton(self.tr("Trafficking profile…"))
        edit.clicked.connect(lambda _=False: self.edit())
        edit.setEnabled(keeps)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Trafficking profile")))
        row.addStretch(1)
        row.addWidget(edit)
        self.decisions = Section(self.tr("Identification and status decisions"), [
            Column(self.tr("Decision"), lambda d: word(d.kind)),
            Column(self.tr("Outcome"), lambda d: word(d.outcome)),
            Column(self.tr("Referred"), lambda d: formats.day(d.applied_on)),
            Column(self.tr("Decided"), lambda d: formats.day(d.decided_on)),
            Column(self.tr("Reference"), lambda d: d.reference or ""),
        ])
        self.decisions.button(self.tr("Add decision…"), self.add_decision, keeps)
        self.decisions.button(self.tr("Record the decision…"), self.edit_decision, keeps)
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.text, 1)
        self.layout_.addWidget(top, 2)
        self.layout_.addWidget(self.decisions, 3)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.decisions.model.set_rows(data.life.decisions)
        p = data.life.profile
        if p is None:
            self.text.setText(self.tr("No trafficking profile yet."))
            return
        parts = [(self.tr("Forms of exploitation"),
                  joined(word(f) for f in exploitation_forms(p.exploitation))),
                 (self.tr("From"), joined(x for x in (p.country_of_origin, p.citizenship)
                                          if x)),
                 (self.tr("Where and when"), joined(x for x in (p.exploitation_countries,
                                                                p.exploitation_period) if x)),
                 (self.tr("Identified"), joined(x for x in (p.identified_how, p.identified_by)
                                                if x)),
                 (self.tr("Immigration status"), p.immigration_status or ""),
                 (self.tr("Guardian or advocate"), joined(x for x in (p.guardian,
                                                                      p.guardian_contact)
                                                          if x))]
        self.text.setText("<br>".join(f"<b>{html.escape(k)}:</b> {isolated(html.escape(v))}"
                                      for k, v in parts if v))

    def edit(self) -> RecordForm:
        current = self.data.life.profile if self.data else None
        return self.open(self.tr("Trafficking profile"), today_forms().profile(current),
                         profile.save, self.resident_id)

    def add_decision(self) -> RecordForm:
        kinds = self.data.life.decision_kinds if self.data else None
        return self.open(self.tr("Add a decision"), today_forms().decision(None, kinds),
                         profile.add_decision, self.resident_id)

    def edit_decision(self) -> RecordForm | None:
        chosen = self.decisions.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Record the decision"), today_forms().decision(chosen),
                         profile.edit_decision, chosen.id)
