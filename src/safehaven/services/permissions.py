"""Who may do what, checked in the services so every front end obeys the same rules.

The rule table itself lives in `domain/permissions.py`: receivers check it too.
"""

from __future__ import annotations

from safehaven.domain.permissions import ALLOWED, Action, allowed
from safehaven.domain.vocab import Role
from safehaven.errors import NotAllowed
from safehaven.i18n import tr

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
    Action.RECORD_INCIDENT: "record incidents",
    Action.CLOSE_INCIDENT: "acknowledge or close incidents",
    Action.RECORD_MEASURE: "record outcome measures",
    Action.READ_MEASURES: "see outcome measures",
    Action.MANAGE_SCALES: "add outcome scales",
    Action.ACK_ALERT: "acknowledge alerts",
    Action.ACK_RISK_ALERT: "set a risk flag aside without an incident",
}


__all__ = ["ALLOWED", "Action", "allowed", "require"]


def require(role: Role | None, action: Action) -> None:
    if not allowed(role, action):
        raise NotAllowed(tr(_WORDS[action]))
