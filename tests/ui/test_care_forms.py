"""Every care-record kind entered and corrected through its form on the resident's page."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
)

from safehaven import clock
from safehaven.services import detail
from safehaven.services.context import Context
from safehaven.store.vault import Vault
from safehaven.ui.record_form import RecordForm
from safehaven.ui.shell import Shell
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

TODAY = clock.today()


def fill(form: RecordForm, **values: Any) -> None:
    """Type into the form as a person would, field by field."""
    for name, value in values.items():
        w = form.fields[name].widget
        if isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QComboBox):
            index = w.findData(value)
            assert index >= 0, (name, value)
            w.setCurrentIndex(index)
        elif isinstance(w, QDateEdit) and not isinstance(value, datetime):
            w.setDate(QDate(value))
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime(value))
        elif isinstance(w, QSpinBox):
            w.setValue(value)
        elif isinstance(w, QCheckBox):
            w.setChecked(value)
        elif isinstance(w, QLineEdit):
            w.setText(value)
        else:
            for box in w.findChildren(QCheckBox):
                box.setChecked(box.property("value") in value)


def save(form: RecordForm) -> None:
    form.submit()


def open_ana(window, who: str = "Maria Manager") -> Shell:
    unlock(window, who=who)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    ana = next(r for r in shell.residents.model.rows.values() if r.preferred_name == "Ana")
    shell.open_resident(ana.id)
    return shell


def reread(folder: Path, resident_id: str) -> detail.ResidentDetail:
    """The record as a freshly unlocked vault holds it."""
    vault = Vault.unlock(folder, PASSPHRASE, "Maria Manager")
    try:
        return detail.load(Context.for_vault(vault), resident_id)
    finally:
        vault.close()


def select(section: Any, predicate: Any) -> None:
    for i in range(section.model.rowCount()):
        if predicate(section.model.row_at(i)):
            section.view.selectRow(i)
            return
    raise AssertionError("no such row")


def test_profile_needs_and_stage_through_forms(window, vault_dir: Path) -> None:
    shell = open_ana(window)
    page = shell.detail
    form = page.open_profile_form()
    assert "legal_name" in form.fields
    fill(form, legal_name="Ana María Reyes", pronouns="she/her", languages="Spanish, Quechua",
         interpreter_needed=True, interpreter_language="Quechua",
         dietary_needs="No pork", cultural_notes="Catholic; likes to attend mass")
    save(form)
    assert not form.isVisible()
    needs = page.needs_tab
    form = needs.add()
    fill(form, category="legal-immigration", priority="high", due_date=TODAY + timedelta(7),
         notes="Asylum interview")
    save(form)
    select(needs.needs, lambda n: str(n.category) == "legal-immigration")
    form = needs.edit()
    fill(form, priority="low")
    save(form)
    select(needs.needs, lambda n: str(n.category) == "legal-immigration")
    form = needs.close_need()
    fill(form, status="not-applicable", note="")
    save(form)
    assert form.isVisible() and form.errors["note"].isVisibleTo(form)  # why is needed
    fill(form, note="Granted status by the court")
    save(form)
    assert not form.isVisible()
    form = page._move_stage()
    assert form.fields["to_stage"].widget.currentData() == "recovery"  # the next stage
    assert "destination" in form.hidden and "skip_reason" in form.hidden
    fill(form, to_stage="reintegration", reason="Ready to live with her aunt")
    assert "destination" not in form.hidden
    assert "skip_reason" not in form.hidden  # from stabilization: recovery is skipped
    save(form)
    assert form.errors["destination"].isVisibleTo(form)
    assert form.fields["reason"].widget.toPlainText() == "Ready to live with her aunt"
    fill(form, destination="kinship")
    save(form)
    assert form.isVisible() and form.errors["skip_reason"].isVisibleTo(form)
    fill(form, skip_reason="Her aunt can take her before the court date")
    save(form)
    assert not form.isVisible()
    rid = page.resident_id
    window.lock()
    data = reread(vault_dir, rid)
    r = data.resident
    assert (r.legal_name, r.languages, r.interpreter_language, r.dietary_needs) == (
        "Ana María Reyes", ("Spanish", "Quechua"), "Quechua", "No pork")
    need = next(n for n in data.needs if str(n.category) == "legal-immigration")
    assert (str(need.priority), str(need.status), need.close_note) == (
        "low", "not-applicable", "Granted status by the court")
    assert str(r.stage) == "reintegration"
    assert str(data.stages[-1].destination) == "kinship"


def test_plan_booking_consent_adults_referral_follow_up(window, vault_dir: Path,
                                                       monkeypatch) -> None:
    shell = open_ana(window)
    page = shell.detail
    therapy = page.therapy_tab
    form = therapy.add_plan()
    fill(form, modality="emdr", provider="", place="Riverside clinic", session_cap=12,
         goals="Fewer nightmares", start_date=TODAY - timedelta(days=30))
    save(form)
    assert form.errors["provider"].isVisibleTo(form)  # refused beside the field
    assert form.fields["goals"].widget.toPlainText() == "Fewer nightmares"  # kept
    fill(form, provider="Dr. Mensah")
    save(form)
    assert not form.isVisible()
    form = therapy.book()
    fill(form, at=datetime.combine(TODAY - timedelta(days=2), datetime.min.time()).replace(
        hour=10))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *_: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    save(form)
    assert asked and "past" in asked[0]
    select(therapy.plans, lambda p: p.provider == "Dr. Mensah")
    form = therapy.edit_plan()
    fill(form, frequency="fortnightly")
    save(form)
    consent_tab = page.consent_tab
    form = consent_tab.add_consent()
    fill(form, purpose="information-sharing", guardian_name="Guardian ad litem",
         child_assent=True, expires_on=TODAY + timedelta(days=90))
    save(form)
    assert form.errors["shared_with"].isVisibleTo(form)
    fill(form, shared_with="Northside School")
    save(form)
    form = consent_tab.add_consent()
    fill(form, purpose="therapy", guardian_name="Guardian ad litem", child_assent=True,
         expires_on=TODAY - timedelta(days=1))
    save(form)
    assert form.errors["expires_on"].isVisibleTo(form)
    fill(form, expires_on=TODAY + timedelta(days=180))
    save(form)
    select(consent_tab.consents, lambda c: str(c.purpose) == "information-sharing")
    form = consent_tab.revoke()
    fill(form, reason="The young person changed her mind")
    save(form)
    form = consent_tab.add_adult()
    fill(form, name="Aunt Rosa", relationship="aunt", phone="+34 600 000 000")
    save(form)
    assert "NOT VETTED" in consent_tab.adults.model.columns[3].text(
        consent_tab.adults.model.row_at(0))
    consent_tab.adults.view.selectRow(0)
    form = consent_tab.vet()
    save(form)  # vetted with no method named
    assert form.errors["methods"].isVisibleTo(form)
    fill(form, methods=["home-visit", "police-check"])
    save(form)
    referrals = page.referrals_tab
    form = referrals.add_referral()
    fill(form, kind="education", to_organisation="Northside School", contact_person="Ms Lee")
    save(form)
    referrals.referrals.view.selectRow(0)
    form = referrals.update_referral()
    fill(form, status="completed", handoff_on=TODAY, accompanied_by="Ana Torres")
    save(form)
    assert form.errors["received_by"].isVisibleTo(form)
    fill(form, received_by="Ms Lee")
    save(form)
    form = referrals.plan_follow_ups()
    fill(form, first_due=TODAY - timedelta(days=1), count=3)
    save(form)
    select(referrals.follow_ups, lambda f: f.due_date == TODAY - timedelta(days=1))
    form = referrals.record_contact()
    fill(form, method="phone", contacted="Ana and her aunt", wellbeing="good",
         occupation="school", risk_indicators=["unexplained-money"], risk_level="low")
    save(form)
    assert form.errors["risk_level"].isVisibleTo(form)
    fill(form, risk_level="medium")
    save(form)
    assert not form.isVisible()
    rid = page.resident_id
    window.lock()
    data = reread(vault_dir, rid)
    plan = next(p for p in data.plans if p.provider == "Dr. Mensah")
    assert (plan.place, plan.session_cap, str(plan.frequency), plan.goals) == (
        "Riverside clinic", 12, "fortnightly", "Fewer nightmares")
    assert [s.plan_id for s in data.sessions] == [plan.id]
    purposes = {str(c.purpose): c for c in data.consents}
    assert purposes["information-sharing"].revoked_on == TODAY
    assert purposes["therapy"].active_on(TODAY)
    adult = data.trusted_adults[0]
    assert str(adult.vetting_status) == "vetted" and adult.vetted_on == TODAY
    assert [str(m) for m in adult.vetting_methods] == ["home-visit", "police-check"]
    referral = data.referrals[0]
    assert (str(referral.status), referral.received_by, referral.accompanied_by) == (
        "completed", "Ms Lee", "Ana Torres")
    assert len(data.follow_ups) == 3
    done = data.follow_ups[0]
    assert (done.done_on, done.contacted, str(done.risk_level)) == (
        TODAY, "Ana and her aunt", "medium")


def test_staff_cannot_reach_what_their_role_refuses(window) -> None:
    shell = open_ana(window, who="Sam Staff")
    page = shell.detail
    form = page.open_profile_form()
    assert "legal_name" not in form.fields  # neither shown nor settable
    form.reject()
    assert not page.therapy_tab.plans.buttons.itemAt(0).widget().isEnabled()
    assert not page.consent_tab.consents.buttons.itemAt(0).widget().isEnabled()
    assert not page.move_button.isEnabled()
    assert page.needs_tab.needs.buttons.itemAt(0).widget().isEnabled()  # staff manage needs
    assert page.therapy_tab.sessions.buttons.itemAt(0).widget().isEnabled()  # and book
    labels = [page.profile_form.itemAt(i, page.profile_form.ItemRole.LabelRole).widget().text()
              for i in range(page.profile_form.rowCount())]
    assert "Legal name" not in labels


def test_ctrl_enter_saves_a_form(window, qtbot, vault_dir: Path) -> None:
    shell = open_ana(window)
    form = shell.detail.needs_tab.add()
    fill(form, category="medical", notes="Dentist")
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    qtbot.keyClick(form.fields["notes"].widget, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert not form.isVisible()
    assert any(n.notes == "Dentist" for n in shell.detail.data.needs)
