"""The house and its people: the site, staff and their preferences, laptops, the audit
trail, and the keys granted to people and devices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from safehaven.domain.vocab import KeyCircle, Role


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
