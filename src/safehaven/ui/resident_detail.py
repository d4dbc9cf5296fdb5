"""One resident: header with stage, and tabs for profile, needs, check-ins, therapy, notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven.domain.alerts import CAP_WARNING_SHARE
from safehaven.domain.dates import age_on
from safehaven.domain.models import CaseNote, Referral, StageChange, TherapyPlan
from safehaven.domain.vocab import CareStage, NeedCategory, NeedStatus, NoteKind, SessionStatus
from safehaven.services import detail, needs, notes, residents, therapy
from safehaven.services.detail import ResidentDetail
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.mood_chart import MoodChart
from safehaven.ui.page import Page, heading, table_view
from safehaven.ui.session import Session
from safehaven.ui.words import word


class ResidentPage(Page):
    checkin_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, session: Session, resident_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(session, parent)
        self.resident_id = resident_id
        self.data: ResidentDetail | None = None
        back = QPushButton(self.tr("← Residents"))
        back.clicked.connect(self.back_requested)
        self.name = heading("")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.checkin = QPushButton(self.tr("Check in"))
        self.checkin.clicked.connect(lambda: self.checkin_requested.emit(
            self.resident_id, self.data.resident.preferred_name if self.data else ""))
        self.move = QPushButton(self.tr("Move stage…"))
        self.move.clicked.connect(self._move_stage)
        self.message = QLabel()
        self.message.setObjectName("error")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.name, 1)
        top.addWidget(self.checkin)
        top.addWidget(self.move)
        self.tabs = QTabWidget()
        self.profile = QWidget()
        self.profile_form = QFormLayout(self.profile)
        self.needs_model = RowsModel([
            Column(self.tr("Need"), lambda n: word(n.category)),
            Column(self.tr("Priority"), lambda n: word(n.priority)),
            Column(self.tr("Status"), lambda n: word(n.status)),
            Column(self.tr("Owner"), lambda n: self._staff(n.owner_id)),
            Column(self.tr("Due"), lambda n: n.due_date.isoformat() if n.due_date else "–"),
        ])
        self.needs_view = table_view(self.needs_model)
        self.checkins_model = RowsModel([
            Column(self.tr("Date"), lambda c: c.date.strftime("%a %d %b")),
            Column(self.tr("Shift"), lambda c: word(c.shift)),
            Column(self.tr("Mood"), lambda c: f"{c.mood}/5"),
            Column(self.tr("Feels safe"), lambda c: word(c.feels_safe) if c.feels_safe else ""),
            Column(self.tr("Flags"), lambda c: ", ".join(word(f) for f in c.flags)),
            Column(self.tr("Note"), lambda c: c.note or ""),
        ])
        self.chart = MoodChart()
        self.plans_model = RowsModel([
            Column(self.tr("Therapy"), lambda p: word(p.modality)),
            Column(self.tr("Provider"), lambda p: p.provider),
            Column(self.tr("Frequency"), lambda p: word(p.frequency)),
            Column(self.tr("Used / cap"), self._cap_text),
        ])
        self.sessions_model = RowsModel([
            Column(self.tr("When"), lambda s: s.scheduled_at.strftime("%a %d %b %H:%M")),
            Column(self.tr("Therapy"), lambda s: self._plan_name(s.plan_id)),
            Column(self.tr("Status"), lambda s: word(s.status)),
            Column(self.tr("Reason"), lambda s: s.reason or ""),
        ])
        self.timeline_model = RowsModel([
            Column(self.tr("When"), lambda t: t.when.strftime(
                "%d %b %Y" if (t.when.hour, t.when.minute) == (0, 0) else "%d %b %Y %H:%M")),
            Column(self.tr("What"), lambda t: t.what),
            Column(self.tr("Who"), lambda t: t.who),
            Column(self.tr("Text"), lambda t: t.text),
        ])
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(self._needs_tab(), self.tr("Needs"))
        self.tabs.addTab(self._checkins_tab(), self.tr("Check-ins"))
        self.tabs.addTab(self._therapy_tab(), self.tr("Therapy"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes && timeline"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        self.refresh()

    # -- tabs -----------------------------------------------------------------------------
    def _needs_tab(self) -> QWidget:
        tab = QWidget()
        buttons = QHBoxLayout()
        for label, status in ((self.tr("Start"), NeedStatus.IN_PROGRESS),
                              (self.tr("Mark met"), NeedStatus.MET),
                              (self.tr("Not applicable"), NeedStatus.NOT_APPLICABLE)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self._set_need(s))
            buttons.addWidget(button)
        add = QPushButton(self.tr("Add need…"))
        add.clicked.connect(self._add_need)
        buttons.addStretch(1)
        buttons.addWidget(add)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.needs_view)
        layout.addLayout(buttons)
        return tab

    def _checkins_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Mood over the last 30 days")))
        layout.addWidget(self.chart)
        layout.addWidget(table_view(self.checkins_model))
        return tab

    def _therapy_tab(self) -> QWidget:
        tab = QWidget()
        self.sessions_view = table_view(self.sessions_model)
        buttons = QHBoxLayout()
        for label, status in ((self.tr("Attended"), SessionStatus.ATTENDED),
                              (self.tr("Missed"), SessionStatus.MISSED)):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=status: self._set_session(s))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        plans = table_view(self.plans_model)
        plans.setMaximumHeight(130)
        layout.addWidget(QLabel(self.tr("Plans")))
        layout.addWidget(plans)
        layout.addWidget(QLabel(self.tr("Sessions")))
        layout.addWidget(self.sessions_view)
        layout.addLayout(buttons)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Write a note…"))
        self.note.setMaximumHeight(70)
        save = QPushButton(self.tr("Save note"))
        save.clicked.connect(self._save_note)
        view = table_view(self.timeline_model)
        header = view.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(tab)
        layout.addWidget(view)
        layout.addWidget(self.note)
        layout.addWidget(save)
        return tab

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.session.call(detail.load, self.resident_id, on_done=self._show,
                          on_error=lambda e: self.message.setText(self.problem(e)))

    def on_changed(self, changes: tuple) -> None:
        if any(c.resident_id == self.resident_id for c in changes):
            self.refresh()

    def _show(self, data: ResidentDetail) -> None:
        self.data = data
        r = data.resident
        age = age_on(date.today(), r.date_of_birth, r.age_estimate, r.age_estimated_on)
        self.name.setText(r.preferred_name)
        facts = [word(r.stage)]
        if age is not None:
            facts.append(self.tr("{0} years").format(age))
        facts += [x for x in (r.pronouns, ", ".join(r.languages)) if x]
        if r.interpreter_needed:
            facts.append(self.tr("needs an interpreter"))
        self.facts.setText(" · ".join(facts))
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        for label, value in (
            (self.tr("Preferred name"), r.preferred_name),
            (self.tr("Legal name"), r.legal_name or self.tr("(restricted or not recorded)")),
            (self.tr("Date of birth"), r.date_of_birth.isoformat() if r.date_of_birth
             else self.tr("estimated age {0}").format(r.age_estimate or "?")),
            (self.tr("Gender"), r.gender or "–"), (self.tr("Pronouns"), r.pronouns or "–"),
            (self.tr("Languages"), ", ".join(r.languages) or "–"),
            (self.tr("Cultural or religious notes"), r.cultural_notes or "–"),
            (self.tr("Intake"), r.intake_date.isoformat()),
            (self.tr("Referral source"), r.referral_source or "–"),
            (self.tr("Key worker"), self._staff(r.key_worker_id)),
        ):
            self.profile_form.addRow(label, QLabel(value))
        self.needs_model.set_rows(data.needs)
        self.checkins_model.set_rows(data.checkins)
        self.chart.set_checkins([c for c in data.checkins], date.today())
        self.plans_model.set_rows(data.plans)
        self.sessions_model.set_rows(list(reversed(data.sessions)))
        self.timeline_model.set_rows([self._entry(when, kind, item)
                                      for when, kind, item in data.timeline()])

    def _entry(self, when: object, kind: str, item: object) -> _Entry:
        if isinstance(item, CaseNote):
            what = self.tr("Clinical note") if item.kind is NoteKind.CLINICAL else (
                self.tr("Amended note") if item.amends_id else self.tr("Note"))
            return _Entry(item.id, when, what, self._staff(item.staff_id), item.body)
        if isinstance(item, StageChange):
            return _Entry(item.id, when, self.tr("Stage: {0}").format(word(item.to_stage)),
                          self._staff(item.staff_id), item.reason)
        assert isinstance(item, Referral)
        return _Entry(item.id, when, self.tr("Referral ({0})").format(word(item.kind)), "",
                      f"{item.to_organisation} · {word(item.status)}")

    def _staff(self, staff_id: str | None) -> str:
        return self.data.staff_names.get(staff_id or "", "–") if self.data else "–"

    def _plan_name(self, plan_id: str) -> str:
        plan = next((p for p in self.data.plans if p.id == plan_id), None) if self.data else None
        return word(plan.modality) if plan else ""

    def _cap_text(self, plan: TherapyPlan) -> str:
        used, cap = self._used(plan.id), plan.session_cap
        if not cap:
            return str(used)
        text = f"{used} / {cap}"
        if used >= cap:
            return text + "  " + self.tr("(cap reached)")
        if used >= CAP_WARNING_SHARE * cap:
            return text + "  " + self.tr("(nearly used)")
        return text

    def _used(self, plan_id: str) -> int:
        return self.data.used.get(plan_id, 0) if self.data else 0

    # -- actions --------------------------------------------------------------------------
    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def _move_stage(self) -> None:
        stages = [s for s in CareStage if self.data and s is not self.data.resident.stage]
        names = [word(s) for s in stages]
        choice, ok = QInputDialog.getItem(self, self.tr("Move stage"), self.tr("New stage"),
                                          names, 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Move stage"), self.tr("Why?"))
        if ok:
            self.session.call(residents.move_stage, self.resident_id,
                              stages[names.index(choice)], reason, on_error=self._report)

    def _add_need(self) -> None:
        names = [word(c) for c in NeedCategory]
        choice, ok = QInputDialog.getItem(self, self.tr("Add need"), self.tr("Category"),
                                          names, 0, False)
        if ok:
            self.session.call(needs.add, self.resident_id,
                              list(NeedCategory)[names.index(choice)], on_error=self._report)

    def _set_need(self, status: NeedStatus) -> None:
        index = self.needs_view.currentIndex()
        if index.isValid():
            need = self.needs_model.row_at(index.row())
            self.session.call(needs.update, need.id, status=status, on_error=self._report)

    def _set_session(self, status: SessionStatus) -> None:
        index = self.sessions_view.currentIndex()
        if index.isValid():
            item = self.sessions_model.row_at(index.row())
            self.session.call(therapy.set_status, item.id, status, on_error=self._report)

    def _save_note(self) -> None:
        text = self.note.toPlainText()
        self.session.call(notes.write, self.resident_id, text,
                          on_done=lambda _: self.note.clear(), on_error=self._report)


class _Entry:
    def __init__(self, ident: str, when: object, what: str, who: str, text: str) -> None:
        self.id, self.when, self.what, self.who, self.text = ident, when, what, who, text
