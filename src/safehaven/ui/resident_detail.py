"""One resident: header with stage, and tabs for the profile and each kind of record."""

from __future__ import annotations

from typing import Any, cast

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
from safehaven.ui.page import LazyTabs, Page, heading, sized_by_current_tab, table_view
from safehaven.ui.record_form import RecordForm, run_form
from safehaven.ui.resident_tabs import ConsentTab, NeedsTab, RecordsTab, ReferralsTab, TherapyTab
from safehaven.ui.safety_tab import SafetyTab
from safehaven.ui.session import Session
from safehaven.ui.words import word


class ResidentPage(Page):
    checkin_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, session: Session, resident_id: str, parent: QWidget | None = None,
                 first: str = "profile") -> None:
        """`first`: the tab shown first (a key of `TAB_OF`'s values), the only one made."""
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
        self.move_button = QPushButton(self.tr("Move stage…"))
        self.move_button.clicked.connect(self._move_stage)
        self.move_button.setEnabled(self._may(Action.MOVE_STAGE))
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
        top.addWidget(self.move_button)
        top.addWidget(self.case_button)
        top.addWidget(self.transfer_button)
        self.tabs = QTabWidget()
        tabs_in_one_row(self.tabs)
        self.timeline_model = RowsModel([
            Column(self.tr("When"), lambda t: formats.day(t.when.date())
                if (t.when.hour, t.when.minute) == (0, 0)
                else formats.day_time(t.when, weekday=False, year=True)),
            Column(self.tr("What"), lambda t: t.what),
            Column(self.tr("Who"), lambda t: t.who),
            Column(self.tr("Text"), lambda t: t.text),
        ])
        # each tab made when first shown (or asked for), then given the data read
        self.lazy = LazyTabs(self.tabs, self._made)
        self.lazy.add("profile", self._profile_tab, self.tr("Profile"),
                      self.tr("Profile, legal case, school and their own voice"))
        self.lazy.add("needs", lambda: NeedsTab(session, resident_id), self.tr("Needs"))
        self.lazy.add("checkins", self._checkins_tab, self.tr("Check-ins", "short tab title"),
                      self.tr("Check-ins"))
        self.lazy.add("safety", lambda: SafetyTab(session, resident_id), self.tr("Safety"))
        self.lazy.add("health", lambda: HealthTab(session, resident_id), self.tr("Health"),
                      self.tr("Health and medicines"))
        self.lazy.add("therapy", lambda: TherapyTab(session, resident_id), self.tr("Therapy"))
        self.may_read_measures = self._may(Action.READ_MEASURES)
        if self.may_read_measures:  # scores are for clinical roles only
            self.lazy.add("measures", lambda: MeasuresTab(session, resident_id),
                          self.tr("Measures"))
        self.lazy.add("consent", lambda: ConsentTab(session, resident_id), self.tr("Consent"),
                      self.tr("Consent && adults"))
        self.lazy.add("referrals", lambda: ReferralsTab(session, resident_id),
                      self.tr("Referrals"), self.tr("Referrals && follow-up"))
        self.lazy.add("notes", self._notes_tab, self.tr("Notes"),
                      self.tr("Notes && timeline"))
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.lazy.pages.get(first)
                                                    or self.lazy.pages["profile"]))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        sized_by_current_tab(self.tabs)
        self.lazy.make_current()
        self.refresh()

    # -- the tabs' pages, made when first asked for -----------------------------------------
    @property
    def life_tab(self) -> LifeTab:
        return cast(LifeTab, self.lazy.get("profile"))

    @property
    def documents_tab(self) -> DocumentsTab:
        return cast(DocumentsTab, self.life_tab.lazy.get("documents"))

    @property
    def profile(self) -> QWidget:
        self.lazy.get("profile")
        return self._profile

    @property
    def profile_form(self) -> QFormLayout:
        self.lazy.get("profile")
        return self._profile_form

    @property
    def edit_profile(self) -> QPushButton:
        self.lazy.get("profile")
        return self._edit_profile

    @property
    def needs_tab(self) -> NeedsTab:
        return cast(NeedsTab, self.lazy.get("needs"))

    @property
    def checkins_tab(self) -> QWidget:
        return self.lazy.get("checkins")

    @property
    def checkins_panel(self) -> CheckinsPanel:
        self.lazy.get("checkins")
        return self._checkins_panel

    @property
    def checkins_model(self) -> RowsModel:
        return self.checkins_panel.model

    @property
    def chart(self) -> MoodChart:
        self.lazy.get("checkins")
        return self._chart

    @property
    def safety_tab(self) -> SafetyTab:
        return cast(SafetyTab, self.lazy.get("safety"))

    @property
    def health_tab(self) -> HealthTab:
        return cast(HealthTab, self.lazy.get("health"))

    @property
    def therapy_tab(self) -> TherapyTab:
        return cast(TherapyTab, self.lazy.get("therapy"))

    @property
    def measures_tab(self) -> MeasuresTab | None:
        return cast(MeasuresTab, self.lazy.get("measures")) if self.may_read_measures \
            else None

    @property
    def consent_tab(self) -> ConsentTab:
        return cast(ConsentTab, self.lazy.get("consent"))

    @property
    def referrals_tab(self) -> ReferralsTab:
        return cast(ReferralsTab, self.lazy.get("referrals"))

    @property
    def notes_tab(self) -> QWidget:
        return self.lazy.get("notes")

    @property
    def note(self) -> QPlainTextEdit:
        self.lazy.get("notes")
        return self._note

    @property
    def record_tabs(self) -> list[RecordsTab]:
        """The record tabs made so far."""
        tabs = [page for page in self.lazy.made_pages() if isinstance(page, RecordsTab)]
        if "profile" in self.lazy.done:
            tabs += self.life_tab.panels
        return tabs

    def _made(self, key: str, page: QWidget) -> None:
        """A tab just made: it shows the data read, and a search hit's row is chosen."""
        if self.data is not None:
            self._show_tab_data(key, page, self.data)
            self._select_wanted()

    # -- tabs -----------------------------------------------------------------------------
    def _profile_tab(self) -> QWidget:
        """The young person's life beyond therapy (issue 31) shares the Profile tab, the
        profile itself its first page: ten tabs are all a 1024-pixel row holds in Spanish."""
        session, resident_id = self.session, self.resident_id
        self._profile = QWidget()
        self._profile_form = QFormLayout()
        self._edit_profile = QPushButton(self.tr("Edit profile…"))
        self._edit_profile.clicked.connect(self.open_profile_form)
        self._edit_profile.setEnabled(self._may(Action.EDIT_RESIDENT))
        profile_layout = QVBoxLayout(self._profile)
        profile_layout.addLayout(self._profile_form)
        profile_layout.addWidget(self._edit_profile)
        profile_layout.addStretch(1)
        life_tab = LifeTab(session, resident_id)
        about = QScrollArea()  # its own scroll: the tab's sub-pages fit 600 pixels high
        about.setWidget(self._profile)
        about.setWidgetResizable(True)
        about.setFrameShape(QScrollArea.Shape.NoFrame)
        life_tab.parts.insertTab(0, about, self.tr("About them"))
        # documents: a page of the Profile tab, as a paper file's back pocket (a tab of its
        # own would not fit a 1024-pixel row)
        life_tab.lazy.add("documents", lambda: DocumentsTab(session, resident_id),
                          self.tr("Documents"))
        life_tab.parts.setCurrentIndex(0)
        return life_tab

    def _checkins_tab(self) -> QWidget:
        # every version of each check-in, with Correct… and Void… (issue 25)
        self._checkins_panel = CheckinsPanel(self.session, self.resident_id)
        self._chart = MoodChart()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Mood over the last 30 days")))
        layout.addWidget(self._chart)
        layout.addWidget(self._checkins_panel, 1)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget()
        self._note = QPlainTextEdit()
        self._note.setTabChangesFocus(True)  # Tab goes on to Save note
        self._note.setPlaceholderText(self.tr("Write a note…"))
        self._note.setMaximumHeight(70)
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
        layout.addWidget(self._note)
        layout.addWidget(save)
        return tab

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.session.call(detail.load, self.resident_id, on_done=self._show,
                          on_error=lambda e: self.message.setText(self.problem(e)))

    def on_changed(self, changes: tuple[Any, ...]) -> None:
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
        for key in list(self.lazy.done):
            self._show_tab_data(key, self.lazy.pages[key], data)
        self.timeline_model.set_rows([self._entry(when, kind, item)
                                      for when, kind, item in data.timeline()])
        self._select_wanted()

    def _show_tab_data(self, key: str, page: QWidget, data: ResidentDetail) -> None:
        if key == "profile":
            self._show_profile(data)
        if isinstance(page, RecordsTab):
            page.show_data(data)
        if key == "checkins":
            self._checkins_panel.show_data(data)
            self._chart.set_checkins([c for c in data.checkins], clock.today())

    def _show_profile(self, data: ResidentDetail) -> None:
        r = data.resident
        form = self._profile_form
        while form.rowCount():
            form.removeRow(0)
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
            form.addRow(label, text)


    def select_record(self, record_id: str) -> None:
        """The row of `record_id` chosen and focused on the tab shown (a search hit's): at
        once when the page has its data, else as soon as it does."""
        self._wanted: str | None = record_id
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
        key = tab_for(alert_kind, self.may_read_measures)
        if key is not None:
            self.tabs.setCurrentWidget(self.lazy.get(key))
        if key == "safety":
            self.safety_tab.show_part(alert_kind)
        if key == "profile":
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


