"""Commands for the safeguarding records a home keeps (issue 27): missing-from-care
episodes to the return interview, the no-contact list and the contact log. Like every
command they call the services only, so the role rules hold exactly as in the app."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import (
    Command,
    _date,
    _datetime,
    _define,
    _emit,
    _group,
    _id,
    _o,
    _resident,
    _values,
    listing,
)
from safehaven.cli.lazy import services
from safehaven.domain import vocab as V
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services.context import Context

if TYPE_CHECKING:
    from safehaven.services import (
        contacts,
        house_log,
        house_settings,
        missing,
        no_contacts,
        restraints,
    )
else:
    (
        contacts,
        house_log,
        house_settings,
        missing,
        no_contacts,
        restraints,
    ) = services(
        "contacts",
        "house_log",
        "house_settings",
        "missing",
        "no_contacts",
        "restraints",
    )


def _when(flag: str, dest: str, help_text: str) -> Any:
    return _o(flag, dest, help_text, type=_datetime, metavar="YYYY-MM-DDTHH:MM")


def cmd_missing_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        episodes = missing.for_resident(ctx, args.resident_id)
    if args.json:
        _emit(args, [e.incident for e in episodes])
        return
    for e in episodes:
        i = e.incident
        back = i.returned_at.strftime("%Y-%m-%d %H:%M") if i.returned_at else None
        held = i.interview_at.strftime("%Y-%m-%d %H:%M") if i.interview_at else None
        state = tr("back {when}", when=back) if back else tr("still missing")
        interview = (tr("return interview {when}", when=held) if held
                     else tr("no return interview yet"))
        print(f"{i.occurred_at:%Y-%m-%d %H:%M}  {state}  {interview}  [{i.id}]")


def cmd_missing_sheet(args: argparse.Namespace) -> None:
    from safehaven.reports import missing_sheet as sheet_report
    from safehaven.reports import save
    from safehaven.services import missing_sheet

    ctx = _open(args)
    with ctx.vault:
        sheet = missing_sheet.sheet(ctx, args.incident_id)
    print(save(sheet_report.render(sheet), args.out))


def _confirmable(service: Callable[..., Any]) -> Callable[..., Any]:
    """`service`, saying how to record after a warning (a listed caller, a date long ago)."""
    def run(ctx: Context, **kw: Any) -> Any:
        try:
            return service(ctx, **kw)
        except NeedsConfirmation as e:
            raise InvalidValue(e.field, e.message + " " + tr("Add --confirm to record it "
                                                             "anyway.")) from None
    return run


# looked up when run: naming `contacts.record` here would load the services at start-up
_log_contact = _confirmable(lambda ctx, **kw: contacts.record(ctx, **kw))
_log_entry = _confirmable(lambda ctx, **kw: house_log.add(ctx, **kw))



def _line(row: Any) -> str:
    parts: list[object]
    if isinstance(row, restraints.RestraintRecord):
        r = row.restraint
        parts = [f"{r.started_at:%Y-%m-%d %H:%M}", word(r.technique),
                 tr("{n} min", n=r.duration_min), r.behaviour,
                 tr("debriefed") if row.debrief else tr("NO DEBRIEF YET"),
                 tr("reviewed") if row.review else tr("not yet reviewed")]
        return "  ".join(str(p) for p in parts if p) + f"  [{row.first_id}]"
    from safehaven.domain.models import NoContact

    if isinstance(row, NoContact):
        parts = [row.name, row.relationship, ", ".join(row.aliases), ", ".join(row.phones),
                 row.description, row.reason]
    else:
        parts = [f"{row.at:%Y-%m-%d %H:%M}", word(row.kind), row.who, row.relationship,
                 row.phone, row.outcome, tr("not allowed") if not row.allowed else None,
                 tr("ON THE NO-CONTACT LIST") if row.no_contact_id else None]
    return "  ".join(str(p) for p in parts if p) + f"  [{row.id}]"



def register(sub: Any, command: Command) -> None:
    _register_missing(sub, command)
    _register_restraints(sub, command)
    _register_house_log(sub, command)
    listed = _group(sub, "no-contact", tr("people a resident must not have contact with "
                                          "(clinicians and managers)"))
    entry = [
        _o("--relationship", "relationship", tr("who they are to the young person")),
        _o("--reason", "reason", tr("why: trafficker, recruiter, unsafe family… (only "
                                    "clinicians and managers read it)")),
        _o("--alias", "aliases", tr("another name they use (repeat)"), action="append"),
        _o("--phone", "phones", tr("a phone number they use (repeat)"), action="append"),
        _o("--description", "description", tr("what they look like, the car they drive")),
    ]
    _define(listed, command, "add", tr("add someone to the no-contact list"),
            no_contacts.add, [_resident(), _o("--name", "name", tr("their name")), *entry],
            ["resident_id", "name", "relationship"])
    _define(listed, command, "edit", tr("change an entry of the no-contact list"),
            no_contacts.edit, [_id("entry", "entry_id"), _o("--name", "name", tr("their name")),
                               *entry], ["entry_id"])
    _define(listed, command, "remove", tr("take someone off the no-contact list"),
            no_contacts.remove, [_id("entry", "entry_id")], ["entry_id"])
    listing(listed, command, tr("a resident's no-contact list (the reason only for "
                                 "clinicians and managers)"), no_contacts.for_resident, _line)

    log = _group(sub, "contact", tr("visits, calls, messages and letters"))
    details = [
        _o("--relationship", "relationship", tr("who they are to the young person")),
        _o("--phone", "phone", tr("the number they called from")),
        _o("--supervised-by", "supervised_by", tr("who supervised it")),
        _o("--reason", "reason", tr("why they came or called")),
        _o("--outcome", "outcome", tr("how it went, and what the young person said")),
        _o("--refused", "allowed", tr("the contact was not allowed (turned away, call not "
                                      "put through)"), action="store_const", const=False),
        _o("--unknown", "unknown_person", tr("someone the house does not know"),
           action="store_const", const=True),
    ]
    _define(log, command, "log", tr("record a visit, call, message or letter"), _log_contact, [
        _resident(), _o("--who", "who", tr("their name as given")),
        _o("--kind", "kind", tr("how they were in touch"), choices=_values(V.ContactKind)),
        _when("--at", "at", tr("when (default now)")), *details,
        _o("--confirm", "confirmed", tr("record it after a warning"), action="store_const",
           const=True)], ["resident_id", "who", "kind"])
    _define(log, command, "amend", tr("correct a contact (the old one is kept)"),
            contacts.amend, [
                _id("contact", "contact_id"),
                _o("--why", "why", tr("why it is corrected")),
                _o("--who", "who", tr("their name as given")),
                _o("--kind", "kind", tr("how they were in touch"),
                   choices=_values(V.ContactKind)), *details], ["contact_id", "why"])
    listing(log, command, tr("a resident's contacts, newest first"), contacts.for_resident, _line)


def _register_restraints(sub: Any, command: Command) -> None:
    group = _group(sub, "restraint", tr("restraint and physical intervention: record, "
                                        "debrief, review"))
    details = [
        _o("--minutes", "duration_min", tr("how long it lasted, in minutes"), type=int),
        _o("--behaviour", "behaviour", tr("what led to it")),
        _o("--technique", "technique", tr("the technique used, from the house's list "
                                           "(restraint techniques)")),
        _o("--held-by", "held_by", tr("the staff who held")),
        _o("--measure", "measure", tr("what was done, in plain words")),
        _o("--witnesses", "witnesses", tr("who else was present")),
        _o("--child-injuries", "child_injuries", tr("injuries to the young person")),
        _o("--staff-injuries", "staff_injuries", tr("injuries to staff")),
        _o("--medical-check", "medical_check", tr("who checked the young person after, "
                                                 "and what they found")),
    ]
    _define(group, command, "add", tr("record a restraint (within 24 hours)"),
            restraints.record, [_resident(), _when("--at", "started_at", tr("when it began")),
                                *details],
            ["resident_id", "started_at", "duration_min", "behaviour", "technique",
             "held_by"])
    _define(group, command, "amend", tr("correct a restraint record (the old one is kept)"),
            restraints.amend, [_id("restraint", "restraint_id"),
                               _o("--why", "why", tr("why it is corrected")),
                               _when("--at", "started_at", tr("when it began")), *details],
            ["restraint_id", "why"])
    _define(group, command, "debrief", tr("record the young person's debrief (within 24 "
                                          "hours)"),
            restraints.debrief, [
                _id("restraint", "restraint_id"),
                _when("--at", "held_at", tr("when it was held")),
                _o("--words", "child_words", tr("what the young person said, in their "
                                                "words")),
                _o("--by", "held_by", tr("who talked it through with them"))],
            ["restraint_id", "held_at", "child_words"])
    _define(group, command, "review", tr("a manager's review of a restraint"),
            restraints.review, [
                _id("restraint", "restraint_id"),
                _o("--review", "review", tr("necessary and proportionate? what was learnt")),
                _o("--actions", "actions", tr("what follows"))],
            ["restraint_id", "review"])
    listing(group, command, tr("a resident's restraints, newest first"),
             restraints.for_resident, _line)
    c = command("techniques", cmd_techniques,
                tr("the techniques the house trains in; a manager sets them"), group)
    c.add_argument("--set", dest="names", nargs="+", metavar="TECHNIQUE",
                   help=tr("the house's list, in its words or by code (managers)"))
    c.add_argument("--default", action="store_true",
                   help=tr("back to the shipped list (managers)"))
    c.add_argument("--json", action="store_true", help=tr("print it as JSON"))


def cmd_techniques(args: argparse.Namespace) -> None:
    """Show the house's restraint techniques, or set them (a manager)."""
    ctx = _open(args)
    with ctx.vault:
        if args.names or args.default:
            house_settings.set_restraint_techniques(ctx, [] if args.default else args.names)
        found = house_settings.restraint_techniques(ctx)
    if args.json:
        print_json(found)
        return
    for t in found:
        print(f"{word(t)}  [{t}]" if word(t) != t else t)


