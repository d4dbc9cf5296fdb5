"""The resident page's record tabs: needs, therapy, consent and trusted adults, referrals and
follow-up. Each shows its kinds as tables and opens their forms; the services save."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.alerts import CAP_WARNING_SHARE
from safehaven.domain.models import Consent, FollowUp, TherapyPlan, TrustedAdult
from safehaven.domain.vocab import ConsentGiver, NeedStatus, SessionStatus, VettingStatus
from safehaven.errors import NeedsConfirmation
from safehaven.i18n import joined
from safehaven.reports import resident as resident_report
from safehaven.services import (
    consents,
    follow_ups,
    handoff,
    needs,
    referrals,
    therapy,
    trusted_adults,
)
from safehaven.services.detail import ResidentDetail
from safehaven.services.follow_ups import add_months
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated
from safehaven.ui.care_forms import CareForms
from safehaven.ui.flow import FlowLayout
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import table_view
from safehaven.ui.pdf_pane import PdfDialog
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class GroupPlace(NamedTuple):
    """A resident's place at a group session, shown among their own sessions."""

    id: str
    scheduled_at: datetime
    plan_id: str
    status: object
    reason: str


class Section(QWidget):
    """A titled table of one record kind, with its buttons underneath."""

    def __init__(self, title: str, columns: list[Column]) -> None:
        super().__init__()
        self.model = RowsModel(columns)
        self.view = table_view(self.model)
        row = QWidget()
        self.buttons = FlowLayout(row)  # wraps on a small screen or with longer words
        self.hint = QLabel()
        self.hint.setObjectName("error")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.view, 1)
        layout.addWidget(row)
        layout.addWidget(self.hint)
        self.hint.hide()

    def button(self, label: str, slot: Callable[[], object], allowed: bool) -> QPushButton:
        button = QPushButton(label)
        button.clicked.connect(lambda _=False: slot())
        button.setEnabled(allowed)
        if not allowed:
            button.setToolTip(self.tr("Your role does not allow this."))
        self.buttons.addWidget(button)
        return button

    def selected(self) -> Any | None:
        """The chosen row, or None with a hint to choose one."""
        index = self.view.currentIndex()
        if not index.isValid():
            self.hint.setText(self.tr("Choose a row in the table first."))
            self.hint.show()
            return None
        self.hint.hide()
        return self.model.row_at(index.row())


class RecordsTab(QWidget):
    """What the record tabs share: the session, the resident, the forms and role checks."""

    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__()
        self.session = session
        self.resident_id = resident_id
        self.data: ResidentDetail | None = None
        self.layout_ = QVBoxLayout(self)

    def may(self, action: Action) -> bool:
        ctx = self.session.ctx
        return ctx is not None and ctx.may(action)

    def show_data(self, data: ResidentDetail) -> None:
        self.data = data

    def forms(self) -> CareForms:
        return CareForms(self.data.staff_names if self.data else {}, clock.today())

    def staff(self, staff_id: str | None) -> str:
        return self.data.staff_names.get(staff_id or "", "–") if self.data else "–"

    def open(self, title: str, fields: list[FormField], fn: Callable[..., Any], *args: Any,
             **fixed: Any) -> RecordForm:
        subject = self.data.resident.preferred_name if self.data else ""
        return run_form(self.session, RecordForm(title, fields, self, subject=subject), fn,
                        *args, **fixed)


def _day(value: date | None) -> str:
    return formats.day(value)


class NeedsTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.needs = Section(self.tr("Stabilization needs"), [
            Column(self.tr("Need"), lambda n: word(n.category)),
            Column(self.tr("Priority"), lambda n: word(n.priority)),
            Column(self.tr("Status"), lambda n: word(n.status)),
            Column(self.tr("Owner"), lambda n: self.staff(n.owner_id)),
            Column(self.tr("Due"), lambda n: _day(n.due_date)),
            Column(self.tr("Description"), lambda n: n.close_note or n.notes or ""),
        ])
        allowed = self.may(Action.MANAGE_NEEDS)
        self.needs.button(self.tr("Add need…"), self.add, allowed)
        self.needs.button(self.tr("Edit…"), self.edit, allowed)
        self.needs.button(self.tr("Start"), self.start, allowed)
        self.needs.button(self.tr("Close (met or not applicable)…"), self.close_need,
                          allowed)
        self.layout_.addWidget(self.needs)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.needs.model.set_rows(data.needs)

    def add(self) -> RecordForm:
        return self.open(self.tr("Add need"), self.forms().need(None), needs.add,
                         self.resident_id)

    def edit(self) -> RecordForm | None:
        need = self.needs.selected()
        if need is None:
            return None
        return self.open(self.tr("Edit need"), self.forms().need(need), needs.update, need.id)

    def start(self) -> None:
        need = self.needs.selected()
        if need is not None:
            self.session.call(needs.update, need.id, status=NeedStatus.IN_PROGRESS)

    def close_need(self) -> RecordForm | None:
        need = self.needs.selected()
        if need is None:
            return None
        return self.open(self.tr("Close need: {0}").format(word(need.category)),
                         self.forms().close_need(NeedStatus.MET), needs.close, need.id)


class TherapyTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.plans = Section(self.tr("Plans"), [
            Column(self.tr("Therapy"), lambda p: word(p.modality)),
            Column(self.tr("Provider"), lambda p: p.provider),
            Column(self.tr("Place"), lambda p: word(p.place) if p.place else "–"),
            Column(self.tr("Frequency"), lambda p: word(p.frequency)),
            Column(self.tr("Used / cap"), self._cap_text),
            Column(self.tr("State"), self._plan_state),
        ])
        clinical = self.may(Action.MANAGE_THERAPY)
        self.plans.button(self.tr("Add plan…"), self.add_plan, clinical)
        self.plans.button(self.tr("Edit plan…"), self.edit_plan, clinical)
        self.plans.button(self.tr("Close plan…"), self.close_plan, clinical)
        self.sessions = Section(self.tr("Sessions"), [
            Column(self.tr("When"), lambda s: formats.day_time(s.scheduled_at)),
            Column(self.tr("Therapy"), lambda s: self._plan_name(s.plan_id)),
            Column(self.tr("Status"), lambda s: word(s.status)),
            Column(self.tr("Reason"), lambda s: s.reason or ""),
        ])
        booking = self.may(Action.SCHEDULE_SESSIONS)
        self.sessions.button(self.tr("Book a session…"), self.book, booking)
        for label, status in ((self.tr("Attended"), SessionStatus.ATTENDED),
                              (self.tr("Missed"), SessionStatus.MISSED)):
            self.sessions.button(label, partial(self._set_session, status), booking)
        self.layout_.addWidget(self.plans, 2)
        self.layout_.addWidget(self.sessions, 3)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.plans.model.set_rows(data.plans)
        rows: list[Any] = list(data.sessions)
        rows += [GroupPlace(a.id, g.scheduled_at, a.plan_id, a.status,
                            self.tr("Group: {0}").format(isolated(g.title)))
                 for g, a in data.groups]
        self.sessions.model.set_rows(sorted(rows, key=lambda s: (s.scheduled_at, s.id),
                                            reverse=True))

    def _plan_name(self, plan_id: str) -> str:
        plan = next((p for p in self.data.plans if p.id == plan_id), None) if self.data else None
        return word(plan.modality) if plan else ""

    def _plan_state(self, plan: TherapyPlan) -> str:
        if plan.closed_on:
            return self.tr("closed {0}").format(formats.day(plan.closed_on))
        return self.tr("open")

    def _cap_text(self, plan: TherapyPlan) -> str:
        used = self.data.used.get(plan.id, 0) if self.data else 0
        cap = plan.session_cap
        if not cap:
            return str(used)
        text = self.tr("{0} of {1}").format(used, cap)  # "2 / 20" read "20 / 2" in Arabic
        if used > cap:
            return text + "  " + self.tr("(over the cap)")
        if used == cap:
            return text + "  " + self.tr("(cap reached)")
        if used >= CAP_WARNING_SHARE * cap:
            return text + "  " + self.tr("(nearly used)")
        return text

    def add_plan(self) -> RecordForm:
        return self.open(self.tr("Add therapy plan"), self.forms().plan(None), therapy.add_plan,
                         self.resident_id)

    def edit_plan(self) -> RecordForm | None:
        plan = self.plans.selected()
        if plan is None:
            return None
        return self.open(self.tr("Edit therapy plan"), self.forms().plan(plan),
                         therapy.edit_plan, plan.id)

    def close_plan(self) -> RecordForm | None:
        plan = self.plans.selected()
        if plan is None:
            return None
        return self.open(self.tr("Close plan: {0}").format(word(plan.modality)),
                         self.forms().close_plan(), therapy.close_plan, plan.id)

    def book(self) -> RecordForm:
        plans = [(f"{word(p.modality)} · {p.provider}", p.id)
                 for p in (self.data.plans if self.data else []) if p.closed_on is None]
        return self.open(self.tr("Book a session"), self.forms().book(plans), therapy.schedule)

    def _set_session(self, status: SessionStatus) -> None:
        item = self.sessions.selected()
        if isinstance(item, GroupPlace):
            self.sessions.hint.setText(self.tr("A group's attendance is recorded on the "
                                               "Schedule, for everyone at once."))
            self.sessions.hint.show()
        elif item is not None:
            self.session.call(therapy.set_status, item.id, status)


