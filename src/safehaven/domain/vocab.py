"""Controlled vocabularies from the care pathway. Values are stored as these strings."""

from __future__ import annotations

from enum import StrEnum


class CareStage(StrEnum):
    IDENTIFICATION = "identification"
    STABILIZATION = "stabilization"
    RECOVERY = "recovery"
    REINTEGRATION = "reintegration"
    FOLLOW_UP = "follow-up"

    @property
    def in_house(self) -> bool:
        """Residents in these stages live in the house and need a daily check-in."""
        return self is not CareStage.FOLLOW_UP


class NeedCategory(StrEnum):
    SAFE_HOUSING = "safe-housing"
    MEDICAL = "medical"
    CRISIS_COUNSELLING = "crisis-counselling"
    LEGAL_STATUS = "legal-immigration"
    IDENTITY_DOCUMENTS = "identity-documents"
    EDUCATION = "education"
    FAMILY_TRACING = "family-tracing"
    CLOTHING_BASICS = "clothing-basics"
    INTERPRETER = "interpreter"
    OTHER = "other"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in-progress"
    MET = "met"
    NOT_APPLICABLE = "not-applicable"

    @property
    def is_open(self) -> bool:
        return self in (NeedStatus.OPEN, NeedStatus.IN_PROGRESS)