def cmd_log_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        end = datetime.combine(args.until or ctx.today(), time.max)
        entries = house_log.between(ctx, end - timedelta(days=args.days), end)
    if args.json:
        _emit(args, entries)
        return
    for e in entries:
        print(f"{e.at:%Y-%m-%d %H:%M}  {word(e.category)}  {e.text}  [{e.id}]")


def _register_house_log(sub: Any, command: Command) -> None:
    group = _group(sub, "log", tr("the house log: what happened in the house, not about one "
                                  "young person"))
    links = _o("--resident", "resident_ids", tr("a young person it touched (repeat)"),
               action="append")
    _define(group, command, "add", tr("add an entry to the house log"), _log_entry, [
        _o("--category", "category", tr("what it is about"), choices=_values(V.HouseEvent)),
        _o("--text", "text", tr("what happened, and what was done")),
        _when("--at", "at", tr("when (default now)")), links,
        _o("--confirm", "confirmed", tr("record it after a warning"), action="store_const",
           const=True)], ["category", "text"])
    _define(group, command, "amend", tr("correct an entry (the old one is kept)"),
            house_log.amend, [
                _id("entry", "entry_id"), _o("--why", "why", tr("why it is corrected")),
                _o("--category", "category", tr("what it is about"),
                   choices=_values(V.HouseEvent)),
                _o("--text", "text", tr("what happened, and what was done")),
                _when("--at", "at", tr("when")), links], ["entry_id", "why"])
    c = command("list", cmd_log_list, tr("the house log, oldest first"), group)
    c.add_argument("--days", type=int, default=7, help=tr("how many days back (default 7)"))
    c.add_argument("--until", type=_date, metavar="YYYY-MM-DD",
                   help=tr("the last day (default today)"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))


