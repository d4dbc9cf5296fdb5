"""Commands for the care records: profiles and stage moves, needs, therapy, consent, trusted
adults, referrals and follow-ups.

Every command calls the services only, so the role rules apply exactly as in the app. Each
prints the id of the record it wrote, or with `--json` the whole record.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple

from safehaven import formats
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.lazy import services
from safehaven.domain import vocab as V
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services.context import Context

if TYPE_CHECKING:
    from safehaven.services import (
        consents,
        detail,
        follow_ups,
        needs,
        referrals,
        residents,
        staff,
        therapy,
        trusted_adults,
    )
else:
    (
        consents,
        detail,
        follow_ups,
        needs,
        referrals,
        residents,
        staff,
        therapy,
        trusted_adults,
    ) = services(
        "consents",
        "detail",
        "follow_ups",
        "needs",
        "referrals",
        "residents",
        "staff",
        "therapy",
        "trusted_adults",
    )

Command = Callable[..., argparse.ArgumentParser]

# Options naming a staff member (by name or id), and the record field an error names.
STAFF_OPTIONS = {"owner_id": "owner_id", "key_worker_id": "key_worker_id",
                 "checked_by": "checked_by"}


class Opt(NamedTuple):
    flag: str
    dest: str  # the service's parameter name
    help: str
    kw: dict[str, Any]


def _o(flag: str, dest: str, help_text: str, **kw: Any) -> Opt:
    return Opt(flag, dest, help_text, kw)


def _values(enum: Iterable[Enum]) -> list[str]:
    return [e.value for e in enum]


# -- values ------------------------------------------------------------------------------------
def _date(text: str) -> date | str:
    """YYYY-MM-DD; an empty string is kept, to clear the date."""
    if text == "":
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DD")) from None


def _datetime(text: str) -> datetime:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(tr("use YYYY-MM-DDTHH:MM")) from None


def _staff_id(ctx: Context, field: str, given: str) -> str:
    """A staff member given by name (any case) or id."""
    wanted = given.strip().casefold()
    for member in staff.listing(ctx):
        if member.id == given.strip() or member.display_name.casefold() == wanted:
            return member.id
    raise InvalidValue(field, tr("No staff member with this name or id."))


def _given(ctx: Context, args: argparse.Namespace, dests: Sequence[str]) -> dict[str, Any]:
    """The options actually given, as the service's keyword arguments. An empty value
    clears the field; staff names become staff ids."""
    out: dict[str, Any] = {}
    for dest in dests:
        value = getattr(args, dest)
        if value is None:
            continue
        if value == "":
            value = None
        elif dest in STAFF_OPTIONS:
            value = _staff_id(ctx, STAFF_OPTIONS[dest], value)
        out[dest] = value
    return out


def _plain(value: Any) -> Any:
    """Records as JSON-ready values: enums as their values, dates ISO."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def _emit(args: argparse.Namespace, record: Any) -> None:
    """The record's id (one a line for several), or with --json the whole record."""
    if args.json:
        print_json(_plain(record))
        return
    for one in record if isinstance(record, list) else [record]:
        print(one.id)


def listing(group: Any, command: Command, help_text: str, service: Callable[..., list[Any]],
            line: Callable[[Any], str]) -> None:
    """`<group> list --resident ID [--json]`: one line a record (by `line`), or the records."""
    def run(args: argparse.Namespace) -> None:
        ctx = _open(args)
        with ctx.vault:
            rows = service(ctx, args.resident_id)
        if args.json:
            _emit(args, rows)
            return
        for row in rows:
            print(line(row))

    c = command("list", run, help_text, group)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))


# -- commands ----------------------------------------------------------------------------------
def _writer(service: Callable[..., Any], dests: Sequence[str]
            ) -> Callable[[argparse.Namespace], None]:
    def run(args: argparse.Namespace) -> None:
        ctx = _open(args)
        with ctx.vault:
            result = service(ctx, **_given(ctx, args, dests))
        _emit(args, result.record)
    return run


def _book(ctx: Context, **kw: Any) -> Any:
    """therapy.schedule, saying how to book a time in the past after all."""
    try:
        return therapy.schedule(ctx, **kw)
    except NeedsConfirmation as e:
        raise InvalidValue(e.field, e.message + " " + tr("Add --confirm-past to book it anyway.")
                           ) from None


def cmd_resident_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = detail.load(ctx, args.resident_id)
    if args.json:
        print_json(_plain(found))
    else:
        _print_detail(found)


def _join(*parts: object) -> str:
    return ", ".join(str(p) for p in parts if p not in (None, "", ()))


def _case_lines(d: detail.ResidentDetail) -> list[str]:
    """Where the case stands: closed, a transfer or a closure waiting, or returned."""
    case = d.case
    if case.closure is not None:
        return [tr("Case closed on {day}: {reason}", day=case.closure.day,
                   reason=word(case.closure.reason))
                + (f" ({case.closure.destination})" if case.closure.destination else "")]
    if case.transfer is not None:
        return [tr("Transfer to {house} sent on {day}: waiting for its receipt",
                   house=case.transfer.destination or "", day=case.transfer.day)]
    if case.waiting is not None:
        return [tr("Closure waiting for a manager's approval")]
    if case.returned is not None:
        return [tr("Closure returned: {comment}", comment=case.returned.comment or "")]
    return []


