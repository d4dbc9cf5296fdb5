"""Records of the care pathway as plain dataclasses, one module of domain/records/ for each
part of the work; here, every record under one name (`models.Resident`), as the code
that maps, reads and writes all of them needs.

Field names are the column names in the vault, so the store can map them one to one.
Every record has a UUIDv7 `id` and the `site_id` of its house.
"""

from __future__ import annotations

from safehaven.domain.records.alerts import (
    Alert,
    AlertAck,
)
from safehaven.domain.records.care import (
    CaseNote,
    CheckIn,
    Consent,
    FollowUp,
    Need,
    Referral,
    Resident,
    StageChange,
    TrustedAdult,
)
from safehaven.domain.records.documents import (
    Document,
)
from safehaven.domain.records.health import (
    DoseRecord,
    HealthProfile,
    Prescription,
    StockEntry,
)
from safehaven.domain.records.house import (
    AuditEntry,
    Device,
    KeyGrant,
    RestrictedGrant,
    Site,
    Staff,
    StaffPrefs,
)
from safehaven.domain.records.safeguarding import (
    Contact,
    HouseLogEntry,
    Incident,
    NoContact,
    Restraint,
    RestraintDebrief,
    RestraintReview,
    SafetyPlan,
    Sighting,
)
from safehaven.domain.records.therapy import (
    CustomScale,
    GroupAttendance,
    GroupSession,
    OutcomeMeasure,
    TherapyPlan,
    TherapySession,
)

__all__ = [
    "Alert",
    "AlertAck",
    "AuditEntry",
    "CaseNote",
    "CheckIn",
    "Consent",
    "Contact",
    "CustomScale",
    "Device",
    "Document",
    "DoseRecord",
    "FollowUp",
    "GroupAttendance",
    "GroupSession",
    "HealthProfile",
    "HouseLogEntry",
    "Incident",
    "KeyGrant",
    "Need",
    "NoContact",
    "OutcomeMeasure",
    "Prescription",
    "Referral",
    "Resident",
    "Restraint",
    "RestraintDebrief",
    "RestraintReview",
    "RestrictedGrant",
    "SafetyPlan",
    "Sighting",
    "Site",
    "Staff",
    "StaffPrefs",
    "StageChange",
    "StockEntry",
    "TherapyPlan",
    "TherapySession",
    "TrustedAdult",
]