class ConsentTab(RecordsTab):
    """Consent and assent, and the trusted adults with their vetting."""

    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.consents = Section(self.tr("Consent and assent"), [
            Column(self.tr("Purpose"), lambda c: word(c.purpose) + (
                f": {c.shared_with}" if c.shared_with else "")),
            Column(self.tr("Given by"), self._giver),
            Column(self.tr("Assent"), lambda c: self.tr("yes") if c.child_assent
                   else self.tr("no")),
            Column(self.tr("Valid"), self._consent_state),
        ])
        allowed = self.may(Action.MANAGE_SAFEGUARDING)
        self.consents.button(self.tr("Add consent…"), self.add_consent, allowed)
        self.consents.button(self.tr("Edit…"), self.edit_consent, allowed)
        self.consents.button(self.tr("Withdraw…"), self.revoke, allowed)
        self.adults = Section(self.tr("Trusted adults"), [
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Relationship"), lambda a: a.relationship),
            Column(self.tr("Contact"), lambda a: a.phone or "–"),
            Column(self.tr("Vetting"), self._vetting),
        ])
        self.adults.button(self.tr("Add trusted adult…"), self.add_adult, allowed)
        self.adults.button(self.tr("Edit…"), self.edit_adult, allowed)
        self.adults.button(self.tr("Record vetting…"), self.vet, allowed)
        self.layout_.addWidget(self.consents)
        self.layout_.addWidget(self.adults)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.consents.model.set_rows(data.consents)
        self.adults.model.set_rows(data.trusted_adults)

    def _giver(self, c: Consent) -> str:
        """The kind of giver and the person or agency, both when both are set."""
        if c.given_by == ConsentGiver.YOUNG_PERSON and c.guardian_name:
            return self.tr("The young person, with {0}").format(c.guardian_name)
        return (c.guardian_name or "") + (f" ({word(c.given_by)})" if c.given_by else "")

    def _consent_state(self, c: Consent) -> str:
        if c.revoked_on:
            return self.tr("withdrawn {0}").format(formats.day(c.revoked_on))
        if c.expires_on < clock.today():
            return self.tr("expired {0}").format(formats.day(c.expires_on))
        if not c.active_on(clock.today()):
            return self.tr("not valid (no consent or assent)")
        return self.tr("until {0}").format(formats.day(c.expires_on))

    def _vetting(self, a: TrustedAdult) -> str:
        if a.vetting_status is VettingStatus.NOT_VETTED:
            return self.tr("NOT VETTED: no contact or hand-off yet")
        how = joined(word(m) for m in a.vetting_methods) or a.vetting_method or ""
        return " · ".join(x for x in (word(a.vetting_status), _day(a.vetted_on),
                                      self.staff(a.vetted_by), how) if x)

    def add_consent(self) -> RecordForm:
        return self.open(self.tr("Add consent"), self.forms().consent(None), consents.add,
                         self.resident_id)

    def edit_consent(self) -> RecordForm | None:
        consent = self.consents.selected()
        if consent is None:
            return None
        return self.open(self.tr("Correct consent"), self.forms().consent(consent),
                         consents.edit, consent.id)

    def revoke(self) -> RecordForm | None:
        consent = self.consents.selected()
        if consent is None:
            return None
        return self.open(self.tr("Consent withdrawn: {0}").format(word(consent.purpose)),
                         self.forms().revoke(), consents.revoke, consent.id)

    def add_adult(self) -> RecordForm:
        return self.open(self.tr("Add trusted adult"), self.forms().adult(None),
                         trusted_adults.add, self.resident_id)

    def edit_adult(self) -> RecordForm | None:
        adult = self.adults.selected()
        if adult is None:
            return None
        return self.open(self.tr("Edit trusted adult"), self.forms().adult(adult),
                         trusted_adults.edit, adult.id)

    def vet(self) -> RecordForm | None:
        adult = self.adults.selected()
        if adult is None:
            return None
        me = self.session.ctx.actor.id if self.session.ctx and self.session.ctx.actor else None
        return self.open(self.tr("Vetting: {0}").format(isolated(adult.name)),
                         self.forms().vetting(adult, me), trusted_adults.vet, adult.id)


