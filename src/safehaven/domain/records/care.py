"""A young person's care pathway: who they are, the stages they move through, needs,
daily check-ins, notes, referrals, consents, trusted adults and follow-ups after leaving."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import (
    CareStage,
    ConsentGiver,
    Destination,
    FeelsSafe,
    Level,
    NeedCategory,
    NeedStatus,
    NoteKind,
    Occupation,
    Priority,
    ReferralKind,
    ReferralStatus,
    RiskFlag,
    RiskIndicator,
    RiskLevel,
    Shift,
    VettingMethod,
    VettingStatus,
)


@dataclass(frozen=True, slots=True)
class Resident:
    id: str
    site_id: str
    preferred_name: str
    intake_date: date
    stage: CareStage = CareStage.IDENTIFICATION
    legal_name: str | None = None  # restricted: managers and clinicians only
    date_of_birth: date | None = None
    age_estimate: int | None = None  # years, when the date of birth is unknown
    age_estimated_on: date | None = None
    gender: str | None = None
    pronouns: str | None = None
    languages: tuple[str, ...] = ()
    interpreter_needed: bool = False
    cultural_notes: str | None = None
    referral_source: str | None = None
    key_worker_id: str | None = None
    discharge_date: date | None = None
    deleted: bool = False
    interpreter_language: str | None = None  # which language, when one is needed
    dietary_needs: str | None = None


@dataclass(frozen=True, slots=True)
class StageChange:
    """Append-only: every move between care stages, with who, when and why."""

    id: str
    site_id: str
    resident_id: str
    from_stage: CareStage | None
    to_stage: CareStage
    changed_on: date
    reason: str
    staff_id: str
    destination: Destination | None = None  # where the young person goes on reintegration


@dataclass(frozen=True, slots=True)
class Need:
    id: str
    site_id: str
    resident_id: str
    category: NeedCategory
    priority: Priority
    status: NeedStatus
    opened_on: date
    owner_id: str | None = None
    due_date: date | None = None
    closed_on: date | None = None
    notes: str | None = None  # what the need is about
    deleted: bool = False
    close_note: str | None = None  # how it was met, or why it does not apply


@dataclass(frozen=True, slots=True)
class CheckIn:
    """Append-only; a correction is a new check-in whose `amends_id` names the old one."""

    id: str
    site_id: str
    resident_id: str
    date: date
    shift: Shift
    mood: int  # 1 (very low) .. 5 (very good), shown as faces
    staff_id: str
    sleep: Level | None = None
    appetite: Level | None = None
    feels_safe: FeelsSafe | None = None
    engagement: Level | None = None
    incidents: str | None = None
    flags: tuple[RiskFlag, ...] = ()
    note: str | None = None
    amends_id: str | None = None
    amend_reason: str | None = None
    # a void names the check-in it takes back (wrong child, recorded in error), with the
    # reason in `amend_reason`: kept in the history, counted nowhere
    voided: bool = False


@dataclass(frozen=True, slots=True)
class CaseNote:
    """Append-only; an amendment is a new note whose `amends_id` names the one it corrects."""

    id: str
    site_id: str
    resident_id: str
    kind: NoteKind
    body: str
    staff_id: str
    written_at: datetime
    session_id: str | None = None
    for_manager: bool = False
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Referral:
    id: str
    site_id: str
    resident_id: str
    kind: ReferralKind
    to_organisation: str
    status: ReferralStatus
    made_on: date
    notes: str | None = None
    deleted: bool = False
    contact_person: str | None = None  # at the receiving service
    accompanied_by: str | None = None  # who went with the young person to the hand-off
    received_by: str | None = None  # who received them there
    handoff_on: date | None = None


@dataclass(frozen=True, slots=True)
class Consent:
    """Guardian consent and the child's own assent, for one purpose, time-limited, revocable."""

    id: str
    site_id: str
    resident_id: str
    purpose: str
    granted_on: date
    expires_on: date
    guardian_name: str | None = None
    guardian_consent: bool = False
    child_assent: bool = False
    referral_id: str | None = None
    revoked_on: date | None = None
    recorded_by: str | None = None
    deleted: bool = False
    given_by: ConsentGiver | None = None  # `guardian_name` names the person or agency
    shared_with: str | None = None  # the named service, for information sharing
    revoke_reason: str | None = None

    def active_on(self, day: date) -> bool:
        """Consent given (by the young person, or by a guardian with the child's assent),
        in date and not revoked."""
        assented = self.child_assent or self.given_by is ConsentGiver.YOUNG_PERSON
        return (
            not self.deleted and self.guardian_consent and assented
            and self.granted_on <= day <= self.expires_on
            and (self.revoked_on is None or day < self.revoked_on)
        )


@dataclass(frozen=True, slots=True)
class TrustedAdult:
    """A warm hand-off goes only to an adult whose vetting is recorded as done."""

    id: str
    site_id: str
    resident_id: str
    name: str
    relationship: str
    phone: str | None = None
    vetting_status: VettingStatus = VettingStatus.NOT_VETTED
    vetted_by: str | None = None
    vetted_on: date | None = None
    vetting_method: str | None = None  # free text of records made before `vetting_methods`
    vetting_notes: str | None = None
    deleted: bool = False
    vetting_methods: tuple[VettingMethod, ...] = ()


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A scheduled contact after reintegration, with a re-trafficking risk check."""

    id: str
    site_id: str
    resident_id: str
    due_date: date
    done_on: date | None = None
    method: str | None = None  # a ContactMethod value (older records: free text)
    risk_level: RiskLevel | None = None
    notes: str | None = None
    done_by: str | None = None
    deleted: bool = False
    contacted: str | None = None  # who was spoken to: the young person, a carer, a teacher
    wellbeing: Level | None = None
    occupation: Occupation | None = None
    risk_indicators: tuple[RiskIndicator, ...] = ()
