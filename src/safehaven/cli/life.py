"""Commands for a child's life beyond therapy (issue 31): the trafficking profile, the legal
case and its hearings, school and training, the young person's goals, wishes and
complaints, and case reviews. They call the services only, so roles hold as in the app
(and staff get the case without its sealed details)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import (
    Command,
    _date,
    _datetime,
    _define,
    _group,
    _id,
    _o,
    _plain,
    _values,
    listing,
)
from safehaven.cli.lazy import services
from safehaven.domain import life as L
from safehaven.domain.words import word
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import decision_kinds, education, legal, profile
else:
    (
        decision_kinds,
        education,
        legal,
        profile,
    ) = services(
        "decision_kinds",
        "education",
        "legal",
        "profile",
    )


def _when(flag: str, dest: str, help_text: str) -> Any:
    return _o(flag, dest, help_text, type=_datetime, metavar="YYYY-MM-DDTHH:MM")


def _on(flag: str, dest: str, help_text: str) -> Any:
    return _o(flag, dest, help_text, type=_date, metavar="YYYY-MM-DD")


def _resident() -> Any:
    return _o("--resident", "resident_id", tr("the resident's id"))


def _line(row: Any) -> str:
    """One record on one line, for people (scripts use --json)."""
    if isinstance(row, L.LegalCase):
        parts: list[object] = [row.opened_on, word(row.kind), word(row.status), row.reference,
                               row.lawyer, row.special_measures, row.outcome]
    elif isinstance(row, L.Hearing):
        parts = [f"{row.at:%Y-%m-%d %H:%M}", word(row.kind), row.place, word(row.status),
                 tr("with {who}", who=row.accompanied_by) if row.accompanied_by
                 else tr("NOBODY TO GO WITH THEM YET"), row.transport, row.note]
    elif isinstance(row, L.EducationPlacement):
        parts = [word(row.kind), row.provider, row.course, row.designated_teacher,
                 row.provider_contact, row.start_date, row.end_date]
    elif isinstance(row, L.CaseReview):
        parts = [row.held_on, row.participants, row.decisions,
                 tr("next {day}", day=row.next_review) if row.next_review else None]
    elif isinstance(row, L.ChildGoal):
        parts = [row.set_on, word(row.status), row.words, row.progress]
    elif isinstance(row, L.Wish):
        parts = [row.said_on, row.topic, row.words]
    elif isinstance(row, L.Complaint):
        parts = [row.made_on, row.details,
                 word(row.outcome) if row.outcome else tr("NOT ANSWERED YET"), row.answer]
    elif isinstance(row, L.IdentificationDecision):
        parts = [word(row.kind), word(row.outcome), row.applied_on, row.decided_on,
                 row.reference, row.note]
    else:
        parts = [row]
    return "  ".join(str(p) for p in parts if p not in (None, "")) + f"  [{row.id}]"




def register(sub: Any, command: Command) -> None:
    _register_profile(sub, command)
    _register_legal(sub, command)
    _register_school(sub, command)


def _register_school(sub: Any, command: Command) -> None:
    school = _group(sub, "school", tr("school and training: placements, attendance a week, "
                                      "exclusions and achievements"))
    about = [
        _o("--provider", "provider", tr("the school, college or employer")),
        _o("--course", "course", tr("the class, year group or trade")),
        _o("--contact", "provider_contact", tr("how to reach the provider")),
        _o("--teacher", "designated_teacher", tr("the designated teacher or tutor")),
        _on("--start", "start_date", tr("when it starts (default today)")),
        _on("--end", "end_date", tr("when it ends"))]
    kind = _o("--kind", "kind", tr("school, class, tutoring, vocational course or "
                                   "apprenticeship"), choices=_values(L.PlacementKind))
    _define(school, command, "add", tr("add a school or training placement"),
            education.add_placement, [_resident(), kind, *about],
            ["resident_id", "kind", "provider"])
    _define(school, command, "edit", tr("change a placement"), education.edit_placement,
            [_id("placement", "placement_id"), kind, *about], ["placement_id"])
    _define(school, command, "week", tr("attendance at a placement in one week"),
            education.record_week, [
                _id("placement", "placement_id"),
                _on("--week", "week_of", tr("any day of the week")),
                _o("--expected", "expected", tr("sessions there were"), type=int),
                _o("--attended", "attended", tr("sessions attended"), type=int),
                _o("--note", "note", tr("why any were missed"))],
            ["placement_id", "week_of", "expected", "attended"])
    _define(school, command, "event", tr("an exclusion, an achievement or a qualification"),
            education.add_event, [
                _id("placement", "placement_id"),
                _o("--kind", "kind", tr("what happened"), choices=_values(L.SchoolEventKind)),
                _o("--detail", "detail", tr("what, in a few words")),
                _on("--on", "happened_on", tr("when (default today)")),
                _o("--days", "days", tr("an exclusion's length in days"), type=int)],
            ["placement_id", "kind", "detail"])
    listing(school, command, tr("a resident's placements, current ones first"),
            education.placements, _line)


def cmd_profile_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = profile.for_resident(ctx, args.resident_id)
        decided = profile.decisions(ctx, args.resident_id)
    if args.json:
        print_json({"profile": _plain(found), "decisions": _plain(decided)})
        return
    if found is None:
        print(tr("No trafficking profile yet."))
    else:
        forms = ", ".join(word(f) for f in profile.forms_of(found))
        for label, value in ((tr("Forms of exploitation"), forms),
                             (tr("Country of origin"), found.country_of_origin),
                             (tr("Citizenship"), found.citizenship),
                             (tr("Where exploited"), found.exploitation_countries),
                             (tr("When"), found.exploitation_period),
                             (tr("How identified"), found.identified_how),
                             (tr("Identified by"), found.identified_by),
                             (tr("Immigration status"), found.immigration_status),
                             (tr("Guardian or advocate"), found.guardian),
                             (tr("Their contact"), found.guardian_contact)):
            if value:
                print(f"{label}: {value}")
    for d in decided:
        print(_line(d))


def _register_profile(sub: Any, command: Command) -> None:
    top = sub.add_parser("profile", help=tr("the trafficking profile and identification "
                                            "decisions (clinicians and managers)")
                         ).add_subparsers(dest="profile_group", required=True)
    _define(top, command, "set", tr("write the trafficking profile (only the fields given)"),
            profile.save, [
                _resident(),
                _o("--exploitation", "exploitation", tr("a form of exploitation (repeat)"),
                   action="append", choices=_values(L.ExploitationForm)),
                _o("--origin", "country_of_origin", tr("the country of origin")),
                _o("--citizenship", "citizenship", tr("citizenship")),
                _o("--countries", "exploitation_countries", tr("countries of exploitation")),
                _o("--period", "exploitation_period", tr("the period of exploitation")),
                _o("--identified-how", "identified_how", tr("how they were identified")),
                _o("--identified-by", "identified_by", tr("who identified them")),
                _o("--immigration", "immigration_status", tr("immigration status")),
                _o("--guardian", "guardian", tr("guardian or advocate")),
                _o("--guardian-contact", "guardian_contact", tr("how to reach them"))],
            ["resident_id"])
    c = command("show", cmd_profile_show, tr("a resident's profile and decisions (the sealed "
                                             "parts only for clinicians and managers)"), top)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
    decision = _group(top, "decision", tr("identification and status decisions"))
    about = [
        _o("--outcome", "outcome", tr("awaiting, positive, negative or withdrawn"),
           choices=_values(L.DecisionOutcome)),
        _on("--applied", "applied_on", tr("when the referral or application was made")),
        _on("--decided", "decided_on", tr("when the decision was made")),
        _o("--reference", "reference", tr("the decision's reference")),
        _o("--note", "note", tr("anything else about it"))]
    _define(decision, command, "add", tr("record a referral, application or decision"),
            profile.add_decision, [
                _resident(), _o("--kind", "kind", tr("which decision: one of the house's "
                                                     "(profile decision kinds)")), *about],
            ["resident_id", "kind"])
    _define(decision, command, "edit", tr("record the decision, or correct one"),
            profile.edit_decision, [_id("decision", "decision_id"), *about],
            ["decision_id"])
    listing(decision, command, tr("a resident's decisions, oldest first"), profile.decisions, _line)
    c = command("kinds", cmd_decision_kinds,
                tr("the kinds of decision the house records; a manager sets them"), decision)
    c.add_argument("--first-stage", dest="first_stage", nargs="+", metavar="KIND",
                   help=tr("first-stage decisions, which a later one confirms (by code or in "
                           "the house's words; managers)"))
    c.add_argument("--final", nargs="+", metavar="KIND",
                   help=tr("final decisions (by code or in the house's words; managers)"))
    c.add_argument("--default", action="store_true",
                   help=tr("back to the shipped list (managers)"))
    c.add_argument("--json", action="store_true", help=tr("print it as JSON"))


def cmd_decision_kinds(args: argparse.Namespace) -> None:
    """Show the house's kinds of decision, or set them (a manager): both lists are given
    together, as the house's whole list."""
    ctx = _open(args)
    with ctx.vault:
        if args.first_stage or args.final or args.default:
            decision_kinds.set_list(ctx, [] if args.default else args.first_stage or [],
                                    [] if args.default else args.final or [])
        found = decision_kinds.listed(ctx)
    if args.json:
        print_json([{"kind": c.name, "first_stage": c.first_stage} for c in found])
        return
    for c in found:
        stage = tr("first-stage") if c.first_stage else tr("final")
        name = f"{word(c.name)}  [{c.name}]" if word(c.name) != c.name else c.name
        print(f"{name}  ({stage})")


