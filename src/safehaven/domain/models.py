"""Records of the care pathway as plain dataclasses.

Field names are the column names in the vault, so the store can map them one to one.
Every record has a UUIDv7 `id` and the `site_id` of its house.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import (
    AlertKind,
    Attendance,
    CareStage,
    ConsentGiver,
    ContactKind,
    Destination,
    DocumentAccess,
    DocumentKind,
    DoseOutcome,
    FeelsSafe,
    Frequency,
    GroupStatus,
    HouseEvent,
    IncidentKind,
    KeyCircle,
    Level,
    MedForm,
    Modality,
    NeedCategory,
    NeedStatus,
    NoteKind,
    Notified,
    Occupation,
    Priority,
    ReferralKind,
    ReferralStatus,
    RiskFlag,
    RiskIndicator,
    RiskLevel,
    Role,
    Route,
    SessionStatus,
    Shift,
    StockKind,
    VettingMethod,
    VettingStatus,
)


@dataclass(frozen=True, slots=True)
class Site:
    id: str
    name: str
    organisation: str


@dataclass(frozen=True, slots=True)
class Staff:
    id: str
    site_id: str
    display_name: str
    role: Role
    active: bool = True
    # the person's identity: public keys, and how their passphrase derives the private ones
    sign_key: str | None = None
    box_key: str | None = None
    key_params: str | None = None
    # trained to give medicines (issue 28): a staff-role member records a dose given only
    # with it; a manager sets it. Clinicians and managers give doses without it.
    med_trained: bool = False


@dataclass(frozen=True, slots=True)
class StaffPrefs:
    """A person's own choices, which follow them to every laptop of the house: their
    language and an idle lock shorter than the house's. One row per person (its id made
    from theirs); only they write it."""

    id: str
    site_id: str
    staff_id: str
    language: str | None = None
    lock_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Device:
    id: str
    site_id: str
    name: str
    enrolled_at: datetime
    revoked: bool = False
    public_key: str | None = None  # Ed25519, hex: verifies the device's change sets
    box_key: str | None = None  # X25519, hex: new site keys are wrapped for it


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """Who viewed or changed what. Append-only; travels to every laptop of the house."""

    id: str
    site_id: str
    hlc: int
    device_id: str
    staff_id: str | None
    action: str
    table_name: str | None = None
    row_id: str | None = None
    resident_id: str | None = None


@dataclass(frozen=True, slots=True)
class RestrictedGrant:
    """The house's restricted key (`key_id`) sealed to one clinician's or manager's identity
    (`box_key`): legal names and clinical notes are sealed under it, so only those roles'
    passphrases open them, on every laptop and on the wire."""

    id: str
    site_id: str
    key_id: str
    staff_id: str
    box_key: str
    sealed: str
    sender: str  # the staff member who granted it (they held the key)
    created_at: datetime
    # the key's public half (X25519 hex, derived from it): a staff session seals a field
    # to it that only holders open (store/restricted.py); None on keys made before 0020
    public_key: str | None = None
    # whose key it is: clinicians and managers, or managers alone (0021)
    circle: KeyCircle = KeyCircle.CLINICAL


@dataclass(frozen=True, slots=True)
class KeyGrant:
    """A site key wrapped for one device; only that device can open `sealed`."""

    id: str
    site_id: str
    version: int
    recipient: str
    sender: str
    sealed: str
    created_at: datetime


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
class TherapyPlan:
    id: str
    site_id: str
    resident_id: str
    modality: Modality
    provider: str
    frequency: Frequency
    start_date: date
    end_date: date | None = None
    funding_source: str | None = None
    session_cap: int | None = None  # authorised funded sessions; None = no cap
    interpreter: str | None = None
    deleted: bool = False
    place: str | None = None
    goals: str | None = None
    closed_on: date | None = None  # ended early or completed; takes no more bookings
    close_reason: str | None = None

    def open_on(self, day: date) -> bool:
        """Takes bookings and counts for consent on `day`."""
        return (not self.deleted and self.start_date <= day
                and (self.end_date is None or day <= self.end_date)
                and (self.closed_on is None or day < self.closed_on))


@dataclass(frozen=True, slots=True)
class TherapySession:
    id: str
    site_id: str
    resident_id: str
    plan_id: str
    scheduled_at: datetime
    duration_min: int = 50
    place: str | None = None
    status: SessionStatus = SessionStatus.SCHEDULED
    reason: str | None = None  # why missed, cancelled or moved
    deleted: bool = False


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


@dataclass(frozen=True, slots=True)
class Incident:
    """Recorded from a risk-flagged check-in or on its own; stays on Today until a manager
    has acknowledged it and closed it with an outcome."""

    id: str
    site_id: str
    resident_id: str
    kind: IncidentKind
    occurred_at: datetime
    description: str  # what happened
    recorded_by: str
    actions: str | None = None  # what was done at once
    notified: tuple[Notified, ...] = ()
    notified_at: datetime | None = None
    checkin_id: str | None = None  # the flagged check-in it was recorded from
    last_seen_at: datetime | None = None  # a young person missing from care:
    last_seen_place: str | None = None  # what the police will ask first
    appearance: str | None = None  # clothing, height, hair, anything distinctive
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None
    closed_by: str | None = None
    closed_at: datetime | None = None
    outcome: str | None = None
    deleted: bool = False
    # a missing-from-care episode, from the report to the police to the return interview
    police_reference: str | None = None
    returned_at: datetime | None = None
    return_how: str | None = None  # came back alone, brought by police, found by staff
    whereabouts: str | None = None  # where the young person was, and with whom
    return_injuries: str | None = None
    return_recorded_by: str | None = None
    interview_at: datetime | None = None  # the return interview (due within 72 hours)
    interview_by: str | None = None  # who held it (often someone independent of the house)
    interview_summary: str | None = None  # what was said, and the actions that follow
    interview_recorded_by: str | None = None

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and not self.deleted

    @property
    def still_missing(self) -> bool:
        """A missing episode with no return recorded (and not closed another way)."""
        return (self.kind is IncidentKind.MISSING and self.returned_at is None
                and self.is_open)


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """Made with the young person: what tells of a crisis, what helps, who and where is
    safe, who and where to avoid, whom to call; reviewed by a date."""

    id: str
    site_id: str
    resident_id: str
    reviewed_on: date
    review_due: date
    warning_signs: str | None = None
    coping: str | None = None
    safe_people_places: str | None = None
    avoid: str | None = None  # people and places to keep away from
    contacts: str | None = None
    updated_by: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Sighting:
    """Someone saw a young person who is missing: where, when, who saw them. Append-only;
    `incident_id` names the missing episode."""

    id: str
    site_id: str
    resident_id: str
    incident_id: str
    at: datetime
    place: str
    staff_id: str  # who recorded it
    seen_by: str | None = None  # a staff member, a teacher, the police, a neighbour
    note: str | None = None  # with whom, how they seemed, which way they went


@dataclass(frozen=True, slots=True)
class NoContact:
    """Someone a young person must not have contact with (a trafficker, a recruiter, an
    unsafe relative). Kept by clinicians and managers; `reason` is sealed for them, so
    staff are warned of a match without learning why."""

    id: str
    site_id: str
    resident_id: str
    name: str
    relationship: str
    added_by: str
    added_on: date
    reason: str | None = None  # restricted
    aliases: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    description: str | None = None  # what they look like, the car they drive
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class Contact:
    """A visit, call, video call, message or letter, or an attempt at one. Append-only: a
    correction is a new row whose `amends_id` names the old one."""

    id: str
    site_id: str
    resident_id: str
    at: datetime
    kind: ContactKind
    who: str  # the person's name as given; "unknown" when they would not say
    staff_id: str  # who recorded it
    relationship: str | None = None
    phone: str | None = None
    supervised_by: str | None = None
    reason: str | None = None  # why they came or called
    outcome: str | None = None  # how it went, and what the young person said about it
    allowed: bool = True  # False: turned away, call not put through
    unknown_person: bool = False  # someone the house does not know
    no_contact_id: str | None = None  # the no-contact entry it matched, if any
    unvetted_adult_id: str | None = None  # a known adult whose vetting is not done
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Restraint:
    """A physical intervention, recorded within 24 hours: what led to it, the technique,
    how long, injuries, who held and who saw. Append-only: a correction is a new row whose
    `amends_id` names the old one. The young person's debrief and a manager's review are
    records of their own, so no one rewrites what was recorded."""

    id: str
    site_id: str
    resident_id: str
    started_at: datetime
    duration_min: int
    behaviour: str  # what led to it
    technique: str  # a Technique code, or the house's own words (house_settings)
    held_by: str  # the staff who held
    staff_id: str  # who recorded it
    measure: str | None = None  # what was done, in plain words
    witnesses: str | None = None  # who else was present
    child_injuries: str | None = None
    staff_injuries: str | None = None
    medical_check: str | None = None  # who checked the young person afterwards, and what
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class RestraintDebrief:
    """The young person's debrief after a restraint, in their own words (within 24 hours).
    `restraint_id` names the first version of the restraint record."""

    id: str
    site_id: str
    resident_id: str
    restraint_id: str
    held_at: datetime
    child_words: str
    staff_id: str
    held_by: str | None = None  # who talked it through with them, if not who recorded it


@dataclass(frozen=True, slots=True)
class RestraintReview:
    """A manager's review of a restraint: was it necessary and proportionate, what follows."""

    id: str
    site_id: str
    resident_id: str
    restraint_id: str
    reviewed_at: datetime
    review: str
    staff_id: str  # the manager
    actions: str | None = None