class ReferralsTab(RecordsTab):
    """Referrals with their warm hand-offs, and follow-up contacts after leaving."""

    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.referrals = Section(self.tr("Referrals and hand-offs"), [
            Column(self.tr("Date"), lambda r: _day(r.made_on)),
            Column(self.tr("Kind"), lambda r: word(r.kind)),
            Column(self.tr("Service"), lambda r: r.to_organisation + (
                f" ({r.contact_person})" if r.contact_person else "")),
            Column(self.tr("Status"), lambda r: word(r.status)),
            Column(self.tr("Hand-off"), lambda r: self.tr("{0}: with {1}, received by {2}")
                   .format(_day(r.handoff_on), r.accompanied_by or "–", r.received_by or "–")
                   if r.handoff_on else "–"),
        ])
        self.referrals.button(self.tr("Add referral…"), self.add_referral,
                              self.may(Action.WRITE_NOTE))
        self.referrals.button(self.tr("Update…"), self.update_referral,
                              self.may(Action.WRITE_NOTE))
        self.referrals.button(self.tr("Hand-off summary…"), self.handoff_summary,
                              self.may(Action.READ_RECORDS))
        self.follow_ups = Section(self.tr("Follow-up contacts"), [
            Column(self.tr("Due"), lambda f: _day(f.due_date)),
            Column(self.tr("Done"), self._done),
            Column(self.tr("Spoke with"), lambda f: f.contacted or ""),
            Column(self.tr("Risk"), lambda f: word(f.risk_level) if f.risk_level else ""),
            Column(self.tr("Signs"), lambda f: joined(word(i) for i in f.risk_indicators)),
        ])
        allowed = self.may(Action.MANAGE_SAFEGUARDING)
        self.follow_ups.button(self.tr("Plan follow-ups…"), self.plan_follow_ups, allowed)
        self.follow_ups.button(self.tr("Record contact…"), self.record_contact, allowed)
        self.layout_.addWidget(self.referrals)
        self.layout_.addWidget(self.follow_ups)

    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.referrals.model.set_rows(data.referrals)
        self.follow_ups.model.set_rows(data.follow_ups)

    def _done(self, f: FollowUp) -> str:
        if f.done_on:
            return f"{_day(f.done_on)} · {word(f.method) if f.method else ''}"
        return self.tr("OVERDUE") if f.due_date < clock.today() else "–"

    def add_referral(self) -> RecordForm:
        return self.open(self.tr("Add referral"), self.forms().referral(None), referrals.make,
                         self.resident_id)

    def update_referral(self) -> RecordForm | None:
        referral = self.referrals.selected()
        if referral is None:
            return None
        return self.open(self.tr("Update referral"), self.forms().referral(referral),
                         referrals.update, referral.id)

    def handoff_summary(self) -> QDialog:
        """The summary for a receiving service: it must be named, and a consent in force
        must name it (else a manager or clinician gives the reason, or nothing is made); a
        manager or clinician also chooses whether the legal name, the clinical notes and the
        legal case's details go with it. Left empty, the copy is for the house's own file."""
        dialog = QDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Hand-off summary"))
        service = QComboBox()
        service.setEditable(True)
        service.setMinimumWidth(320)
        today = clock.today()
        known: list[str] = []
        if self.data is not None:
            known = [c.shared_with for c in self.data.consents
                     if c.shared_with and c.active_on(today)]
            known += [r.to_organisation for r in self.data.referrals if r.to_organisation]
        service.addItem("")
        for name in dict.fromkeys(known):
            service.addItem(name)
        if len(known) >= 1:
            service.setCurrentIndex(1)
        legal = QCheckBox(self.tr("Include the legal name"))
        clinical = QCheckBox(self.tr("Include the clinical notes"))
        case = QCheckBox(self.tr("Include the legal case's details and how they were "
                                 "exploited"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        dialog.accepted.connect(lambda: self._make_summary(
            legal.isChecked(), clinical.isChecked(), case.isChecked(),
            service.currentText().strip() or None))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Share only what the receiving service needs and the "
                                        "young person has agreed to.")))
        layout.addWidget(QLabel(self.tr("Receiving service (leave empty for the house's own "
                                        "file):")))
        layout.addWidget(service)
        restricted = self.may(Action.READ_RESTRICTED)
        for w in (legal, clinical, case):
            w.setVisible(restricted)
            layout.addWidget(w)
        layout.addWidget(buttons)
        dialog.open()
        return dialog

    def _make_summary(self, legal_name: bool, clinical: bool, case: bool = False,
                      receiving: str | None = None, why: str | None = None) -> None:
        def work(ctx: Any) -> bytes:
            return resident_report.render(handoff.summary_data(
                ctx, self.resident_id, include_legal_name=legal_name,
                include_clinical=clinical, include_legal_case=case, receiving=receiving,
                without_consent=why))

        def failed(error: BaseException) -> None:
            if isinstance(error, NeedsConfirmation) and why is None \
                    and self.may(Action.READ_RESTRICTED):
                ask = QInputDialog(self)
                ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                ask.setWindowTitle(self.tr("No consent names this service"))
                # in lines a 1024-pixel screen holds (it ran off the screen, Cancel with it)
                ask.setLabelText(textwrap.fill(error.message, 64) + "\n\n"
                                 + self.tr("Why must it be shared anyway?"))
                def share_anyway(reason: str) -> None:
                    if reason.strip():
                        self._make_summary(legal_name, clinical, case, receiving,
                                           reason.strip())

                ask.textValueSelected.connect(share_anyway)
                self.consent_prompt = ask
                ask.open()
                box = ask.findChild(QDialogButtonBox)
                ok = box.button(QDialogButtonBox.StandardButton.Ok) if box else None
                if ok is not None:  # no reason, no sharing: OK waits for one
                    ok.setEnabled(False)
                    ask.textValueChanged.connect(lambda text: ok.setEnabled(bool(
                        text.strip())))
                return
            self._summary_failed(error)

        self.session.call(work, on_done=self._preview_summary, on_error=failed)

    def _summary_failed(self, error: BaseException) -> None:
        self.referrals.hint.setText(str(error))
        self.referrals.hint.show()

    def _preview_summary(self, data: bytes) -> None:
        name = self.data.resident.preferred_name if self.data else ""
        PdfDialog(self.tr("Hand-off summary: {0}").format(isolated(name)), data, "hand-off.pdf",
                  self).open()

    def plan_follow_ups(self) -> RecordForm:
        left = self.data.resident.discharge_date if self.data else None
        first = add_months(left or clock.today(), 1)
        return self.open(self.tr("Plan follow-up contacts"), self.forms().plan_follow_ups(first),
                         follow_ups.schedule, self.resident_id)

    def record_contact(self) -> RecordForm | None:
        follow_up = self.follow_ups.selected()
        if follow_up is None:
            return None
        return self.open(self.tr("Follow-up contact due {0}").format(_day(follow_up.due_date)),
                         self.forms().contact(follow_up), follow_ups.complete, follow_up.id)