def _register_missing(sub: Any, command: Command) -> None:
    group = _group(sub, "missing", tr("missing from care: report, return, return interview"))
    _define(group, command, "open", tr("report a young person missing from care"),
            missing.open_episode, [
                _resident(),
                _when("--at", "occurred_at", tr("when it was noticed")),
                _o("--description", "description", tr("what happened, in plain words")),
                _when("--last-seen-at", "last_seen_at", tr("when last seen")),
                _o("--last-seen-place", "last_seen_place", tr("where last seen")),
                _o("--appearance", "appearance", tr("clothing and appearance")),
                _o("--notified", "notified", tr("who was told (repeat)"), action="append",
                   choices=_values(V.Notified)),
                _when("--notified-at", "notified_at", tr("when they were told")),
                _o("--police-ref", "police_reference", tr("the police reference")),
            ], ["resident_id", "occurred_at", "description", "last_seen_at",
                "last_seen_place"])
    _define(group, command, "return", tr("record the young person's return"),
            missing.record_return, [
                _id("incident", "incident_id"),
                _when("--at", "returned_at", tr("when they came back")),
                _o("--how", "how", tr("how they came back")),
                _o("--where", "whereabouts", tr("where they were, and with whom")),
                _o("--injuries", "injuries", tr("injuries seen, if any")),
                _o("--police-ref", "police_reference", tr("the police reference")),
            ], ["incident_id", "returned_at"])
    _define(group, command, "interview", tr("record the return interview (due within 72 "
                                            "hours)"),
            missing.record_interview, [
                _id("incident", "incident_id"),
                _when("--at", "held_at", tr("when it was held")),
                _o("--by", "held_by", tr("who held it")),
                _o("--summary", "summary", tr("what was said, and the actions that follow")),
            ], ["incident_id", "held_at", "held_by", "summary"])
    _define(group, command, "sighting", tr("record a sighting while the young person is "
                                           "missing"),
            missing.record_sighting, [
                _id("incident", "incident_id"),
                _when("--at", "at", tr("when they were seen")),
                _o("--place", "place", tr("where they were seen")),
                _o("--seen-by", "seen_by", tr("who saw them")),
                _o("--note", "note", tr("with whom, how they seemed, which way they went"))],
            ["incident_id", "at", "place"])
    c = command("sheet", cmd_missing_sheet, tr("the one-page sheet for the police"), group)
    c.add_argument("--id", dest="incident_id", required=True,
                   help=tr("the {what}'s id", what="incident"))
    c.add_argument("--out", type=Path, required=True, help=tr("the PDF file to write"))
    c = command("list", cmd_missing_list, tr("a resident's missing episodes, newest first"),
                group)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
