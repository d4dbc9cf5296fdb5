"""Who may do what: the one rule table. The services check it before they write; every
laptop checks it again on each change set it receives (`domain/write_rules.py`), so a
role holds below the app's screens too."""

from __future__ import annotations

from enum import StrEnum

from safehaven.domain.vocab import KeyCircle, Role


class Action(StrEnum):
    READ_RECORDS = "read-records"
    READ_RESTRICTED = "read-restricted"  # clinical notes and legal names
    READ_MANAGERS_ONLY = "read-managers-only"  # what is sealed under the managers' key
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
    MANAGE_ROLES = "manage-roles"  # change a role, add a clinician or manager: managers only
    RECORD_INCIDENT = "record-incident"
    CLOSE_INCIDENT = "close-incident"  # acknowledge and close: the manager's duty
    RECORD_MEASURE = "record-measure"  # outcome scores: clinical, not for every shift
    READ_MEASURES = "read-measures"
    MANAGE_SCALES = "manage-scales"  # a house's own outcome scales
    ACK_ALERT = "ack-alert"
    ACK_RISK_ALERT = "ack-risk-alert"  # a risk flag set aside without an incident
    MANAGE_HEALTH = "manage-health"  # allergies, conditions: what every dose is checked by
    MANAGE_MEDICATION = "manage-medication"  # prescriptions, copied from the prescriber's order
    GIVE_DOSE = "give-dose"  # the administration record: whoever is on shift
    # Visits, calls, messages and letters: every shift logs who came or called (any care
    # role, as it happens at the door). The no-contact list itself, and why someone is on
    # it, is MANAGE_SAFEGUARDING (clinicians and managers): staff are warned, not told why.
    RECORD_CONTACT = "record-contact"
    # Documents: any care role files a paper as it arrives (one for clinicians and managers
    # only needs the restricted key, so only they can); removing one is the manager's.
    ADD_DOCUMENT = "add-document"
    REMOVE_DOCUMENT = "remove-document"
    # A child's life beyond therapy (issue 31). The trafficking profile, the legal case and
    # identification decisions are kept by clinicians and managers (their details are
    # sealed for them); every care role records school and the young person's own words.
    # A complaint may be about staff: a manager answers it. Reviews are chaired by a
    # clinician or a manager; house settings are the manager's.
    MANAGE_LEGAL = "manage-legal"
    RECORD_EDUCATION = "record-education"
    RECORD_VOICE = "record-voice"
    ANSWER_COMPLAINT = "answer-complaint"
    HOLD_REVIEW = "hold-review"
    MANAGE_HOUSE = "manage-house"
    # A child's record over its whole life (issue 30): closing a case is a clinical and
    # managerial decision; reopening it, approving plans and closures, reading the audit,
    # exporting the complete file and keeping records past their time are the manager's.
    CLOSE_CASE = "close-case"
    REOPEN_CASE = "reopen-case"
    APPROVE = "approve"
    READ_AUDIT = "read-audit"
    EXPORT_FILE = "export-file"
    MANAGE_RETENTION = "manage-retention"  # retention rules, legal holds
    # issue 25: a record is corrected or voided by its author while their shift lasts, or by
    # a manager at any time (domain/corrections.py); the weekly report (every child's flags
    # and incidents) is printed or saved by managers; staff print what they need
    CORRECT_ANY = "correct-any"
    PRINT_WEEKLY = "print-weekly"
    DESTROY_RECORDS = "destroy-records"  # ask for or approve a destruction (two managers)
    TRANSFER = "transfer"  # send a child to another house, receive one, record the receipt


_CARE = {Role.STAFF, Role.CLINICIAN, Role.MANAGER}
ALLOWED: dict[Action, set[Role]] = {
    Action.READ_RECORDS: _CARE,
    Action.READ_RESTRICTED: {Role.CLINICIAN, Role.MANAGER},
    Action.READ_MANAGERS_ONLY: {Role.MANAGER},
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
    Action.MANAGE_ROLES: {Role.MANAGER},
    Action.RECORD_INCIDENT: _CARE,
    Action.CLOSE_INCIDENT: {Role.MANAGER},
    Action.RECORD_MEASURE: {Role.CLINICIAN, Role.MANAGER},
    Action.READ_MEASURES: {Role.CLINICIAN, Role.MANAGER},
    Action.MANAGE_SCALES: {Role.MANAGER},
    Action.ACK_ALERT: _CARE,
    Action.ACK_RISK_ALERT: {Role.CLINICIAN, Role.MANAGER},
    # Health: a wrong allergy or prescription harms the same day, so only clinical roles and
    # the manager (who answers to the inspector for the MAR) change them; every care role
    # gives doses, because staff on shift do, and each dose names who gave it.
    Action.MANAGE_HEALTH: {Role.CLINICIAN, Role.MANAGER},
    Action.MANAGE_MEDICATION: {Role.CLINICIAN, Role.MANAGER},
    Action.GIVE_DOSE: _CARE,
    Action.RECORD_CONTACT: _CARE,
    Action.ADD_DOCUMENT: _CARE,
    Action.REMOVE_DOCUMENT: {Role.MANAGER},
    Action.MANAGE_LEGAL: {Role.CLINICIAN, Role.MANAGER},
    Action.RECORD_EDUCATION: _CARE,
    Action.RECORD_VOICE: _CARE,
    Action.ANSWER_COMPLAINT: {Role.MANAGER},
    Action.HOLD_REVIEW: {Role.CLINICIAN, Role.MANAGER},
    Action.CLOSE_CASE: {Role.CLINICIAN, Role.MANAGER},
    Action.REOPEN_CASE: {Role.MANAGER},
    Action.APPROVE: {Role.MANAGER},
    Action.READ_AUDIT: {Role.MANAGER},
    Action.EXPORT_FILE: {Role.MANAGER},
    Action.TRANSFER: {Role.MANAGER},
    Action.MANAGE_RETENTION: {Role.MANAGER},
    Action.DESTROY_RECORDS: {Role.MANAGER},
    Action.MANAGE_HOUSE: {Role.MANAGER},
    Action.CORRECT_ANY: {Role.MANAGER},
    Action.PRINT_WEEKLY: {Role.MANAGER},
}


def allowed(role: Role | None, action: Action) -> bool:
    return role is not None and role in ALLOWED[action]


# Which action holding each circle's sealing key is (store/restricted.py): the key is
# granted to exactly the roles that may do it, so the rule table and the keys agree.
CIRCLE_ACTION: dict[KeyCircle, Action] = {KeyCircle.CLINICAL: Action.READ_RESTRICTED,
                                          KeyCircle.MANAGERS: Action.READ_MANAGERS_ONLY}


def may_hold(role: str | None, circle: KeyCircle | str = KeyCircle.CLINICAL) -> bool:
    """Whether someone with `role` (as a roster stores it) is given `circle`'s keys."""
    try:
        return allowed(Role(role), CIRCLE_ACTION[KeyCircle(circle)]) if role else False
    except ValueError:
        return False