def _print_detail(d: detail.ResidentDetail) -> None:
    def who(staff_id: str | None) -> str | None:
        return d.staff_names.get(staff_id or "", staff_id)

    r = d.resident
    print(f"{r.preferred_name} ({word(r.stage)})  {r.id}")
    facts = [
        (tr("Legal name"), r.legal_name), (tr("Date of birth"), r.date_of_birth),
        (tr("Age estimate"), r.age_estimate), (tr("Gender"), word(r.gender) if r.gender else None),
        (tr("Pronouns"), r.pronouns), (tr("Languages"), formats.languages(r.languages)),
        (tr("Interpreter"), (r.interpreter_language or tr("yes")) if r.interpreter_needed
         else None),
        (tr("Key worker"), who(r.key_worker_id) if r.key_worker_id else None),
        (tr("In the house since"), r.intake_date), (tr("Left the house"), r.discharge_date),
        (tr("Referral source"), word(r.referral_source) if r.referral_source else None),
        (tr("Cultural and faith notes"), r.cultural_notes),
        (tr("Dietary needs"), r.dietary_needs),
    ]
    for label, value in facts:
        if value not in (None, ""):
            print(f"  {label}: {value}")
    for line in _case_lines(d):
        print(f"  {line}")
    used = d.used
    sections: list[tuple[str, Sequence[Any], Callable[[Any], str]]] = [
        (tr("Care stages"), d.stages, lambda s: _join(
            s.changed_on, word(s.to_stage), word(s.reason),
            s.destination and tr("goes to {place}", place=word(s.destination)))),
        (tr("Needs"), d.needs, lambda n: _join(
            word(n.category), word(n.priority), word(n.status),
            n.due_date and tr("due {day}", day=n.due_date), n.owner_id and who(n.owner_id),
            n.notes, n.close_note)),
        (tr("Check-ins (latest)"), d.checkins[:5], lambda c: _join(
            c.date, word(c.shift), tr("mood {n}", n=c.mood), ", ".join(map(word, c.flags)),
            c.note)),
        (tr("Therapy plans"), d.plans, lambda p: _join(
            word(p.modality), p.provider, word(p.frequency), p.place and word(p.place),
            tr("from {day}", day=p.start_date), p.end_date and tr("until {day}", day=p.end_date),
            tr("used {n} of {cap}", n=used.get(p.id, 0), cap=p.session_cap or "–"),
            p.closed_on and tr("closed {day}: {why}", day=p.closed_on, why=p.close_reason))),
        (tr("Sessions"), d.sessions, lambda s: _join(
            f"{s.scheduled_at:%Y-%m-%d %H:%M}", word(s.status), s.place and word(s.place),
            s.reason)),
        (tr("Consent and assent"), d.consents, lambda c: _join(
            word(c.purpose), c.shared_with, c.given_by and word(c.given_by), c.guardian_name,
            tr("consent") if c.guardian_consent else tr("no consent"),
            tr("assent") if c.child_assent else tr("no assent"),
            f"{c.granted_on}..{c.expires_on}",
            c.revoked_on and tr("withdrawn {day}", day=c.revoked_on))),
        (tr("Trusted adults"), d.trusted_adults, lambda a: _join(
            a.name, a.relationship, a.phone, word(a.vetting_status), a.vetted_on,
            a.vetted_by and who(a.vetted_by), ", ".join(map(word, a.vetting_methods)))),
        (tr("Referrals and hand-offs"), d.referrals, lambda x: _join(
            x.made_on, word(x.kind), x.to_organisation, x.contact_person, word(x.status),
            x.handoff_on and tr("{day}: with {who}, received by {by}", day=x.handoff_on,
                                who=x.accompanied_by or "–", by=x.received_by or "–"))),
        (tr("Follow-up contacts"), d.follow_ups, lambda f: _join(
            tr("due {day}", day=f.due_date), f.done_on and tr("done {day}", day=f.done_on),
            f.method and word(f.method), f.contacted, f.risk_level and word(f.risk_level),
            ", ".join(map(word, f.risk_indicators)))),
        (tr("Notes"), d.notes, lambda n: _join(
            f"{n.written_at:%Y-%m-%d %H:%M}", word(n.kind), who(n.staff_id), n.body)),
    ]
    for title, rows, show in sections:
        print(f"{title}:")
        for row in rows:
            print(f"  {show(row)}  [{row.id}]")
        if not rows:
            print("  –")


# -- parser ------------------------------------------------------------------------------------
def _define(group: Any, command: Command, name: str, help_text: str,
            service: Callable[..., Any], opts: Sequence[Opt], required: Sequence[str] = ()
            ) -> None:
    c = command(name, _writer(service, [o.dest for o in opts]), help_text, group)
    for o in opts:
        kw = dict(o.kw)
        if "choices" not in kw and kw.get("action", "append") == "append":
            kw.setdefault("metavar", o.flag[2:].upper())
        c.add_argument(o.flag, dest=o.dest, help=o.help, required=o.dest in required, **kw)
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))


def _group(sub: Any, name: str, help_text: str) -> Any:
    return sub.add_parser(name, help=help_text).add_subparsers(dest="action", required=True)


def _id(what: str, dest: str) -> Opt:
    return _o("--id", dest, tr("the {what}'s id", what=what))


def _resident() -> Opt:
    return _o("--resident", "resident_id", tr("the resident's id"))


def _day(flag: str, dest: str, help_text: str) -> Opt:
    return _o(flag, dest, help_text, type=_date, metavar="YYYY-MM-DD")


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
