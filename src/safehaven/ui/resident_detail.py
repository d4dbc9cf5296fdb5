"""One resident: header with stage, and tabs for the profile and each kind of record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.dates import age_on
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.models import CaseNote, HouseLogEntry, Referral, StageChange
from safehaven.domain.vocab import NoteKind
from safehaven.services import detail, notes, residents
from safehaven.services.context import Context
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.bidi import at_reading_edge, wrapping
from safehaven.ui.care_forms import CareForms
from safehaven.ui.case_actions import CaseActions
from safehaven.ui.checkins_panel import CheckinsPanel
from safehaven.ui.documents_tab import DocumentsTab
from safehaven.ui.health_tab import HealthTab
from safehaven.ui.life_tab import LifeTab
from safehaven.ui.look import tabs_in_one_row
from safehaven.ui.measures_tab import MeasuresTab
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.mood_chart import MoodChart
from safehaven.ui.page import Page, heading, sized_by_current_tab, table_view
from safehaven.ui.record_form import RecordForm, run_form
from safehaven.ui.resident_tabs import ConsentTab, NeedsTab, RecordsTab, ReferralsTab, TherapyTab
from safehaven.ui.safety_tab import SafetyTab
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
        self.name = at_reading_edge(heading(""))
        self.facts = QLabel()
        wrapping(self.facts)
        self.checkin = QPushButton(self.tr("Check in"))
        self.checkin.clicked.connect(lambda: self.checkin_requested.emit(
            self.resident_id, self.data.resident.preferred_name if self.data else ""))
        self.move = QPushButton(self.tr("Move stage…"))
        self.move.clicked.connect(self._move_stage)
        self.move.setEnabled(self._may(Action.MOVE_STAGE))
        self.case = CaseActions(session.ctx)
        self.case_button = QPushButton(self.tr("Close case…"))
        self.case_button.clicked.connect(lambda _=False: self.close_or_reopen())
        self.case_button.setEnabled(False)  # until the record is read
        self.transfer_button = QPushButton(self.tr("Transfer…"))
        self.transfer_button.setToolTip(self.tr("Transfer to another house of the "
                                                "organisation"))
        self.transfer_button.clicked.connect(lambda _=False: self.transfer())
        self.transfer_button.setVisible(False)  # managers, an open case: once it is read
        self.message = QLabel()
        self.message.setObjectName("error")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.name, 1)
        top.addWidget(self.checkin)
        top.addWidget(self.move)
        top.addWidget(self.case_button)
        top.addWidget(self.transfer_button)
        self.tabs = QTabWidget()
        tabs_in_one_row(self.tabs)
        self.profile = QWidget()
        self.profile_form = QFormLayout()
        self.edit_profile = QPushButton(self.tr("Edit profile…"))
        self.edit_profile.clicked.connect(self.open_profile_form)
        self.edit_profile.setEnabled(self._may(Action.EDIT_RESIDENT))
        profile_layout = QVBoxLayout(self.profile)
        profile_layout.addLayout(self.profile_form)
        profile_layout.addWidget(self.edit_profile)
        profile_layout.addStretch(1)
        # every version of each check-in, with Correct… and Void… (issue 25)
        self.checkins_panel = CheckinsPanel(session, resident_id)
        self.checkins_model = self.checkins_panel.model
        self.chart = MoodChart()
        self.needs_tab = NeedsTab(session, resident_id)
        self.therapy_tab = TherapyTab(session, resident_id)
        self.consent_tab = ConsentTab(session, resident_id)
        self.referrals_tab = ReferralsTab(session, resident_id)
        self.safety_tab = SafetyTab(session, resident_id)
        self.health_tab = HealthTab(session, resident_id)
        self.life_tab = LifeTab(session, resident_id)
        self.documents_tab = DocumentsTab(session, resident_id)
        self.record_tabs: list[RecordsTab] = [self.needs_tab, self.therapy_tab,
                                              self.consent_tab, self.referrals_tab,
                                              self.safety_tab, self.health_tab,
                                              self.life_tab, self.documents_tab]
        self.measures_tab: MeasuresTab | None = None
        if self._may(Action.READ_MEASURES):  # scores are for clinical roles only
            self.measures_tab = MeasuresTab(session, resident_id)
            self.record_tabs.append(self.measures_tab)
        self.timeline_model = RowsModel([
            Column(self.tr("When"), lambda t: formats.day(t.when.date())
                if (t.when.hour, t.when.minute) == (0, 0)
                else formats.day_time(t.when, weekday=False, year=True)),
            Column(self.tr("What"), lambda t: t.what),
            Column(self.tr("Who"), lambda t: t.who),
            Column(self.tr("Text"), lambda t: t.text),
        ])
        # the young person's life beyond therapy (issue 31) shares the Profile tab, the
        # profile itself its first page: ten tabs are all a 1024-pixel row holds in Spanish
        about = QScrollArea()  # its own scroll: the tab's sub-pages fit 600 pixels high
        about.setWidget(self.profile)
        about.setWidgetResizable(True)
        about.setFrameShape(QScrollArea.Shape.NoFrame)
        self.life_tab.parts.insertTab(0, about, self.tr("About them"))
        # documents: a page of the Profile tab, as a paper file's back pocket (a tab of its
        # own would not fit a 1024-pixel row)
        self.life_tab.parts.addTab(self.documents_tab, self.tr("Documents"))
        self.life_tab.parts.setCurrentIndex(0)
        self._add_tab(self.life_tab, self.tr("Profile"),
                      self.tr("Profile, legal case, school and their own voice"))
        self._add_tab(self.needs_tab, self.tr("Needs"))
        self.checkins_tab = self._checkins_tab()
        self._add_tab(self.checkins_tab, self.tr("Check-ins", "short tab title"),
                      self.tr("Check-ins"))
        self._add_tab(self.safety_tab, self.tr("Safety"))
        self._add_tab(self.health_tab, self.tr("Health"), self.tr("Health and medicines"))
        self._add_tab(self.therapy_tab, self.tr("Therapy"))
        if self.measures_tab is not None:
            self._add_tab(self.measures_tab, self.tr("Measures"))
        self._add_tab(self.consent_tab, self.tr("Consent"), self.tr("Consent && adults"))
        self._add_tab(self.referrals_tab, self.tr("Referrals"),
                      self.tr("Referrals && follow-up"))
        self.notes_tab = self._notes_tab()
        self._add_tab(self.notes_tab, self.tr("Notes"), self.tr("Notes && timeline"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        sized_by_current_tab(self.tabs)
        self.refresh()

    # -- tabs -----------------------------------------------------------------------------
    def _add_tab(self, page: QWidget, title: str, whole: str = "") -> None:
        """A short title, so that all nine tabs fit in one row on a 1024-pixel screen in
        every language; the whole title is its tooltip and what a screen reader says."""
        index = self.tabs.addTab(page, title)
        whole = (whole or title).replace("&&", "&")
        self.tabs.tabBar().setAccessibleTabName(index, whole)
        if whole != title.replace("&&", "&"):
            self.tabs.setTabToolTip(index, whole)

    def _checkins_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Mood over the last 30 days")))
        layout.addWidget(self.chart)
        layout.addWidget(self.checkins_panel, 1)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab goes on to Save note
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
        age = age_on(clock.today(), r.date_of_birth, r.age_estimate, r.age_estimated_on)
        self.name.setText(r.preferred_name)
        facts = [word(r.stage)]
        if age is not None:
            facts.append(self.tr("%n year(s)", "", age))
        facts += [x for x in (r.pronouns, formats.languages(r.languages)) if x]
        if r.interpreter_needed:
            facts.append(self.tr("needs an interpreter"))
        facts += self.case.facts(data)
        self.facts.setText(" · ".join(facts))
        self.case.show_button(self.case_button, data)
        self.transfer_button.setVisible(self.case.may_transfer(data))
        while self.profile_form.rowCount():
            self.profile_form.removeRow(0)
        rows = [(self.tr("Preferred name"), r.preferred_name)]
        if self._may(Action.READ_RESTRICTED):
            rows.append((self.tr("Legal name"), r.legal_name or self.tr("not recorded")))
        rows += [
            (self.tr("Date of birth"), formats.day(r.date_of_birth) if r.date_of_birth
             else self.tr("estimated age {0}").format(r.age_estimate or "?")),
            (self.tr("Gender"), word(r.gender) if r.gender else "–"),
            (self.tr("Pronouns"), r.pronouns or "–"),
            (self.tr("Languages"), formats.languages(r.languages) or "–"),
            (self.tr("Interpreter"), (r.interpreter_language or self.tr("yes"))
             if r.interpreter_needed else self.tr("not needed")),
            (self.tr("Cultural and faith notes"), r.cultural_notes or "–"),
            (self.tr("Dietary needs"), r.dietary_needs or "–"),
            (self.tr("Intake"), formats.day(r.intake_date)),
            (self.tr("Referral source"), word(r.referral_source) if r.referral_source
             else "–"),
            (self.tr("Key worker"), self._staff(r.key_worker_id)),
        ]
        for label, value in rows:
            text = QLabel(value)
            wrapping(text)
            if self.isRightToLeft():  # a Latin name starts on the right like the rest
                text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                                  | Qt.AlignmentFlag.AlignVCenter)
            self.profile_form.addRow(label, text)
        for tab in self.record_tabs:
            tab.show_data(data)
        self.checkins_panel.show_data(data)
        self.chart.set_checkins([c for c in data.checkins], clock.today())
        self.timeline_model.set_rows([self._entry(when, kind, item)
                                      for when, kind, item in data.timeline()])
        self._select_wanted()

    def select_record(self, record_id: str) -> None:
        """The row of `record_id` chosen and focused on the tab shown (a search hit's): at
        once when the page has its data, else as soon as it does."""
        self._wanted = record_id
        if getattr(self, "data", None) is not None:
            self._select_wanted()

    def _select_wanted(self) -> None:
        wanted = getattr(self, "_wanted", None)
        page = self.tabs.currentWidget()
        if wanted is None or page is None:
            return
        for view in page.findChildren(QTableView):
            model = view.model()
            ids = getattr(model, "ids", None)
            if isinstance(ids, list) and wanted in ids and view.isVisibleTo(page):
                index = model.index(ids.index(wanted), 0)
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                self._wanted = None
                return

    def _entry(self, when: object, kind: str, item: object) -> _Entry:
        if isinstance(item, CaseNote):
            what = self.tr("Clinical note") if item.kind is NoteKind.CLINICAL else (
                self.tr("Amended note") if item.amends_id else self.tr("Note"))
            return _Entry(item.id, when, what, self._staff(item.staff_id), item.body)
        if isinstance(item, StageChange):
            return _Entry(item.id, when, self.tr("Stage: {0}").format(word(item.to_stage)),
                          self._staff(item.staff_id), word(item.reason))
        if isinstance(item, CaseClosure):
            return _Entry(item.id, when, *self.case.timeline(item, self._staff(item.staff_id)))
        if isinstance(item, Approval):
            return _Entry(item.id, when, *self.case.approval_step(item,
                                                                  self._staff(item.staff_id)))
        if isinstance(item, HouseLogEntry):
            return _Entry(item.id, when, self.tr("House log: {0}").format(word(item.category)),
                          self._staff(item.staff_id), item.text)
        assert isinstance(item, Referral)
        return _Entry(item.id, when, self.tr("Referral ({0})").format(word(item.kind)), "",
                      f"{item.to_organisation} · {word(item.status)}")

    def _staff(self, staff_id: str | None) -> str:
        return self.data.staff_names.get(staff_id or "", "–") if self.data else "–"

    # -- actions --------------------------------------------------------------------------
    def _report(self, error: BaseException) -> None:
        self.message.setText(self.problem(error))

    def show_tab_for(self, alert_kind: str) -> None:
        """The tab that holds what an alert of this kind is about."""
        tab = {"risk-flag": self.checkins_tab, "incident-noted": self.checkins_tab,
               "follow-up-risk": self.referrals_tab, "incident-open": self.safety_tab,
               "safety-plan-review": self.safety_tab, "missing-now": self.safety_tab,
               "return-interview-due": self.safety_tab,
               "return-interview-overdue": self.safety_tab,
               "no-contact-match": self.safety_tab, "unknown-contact": self.safety_tab,
               "restraint-debrief-due": self.safety_tab,
               "restraint-debrief-overdue": self.safety_tab,
               "restraint-review-due": self.safety_tab,
               "overdue-need": self.needs_tab, "missed-sessions": self.therapy_tab,
               "cap-nearly-used": self.therapy_tab, "consent-expiring": self.consent_tab,
               "consent-expired": self.consent_tab, "consent-missing": self.consent_tab,
               "follow-up-overdue": self.referrals_tab,
               "hearing-tomorrow": self.life_tab, "hearing-unaccompanied": self.life_tab,
               "complaint-unanswered": self.life_tab,
               "review-due": self.life_tab,
               # a search hit's place (ui/search_notes.py)
               "notes": self.notes_tab, "health": self.health_tab, "life": self.life_tab,
               "measures": self.measures_tab or self.notes_tab}.get(alert_kind)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)
        if tab is self.safety_tab:
            self.safety_tab.show_part(alert_kind)
        if tab is self.life_tab:
            self.life_tab.show_part(alert_kind)

    def _may(self, action: Action) -> bool:
        ctx = self.session.ctx
        return ctx is not None and ctx.may(action)

    def _forms(self) -> CareForms:
        return CareForms(self.data.staff_names if self.data else {}, clock.today())

    def _move_stage(self) -> RecordForm | None:
        if self.data is None:
            return None
        r = self.data.resident
        form = RecordForm(self.tr("Move stage"), self._forms().move(r, residents.next_stage(
            r.stage)), self, intro=self.tr("{0} is now in: {1}").format(r.preferred_name,
                                                                       word(r.stage)))
        return run_form(self.session, form, residents.move_stage, self.resident_id)

    def close_or_reopen(self) -> RecordForm | None:
        """Close the case (with its reason, date and destination), or a manager reopens it."""
        if self.data is None:
            return None
        return self.case.form(self, self.session, self.data, clock.today())

    def transfer(self) -> None:
        """Send this child to another house: their card, its fingerprint, the file."""
        if self.data is None:
            return
        from safehaven.ui.transfer_dialogs import SendTransfer

        self.message.setText("")
        SendTransfer(self.session, self, self.message.setText).start(
            self.resident_id, self.data.resident.preferred_name)

    def open_profile_form(self) -> RecordForm | None:
        if self.data is None:
            return None
        fields = self._forms().profile(self.data.resident,
                                       restricted=self._may(Action.READ_RESTRICTED))
        form = RecordForm(self.tr("Profile: {0}").format(self.data.resident.preferred_name),
                          fields, self)
        return run_form(self.session, form, _save_profile, self.resident_id)

    def _save_note(self) -> None:
        text = self.note.toPlainText()
        self.session.call(notes.write, self.resident_id, text,
                          on_done=lambda _: self.note.clear(), on_error=self._report)


class _Entry:
    def __init__(self, ident: str, when: object, what: str, who: str, text: str) -> None:
        self.id, self.when, self.what, self.who, self.text = ident, when, what, who, text


def _save_profile(ctx: Context, resident_id: str, **values: Any) -> Any:
    """The form's text list of languages becomes the profile's tuple."""
    values["languages"] = tuple(x.strip() for x in str(values.get("languages") or "")
                                .split(",") if x.strip())
    return residents.update(ctx, resident_id, **values)