def _register_legal(sub: Any, command: Command) -> None:
    top = sub.add_parser("legal", help=tr("the legal case and its hearings")
                         ).add_subparsers(dest="legal_group", required=True)
    case = _group(top, "case", tr("cases the young person is part of (details for "
                                  "clinicians and managers)"))
    details = [
        _o("--status", "status", tr("open, on hold or closed"), choices=_values(L.LegalStatus)),
        _o("--reference", "reference", tr("the police, court or Home Office reference")),
        _o("--lawyer", "lawyer", tr("the lawyer or advocate, and how to reach them")),
        _o("--special-measures", "special_measures",
           tr("special measures asked for: screens, video link, an intermediary")),
        _o("--outcome", "outcome", tr("how it ended")),
        _o("--notes", "notes", tr("anything else about the case")),
    ]
    _define(case, command, "add", tr("record a legal case"), legal.open_case, [
        _resident(), _o("--kind", "kind", tr("what kind of case"),
                        choices=_values(L.LegalCaseKind)),
        _on("--opened", "opened_on", tr("when it began (default today)")), *details],
        ["resident_id", "kind"])
    _define(case, command, "edit", tr("change a legal case"), legal.edit_case, [
        _id("case", "case_id"), _o("--kind", "kind", tr("what kind of case"),
                                   choices=_values(L.LegalCaseKind)),
        _on("--opened", "opened_on", tr("when it began")),
        _on("--closed", "closed_on", tr("when it closed")), *details], ["case_id"])
    listing(case, command, tr("a resident's legal cases (details only for clinicians and "
                              "managers)"), legal.cases, _line)

    hearing = _group(top, "hearing", tr("hearings and appointments, and who goes with the "
                                        "young person"))
    going = [
        _o("--with", "accompanied_by", tr("who goes with the young person")),
        _o("--transport", "transport", tr("how they get there")),
    ]
    about = [
        _o("--kind", "kind", tr("what kind of hearing or appointment"),
           choices=_values(L.HearingKind)),
        _o("--place", "place", tr("where")),
        _o("--minutes", "duration_min", tr("how long, in minutes (default 120)"), type=int),
        _o("--note", "note", tr("what it is about, how to prepare (clinicians and "
                                "managers)")),
    ]
    _define(hearing, command, "add", tr("add a hearing or appointment to a case"),
            legal.add_hearing, [_id("case", "case_id"), _when("--at", "at", tr("when")),
                                *about, *going], ["case_id", "at", "kind", "place"])
    _define(hearing, command, "edit", tr("change a hearing (staff: who goes and the "
                                         "transport)"),
            legal.edit_hearing, [
                _id("hearing", "hearing_id"), _when("--at", "at", tr("when")), *about,
                _o("--status", "status", tr("scheduled, held, postponed or cancelled"),
                   choices=_values(L.HearingStatus)), *going], ["hearing_id"])
    listing(hearing, command, tr("a resident's hearings, newest first"), legal.hearings, _line)