class Shift(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    NIGHT = "night"


class Level(StrEnum):
    """Sleep, appetite and engagement: a quick three-way toggle on the form."""

    GOOD = "good"
    FAIR = "fair"
    POOR = "poor"


class FeelsSafe(StrEnum):
    YES = "yes"
    SOMEWHAT = "somewhat"
    NO = "no"


class RiskFlag(StrEnum):
    SELF_HARM = "self-harm"
    RUNAWAY = "runaway"
    TRAFFICKER_CONTACT = "trafficker-contact"
    MEDICAL = "medical"
    SUBSTANCE_USE = "substance-use"


class Modality(StrEnum):
    TF_CBT = "tf-cbt"
    EMDR = "emdr"
    DBT = "dbt"
    FAMILY = "family-therapy"
    ART = "art"
    MUSIC = "music"
    PLAY = "play"
    DRAMA = "drama"
    YOGA = "yoga"
    EQUINE = "equine"
    PEER_GROUP = "peer-group"
    MENTORING = "mentoring"
    CRISIS_COUNSELLING = "crisis-counselling"
    OTHER = "other"


class Frequency(StrEnum):
    WEEKLY = "weekly"
    TWICE_WEEKLY = "twice-weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    AS_NEEDED = "as-needed"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    MISSED = "missed"
    CANCELLED_PROVIDER = "cancelled-provider"
    CANCELLED_RESIDENT = "cancelled-resident"
    RESCHEDULED = "rescheduled"

    @property
    def uses_cap(self) -> bool:
        """A funded session is used once it was attended or missed (the provider is paid)."""
        return self in (SessionStatus.ATTENDED, SessionStatus.MISSED)


class NoteKind(StrEnum):
    GENERAL = "general"
    CLINICAL = "clinical"  # restricted: clinicians and managers only
    HANDOFF = "handoff"


class ReferralKind(StrEnum):
    MEDICAL = "medical"
    LEGAL = "legal"
    EDUCATION = "education"
    VOCATIONAL = "vocational"
    HOUSING = "housing"
    PSYCHOSOCIAL = "psychosocial"
    OTHER = "other"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class VettingStatus(StrEnum):
    NOT_VETTED = "not-vetted"
    IN_PROGRESS = "in-progress"
    VETTED = "vetted"
    REJECTED = "rejected"


class VettingMethod(StrEnum):
    """How a trusted adult was checked before any contact or hand-off."""

    DOCUMENTS = "documents"
    HOME_VISIT = "home-visit"
    POLICE_CHECK = "police-check"
    AGENCY_CONFIRMATION = "agency-confirmation"


class ConsentPurpose(StrEnum):
    THERAPY = "therapy"
    MEDICAL = "medical"
    INFORMATION_SHARING = "information-sharing"  # with the service named in `shared_with`
    PHOTOGRAPHS = "photographs"
    RESEARCH = "research"
    OTHER = "other"


class ConsentGiver(StrEnum):
    """Who gave consent; the child's own assent is recorded separately."""

    GUARDIAN = "guardian"
    AGENCY = "agency"  # a guardian ad litem, child protection or the court
    YOUNG_PERSON = "young-person"  # of an age to consent for themselves


class Destination(StrEnum):
    """Where a young person goes on reintegration."""

    FAMILY = "family"
    KINSHIP = "kinship"
    FOSTER_CARE = "foster-care"
    INDEPENDENT_LIVING = "independent-living"
    OTHER_SERVICE = "other-service"


class RiskLevel(StrEnum):
    """Re-trafficking risk found at a follow-up contact."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskIndicator(StrEnum):
    """Signs of re-trafficking risk asked about at each follow-up contact."""

    TRAFFICKER_CONTACT = "trafficker-contact"
    UNEXPLAINED_MONEY = "unexplained-money"
    MISSING_SCHOOL_OR_WORK = "missing-school-or-work"
    UNSAFE_RELATIONSHIP = "unsafe-relationship"
    DEBT_OR_PRESSURE = "debt-or-pressure"
    SUBSTANCE_USE = "substance-use"
    PLACEMENT_BREAKDOWN = "placement-breakdown"


class Occupation(StrEnum):
    """School or work at a follow-up contact."""

    SCHOOL = "school"
    WORK = "work"
    TRAINING = "training"
    NEITHER = "neither"


class ContactMethod(StrEnum):
    IN_PERSON = "in-person"
    HOME_VISIT = "home-visit"
    PHONE = "phone"
    VIDEO = "video"
    THROUGH_AGENCY = "through-agency"


class Role(StrEnum):
    STAFF = "staff"
    CLINICIAN = "clinician"
    MANAGER = "manager"
    ADMIN = "admin"


class IncidentKind(StrEnum):
    SELF_HARM = "self-harm"
    MISSING = "missing"  # missing from care: its own quick record for the police
    RUNAWAY_RISK = "runaway-risk"  # talk or signs of running away, still in the house
    TRAFFICKER_CONTACT = "trafficker-contact"
    VIOLENCE = "violence"
    MEDICAL_EMERGENCY = "medical-emergency"
    DISCLOSURE = "disclosure"
    OTHER = "other"


class Notified(StrEnum):
    """Who was told of an incident."""

    MANAGER = "manager"
    POLICE = "police"
    GUARDIAN = "guardian"
    AGENCY = "agency"
    SOCIAL_WORKER = "social-worker"


# The incident a risk flag most likely is, for the draft made from a flagged check-in.
INCIDENT_FOR_FLAG = {
    # a runaway *risk* is not an absence: no police fields, no "missing now" on Today
    RiskFlag.SELF_HARM: IncidentKind.SELF_HARM, RiskFlag.RUNAWAY: IncidentKind.RUNAWAY_RISK,
    RiskFlag.TRAFFICKER_CONTACT: IncidentKind.TRAFFICKER_CONTACT,
    RiskFlag.MEDICAL: IncidentKind.MEDICAL_EMERGENCY, RiskFlag.SUBSTANCE_USE: IncidentKind.OTHER,
}


# Therapies a house runs as groups (one session for several young people).
GROUP_MODALITIES = (Modality.PEER_GROUP, Modality.ART, Modality.MUSIC, Modality.DRAMA,
                    Modality.YOGA, Modality.PLAY)


class GroupStatus(StrEnum):
    """A group session as a whole; each resident's attendance is recorded apart."""

    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(StrEnum):
    """One resident at a group session; only `present` uses a funded session."""

    BOOKED = "booked"
    PRESENT = "present"
    ABSENT = "absent"


class ContactKind(StrEnum):
    """How someone was in touch with a young person (or tried to be)."""

    VISIT = "visit"
    CALL = "call"
    VIDEO = "video"
    MESSAGE = "message"
    LETTER = "letter"


class Technique(StrEnum):
    """Physical interventions a house trains its staff in (the least restrictive first)."""

    GUIDING = "guiding"  # a hand on the arm to lead away
    ESCORT = "escort"  # walked away held by two staff
    STANDING_HOLD = "standing-hold"
    SEATED_HOLD = "seated-hold"
    OTHER = "other-technique"


class HouseEvent(StrEnum):
    """What a house log entry is about: the house, not one young person."""

    AT_THE_DOOR = "visitor-at-door"
    STRANGER = "stranger-outside"
    POLICE_VISIT = "police-visit"
    MAINTENANCE = "maintenance"
    POWER_CUT = "power-cut"
    HOUSE_OTHER = "house-other"
    HANDOVER = "handover"  # a note from one shift to the next (issue 25)


class AlertKind(StrEnum):
    RISK_FLAG = "risk-flag"
    NO_CHECKIN = "no-checkin-today"
    MISSED_SESSIONS = "missed-sessions"
    CAP_NEARLY_USED = "cap-nearly-used"
    OVERDUE_NEED = "overdue-need"
    CONSENT_EXPIRING = "consent-expiring"
    CONSENT_EXPIRED = "consent-expired"
    CONSENT_MISSING = "consent-missing"
    INCIDENT_OPEN = "incident-open"
    SAFETY_PLAN_REVIEW = "safety-plan-review"
    FOLLOW_UP_OVERDUE = "follow-up-overdue"
    INCIDENT_NOTED = "incident-noted"  # text in a check-in's incidents box, no flag
    FOLLOW_UP_RISK = "follow-up-risk"  # a follow-up contact found risk or signs of it
    DOSE_OVERDUE = "dose-overdue"  # a scheduled dose not recorded an hour after its time
    DOSES_REFUSED = "doses-refused"  # refused twice in a row: the clinician should know
    STOCK_DISCREPANCY = "stock-discrepancy"  # a count that does not match the balance
    STOCK_EXPIRING = "stock-expiring"  # a batch in stock expires within 30 days
    STOCK_EXPIRED = "stock-expired"  # an expired batch still counted in the stock
    DOSES_TOO_CLOSE = "doses-too-close"  # as-needed doses closer than allowed (two laptops)
    MISSING_NOW = "missing-now"  # a missing episode with no return yet: top of Today
    RETURN_INTERVIEW_DUE = "return-interview-due"  # within 72 hours of the return
    RETURN_INTERVIEW_OVERDUE = "return-interview-overdue"  # more than 72 hours
    NO_CONTACT_MATCH = "no-contact-match"  # contact with someone on the no-contact list
    UNKNOWN_CONTACT = "unknown-contact"  # someone the house does not know tried to reach them
    UNVETTED_CONTACT = "unvetted-contact"  # contact with an adult whose vetting is not done
    DEBRIEF_DUE = "restraint-debrief-due"  # the young person's debrief, within 24 hours
    DEBRIEF_OVERDUE = "restraint-debrief-overdue"
    RESTRAINT_REVIEW = "restraint-review-due"  # a manager's review of the restraint
    # a child's life beyond therapy (issue 31)
    HEARING_TOMORROW = "hearing-tomorrow"  # the manager: transport, company, preparation
    HEARING_ALONE = "hearing-unaccompanied"  # within two days and nobody to go with them
    COMPLAINT_UNANSWERED = "complaint-unanswered"  # past the house's days: managers only
    REVIEW_DUE = "review-due"  # the case review's next date has come


class DoseOutcome(StrEnum):
    """The codes of a medication administration record (MAR) chart."""

    GIVEN = "given"
    REFUSED = "refused"
    WITHHELD = "withheld"  # not given on purpose (the reason is recorded)
    MISSED = "missed"
    NOT_AVAILABLE = "not-available"


class Route(StrEnum):
    ORAL = "oral"
    TOPICAL = "topical"
    INHALED = "inhaled"
    INJECTION = "injection"
    EYE = "eye"
    EAR = "ear"
    NASAL = "nasal"
    RECTAL = "rectal"
    OTHER = "other"


class MedForm(StrEnum):
    TABLET = "tablet"
    CAPSULE = "capsule"
    LIQUID = "liquid"
    CREAM = "cream"
    INHALER = "inhaler"
    DROPS = "drops"
    PATCH = "patch"
    INJECTION = "injection"
    OTHER = "other"


class StockKind(StrEnum):
    """A movement of a medicine's stock; given doses are counted from the record."""

    RECEIVED = "received"
    RETURNED = "returned"  # to the pharmacy
    DISPOSED = "disposed"
    COUNTED = "counted"  # a count of what is there: checks the running balance


class DocumentKind(StrEnum):
    """What a stored document is (issue 29)."""

    IDENTITY = "identity-document"
    COURT_ORDER = "court-order"
    CONSENT_FORM = "consent-form"
    MEDICAL = "medical"
    SCHOOL = "school"
    PHOTO = "photo"  # of the young person: needs a current photographs consent
    OTHER = "other"


class DocumentAccess(StrEnum):
    """Who may open a document's content; enforced by keys, not only by the screens."""

    CARE_TEAM = "care-team"  # everyone caring for the young person
    CLINICAL = "clinicians-managers"  # its key sealed under the house's restricted key
    MANAGERS = "managers-only"  # its key sealed under the managers' own key


class FetchPolicy(StrEnum):
    """What of documents' content a laptop fetches in the background (a house setting,
    overridden on one laptop: a netbook with little disk). The rest comes when opened."""

    ALL = "all"  # every original, viewing copy and thumbnail
    THUMBNAILS = "thumbnails"  # thumbnails only: a list shows them, opening fetches more
    ON_DEMAND = "on-demand"  # nothing until a document is opened


class KeyCircle(StrEnum):
    """Who a sealing key is for (store/restricted.py): each circle has its own keys,
    granted, replaced and checked against the signed roster the same way."""

    CLINICAL = "clinical"  # clinicians and managers: legal names, clinical notes
    MANAGERS = "managers"  # managers only: documents (and whatever else needs it later)


class ClosureReason(StrEnum):
    """Why a case was closed (issue 30). Closing is not a stage: a young person may leave
    from any stage, and the follow-up contacts of a reintegration go on after it."""

    REINTEGRATED = "reintegrated-family"
    KINSHIP = "kinship"
    INDEPENDENT_LIVING = "independent-living"
    TRANSFERRED = "transferred"
    OTHER_SERVICE = "other-service"
    RAN_AWAY = "ran-away-not-found"
    TURNED_18 = "turned-18"
    DIED = "died"


class CaseAction(StrEnum):
    CLOSE = "close"
    REOPEN = "reopen"


class ApprovalSubject(StrEnum):
    """What a house may ask a manager to approve before it counts."""

    THERAPY_PLAN = "therapy-plan"
    SAFETY_PLAN = "safety-plan"
    CLOSURE = "closure"


class ApprovalStatus(StrEnum):
    SUBMITTED = "submitted"
    APPROVED = "approved"
    # sent back with a comment, to be changed and submitted again ("returned" alone is a
    # medicine's stock going back to the pharmacy: one word, one meaning)
    RETURNED = "returned-with-comment"


class RecordClass(StrEnum):
    """Classes of records with a retention period of their own (domain/retention.py)."""

    CASE_FILE = "case-file"  # the resident, stages, notes, needs, plans, referrals, consents
    HEALTH = "health"  # health profile, prescriptions, the medication record, stock
    SAFEGUARDING = "safeguarding"  # incidents, missing episodes, restraints, contacts
    AUDIT = "audit"  # who opened or changed the child's records
