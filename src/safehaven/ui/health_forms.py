"""The fields of the health forms: profile, prescription, a dose and its correction.
Field names are the services' argument names, so a refusal lands beside its field."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from safehaven import clock, formats
from safehaven.domain.medication import DueDose
from safehaven.domain.models import DoseRecord, HealthProfile, Prescription, StockEntry
from safehaven.domain.vocab import DoseOutcome, MedForm, Route, StockKind
from safehaven.services.health import SafetyFacts
from safehaven.ui.care_forms import options
from safehaven.ui.record_form import FormField
from safehaven.ui.words import word


class HealthForms(QObject):
    """Builds field lists; a QObject only so that its labels go through Qt's translator."""

    def __init__(self, staff_names: dict[str, str]) -> None:
        super().__init__()
        self.staff = [("–", None), *sorted(((n, i) for i, n in staff_names.items()),
                                           key=lambda p: p[0].casefold())]

    def allergy_line(self, facts: SafetyFacts | None) -> str:
        """What the form says under the child's name: the allergies, or that none are
        recorded (so nobody mistakes a blank for "none")."""
        if facts is None or not facts.allergies:
            return self.tr("No allergies recorded.")
        text = self.tr("ALLERGIES: {0}").format(", ".join(facts.allergies))
        return f"{text} ({facts.reactions})" if facts.reactions else text

    def profile(self, p: HealthProfile | None, *, restricted: bool) -> list[FormField]:
        out = [
            FormField("allergies", self.tr("Allergies (comma between)"),
                      value=", ".join(p.allergies) if p else "",
                      hint=self.tr("e.g. penicillin, peanuts")),
            FormField("reactions", self.tr("Reactions, and what to do"), "long",
                      p.reactions if p else None),
            FormField("conditions", self.tr("Health conditions"), "long",
                      p.conditions if p else None),
            FormField("gp_contact", self.tr("Doctor or clinic, and how to reach them"),
                      value=p.gp_contact if p else None),
            FormField("immunisations", self.tr("Immunisations"), "long",
                      p.immunisations if p else None),
        ]
        out += [
            FormField("height_cm", self.tr("Height (cm)"), "number",
                      p.height_cm if p else None, maximum=250),
            FormField("weight_kg", self.tr("Weight (kg)"),
                      value=f"{p.weight_kg:g}" if p and p.weight_kg else None,
                      hint=self.tr("e.g. 41.5")),
        ]
        if restricted:  # only clinicians and managers see or set it
            out.append(FormField("pregnancy", self.tr("Pregnancy (restricted)"), "long",
                                 p.pregnancy if p else None))
        return out

    def prescription(self) -> list[FormField]:
        return [
            FormField("medicine", self.tr("Medicine")),
            FormField("dose", self.tr("Dose"), hint=self.tr("e.g. 500 mg, 1 tablet, 5 ml")),
            FormField("route", self.tr("How it is taken"), "choice", Route.ORAL.value,
                      options(Route)),
            FormField("form", self.tr("Form"), "choice", None, options(MedForm, none=True)),
            FormField("strength", self.tr("Strength"), hint=self.tr("e.g. 250 mg/5 ml")),
            FormField("substances", self.tr("Active substances (comma between)"),
                      hint=self.tr("checked against the allergies")),
            FormField("as_needed", self.tr("As needed"), "flag", False,
                      hint=self.tr("as needed (PRN), not at set times")),
            FormField("times", self.tr("Times of day"), hint=self.tr("e.g. 08:00, 20:00")),
            FormField("indication", self.tr("As needed: what for")),
            FormField("min_interval_min", self.tr("As needed: minutes at least between doses"),
                      "number", None, maximum=2880),
            FormField("max_per_day", self.tr("As needed: most doses in 24 hours"), "number",
                      None, maximum=24),
            FormField("prescriber", self.tr("Prescriber")),
            FormField("start_date", self.tr("Starts"), "date", clock.today()),
            FormField("end_date", self.tr("Ends"), "optional-date"),
            FormField("reason", self.tr("Why it was prescribed"), "long"),
            FormField("instructions", self.tr("Instructions"), "long"),
            FormField("controlled", self.tr("Controlled drug"), "flag", False,
                      hint=self.tr("every dose given needs a witness")),
            FormField("units_per_dose", self.tr("Units a dose takes from the stock"),
                      "number", None, maximum=100,
                      hint=self.tr("tablets, ml…; 1 when left empty")),
        ]

    def stock(self, p: Prescription) -> list[FormField]:
        out = [FormField("kind", self.tr("What"), "choice", StockKind.RECEIVED.value,
                         options(StockKind)),
               FormField("quantity", self.tr("How many units (tablets, ml)"), "number",
                         None, maximum=100_000),
               FormField("at", self.tr("When"), "datetime", clock.now()),
               FormField("batch", self.tr("Batch number"),
                         hint=self.tr("from the label; a return or disposal may name it")),
               FormField("expires_on", self.tr("Expires (stock received)"), "optional-date",
                         None)]
        if p.controlled:
            out.append(FormField("witness", self.tr("Witness (controlled drug)"), "choice",
                                 None, self.staff))
        return [*out, FormField("note", self.tr("Note"), "long")]

    def edit(self, p: Prescription) -> list[FormField]:
        """What changes when the prescriber changes the order (a new medicine is a new
        prescription: stop this one)."""
        out = [FormField("dose", self.tr("Dose"), value=p.dose)]
        if p.as_needed:
            out += [FormField("indication", self.tr("As needed: what for"),
                              value=p.indication),
                    FormField("min_interval_min",
                              self.tr("As needed: minutes at least between doses"), "number",
                              p.min_interval_min, maximum=2880),
                    FormField("max_per_day", self.tr("As needed: most doses in 24 hours"),
                              "number", p.max_per_day, maximum=24)]
        else:
            out.append(FormField("times", self.tr("Times of day"), value=", ".join(p.times)))
        return [*out,
                FormField("substances", self.tr("Active substances (comma between)"),
                          value=", ".join(p.substances)),
                FormField("end_date", self.tr("Ends"), "optional-date", p.end_date),
                FormField("instructions", self.tr("Instructions"), "long", p.instructions),
                FormField("units_per_dose", self.tr("Units a dose takes from the stock"),
                          "number", p.units_per_dose, maximum=100)]

    def stock_fix(self, e: StockEntry) -> list[FormField]:
        return [FormField("why", self.tr("Why it is corrected"), "long"),
                FormField("kind", self.tr("What"), "choice", e.kind.value,
                          options(StockKind)),
                FormField("quantity", self.tr("How many units (tablets, ml)"), "number",
                          e.quantity, maximum=100_000),
                FormField("note", self.tr("Note"), "long", e.note)]

    def stop(self) -> list[FormField]:
        return [FormField("reason", self.tr("Why it is stopped"), "long"),
                FormField("on", self.tr("First day without it"), "date", clock.today())]

    def dose(self, p: Prescription, due: list[DueDose],
             chosen: datetime | None = None) -> list[FormField]:
        """A dose of `p`; `due`: its scheduled doses not yet recorded (one to choose)."""
        out = [FormField("outcome", self.tr("What happened"), "choice",
                         DoseOutcome.GIVEN.value, options(DoseOutcome))]
        if not p.as_needed:
            slots = [(f"{formats.day_time(d.due_at)} ({word(d.state)})", d.due_at.isoformat())
                     for d in due if d.prescription.id == p.id]
            ready = [d.due_at.isoformat() for d in due
                     if d.prescription.id == p.id and d.state != "later"]
            first = chosen.isoformat() if chosen else next(
                iter(ready or [s[1] for s in slots]), None)
            out.append(FormField("due_at", self.tr("Scheduled dose"), "choice", first,
                                 slots or [("–", None)]))
        out += [
            FormField("at", self.tr("When"), "datetime", clock.now()),
            FormField("dose_given", self.tr("Dose given"), value=p.dose),
        ]
        if p.controlled:
            out.append(FormField("witness", self.tr("Witness (controlled drug)"), "choice",
                                 None, self.staff))
        out += [FormField("reason", self.tr("What it was needed for") if p.as_needed
                          else self.tr("Why not given (if not given)")),
                FormField("note", self.tr("Note"), "long")]
        return out

    def amend(self, d: DoseRecord, *, as_needed: bool = False) -> list[FormField]:
        """A correction; for an as-needed dose, also how it helped (checked later)."""
        out = [
            FormField("why", self.tr("Why it is corrected"), "long"),
            FormField("outcome", self.tr("What happened"), "choice", d.outcome.value,
                      options(DoseOutcome)),
            FormField("at", self.tr("When"), "datetime", d.at),
            FormField("note", self.tr("Note"), "long", d.note),
        ]
        if as_needed:
            out.append(FormField("effect", self.tr("How it helped (checked later)"), "long",
                                 d.effect))
        return out