@dataclass(frozen=True, slots=True)
class HouseLogEntry:
    """Something that happened in the house, not about one young person (a stranger
    outside, a power cut, a police visit), kept with the handover. It may name the young
    people it touched, so it shows on their timelines. Append-only: a correction is a new
    row whose `amends_id` names the old one."""

    id: str
    site_id: str
    at: datetime
    category: HouseEvent
    text: str
    staff_id: str
    resident_ids: tuple[str, ...] = ()
    amends_id: str | None = None
    amend_reason: str | None = None


@dataclass(frozen=True, slots=True)
class CustomScale:
    """A house's own outcome scale, made by a manager: range and bands, scores only.
    `bands` are "lowest=label" from the lowest score up."""

    id: str
    site_id: str
    name: str
    min_score: int
    max_score: int
    bands: tuple[str, ...] = ()
    higher_is_better: bool = False
    created_by: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class OutcomeMeasure:
    """One administration of a standardized measure: its total (and subscale totals as
    "name=score"), never the items or their wording. `instrument` is a shipped
    instrument's code or a custom scale's id."""

    id: str
    site_id: str
    resident_id: str
    instrument: str
    taken_on: date
    total: int
    administered_by: str  # staff id
    subscales: tuple[str, ...] = ()
    note: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class GroupSession:
    """One session for several residents (peer group, art, yoga): one row here, one
    `GroupAttendance` per resident, so the schedule shows it once."""

    id: str
    site_id: str
    modality: Modality
    title: str
    scheduled_at: datetime
    duration_min: int = 60
    place: str | None = None
    facilitator: str | None = None
    status: GroupStatus = GroupStatus.SCHEDULED
    reason: str | None = None  # why cancelled
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class GroupAttendance:
    """One resident at a group session, on their plan: present uses one funded session."""

    id: str
    site_id: str
    group_id: str
    resident_id: str
    plan_id: str
    status: Attendance = Attendance.BOOKED
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class AlertAck:
    """Someone has seen an alert and acted (the note says how). Append-only. It holds
    while the alert's condition (`kind`, source, detail, day) stays the same."""

    id: str
    site_id: str
    resident_id: str
    kind: AlertKind
    condition: str
    note: str
    acked_by: str
    acked_at: datetime


