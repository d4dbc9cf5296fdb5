"""Who may do what. Checked here, in the services, so every front end obeys the same rules."""

from __future__ import annotations

from enum import StrEnum

from safehaven.domain.vocab import Role
from safehaven.errors import NotAllowed
from safehaven.i18n import tr


class Action(StrEnum):
    READ_RECORDS = "read-records"
    READ_RESTRICTED = "read-restricted"  # clinical notes and legal names
    ADD_RESIDENT = "add-resident"
    EDIT_RESIDENT = "edit-resident"
    MOVE_STAGE = "move-stage"
    RECORD_CHECKIN = "record-checkin"
    MANAGE_NEEDS = "manage-needs"
    MANAGE_THERAPY = "manage-therapy"
    SCHEDULE_SESSIONS = "schedule-sessions"
    WRITE_NOTE = "write-note"
    WRITE_CLINICAL_NOTE = "write-clinical-note"
    MANAGE_SAFEGUARDING = "manage-safeguarding"  # consents, trusted adults, follow-ups
    MANAGE_STAFF = "manage-staff"


_CARE = {Role.STAFF, Role.CLINICIAN, Role.MANAGER}
ALLOWED: dict[Action, set[Role]] = {
    Action.READ_RECORDS: _CARE,
    Action.READ_RESTRICTED: {Role.CLINICIAN, Role.MANAGER},
    Action.ADD_RESIDENT: {Role.STAFF, Role.MANAGER},
    Action.EDIT_RESIDENT: _CARE,
    Action.MOVE_STAGE: {Role.CLINICIAN, Role.MANAGER},
    Action.RECORD_CHECKIN: _CARE,
    Action.MANAGE_NEEDS: _CARE,
    Action.MANAGE_THERAPY: {Role.CLINICIAN, Role.MANAGER},
    Action.SCHEDULE_SESSIONS: _CARE,
    Action.WRITE_NOTE: _CARE,
    Action.WRITE_CLINICAL_NOTE: {Role.CLINICIAN},
    Action.MANAGE_SAFEGUARDING: {Role.CLINICIAN, Role.MANAGER},
    Action.MANAGE_STAFF: {Role.MANAGER, Role.ADMIN},
}

_WORDS = {
    Action.READ_RECORDS: "read residents' records",
    Action.READ_RESTRICTED: "see or change legal names and clinical notes",
    Action.ADD_RESIDENT: "add a resident",
    Action.EDIT_RESIDENT: "change a resident's profile",
    Action.MOVE_STAGE: "move a resident to another care stage",
    Action.RECORD_CHECKIN: "record check-ins",
    Action.MANAGE_NEEDS: "change stabilization needs",
    Action.MANAGE_THERAPY: "change therapy plans",
    Action.SCHEDULE_SESSIONS: "schedule therapy sessions",
    Action.WRITE_NOTE: "write case notes",
    Action.WRITE_CLINICAL_NOTE: "write clinical notes",
    Action.MANAGE_SAFEGUARDING: "change consents, trusted adults or follow-ups",
    Action.MANAGE_STAFF: "manage staff",
}


def allowed(role: Role | None, action: Action) -> bool:
    return role is not None and role in ALLOWED[action]


def require(role: Role | None, action: Action) -> None:
    if not allowed(role, action):
        raise NotAllowed(tr(_WORDS[action]))
