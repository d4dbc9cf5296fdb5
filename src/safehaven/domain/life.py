"""A child's life beyond therapy (issue 31): the trafficking profile, the legal case and its
hearings, school and training, the child's own voice (goals, wishes, complaints) and case
reviews. Vocabularies and records as plain data; no I/O.

Restricted fields (sealed for clinicians and managers, `domain/write_rules.RESTRICTED`) are
text, so they can be sealed whole: several forms of exploitation are kept as one text of
codes separated by commas (`exploitation_forms` reads them back).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ExploitationForm(StrEnum):
    """Forms of exploitation, as funders' data guides count them (several may apply)."""

    SEXUAL = "sexual"
    LABOUR = "labour"
    CRIMINAL = "criminal"  # forced criminality: drug running, theft, cannabis farms
    DOMESTIC = "domestic-servitude"
    FORCED_MARRIAGE = "forced-marriage"
    OTHER = "other"


class LegalCaseKind(StrEnum):
    POLICE = "police-investigation"
    PROSECUTION = "prosecution"
    IMMIGRATION = "immigration"
    FAMILY_COURT = "family-court"
    COMPENSATION = "compensation"
    OTHER = "other"


class LegalStatus(StrEnum):
    OPEN = "open"
    ON_HOLD = "on-hold"
    CLOSED = "closed"


class HearingKind(StrEnum):
    """Hearings and appointments a child is taken to."""

    COURT = "court-hearing"
    POLICE_INTERVIEW = "police-interview"
    LAWYER = "lawyer-meeting"
    IMMIGRATION_INTERVIEW = "immigration-interview"
    OTHER = "other-appointment"