TAB_OF = {"risk-flag": "checkins", "incident-noted": "checkins",
          "follow-up-risk": "referrals", "incident-open": "safety",
          "safety-plan-review": "safety", "missing-now": "safety",
          "return-interview-due": "safety", "return-interview-overdue": "safety",
          "no-contact-match": "safety", "unknown-contact": "safety",
          "restraint-debrief-due": "safety", "restraint-debrief-overdue": "safety",
          "restraint-review-due": "safety",
          "overdue-need": "needs", "missed-sessions": "therapy",
          "cap-nearly-used": "therapy", "consent-expiring": "consent",
          "consent-expired": "consent", "consent-missing": "consent",
          "follow-up-overdue": "referrals",
          "hearing-tomorrow": "profile", "hearing-unaccompanied": "profile",
          "complaint-unanswered": "profile", "review-due": "profile",
          # a search hit's place (ui/search_notes.py)
          "notes": "notes", "health": "health", "life": "profile", "measures": "measures"}


def tab_for(alert_kind: str, measures: bool = True) -> str | None:
    """The key of the resident page's tab that holds what an alert (or a search hit) of
    this kind is about; scores go to the notes for whom may not read them."""
    key = TAB_OF.get(alert_kind)
    return "notes" if key == "measures" and not measures else key


class _Entry:
    def __init__(self, ident: str, when: object, what: str, who: str, text: str) -> None:
        self.id, self.when, self.what, self.who, self.text = ident, when, what, who, text


def _save_profile(ctx: Context, resident_id: str, **values: Any) -> Any:
    """The form's text list of languages becomes the profile's tuple."""
    values["languages"] = tuple(x.strip() for x in str(values.get("languages") or "")
                                .split(",") if x.strip())
    return residents.update(ctx, resident_id, **values)
