"""The fields of each care-record form, filled from the record when it is being corrected.

Field names are the services' argument names, so a refusal lands beside its field.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject

from safehaven import clock
from safehaven.domain.models import (
    Consent,
    FollowUp,
    Incident,
    Need,
    Referral,
    Resident,
    SafetyPlan,
    TherapyPlan,
    TrustedAdult,
)
from safehaven.domain.vocab import (
    CareStage,
    ConsentGiver,
    ConsentPurpose,
    ContactMethod,
    Destination,
    Frequency,
    IncidentKind,
    Level,
    Modality,
    NeedCategory,
    NeedStatus,
    Notified,
    Occupation,
    Priority,
    ReferralKind,
    ReferralStatus,
    RiskIndicator,
    RiskLevel,
    VettingMethod,
    VettingStatus,
)
from safehaven.services import residents
from safehaven.ui.record_form import FormField
from safehaven.ui.words import word


def options(values: Iterable[Enum], *, none: bool = False) -> list[tuple[str, Any]]:
    """A vocabulary as (words, value) pairs for a choice, with a dash first when optional."""
    pairs: list[tuple[str, Any]] = [(word(v), v.value) for v in values]
    return [("–", None), *pairs] if none else pairs


def _value(record: Any, name: str, default: Any = None) -> Any:
    found = getattr(record, name, default) if record is not None else default
    return found.value if isinstance(found, Enum) else found


class CareForms(QObject):
    """Builds field lists; a QObject only so that its labels go through Qt's translator."""

    def __init__(self, staff_names: dict[str, str], today: date) -> None:
        super().__init__()
        self.staff = [("–", None), *sorted(((n, i) for i, n in staff_names.items()),
                                           key=lambda p: p[0].casefold())]
        self.today = today

    def profile(self, r: Resident, *, restricted: bool) -> list[FormField]:
        out = [FormField("preferred_name", self.tr("Preferred name"), value=r.preferred_name)]
        if restricted:  # only clinicians and managers see or set it
            out.append(FormField("legal_name", self.tr("Legal name (restricted)"),
                                 value=r.legal_name))
        out += [
            FormField("date_of_birth", self.tr("Date of birth"), "optional-date",
                      r.date_of_birth),
            FormField("age_estimate", self.tr("Estimated age (when the date is unknown)"),
                      "number", r.age_estimate, maximum=30),
            FormField("gender", self.tr("Gender"), value=r.gender),
            FormField("pronouns", self.tr("Pronouns"), value=r.pronouns,
                      hint=self.tr("e.g. she/her, he/him, they/them")),
            FormField("languages", self.tr("Languages (comma between)"),
                      value=", ".join(r.languages)),
            FormField("interpreter_needed", self.tr("Interpreter"), "flag",
                      r.interpreter_needed, hint=self.tr("needs an interpreter")),
            FormField("interpreter_language", self.tr("Interpreter's language"),
                      value=r.interpreter_language),
            FormField("cultural_notes", self.tr("Cultural and faith notes"), "long",
                      r.cultural_notes),
            FormField("dietary_needs", self.tr("Dietary needs"), "long", r.dietary_needs),
            FormField("key_worker_id", self.tr("Key worker"), "choice", r.key_worker_id,
                      self.staff),
        ]
        return out

    def move(self, r: Resident, next_stage: CareStage) -> list[FormField]:
        stages = [s for s in CareStage if s is not r.stage]
        skipping = tuple(s.value for s in stages if residents.skipped(r.stage, s))
        return [
            FormField("to_stage", self.tr("New stage"), "choice", next_stage.value,
                      options(stages)),
            FormField("reason", self.tr("Why?"), "long"),
            # asked only when the move passes over a stage (the services refuse it without)
            FormField("skip_reason", self.tr("Why does it skip a stage?"), "long",
                      show_if=("to_stage", skipping)),
            FormField("on", self.tr("Date"), "date", self.today),
            FormField("destination", self.tr("Where the young person goes"), "choice",
                      None, options(Destination, none=True),
                      show_if=("to_stage", (CareStage.REINTEGRATION.value,))),
        ]

    def need(self, n: Need | None) -> list[FormField]:
        return [
            FormField("category", self.tr("Need"), "choice", _value(n, "category"),
                      options(NeedCategory)),
            FormField("priority", self.tr("Priority"), "choice",
                      _value(n, "priority", Priority.MEDIUM), options(Priority)),
            FormField("owner_id", self.tr("Owner"), "choice", _value(n, "owner_id"), self.staff),
            FormField("due_date", self.tr("Due"), "optional-date", _value(n, "due_date")),
            FormField("notes", self.tr("Description"), "long", _value(n, "notes")),
        ]

    def close_need(self, status: NeedStatus) -> list[FormField]:
        return [FormField("status", self.tr("Status"), "choice", status.value,
                          options([NeedStatus.MET, NeedStatus.NOT_APPLICABLE])),
                FormField("note", self.tr("How it was met, or why it does not apply"), "long")]

    def plan(self, p: TherapyPlan | None) -> list[FormField]:
        return [
            FormField("modality", self.tr("Therapy"), "choice", _value(p, "modality"),
                      options(Modality)),
            FormField("provider", self.tr("Provider"), value=_value(p, "provider")),
            FormField("place", self.tr("Place"), value=_value(p, "place")),
            FormField("frequency", self.tr("Frequency"), "choice",
                      _value(p, "frequency", Frequency.WEEKLY), options(Frequency)),
            FormField("session_cap", self.tr("Funded sessions (cap)"), "number",
                      _value(p, "session_cap")),
            FormField("funding_source", self.tr("Funded by"), value=_value(p, "funding_source")),
            FormField("start_date", self.tr("Starts"), "date", _value(p, "start_date",
                                                                      self.today)),
            FormField("end_date", self.tr("Planned end"), "optional-date",
                      _value(p, "end_date")),
            FormField("goals", self.tr("Goals"), "long", _value(p, "goals")),
            FormField("interpreter", self.tr("Interpreter"), value=_value(p, "interpreter"),
                      hint=self.tr("language or name, if one joins the sessions")),
        ]

    def close_plan(self) -> list[FormField]:
        return [FormField("reason", self.tr("Why is the plan ending?"), "long"),
                FormField("on", self.tr("Date"), "date", self.today)]

    def book(self, plans: list[tuple[str, str]], when: datetime | None = None
             ) -> list[FormField]:
        start = when or datetime.combine(self.today + timedelta(days=1), time(10))
        return [
            FormField("plan_id", self.tr("Therapy plan"), "choice", None, plans),
            FormField("at", self.tr("When"), "datetime", start),
            FormField("duration_min", self.tr("Minutes"), "number", 50, minimum=10,
                      maximum=480),
            FormField("place", self.tr("Place (if not the plan's)")),
        ]

    def consent(self, c: Consent | None) -> list[FormField]:
        return [
            FormField("purpose", self.tr("Purpose"), "choice",
                      _value(c, "purpose", ConsentPurpose.THERAPY), options(ConsentPurpose)),
            FormField("shared_with", self.tr("Shared with (service)"),
                      value=_value(c, "shared_with"),
                      show_if=("purpose", (ConsentPurpose.INFORMATION_SHARING.value,))),
            FormField("given_by", self.tr("Consent given by"), "choice",
                      _value(c, "given_by", ConsentGiver.GUARDIAN), options(ConsentGiver)),
            FormField("guardian_name", self.tr("Name of guardian or agency"),
                      value=_value(c, "guardian_name")),
            FormField("guardian_consent", self.tr("Consent"), "flag",
                      _value(c, "guardian_consent", True), hint=self.tr("consent was given")),
            FormField("child_assent", self.tr("The young person's assent"), "flag",
                      _value(c, "child_assent", False),
                      hint=self.tr("they agreed in their own words")),
            FormField("granted_on", self.tr("Given on"), "date",
                      _value(c, "granted_on", self.today)),
            FormField("expires_on", self.tr("Expires on"), "date",
                      _value(c, "expires_on", self.today + timedelta(days=180))),
        ]

    def revoke(self) -> list[FormField]:
        return [FormField("on", self.tr("Withdrawn on"), "date", self.today),
                FormField("reason", self.tr("Why"), "long")]

    def adult(self, a: TrustedAdult | None) -> list[FormField]:
        return [FormField("name", self.tr("Name"), value=_value(a, "name")),
                FormField("relationship", self.tr("Relationship"),
                          value=_value(a, "relationship"), hint=self.tr("e.g. aunt, teacher")),
                FormField("phone", self.tr("Phone or other contact"), value=_value(a, "phone"))]

    def vetting(self, a: TrustedAdult, me: str | None) -> list[FormField]:
        return [
            FormField("status", self.tr("Vetting"), "choice", VettingStatus.VETTED.value,
                      options(VettingStatus)),
            FormField("methods", self.tr("How they were checked"), "many",
                      a.vetting_methods, options(VettingMethod)),
            FormField("on", self.tr("When"), "date", self.today),
            FormField("checked_by", self.tr("Checked by"), "choice", me, self.staff[1:]),
            FormField("notes", self.tr("Notes"), "long", a.vetting_notes),
        ]

    def referral(self, r: Referral | None) -> list[FormField]:
        out = [
            FormField("kind", self.tr("Kind"), "choice", _value(r, "kind"),
                      options(ReferralKind)),
            FormField("to_organisation", self.tr("Receiving service"),
                      value=_value(r, "to_organisation")),
            FormField("contact_person", self.tr("Contact person there"),
                      value=_value(r, "contact_person")),
            FormField("status", self.tr("Status"), "choice",
                      _value(r, "status", ReferralStatus.SENT), options(ReferralStatus)),
            FormField("notes", self.tr("Notes"), "long", _value(r, "notes")),
        ]
        if r is None:
            out.insert(3, FormField("made_on", self.tr("Referred on"), "date", self.today))
            return out
        return [
            *out,
            FormField("handoff_on", self.tr("Hand-off on"), "optional-date", r.handoff_on),
            FormField("accompanied_by", self.tr("Accompanied by"), value=r.accompanied_by),
            FormField("received_by", self.tr("Received by"), value=r.received_by),
        ]

    def incident(self, draft: dict[str, Any]) -> list[FormField]:
        missing = (IncidentKind.MISSING.value,)
        now = clock.now().replace(second=0, microsecond=0)
        return [
            FormField("kind", self.tr("What happened"), "choice",
                      str(draft.get("kind", IncidentKind.OTHER)), options(IncidentKind)),
            FormField("occurred_at", self.tr("When"), "datetime",
                      draft.get("occurred_at") or now),
            FormField("description", self.tr("What happened, in plain words"), "long",
                      draft.get("description")),
            FormField("actions", self.tr("What was done at once"), "long"),
            FormField("notified", self.tr("Who was told"), "many", (),
                      options(Notified)),
            FormField("notified_at", self.tr("Told at"), "datetime", now),
            FormField("police_reference", self.tr("Police reference"),
                      show_if=("kind", missing)),
            FormField("last_seen_at", self.tr("Last seen at"), "datetime", now,
                      show_if=("kind", missing)),
            FormField("last_seen_place", self.tr("Last seen where"),
                      show_if=("kind", missing)),
            FormField("appearance", self.tr("Clothing and appearance (for the police)"),
                      "long", show_if=("kind", missing)),
        ]

    def missing_return(self, i: Incident) -> list[FormField]:
        now = clock.now().replace(second=0, microsecond=0)
        return [
            FormField("returned_at", self.tr("Back at"), "datetime", i.returned_at or now),
            FormField("how", self.tr("How they came back"), value=i.return_how,
                      hint=self.tr("alone, brought by police, found by staff…")),
            FormField("whereabouts", self.tr("Where they were, and with whom"), "long",
                      i.whereabouts, hint=self.tr(
                          "Sealed: only clinicians and managers read it. Left empty, what "
                          "was written is kept.")),
            FormField("injuries", self.tr("Injuries seen"), "long", i.return_injuries),
            FormField("police_reference", self.tr("Police reference"),
                      value=i.police_reference),
        ]

    def return_interview(self, i: Incident) -> list[FormField]:
        now = clock.now().replace(second=0, microsecond=0)
        return [
            FormField("held_at", self.tr("Held at"), "datetime", i.interview_at or now),
            FormField("held_by", self.tr("Held by"), value=i.interview_by,
                      hint=self.tr("ideally someone independent of the house")),
            FormField("summary", self.tr("What was said, and the actions that follow"),
                      "long", i.interview_summary, hint=self.tr(
                          "Sealed: only clinicians and managers read it. Left empty, what "
                          "was written is kept.")),
        ]

    def safety_plan(self, p: SafetyPlan | None) -> list[FormField]:
        return [
            FormField("warning_signs", self.tr("Warning signs: what tells of a crisis"), "long",
                      _value(p, "warning_signs")),
            FormField("coping", self.tr("What helps: coping strategies"), "long",
                      _value(p, "coping")),
            FormField("safe_people_places", self.tr("Safe people and places"), "long",
                      _value(p, "safe_people_places")),
            FormField("avoid", self.tr("People and places to avoid"), "long",
                      _value(p, "avoid")),
            FormField("contacts", self.tr("Whom to call"), "long", _value(p, "contacts")),
            # an edit keeps the last review's dates: opening the plan is not a review
            FormField("reviewed_on", self.tr("Reviewed with the young person on"), "date",
                      p.reviewed_on if p else self.today),
            FormField("review_due", self.tr("Next review"), "date",
                      p.review_due if p else self.today + timedelta(days=30)),
        ]

    def close_incident(self) -> list[FormField]:
        return [FormField("outcome", self.tr("Outcome: what was done and what follows"),
                          "long")]

    def plan_follow_ups(self, first: date) -> list[FormField]:
        return [FormField("first_due", self.tr("First contact due"), "date", first),
                FormField("count", self.tr("How many contacts"), "number", 12, minimum=1,
                          maximum=24),
                FormField("every_months", self.tr("Every how many months"), "number", 1,
                          minimum=1, maximum=12)]

    def contact(self, f: FollowUp) -> list[FormField]:
        return [
            FormField("done_on", self.tr("Date of contact"), "date", f.done_on or self.today),
            FormField("method", self.tr("How"), "choice", _value(f, "method"),
                      options(ContactMethod)),
            FormField("contacted", self.tr("Spoke with"), value=f.contacted,
                      hint=self.tr("the young person, a carer, a teacher…")),
            FormField("wellbeing", self.tr("Wellbeing"), "choice", _value(f, "wellbeing"),
                      options(Level, none=True)),
            FormField("occupation", self.tr("School or work"), "choice",
                      _value(f, "occupation"), options(Occupation, none=True)),
            FormField("risk_indicators", self.tr("Risk signs"), "many", f.risk_indicators,
                      options(RiskIndicator)),
            FormField("risk_level", self.tr("Re-trafficking risk"), "choice",
                      _value(f, "risk_level", RiskLevel.LOW), options(RiskLevel)),
            FormField("notes", self.tr("Notes"), "long", f.notes),
        ]
