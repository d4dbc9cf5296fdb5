"""Safeguarding: incidents and missing episodes, safety plans, sightings, people a child
must not meet, contacts, restraint with its debrief and review, and the house log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import (
    ContactKind,
    HouseEvent,
    IncidentKind,
    Notified,
)


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
