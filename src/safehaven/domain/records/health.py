"""Health: a resident's profile, prescriptions, each dose given or not, and the medicine
stock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import (
    DoseOutcome,
    MedForm,
    Route,
    StockKind,
)


@dataclass(frozen=True, slots=True)
class HealthProfile:
    """What everyone who cares for the child must know to keep them safe (allergies first),
    kept by clinicians and managers. `pregnancy` is sealed like a clinical note."""

    id: str
    site_id: str
    resident_id: str
    allergies: tuple[str, ...] = ()  # substances, as a prescription lists them
    reactions: str | None = None  # what happens, and what to do
    conditions: str | None = None
    gp_contact: str | None = None  # doctor or clinic, and how to reach them
    immunisations: str | None = None
    pregnancy: str | None = None  # restricted
    updated_by: str | None = None
    updated_on: date | None = None
    deleted: bool = False
    height_cm: int | None = None  # when taken (`measured_on`)
    weight_kg: float | None = None
    measured_on: date | None = None


@dataclass(frozen=True, slots=True)
class Prescription:
    """A medicine as the prescriber ordered it: at set times each day (`times`, "HH:MM"),
    or as needed (`as_needed`) for an indication, no sooner than `min_interval_min` after
    the last dose and at most `max_per_day` doses in any 24 hours."""

    id: str
    site_id: str
    resident_id: str
    medicine: str
    dose: str  # as ordered: "500 mg", "1 tablet", "5 ml"
    route: Route
    start_date: date
    prescriber: str
    recorded_by: str
    form: MedForm | None = None
    strength: str | None = None
    substances: tuple[str, ...] = ()  # active substances, checked against allergies
    times: tuple[str, ...] = ()
    as_needed: bool = False
    indication: str | None = None  # what an as-needed dose is for
    min_interval_min: int | None = None
    max_per_day: int | None = None
    end_date: date | None = None
    reason: str | None = None  # why it was prescribed
    instructions: str | None = None
    controlled: bool = False  # a controlled drug: every dose given needs a witness
    units_per_dose: int | None = None  # tablets, ml…: what a dose takes from the stock
    stopped_on: date | None = None
    stop_reason: str | None = None
    deleted: bool = False

    def active_on(self, day: date) -> bool:
        return (not self.deleted and self.start_date <= day
                and (self.end_date is None or day <= self.end_date)
                and (self.stopped_on is None or day < self.stopped_on))


@dataclass(frozen=True, slots=True)
class DoseRecord:
    """One line of the medication administration record. Append-only: a correction is a
    new record whose `amends_id` names the one it corrects."""

    id: str
    site_id: str
    resident_id: str
    prescription_id: str
    outcome: DoseOutcome
    at: datetime  # when it was given (or found refused, missed…)
    given_by: str  # the staff member recording it
    due_at: datetime | None = None  # the scheduled dose it answers; None as needed
    dose_given: str | None = None
    witness: str | None = None  # staff id: required for a controlled drug given
    reason: str | None = None  # why as needed, or why not given
    note: str | None = None
    amends_id: str | None = None
    amend_reason: str | None = None
    effect: str | None = None  # as needed: how it helped, checked later (by amendment)


@dataclass(frozen=True, slots=True)
class StockEntry:
    """Stock received, returned, disposed of, or counted, for one prescription, in units
    (tablets, ml). Append-only: a correction names the entry it corrects."""

    id: str
    site_id: str
    resident_id: str
    prescription_id: str
    kind: StockKind
    quantity: int
    at: datetime
    recorded_by: str
    witness: str | None = None
    note: str | None = None
    amends_id: str | None = None
    amend_reason: str | None = None
    batch: str | None = None  # a receipt's batch number, from the pharmacy's label
    expires_on: date | None = None  # a receipt's expiry date
