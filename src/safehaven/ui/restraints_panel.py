"""Restraints, on the resident's Safety tab: each with its debrief and manager's review,
both shown as due until done; corrections are new versions, never rewrites."""

from __future__ import annotations

from datetime import timedelta

from safehaven import clock, formats
from safehaven.domain.alerts import DEBRIEF_WITHIN
from safehaven.services import restraints
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.services.restraints import RestraintRecord
from safehaven.ui.models import Column
from safehaven.ui.record_form import RecordForm
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.safeguarding_forms import SafeguardingForms
from safehaven.ui.session import Session
from safehaven.ui.words import word


class RestraintsPanel(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.section = Section(self.tr("Restraints and physical interventions"), [
            Column(self.tr("When"), lambda x: formats.day_time(x.restraint.started_at,
                                                               weekday=False, year=True)),
            Column(self.tr("Technique"), lambda x: word(x.restraint.technique)),
            Column(self.tr("Minutes"), lambda x: str(x.restraint.duration_min)),
            Column(self.tr("What led to it"), lambda x: x.restraint.behaviour),
            Column(self.tr("Debrief"), self._debrief),
            Column(self.tr("Review"), lambda x: self.tr("done") if x.review
                   else self.tr("DUE: a manager")),
        ])
        recording = self.may(Action.RECORD_INCIDENT)
        self.section.button(self.tr("Record a restraint…"), self.record, recording)
        self.section.button(self.tr("Debrief…"), self.debrief, recording)
        self.section.button(self.tr("Manager's review…"), self.review,
                            self.may(Action.CLOSE_INCIDENT))
        self.section.button(self.tr("Correct…"), self.correct, recording)
        self.layout_.addWidget(self.section)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.section.model.set_rows(data.restraints)

    def _debrief(self, x: RestraintRecord) -> str:
        if x.debrief:
            return x.debrief.child_words
        r = x.restraint
        due = r.started_at + timedelta(minutes=r.duration_min) + DEBRIEF_WITHIN
        return self.tr("DUE by {0}").format(formats.day_time(due))

    def _forms(self) -> SafeguardingForms:
        return SafeguardingForms(clock.today())

    def record(self) -> RecordForm:
        return self.open(self.tr("Record a restraint"),
                         self._forms().restraint(None, self._techniques()),
                         restraints.record, self.resident_id)

    def _techniques(self) -> list[str]:
        return self.data.techniques if self.data else []

    def debrief(self) -> RecordForm | None:
        chosen = self.section.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Debrief after a restraint"), self._forms().debrief(),
                         restraints.debrief, chosen.first_id)

    def review(self) -> RecordForm | None:
        chosen = self.section.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Manager's review of a restraint"), self._forms().review(),
                         restraints.review, chosen.first_id)

    def correct(self) -> RecordForm | None:
        chosen = self.section.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Correct a restraint record"),
                         self._forms().restraint(chosen.restraint, self._techniques()),
                         restraints.amend,
                         chosen.restraint.id)