@dataclass(frozen=True, slots=True)
class Alert:
    """Something that needs attention today, derived from the records by domain.alerts."""

    kind: str  # an AlertKind value
    resident_id: str
    day: date
    detail: str  # a flag, category, count or consent purpose: what the alert is about
    source_id: str | None = None  # the record that raised it
    at: datetime | None = None  # time of day, where known (an incident, a flag's check-in)

    @property
    def condition(self) -> str:
        """What an acknowledgement holds for: when any part changes (another overdue need,
        a new day without a check-in, one more session used) the alert is new again."""
        return f"{self.source_id or ''}|{self.detail}|{self.day.isoformat()}"


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


@dataclass(frozen=True, slots=True)
class Document:
    """A file kept with a young person's record: an identity paper, a court order, a signed
    consent form, a photo for the police. The row travels like any record; the content
    travels apart, encrypted in chunks under the document's own key (`chunks` names them
    by the hash of their ciphertext). The key is in the row for the care team, or sealed
    under the house's restricted key for clinicians and managers only. Removing keeps the
    row as a tombstone (who, when, why) and lets the content be erased everywhere."""

    id: str
    site_id: str
    resident_id: str
    kind: DocumentKind
    title: str
    access: DocumentAccess
    media_type: str
    size: int
    chunks: tuple[str, ...]
    added_by: str
    added_at: datetime
    dated: date | None = None  # the day on the document (issued, signed, taken)
    file_key: str | None = None  # base64, when the whole care team may open it
    sealed_key: str | None = None  # the same, sealed: clinicians and managers only
    about_table: str | None = None  # an incident, a consent... it belongs to
    about_id: str | None = None
    removed_at: datetime | None = None
    removed_by: str | None = None
    removed_reason: str | None = None
    # a picture's viewing-size copy and its thumbnail (JPEG, under the same key), so a
    # list shows thumbnails and a netbook need not fetch every original (0021)
    preview: tuple[str, ...] = ()
    thumb: tuple[str, ...] = ()