class HearingStatus(StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class DecisionKind(StrEnum):
    """Identification and status decisions: the UK's National Referral Mechanism, the US
    T visa, continued presence and the child eligibility letter, and the common others."""

    NRM_REASONABLE = "nrm-reasonable-grounds"
    NRM_CONCLUSIVE = "nrm-conclusive-grounds"
    T_VISA = "t-visa"
    CONTINUED_PRESENCE = "continued-presence"
    ELIGIBILITY_LETTER = "eligibility-letter"
    RESIDENCE_PERMIT = "residence-permit"
    ASYLUM = "asylum"
    OTHER = "other-decision"

    @property
    def preliminary(self) -> bool:
        """A first-stage decision that a later one confirms (funders count them apart)."""
        return self in (DecisionKind.NRM_REASONABLE, DecisionKind.CONTINUED_PRESENCE)


@dataclass(frozen=True, slots=True)
class DecisionChoice:
    """A kind of decision a house records: a shipped DecisionKind by its code, or the
    house's own in its words, and whether it is a first-stage decision a later one confirms
    (the funder summary counts "positive first-stage decision only" apart)."""

    name: str
    first_stage: bool


SHIPPED_DECISIONS = tuple(DecisionChoice(k.value, k.preliminary) for k in DecisionKind)


def first_stage(kind: str, choices: tuple[DecisionChoice, ...] | list[DecisionChoice]
                ) -> bool:
    """Whether a decision of this kind is first-stage: a shipped kind always as shipped; a
    house's own as its list says (one no longer listed counts as final)."""
    try:
        return DecisionKind(kind).preliminary
    except ValueError:
        return any(c.first_stage for c in choices if c.name == kind)


class DecisionOutcome(StrEnum):
    PENDING = "pending"
    POSITIVE = "positive"
    NEGATIVE = "negative"
    WITHDRAWN = "withdrawn"


class PlacementKind(StrEnum):
    SCHOOL = "school"
    CLASS = "class"  # a language class, a course
    TUTORING = "tutoring"
    VOCATIONAL = "vocational"
    APPRENTICESHIP = "apprenticeship"


class SchoolEventKind(StrEnum):
    EXCLUSION = "exclusion"
    ACHIEVEMENT = "achievement"
    QUALIFICATION = "qualification"


class GoalStatus(StrEnum):
    WORKING_ON = "working-on"
    ACHIEVED = "achieved"
    SET_ASIDE = "set-aside"  # the young person chose another goal, or let it go


class ComplaintOutcome(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly-upheld"
    NOT_UPHELD = "not-upheld"
    WITHDRAWN = "withdrawn"


def exploitation_forms(text: str | None) -> tuple[ExploitationForm, ...]:
    """The forms kept in a profile's text of codes (unknown codes left out)."""
    known = {str(f) for f in ExploitationForm}
    got = {x.strip() for x in (text or "").split(",")} & known
    return tuple(f for f in ExploitationForm if str(f) in got)


@dataclass(frozen=True, slots=True)
class TraffickingProfile:
    """What funders and the statutory guidance ask about a child's trafficking, one per
    child. Staff see where the child comes from and who the guardian is; how they were
    exploited and identified, and their immigration status, only clinicians and managers."""

    id: str
    site_id: str
    resident_id: str
    updated_by: str
    updated_on: date
    exploitation: str | None = None  # restricted: codes of ExploitationForm, commas
    country_of_origin: str | None = None
    citizenship: str | None = None
    exploitation_countries: str | None = None  # restricted
    exploitation_period: str | None = None  # restricted: "2024 to March 2026"
    identified_how: str | None = None  # restricted
    identified_by: str | None = None  # restricted
    immigration_status: str | None = None  # restricted
    guardian: str | None = None  # guardian or advocate (an ICTG in England and Wales)
    guardian_contact: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class IdentificationDecision:
    """A decision that the child is a victim of trafficking, or about their status."""

    id: str
    site_id: str
    resident_id: str
    kind: str  # a DecisionKind's code, or a kind the house added in its own words
    outcome: DecisionOutcome
    recorded_by: str
    applied_on: date | None = None
    decided_on: date | None = None
    reference: str | None = None  # restricted
    note: str | None = None  # restricted
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class LegalCase:
    """A case the child is part of. Staff see that it exists (its kind and status) and its
    hearings; the reference, lawyer, special measures and outcome are sealed."""

    id: str
    site_id: str
    resident_id: str
    kind: LegalCaseKind
    opened_on: date
    recorded_by: str
    status: LegalStatus = LegalStatus.OPEN
    reference: str | None = None  # restricted
    lawyer: str | None = None  # restricted: the lawyer or advocate, and how to reach them
    special_measures: str | None = None  # restricted: screens, video link, intermediary
    outcome: str | None = None  # restricted
    notes: str | None = None  # restricted
    closed_on: date | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Hearing:
    """A hearing or appointment: when, where, and who goes with the child."""

    id: str
    site_id: str
    resident_id: str
    case_id: str
    at: datetime
    kind: HearingKind
    place: str
    recorded_by: str
    duration_min: int = 120
    accompanied_by: str | None = None  # any care role may change who goes, and transport
    transport: str | None = None
    status: HearingStatus = HearingStatus.SCHEDULED
    note: str | None = None  # restricted: what it is about, how to prepare
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class EducationPlacement:
    id: str
    site_id: str
    resident_id: str
    kind: PlacementKind
    provider: str  # the school, college or employer
    start_date: date
    recorded_by: str
    course: str | None = None  # the class, year group or trade
    provider_contact: str | None = None
    designated_teacher: str | None = None  # or the tutor, the training officer
    end_date: date | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class SchoolWeek:
    """Attendance at one placement in one week (Monday), counted in sessions: one a line
    per child in the weekly report."""

    id: str
    site_id: str
    resident_id: str
    placement_id: str
    week_start: date
    expected: int
    attended: int
    recorded_by: str
    note: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class SchoolEvent:
    """An exclusion, an achievement or a qualification. Append-only."""

    id: str
    site_id: str
    resident_id: str
    placement_id: str
    kind: SchoolEventKind
    happened_on: date
    detail: str
    staff_id: str
    days: int | None = None  # an exclusion's length
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ChildGoal:
    """A goal in the young person's own words, kept with the therapy plan and reviewed with
    it."""

    id: str
    site_id: str
    resident_id: str
    words: str
    set_on: date
    recorded_by: str
    plan_id: str | None = None
    status: GoalStatus = GoalStatus.WORKING_ON
    reviewed_on: date | None = None
    progress: str | None = None  # how the young person says it is going
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Wish:
    """Wishes and feelings, in the young person's words (at a review or any day).
    Append-only."""

    id: str
    site_id: str
    resident_id: str
    said_on: date
    words: str
    staff_id: str
    topic: str | None = None  # family, school, where to live…
    review_id: str | None = None
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Complaint:
    """A complaint by the young person, written by whoever they told. It may be about staff,
    so a manager answers it and how it was looked into and answered are sealed."""

    id: str
    site_id: str
    resident_id: str
    made_on: date
    details: str  # in the young person's words
    received_by: str
    handling: str | None = None  # restricted: what was done to look into it
    answer: str | None = None  # restricted: what the young person was told
    outcome: ComplaintOutcome | None = None
    answered_on: date | None = None
    answered_by: str | None = None
    child_satisfied: str | None = None  # yes, somewhat, no: the young person's view
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class CaseReview:
    """A review of the whole plan with the young person: who took part, what was decided,
    when the next one is."""

    id: str
    site_id: str
    resident_id: str
    held_on: date
    chaired_by: str
    participants: str
    decisions: str
    child_took_part: bool = True
    next_review: date | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class HouseSetting:
    """A house-wide setting a manager sets (synced): how many days a complaint may wait,
    how many weeks between reviews. One row per setting, its id made from its name."""

    id: str
    site_id: str
    name: str
    value: str
    updated_by: str
    updated_on: date
