"""The resident page's Health tab: allergies at the top in red, the health profile, the
medicines, and the administration record (doses given, refused, missed…), with the
week's MAR chart to print. It loads its own data: one read, in the background."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget

from safehaven import clock, formats
from safehaven.domain.models import DoseRecord, HealthProfile, Prescription, StockEntry
from safehaven.reports import mar as mar_report
from safehaven.services import health, health_view, mar, medication, medication_stock
from safehaven.services.context import Context
from safehaven.services.detail import ResidentDetail
from safehaven.services.health_view import HealthView
from safehaven.services.permissions import Action
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.health_forms import HealthForms
from safehaven.ui.models import Column
from safehaven.ui.pdf_pane import PdfDialog
from safehaven.ui.record_form import RecordForm, run_form
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.session import Session
from safehaven.ui.words import word


def dose_intro(forms: HealthForms, view_facts: health.SafetyFacts | None,
               p: Prescription) -> str:
    """Above a dose form: the allergies in red, then what the order says."""
    allergy = html.escape(forms.allergy_line(view_facts))
    colour = "#a8322d" if view_facts and view_facts.allergies else "#5d6b75"
    strength = p.strength if p.strength and p.strength != p.dose else ""
    order = " ".join(x for x in (p.medicine, strength, p.dose, word(p.route)) if x)
    lines = [f"<b style='color:{colour}'>{allergy}</b>", html.escape(order)]
    if p.instructions:
        lines.append(html.escape(p.instructions))
    return "<br>".join(lines)


class HealthTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.view: HealthView | None = None
        self.allergies = QLabel()
        self.allergies.setObjectName("error")  # red, as errors are: it must not be missed
        wrapping(self.allergies)
        self.profile_text = QLabel()
        wrapping(self.profile_text)
        self.profile_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_button = QPushButton(self.tr("Health profile…"))
        self.profile_button.clicked.connect(lambda _=False: self.edit_profile())
        self.profile_button.setEnabled(self.may(Action.MANAGE_HEALTH))
        top = QHBoxLayout()
        top.addWidget(self.allergies, 1)
        top.addWidget(self.profile_button)
        self.medicines = Section(self.tr("Medicines"), [
            Column(self.tr("Medicine"), lambda p: " ".join(
                x for x in (p.medicine, p.strength or "") if x)),
            Column(self.tr("Dose"), lambda p: f"{p.dose} · {word(p.route)}"),
            Column(self.tr("When"), self._when),
            Column(self.tr("Prescriber"), lambda p: p.prescriber),
            Column(self.tr("Stock"), self._stock),
            Column(self.tr("State"), self._state),
        ])
        # prescribing: clinicians and managers, and staff trained to give medicines (the
        # training is read with the view: the buttons follow it once it has loaded)
        prescribing = self.may(Action.MANAGE_MEDICATION)
        giving = self.may(Action.GIVE_DOSE)
        self.medicines.button(self.tr("Record a dose…"), self.record_dose, giving)
        self.prescribing_buttons = [
            self.medicines.button(self.tr("Add prescription…"), self.prescribe, prescribing),
            self.medicines.button(self.tr("Edit prescription…"), self.edit_prescription,
                                  prescribing)]
        self.medicines.button(self.tr("Stock…"), self.record_stock, giving)
        self.prescribing_buttons.append(
            self.medicines.button(self.tr("Stop…"), self.stop, prescribing))
        self.medicines.button(self.tr("Print this week's chart…"), self.print_chart, True)
        self.doses = Section(self.tr("Doses (last two weeks)"), [
            Column(self.tr("When"), lambda d: formats.day_time(d.at)),
            Column(self.tr("Medicine"), self._medicine),
            Column(self.tr("What happened"), lambda d: word(d.outcome)),
            Column(self.tr("By"), lambda d: self._staff(d.given_by)),
            Column(self.tr("Note"), self._dose_note),
        ])
        self.doses.button(self.tr("Correct or add the effect…"), self.amend, giving)
        self.stock = Section(self.tr("Stock (last two weeks)"), [
            Column(self.tr("When"), lambda e: formats.day_time(e.at)),
            Column(self.tr("Medicine"), self._medicine),
            Column(self.tr("What"), lambda e: word(e.kind)),
            Column(self.tr("Units"), lambda e: str(e.quantity)),
            Column(self.tr("Batch"), self._batch),
            Column(self.tr("By"), lambda e: self._staff(e.recorded_by)),
            Column(self.tr("Note"), lambda e: " · ".join(
                x for x in (e.note, e.amends_id and self.tr("corrected: {0}").format(
                    e.amend_reason or "")) if x)),
        ])
        self.stock.button(self.tr("Correct…"), self.amend_stock, giving)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.profile_text)
        self.layout_.addWidget(self.medicines, 2)
        # the doses and the stock share the room below the medicines, one at a time: three
        # tables stacked put the stock's Correct… below a 1024x600 screen (issue 25)
        self.records = QTabWidget()
        self.records.setDocumentMode(True)
        self.records.addTab(self.doses, self.tr("Doses"))
        self.records.addTab(self.stock, self.tr("Stock"))
        self.layout_.addWidget(self.records, 2)

    # -- data -------------------------------------------------------------------------------
    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(health_view.load, self.resident_id, on_done=self._show,
                          on_error=self._hint)

    def _show(self, view: HealthView) -> None:
        if not shiboken6.isValid(self):
            return
        self.view = view
        for button in self.prescribing_buttons:
            button.setEnabled(view.may_prescribe)
            button.setToolTip("" if view.may_prescribe else self.tr(
                "Prescriptions are copied by clinicians, managers and staff trained to give "
                "medicines."))
        self.allergies.setText(self.health_forms().allergy_line(view.facts))
        # red only when there is an allergy to heed
        self.allergies.setObjectName("error" if view.facts.allergies else "")
        self.allergies.style().unpolish(self.allergies)
        self.allergies.style().polish(self.allergies)
        p = view.profile
        parts = [(self.tr("Conditions"), p.conditions if p else None),
                 (self.tr("Doctor or clinic"), p.gp_contact if p else None),
                 (self.tr("Immunisations"), p.immunisations if p else None),
                 (self.tr("Height and weight"), self._measured(p)),
                 (self.tr("Dietary needs"), view.facts.dietary_needs),
                 (self.tr("Pregnancy"), p.pregnancy if p else None)]
        lines = [f"<b>{html.escape(label)}:</b> {isolated(html.escape(text))}"
                 for label, text in parts if text]
        self.profile_text.setText("<br>".join(lines) or self.tr("No health profile yet."))
        self.medicines.model.set_rows(view.prescriptions)
        self.doses.model.set_rows(view.doses)
        self.stock.model.set_rows(view.stock_entries)

    def health_forms(self) -> HealthForms:
        return HealthForms(self.view.staff_names if self.view else {})

    def _measured(self, p: HealthProfile | None) -> str | None:
        if p is None or (p.height_cm is None and p.weight_kg is None):
            return None
        parts = [self.tr("{0} cm").format(p.height_cm) if p.height_cm else "",
                 self.tr("{0} kg").format(f"{p.weight_kg:g}") if p.weight_kg else ""]
        text = ", ".join(x for x in parts if x)
        return f"{text} ({formats.day(p.measured_on)})" if p.measured_on else text

    # -- columns ----------------------------------------------------------------------------
    def _when(self, p: Prescription) -> str:
        if p.as_needed:
            return self.tr("as needed: {0}").format(p.indication or "")
        return ", ".join(p.times)

    def _state(self, p: Prescription) -> str:
        if p.stopped_on is not None:
            return self.tr("stopped {0}").format(formats.day(p.stopped_on))
        extra = [self.tr("controlled")] if p.controlled else []
        if p.end_date is not None:
            extra.append(self.tr("until {0}").format(formats.day(p.end_date)))
        return ", ".join([self.tr("current"), *extra])

    def _stock(self, p: Prescription) -> str:
        state = self.view.stock.get(p.id) if self.view else None
        if state is None or state.balance is None:
            return "–"
        text = str(state.balance)
        if state.discrepancy:
            text = self.tr("{0} (count: {1} expected {2})").format(
                state.balance, state.counted, state.expected)
        lots = self.view.batches.get(p.id, []) if self.view else []
        parts = [self.tr("{0}: {1}").format(self._lot(b.batch, b.expires_on), b.units)
                 for b in lots]
        return f"{text} · {'; '.join(parts)}" if parts else text

    def _lot(self, batch: str | None, expires_on: date | None) -> str:
        """A batch as the label says it, with its expiry date; expired ones say so."""
        name = batch or self.tr("no batch")
        if expires_on is None:
            return name
        if expires_on < clock.today():
            return self.tr("{0} EXPIRED {1}").format(name, formats.day(expires_on))
        return self.tr("{0} until {1}").format(name, formats.day(expires_on))

    def _batch(self, e: StockEntry) -> str:
        return self._lot(e.batch, e.expires_on) if e.batch or e.expires_on else ""

    def _medicine(self, d: DoseRecord | StockEntry) -> str:
        found = [p for p in (self.view.prescriptions if self.view else ())
                 if p.id == d.prescription_id]
        return found[0].medicine if found else "?"

    def _staff(self, staff_id: str | None) -> str:
        return (self.view.staff_names.get(staff_id or "", "–") if self.view else "–")

    def _dose_note(self, d: DoseRecord) -> str:
        parts = [d.reason, d.effect and self.tr("effect: {0}").format(d.effect), d.note,
                 d.amends_id and self.tr("corrected: {0}").format(d.amend_reason or "")]
        if d.witness:
            parts.append(self.tr("witness {0}").format(self._staff(d.witness)))
        return " · ".join(x for x in parts if x)

    # -- actions ----------------------------------------------------------------------------
    def edit_profile(self) -> RecordForm:
        fields = self.health_forms().profile(self.view.profile if self.view else None,
                                             restricted=self.may(Action.READ_RESTRICTED))
        return self.open(self.tr("Health profile"), fields, health.save, self.resident_id)

    def prescribe(self) -> RecordForm:
        """The allergies above the form: a clash is asked about again when saving."""
        forms = self.health_forms()
        facts = self.view.facts if self.view else None
        colour = "#a8322d" if facts and facts.allergies else "#5d6b75"
        intro = f"<b style='color:{colour}'>{html.escape(forms.allergy_line(facts))}</b>"
        subject = self.data.resident.preferred_name if self.data else ""
        form = RecordForm(self.tr("Add prescription"), forms.prescription(), self,
                          intro=intro, subject=subject)
        return run_form(self.session, form, medication.prescribe, self.resident_id)

    def edit_prescription(self) -> RecordForm | None:
        p = self.medicines.selected()
        if p is None:
            return None
        return self.open(self.tr("Edit prescription: {0}").format(p.medicine),
                         self.health_forms().edit(p), medication.edit, p.id)

    def amend_stock(self) -> RecordForm | None:
        e = self.stock.selected()
        if e is None:
            return None
        return self.open(self.tr("Correct a stock entry"), self.health_forms().stock_fix(e),
                         medication_stock.amend_stock, e.id)

    def stop(self) -> RecordForm | None:
        p = self.medicines.selected()
        if p is None:
            return None
        return self.open(self.tr("Stop: {0}").format(p.medicine), self.health_forms().stop(),
                         medication.stop, p.id)

    def record_dose(self, due_at: datetime | None = None) -> RecordForm | None:
        p = self.medicines.selected()
        if p is None:
            return None
        forms = self.health_forms()
        subject = self.data.resident.preferred_name if self.data else ""
        form = RecordForm(self.tr("Dose: {0}").format(p.medicine),
                          forms.dose(p, self.view.due if self.view else [], due_at), self,
                          intro=dose_intro(forms, self.view.facts if self.view else None, p),
                          subject=subject)
        return run_form(self.session, form, medication.record_dose, p.id)

    def record_stock(self) -> RecordForm | None:
        p = self.medicines.selected()
        if p is None:
            return None
        return self.open(self.tr("Stock: {0}").format(p.medicine),
                         self.health_forms().stock(p), medication_stock.record_stock, p.id)

    def amend(self) -> RecordForm | None:
        d = self.doses.selected()
        if d is None:
            return None
        as_needed = any(p.id == d.prescription_id and p.as_needed
                        for p in (self.view.prescriptions if self.view else ()))
        return self.open(self.tr("Correct a dose record"),
                         self.health_forms().amend(d, as_needed=as_needed),
                         medication.amend_dose, d.id)

    def print_chart(self) -> None:
        today = clock.today()
        monday = today - timedelta(days=today.weekday())

        def work(ctx: Context) -> bytes:
            chart = mar.chart(ctx, self.resident_id, monday)
            names = {s: n for s, n in (self.view.staff_names.items() if self.view else ())}
            return mar_report.render(chart, names, printed_at=ctx.now(),
                                     printed_by=ctx.actor.display_name if ctx.actor else "")

        self.session.call(work, on_done=lambda data: self._preview(data, monday),
                          on_error=self._hint)

    def _preview(self, data: bytes, monday: date) -> None:
        name = self.data.resident.preferred_name if self.data else ""
        PdfDialog(self.tr("Medication chart: {0}").format(isolated(name)), data,
                  f"mar-{monday.isoformat()}.pdf", self).open()

    def _hint(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.medicines.hint.setText(str(error))
            self.medicines.hint.show()
