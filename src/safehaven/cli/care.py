"""Commands for the care records: profiles and stage moves, needs, therapy, consent, trusted
adults, referrals and follow-ups.

Every command calls the services only, so the role rules apply exactly as in the app. Each
prints the id of the record it wrote, or with `--json` the whole record.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safehaven.cli.declare import (
    Command,
    _datetime,
    _day,
    _define,
    _group,
    _id,
    _o,
    _resident,
    _values,
)
from safehaven.cli.lazy import services
from safehaven.cli.resident_detail import cmd_resident_show
from safehaven.domain import vocab as V
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import (
        consents,
        follow_ups,
        needs,
        referrals,
        residents,
        staff,
        therapy,
        trusted_adults,
    )
    from safehaven.services.context import Context
else:
    (
        consents,
        follow_ups,
        needs,
        referrals,
        residents,
        staff,
        therapy,
        trusted_adults,
    ) = services(
        "consents",
        "follow_ups",
        "needs",
        "referrals",
        "residents",
        "staff",
        "therapy",
        "trusted_adults",
    )


def _book(ctx: Context, **kw: Any) -> Any:
    """therapy.schedule, saying how to book a time in the past after all."""
    try:
        return therapy.schedule(ctx, **kw)
    except NeedsConfirmation as e:
        raise InvalidValue(e.field, e.message + " " + tr("Add --confirm-past to book it anyway.")
                           ) from None


def register(sub: Any, command: Command, resident_group: Any) -> Any:
    """Add the care-record commands, and `resident edit/show/move` to `resident_group`;
    returns the `session` group (booking, single or group, is added by cli_clinical)."""
    optional = {"action": argparse.BooleanOptionalAction}
    profile = [
        _id("resident", "resident_id"),
        _o("--preferred-name", "preferred_name", tr("the name they want to be called")),
        _o("--legal-name", "legal_name", tr("legal name (clinicians and managers only)")),
        _day("--dob", "date_of_birth", tr("date of birth")),
        _o("--age-estimate", "age_estimate", tr("estimated age in years"), type=int),
        _o("--gender", "gender", tr("gender, in their words")),
        _o("--pronouns", "pronouns", tr("pronouns")),
        _o("--language", "languages", tr("a language spoken (repeat; replaces the list)"),
           action="append"),
        _o("--interpreter-needed", "interpreter_needed", tr("whether an interpreter is needed"),
           **optional),
        _o("--interpreter-language", "interpreter_language", tr("the interpreter's language")),
        _o("--cultural-notes", "cultural_notes", tr("cultural and faith notes")),
        _o("--dietary-needs", "dietary_needs", tr("dietary needs")),
        _o("--referral-source", "referral_source", tr("who referred them to the house")),
        _o("--key-worker", "key_worker_id", tr("key worker (staff name or id)"),
           metavar="STAFF"),
    ]
    _define(resident_group, command, "edit", tr("change a resident's profile"),
            residents.update, profile, ["resident_id"])
    c = command("show", cmd_resident_show, tr("a resident's whole record"), resident_group)
    c.add_argument("--id", dest="resident_id", required=True, help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the record as JSON"))
    _define(resident_group, command, "move", tr("move a resident to another care stage"),
            residents.move_stage, [
                _id("resident", "resident_id"),
                _o("--to", "to_stage", tr("the new stage"), choices=_values(V.CareStage)),
                _o("--reason", "reason", tr("why the resident moves")),
                _day("--on", "on", tr("the day of the move (default today)")),
                _o("--destination", "destination", tr("where they go on reintegration"),
                   choices=_values(V.Destination)),
                _o("--skip-reason", "skip_reason", tr("why the move skips a stage"))],
            ["resident_id", "to_stage", "reason"])

    need = _group(sub, "need", tr("stabilization needs"))
    need_opts = [
        _o("--category", "category", tr("the kind of need"), choices=_values(V.NeedCategory)),
        _o("--priority", "priority", tr("how urgent it is"), choices=_values(V.Priority)),
        _o("--owner", "owner_id", tr("who is responsible (staff name or id)"),
           metavar="STAFF"),
        _day("--due", "due_date", tr("due date")),
        _o("--description", "notes", tr("what the need is about")),
    ]
    _define(need, command, "add", tr("add a need"), needs.add, [_resident(), *need_opts],
            ["resident_id", "category"])
    _define(need, command, "edit", tr("change a need"), needs.update, [
        _id("need", "need_id"), *need_opts,
        _o("--status", "status", tr("open or in progress"),
           choices=_values([V.NeedStatus.OPEN, V.NeedStatus.IN_PROGRESS]))], ["need_id"])
    _define(need, command, "close", tr("mark a need met or not applicable"), needs.close, [
        _id("need", "need_id"),
        _o("--status", "status", tr("how it ended"),
           choices=_values([V.NeedStatus.MET, V.NeedStatus.NOT_APPLICABLE])),
        _o("--note", "note", tr("how it was met, or why it does not apply"))],
        ["need_id", "status"])

    plan = _group(sub, "plan", tr("therapy plans"))
    plan_opts = [
        _o("--modality", "modality", tr("the kind of therapy"), choices=_values(V.Modality)),
        _o("--provider", "provider", tr("the therapist or service")),
        _o("--place", "place", tr("where sessions take place")),
        _o("--frequency", "frequency", tr("how often"), choices=_values(V.Frequency)),
        _o("--cap", "session_cap", tr("funded sessions authorised"), type=int),
        _day("--start", "start_date", tr("first day (default today)")),
        _day("--end", "end_date", tr("last day")),
        _o("--funding", "funding_source", tr("who pays")),
        _o("--goals", "goals", tr("the plan's goals")),
        _o("--interpreter", "interpreter", tr("the interpreter, if one is needed")),
    ]
    _define(plan, command, "add", tr("add a therapy plan"), therapy.add_plan,
            [_resident(), *plan_opts], ["resident_id", "modality", "provider"])
    _define(plan, command, "edit", tr("change a therapy plan"), therapy.edit_plan,
            [_id("plan", "plan_id"), *plan_opts], ["plan_id"])
    _define(plan, command, "close", tr("close a plan: it takes no more bookings"),
            therapy.close_plan, [
                _id("plan", "plan_id"), _o("--reason", "reason", tr("completed, or why it ended")),
                _day("--on", "on", tr("the day it closed (default today)"))],
            ["plan_id", "reason"])

    session = _group(sub, "session", tr("therapy sessions"))
    _define(session, command, "status", tr("record attendance or a cancellation"),
            therapy.set_status, [
                _id("session", "session_id"),
                _o("--status", "status", tr("what happened"), choices=_values(V.SessionStatus)),
                _o("--reason", "reason", tr("why it was missed, cancelled or moved")),
                _o("--moved-to", "moved_to", tr("the new time of a rescheduled session "
                                                "(YYYY-MM-DDTHH:MM)"), type=_datetime,
                   metavar="WHEN")], ["session_id", "status"])

    consent = _group(sub, "consent", tr("consent and assent"))
    consent_opts = [
        _o("--purpose", "purpose", tr("what it is for"), choices=_values(V.ConsentPurpose)),
        _day("--granted", "granted_on", tr("the day it was given")),
        _day("--expires", "expires_on", tr("the day it ends")),
        _o("--given-by", "given_by", tr("who gave it"), choices=_values(V.ConsentGiver)),
        _o("--name", "guardian_name", tr("the guardian or agency who consented")),
        _o("--shared-with", "shared_with", tr("the service information goes to")),
        _o("--assent", "child_assent", tr("whether the young person assented"), **optional),
        _o("--consent", "guardian_consent", tr("whether consent was given "
                                               "(--no-consent: it was refused)"), **optional),
    ]
    _define(consent, command, "add", tr("record a consent"), consents.add,
            [_resident(), *consent_opts], ["resident_id", "purpose", "granted_on", "expires_on"])
    _define(consent, command, "edit", tr("correct a consent"), consents.edit,
            [_id("consent", "consent_id"), *consent_opts], ["consent_id"])
    _define(consent, command, "revoke", tr("record that consent was withdrawn"),
            consents.revoke, [
                _id("consent", "consent_id"),
                _day("--on", "on", tr("the day it was withdrawn (default today)")),
                _o("--reason", "reason", tr("why it was withdrawn"))], ["consent_id"])
    _define(consent, command, "age", tr("the age below which a young person's own consent "
                                        "also needs a guardian or agency (managers)"),
            consents.set_consent_age, [_o("--years", "years", tr("the age in years"),
                                          type=int)], ["years"])

    adult = _group(sub, "trusted-adult", tr("trusted adults and their vetting"))
    adult_opts = [
        _o("--name", "name", tr("the adult's name")),
        _o("--relationship", "relationship", tr("who they are to the young person")),
        _o("--phone", "phone", tr("how to reach them")),
    ]
    _define(adult, command, "add", tr("add a trusted adult"), trusted_adults.add,
            [_resident(), *adult_opts], ["resident_id", "name", "relationship"])
    _define(adult, command, "edit", tr("change a trusted adult"), trusted_adults.edit,
            [_id("trusted adult", "adult_id"), *adult_opts], ["adult_id"])
    _define(adult, command, "vet", tr("record a vetting"), trusted_adults.vet, [
        _id("trusted adult", "adult_id"),
        _o("--status", "status", tr("the vetting's result"), choices=_values(V.VettingStatus)),
        _o("--method", "methods", tr("how they were checked (repeat)"), action="append",
           choices=_values(V.VettingMethod)),
        _day("--on", "on", tr("the day of the check (default today)")),
        _o("--checked-by", "checked_by", tr("who checked (staff name or id; default you)"),
           metavar="STAFF"),
        _o("--notes", "notes", tr("notes on the vetting"))], ["adult_id", "status"])

    referral = _group(sub, "referral", tr("referrals and hand-offs"))
    ref_opts = [
        _o("--kind", "kind", tr("the kind of service"), choices=_values(V.ReferralKind)),
        _o("--to", "to_organisation", tr("the service referred to")),
        _o("--contact", "contact_person", tr("the contact at that service")),
        _o("--status", "status", tr("where the referral stands"),
           choices=_values(V.ReferralStatus)),
        _o("--notes", "notes", tr("notes")),
    ]
    _define(referral, command, "add", tr("make a referral"), referrals.make, [
        _resident(), *ref_opts, _day("--on", "made_on", tr("the day it was made"))],
        ["resident_id", "kind", "to_organisation"])
    _define(referral, command, "update", tr("a referral's answer or hand-off"),
            referrals.update, [
                _id("referral", "referral_id"), *ref_opts,
                _o("--accompanied-by", "accompanied_by", tr("who went with the young person")),
                _o("--received-by", "received_by", tr("who received them")),
                _day("--handoff-on", "handoff_on", tr("the day of the hand-off"))],
            ["referral_id"])

    follow = _group(sub, "follow-up", tr("follow-up contacts after reintegration"))
    _define(follow, command, "add", tr("plan follow-up contacts"), follow_ups.schedule, [
        _resident(), _day("--due", "first_due", tr("the first contact's due date")),
        _o("--count", "count", tr("how many contacts (default 1)"), type=int),
        _o("--every-months", "every_months", tr("months between them (default 1)"), type=int)],
        ["resident_id", "first_due"])
    contact_opts = [
        _o("--method", "method", tr("how the contact was made"),
           choices=_values(V.ContactMethod)),
        _o("--contacted", "contacted", tr("who was spoken to")),
        _o("--risk", "risk_level", tr("re-trafficking risk found"), choices=_values(V.RiskLevel)),
        _day("--on", "done_on", tr("the day of the contact (default today)")),
        _o("--wellbeing", "wellbeing", tr("how they are doing"), choices=_values(V.Level)),
        _o("--occupation", "occupation", tr("school or work"), choices=_values(V.Occupation)),
        _o("--indicator", "risk_indicators", tr("a risk sign found (repeat)"), action="append",
           choices=_values(V.RiskIndicator)),
        _o("--notes", "notes", tr("notes")),
    ]
    _define(follow, command, "complete", tr("record a follow-up contact"), follow_ups.complete,
            [_id("follow-up", "follow_up_id"), *contact_opts],
            ["follow_up_id", "method", "contacted", "risk_level"])
    _define(follow, command, "edit", tr("move a planned contact or correct a recorded one"),
            follow_ups.edit, [_id("follow-up", "follow_up_id"),
                              _day("--due", "due_date", tr("the due date")), *contact_opts],
            ["follow_up_id"])
    return session
