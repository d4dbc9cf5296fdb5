"""Which action a write needs, table by table and field by field.

The services ask `domain/permissions` before they write; a receiving laptop asks this
module, with the same rule table, of every change set before it applies it. So a
staff member who writes past the app (plain SQL on her own vault, a patched client) is
refused by every other laptop of the house.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from safehaven.domain.permissions import Action
from safehaven.domain.vocab import KeyCircle

A = Action


@dataclass(frozen=True, slots=True)
class TableRule:
    write: Action | None  # to insert or change a row; None: any known signer
    fields: Mapping[str, Action] = field(default_factory=dict)  # fields needing more
    # fields that once set to this value stay so, whatever clocks say (revocations)
    permanent: Mapping[str, Any] = field(default_factory=dict)


RULES: dict[str, TableRule] = {
    "sites": TableRule(A.MANAGE_STAFF),
    # admins manage people and laptops, but only a manager gives a role that opens more
    # ... and records who is trained to give medicines (issue 28), as a role is
    "staff": TableRule(A.MANAGE_STAFF, fields={"role": A.MANAGE_ROLES,
                                               "med_trained": A.MANAGE_ROLES},
                       permanent={"active": 0}),
    "devices": TableRule(A.MANAGE_STAFF, permanent={"revoked": 1}),
    # a site key goes to a laptop only from a manager (at enrolment, revocation, repair):
    # from anyone else it could re-key the manager's laptop with a key of their choosing
    "key_grants": TableRule(A.MANAGE_STAFF),
    # only someone who holds the restricted key can grant it (and only to those roles:
    # sync/replica/receive_check.py checks the recipient)
    "restricted_grants": TableRule(A.READ_RESTRICTED),
    "audit_log": TableRule(None),
    "residents": TableRule(A.EDIT_RESIDENT, {
        "legal_name": A.READ_RESTRICTED, "stage": A.MOVE_STAGE,
        "discharge_date": A.MOVE_STAGE, "deleted": A.MOVE_STAGE}),
    "stage_changes": TableRule(A.MOVE_STAGE),
    "needs": TableRule(A.MANAGE_NEEDS),
    "check_ins": TableRule(A.RECORD_CHECKIN),
    "therapy_plans": TableRule(A.MANAGE_THERAPY),
    "therapy_sessions": TableRule(A.SCHEDULE_SESSIONS),
    "case_notes": TableRule(A.WRITE_NOTE),
    "referrals": TableRule(A.WRITE_NOTE),
    "consents": TableRule(A.MANAGE_SAFEGUARDING),
    "trusted_adults": TableRule(A.MANAGE_SAFEGUARDING),
    "follow_ups": TableRule(A.MANAGE_SAFEGUARDING),
    "safety_plans": TableRule(A.MANAGE_SAFEGUARDING),
    "incidents": TableRule(A.RECORD_INCIDENT, {
        f: A.CLOSE_INCIDENT for f in ("acknowledged_by", "acknowledged_at", "closed_by",
                                      "closed_at", "outcome", "deleted")}),
    "custom_scales": TableRule(A.MANAGE_SCALES),
    "outcome_measures": TableRule(A.RECORD_MEASURE),
    "group_sessions": TableRule(A.SCHEDULE_SESSIONS),
    "group_attendance": TableRule(A.SCHEDULE_SESSIONS),
    "alert_acks": TableRule(A.ACK_ALERT),
    "health_profiles": TableRule(A.MANAGE_HEALTH, {"pregnancy": A.READ_RESTRICTED}),
    "prescriptions": TableRule(A.MANAGE_MEDICATION),
    "dose_records": TableRule(A.GIVE_DOSE),
    "stock_entries": TableRule(A.GIVE_DOSE),  # whoever is on shift receives and counts
    # issue 27: the no-contact list is kept by clinicians and managers; any care role logs
    # a visit or call (append-only, amended by a new row)
    "sightings": TableRule(A.RECORD_INCIDENT),  # part of a missing episode
    "no_contacts": TableRule(A.MANAGE_SAFEGUARDING),
    "contacts": TableRule(A.RECORD_CONTACT),
    # a restraint and the young person's debrief: any care role (who was there records it);
    # the review is the manager's (as closing an incident is)
    "restraints": TableRule(A.RECORD_INCIDENT),
    "restraint_debriefs": TableRule(A.RECORD_INCIDENT),
    "restraint_reviews": TableRule(A.CLOSE_INCIDENT),
    # the house log is the shift's handover book: any care role writes it, as a case note
    "house_log": TableRule(A.WRITE_NOTE),
    # issue 29: documents; removing one (its tombstone fields) is the manager's
    "documents": TableRule(A.ADD_DOCUMENT, {
        f: A.REMOVE_DOCUMENT for f in ("removed_at", "removed_by", "removed_reason")}),
    # issue 31: a child's life beyond therapy. Any care role changes who goes with the child
    # to a hearing, and how they get there; everything else about it is the legal case's.
    "trafficking_profiles": TableRule(A.MANAGE_LEGAL),
    "identification_decisions": TableRule(A.MANAGE_LEGAL),
    "legal_cases": TableRule(A.MANAGE_LEGAL),
    "hearings": TableRule(A.SCHEDULE_SESSIONS, {
        f: A.MANAGE_LEGAL for f in ("case_id", "at", "kind", "place", "duration_min",
                                    "status", "note", "deleted", "resident_id")}),
    "education_placements": TableRule(A.RECORD_EDUCATION),
    "school_weeks": TableRule(A.RECORD_EDUCATION),
    "school_events": TableRule(A.RECORD_EDUCATION),
    "child_goals": TableRule(A.RECORD_VOICE),
    "wishes": TableRule(A.RECORD_VOICE),
    "complaints": TableRule(A.RECORD_VOICE, {
        f: A.ANSWER_COMPLAINT for f in ("handling", "answer", "outcome", "answered_on",
                                        "answered_by", "deleted")}),
    "case_reviews": TableRule(A.HOLD_REVIEW),
    "house_settings": TableRule(A.MANAGE_HOUSE),
    # issue 30: closing a case is a clinician's or manager's act, reopening a manager's (the
    # row's content decides, `insert_needs`); approving and returning are the manager's
    "case_closures": TableRule(A.CLOSE_CASE),
    "approvals": TableRule(A.APPROVE),
    "legal_holds": TableRule(A.MANAGE_RETENTION),
    # destroying a child's records: asked, approved and declined by managers; a laptop's
    # receipt by whoever is signed in there (`insert_needs`)
    "destructions": TableRule(A.DESTROY_RECORDS),
    # issue 25: a person's own language and idle lock: written by that person only (`OWNED`)
    "staff_prefs": TableRule(None),
}


# Fields that name who made or did something: a receiver requires them to name the change
# set's signed author (no note "by the clinician" written by someone else).
AUTHOR_FIELDS: dict[str, tuple[str, ...]] = {
    "stage_changes": ("staff_id",),
    "check_ins": ("staff_id",),
    "case_notes": ("staff_id",),
    "incidents": ("recorded_by", "acknowledged_by", "closed_by", "return_recorded_by",
                  "interview_recorded_by"),
    "consents": ("recorded_by",),
    "safety_plans": ("updated_by",),
    "alert_acks": ("acked_by",),  # who set an alert aside is who signed it
    "custom_scales": ("created_by",),
    "health_profiles": ("updated_by",),
    "prescriptions": ("recorded_by",),
    "dose_records": ("given_by",),  # a dose names who gave it: no one signs for another
    "stock_entries": ("recorded_by",),
    "sightings": ("staff_id",),
    "no_contacts": ("added_by",),
    "contacts": ("staff_id",),
    "restraints": ("staff_id",),
    "restraint_debriefs": ("staff_id",),
    "restraint_reviews": ("staff_id",),
    "house_log": ("staff_id",),
    "documents": ("added_by", "removed_by"),
    "trafficking_profiles": ("updated_by",),
    "identification_decisions": ("recorded_by",),
    "legal_cases": ("recorded_by",),
    "hearings": ("recorded_by",),
    "education_placements": ("recorded_by",),
    "school_weeks": ("recorded_by",),
    "school_events": ("staff_id",),
    "child_goals": ("recorded_by",),
    "wishes": ("staff_id",),
    "complaints": ("received_by", "answered_by"),
    "case_reviews": ("chaired_by",),
    "house_settings": ("updated_by",),
    "case_closures": ("staff_id",),
    "approvals": ("staff_id",),
    "legal_holds": ("placed_by", "lifted_by"),
    "destructions": ("staff_id",),
    "staff_prefs": ("staff_id",),
}

# Rows that only the person they name changes (a receiver compares the stored row's field
# with the change set's signer): a person's own settings.
OWNED: dict[str, str] = {"staff_prefs": "staff_id"}

# Append-only kinds whose corrections and voids follow domain/corrections.py: the author
# within the shift, a manager later. Table -> (author, day, shift) fields.
CORRECTED_IN_SHIFT: dict[str, tuple[str, str, str]] = {
    "check_ins": ("staff_id", "date", "shift"),
}

def _always(row: Mapping[str, Any]) -> bool:
    return True


# Fields sealed under the house's restricted key, with when they are (store/restricted.py):
# only clinicians and managers hold that key.
RESTRICTED: dict[str, dict[str, Callable[[Mapping[str, Any]], bool]]] = {
    "residents": {"legal_name": lambda row: True},
    "case_notes": {"body": lambda row: row.get("kind") == "clinical"},
    "health_profiles": {"pregnancy": lambda row: True},
    "no_contacts": {"reason": lambda row: True},  # staff see the warning, not why
    "documents": {"sealed_key": lambda row: True},  # the key of a document not for all
    # issue 31: staff see that a case exists and when its hearings are, not its details;
    # how a complaint was looked into and answered (the manager's; it may be about staff).
    # What the young person said stays readable: the staff member they told writes it, and
    # a staff session holds no restricted key to seal with.
    "trafficking_profiles": dict.fromkeys(
        ("exploitation", "exploitation_countries", "exploitation_period", "identified_how",
         "identified_by", "immigration_status"), _always),
    "identification_decisions": dict.fromkeys(("reference", "note"), _always),
    "legal_cases": dict.fromkeys(("reference", "lawyer", "special_measures", "outcome",
                                  "notes"), _always),
    "hearings": {"note": _always},
    "complaints": dict.fromkeys(("handling", "answer"), _always),
    # issue 27: where a missing young person was and with whom, and what they said at the
    # return interview. Staff write them (sealed to the key's public half) but do not read
    # them back: the episode shows them that a return and an interview are recorded.
    "incidents": dict.fromkeys(("whereabouts", "interview_summary"), _always),
}


# Fields sealed for a narrower circle than clinicians and managers, by the row: the key of
# a managers-only document is sealed under the managers' own key.
SEALED_FOR: dict[str, Callable[[Mapping[str, Any]], KeyCircle]] = {
    "documents": lambda row: (KeyCircle.MANAGERS if row.get("access") == "managers-only"
                              else KeyCircle.CLINICAL),
}


def circle_of(table: str, row: Mapping[str, Any]) -> KeyCircle:
    """The circle whose key seals `row`'s restricted fields."""
    rule = SEALED_FOR.get(table)
    return rule(row) if rule is not None else KeyCircle.CLINICAL


