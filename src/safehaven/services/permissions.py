"""Who may do what, checked in the services so every front end obeys the same rules.

The rule table itself lives in `domain/permissions.py`: receivers check it too.
"""

from __future__ import annotations

from safehaven.domain.permissions import ALLOWED, Action, allowed
from safehaven.domain.vocab import Role
from safehaven.errors import NotAllowed
from safehaven.i18n import N_, tr

_WORDS = {
    Action.READ_RECORDS: N_("read residents' records"),
    Action.READ_RESTRICTED: N_("see or change legal names and clinical notes"),
    Action.ADD_RESIDENT: N_("add a resident"),
    Action.EDIT_RESIDENT: N_("change a resident's profile"),
    Action.MOVE_STAGE: N_("move a resident to another care stage"),
    Action.RECORD_CHECKIN: N_("record check-ins"),
    Action.MANAGE_NEEDS: N_("change stabilization needs"),
    Action.MANAGE_THERAPY: N_("change therapy plans"),
    Action.SCHEDULE_SESSIONS: N_("schedule therapy sessions"),
    Action.WRITE_NOTE: N_("write case notes"),
    Action.WRITE_CLINICAL_NOTE: N_("write clinical notes"),
    Action.MANAGE_SAFEGUARDING: N_("change consents, trusted adults, follow-ups or the "
                                   "no-contact list"),
    Action.MANAGE_STAFF: N_("manage staff"),
    Action.MANAGE_ROLES: N_("change a role, or add a clinician or manager"),
    Action.RECORD_INCIDENT: N_("record incidents"),
    Action.CLOSE_INCIDENT: N_("acknowledge or close incidents"),
    Action.RECORD_MEASURE: N_("record outcome measures"),
    Action.READ_MEASURES: N_("see outcome measures"),
    Action.MANAGE_SCALES: N_("add outcome scales"),
    Action.ACK_ALERT: N_("acknowledge alerts"),
    Action.ACK_RISK_ALERT: N_("set a risk flag aside without an incident"),
    Action.MANAGE_HEALTH: N_("change a health profile or allergies"),
    Action.MANAGE_MEDICATION: N_("add or stop prescriptions"),
    Action.GIVE_DOSE: N_("record doses of medicine"),
    Action.RECORD_CONTACT: N_("record visits and calls"),
    Action.ADD_DOCUMENT: N_("add documents"),
    Action.REMOVE_DOCUMENT: N_("remove documents"),
    Action.MANAGE_LEGAL: N_("keep the trafficking profile and the legal case"),
    Action.RECORD_EDUCATION: N_("record school and training"),
    Action.RECORD_VOICE: N_("record the young person's goals, wishes and complaints"),
    Action.ANSWER_COMPLAINT: N_("answer a complaint (managers only)"),
    Action.HOLD_REVIEW: N_("hold case reviews"),
    Action.CLOSE_CASE: N_("close a case"),
    Action.REOPEN_CASE: N_("reopen a closed case"),
    Action.APPROVE: N_("approve or return plans and closures"),
    Action.READ_AUDIT: N_("read the audit of who opened or changed records"),
    Action.EXPORT_FILE: N_("export a child's complete file"),
    Action.TRANSFER: N_("move a child between houses"),
    Action.MANAGE_RETENTION: N_("change retention rules or legal holds"),
    Action.DESTROY_RECORDS: N_("ask for or approve the destruction of a child's records"),
    Action.MANAGE_HOUSE: N_("change the house's settings"),
    Action.CORRECT_ANY: N_("correct or void a record someone else wrote, or after its shift"),
    Action.PRINT_WEEKLY: N_("print or save the weekly report"),
}


__all__ = ["ALLOWED", "Action", "action_words", "allowed", "require"]


def action_words(action: Action) -> str:
    """What `action` lets someone do, in words ("add or stop prescriptions")."""
    return tr(_WORDS[action])


def require(role: Role | None, action: Action) -> None:
    if not allowed(role, action):
        raise NotAllowed(action_words(action))