# Alerts only a clinician or manager sets aside: a risk flag with no incident, a contact with
# someone on the no-contact list or with an adult not yet vetted (the manager must hear).
RISK_ACKS = frozenset({"risk-flag", "no-contact-match", "unvetted-contact", "incident-noted",
                       "follow-up-risk"})


def insert_needs(table: str, row: Mapping[str, Any]) -> set[Action]:
    """What creating this row needs (its content matters: a clinical note, an intake)."""
    rule = RULES[table]
    if table == "residents":
        needs = {A.ADD_RESIDENT}
        if row.get("legal_name") is not None:
            needs.add(A.READ_RESTRICTED)
        return needs
    if table == "staff":
        return staff_needs(row.get("role")) | ({A.MANAGE_ROLES} if row.get("med_trained")
                                               else set())
    if table == "stage_changes" and row.get("from_stage") is None:
        return {A.ADD_RESIDENT}  # the intake's first stage is part of adding a resident
    if table == "case_notes" and row.get("kind") == "clinical":
        return {A.WRITE_CLINICAL_NOTE}
    if table == "health_profiles" and row.get("pregnancy") is not None:
        return {A.MANAGE_HEALTH, A.READ_RESTRICTED}
    if table == "documents" and row.get("access") == "clinicians-managers":
        return {A.ADD_DOCUMENT, A.READ_RESTRICTED}
    if table == "documents" and row.get("access") == "managers-only":
        return {A.ADD_DOCUMENT, A.READ_MANAGERS_ONLY}
    if table == "restricted_grants" and row.get("circle") == KeyCircle.MANAGERS.value:
        return {A.READ_MANAGERS_ONLY}  # only a holder of the managers' key grants it
    if table == "alert_acks" and row.get("kind") in RISK_ACKS:
        return {A.ACK_ALERT, A.ACK_RISK_ALERT}
    if table == "hearings":
        return {A.SCHEDULE_SESSIONS, A.MANAGE_LEGAL}  # staff only change who goes
    if table == "case_closures" and row.get("action") == "reopen":
        return {A.REOPEN_CASE}
    if table == "destructions" and row.get("action") == "done":
        return set()  # a laptop's receipt: the laptop's signature is its proof
    if table == "approvals" and row.get("status") == "submitted":
        # whoever may write the subject submits it; approving or returning is APPROVE
        return {SUBMITS.get(str(row.get("subject")), A.APPROVE)}
    return {rule.write} if rule.write is not None else set()


# Who submits each kind of record for approval: whoever may write it.
SUBMITS: dict[str, Action] = {"therapy-plan": A.MANAGE_THERAPY,
                              "safety-plan": A.MANAGE_SAFEGUARDING,
                              "closure": A.CLOSE_CASE}


# roles whose holders read restricted fields or give roles: only a manager adds them
ROLES_BY_MANAGERS = frozenset({"manager", "clinician"})


def staff_needs(role: object) -> set[Action]:
    """What adding a person with this role needs."""
    return {A.MANAGE_STAFF, A.MANAGE_ROLES} if str(role) in ROLES_BY_MANAGERS \
        else {A.MANAGE_STAFF}


def update_needs(table: str, fname: str) -> set[Action]:
    """What changing one field of an existing row needs."""
    rule = RULES[table]
    needs = {rule.write} if rule.write is not None else set()
    if fname in rule.fields:
        needs.add(rule.fields[fname])
    return needs
