"""Commands for clinical safety: incidents, from a risk flag or on their own."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.declare import (
    Command,
    _datetime,
    _day,
    _define,
    _emit,
    _group,
    _id,
    _o,
    _resident,
    _values,
)
from safehaven.cli.lazy import services
from safehaven.domain import vocab as V
from safehaven.errors import NotFound
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import incidents, safety_plans
else:
    incidents, safety_plans = services("incidents", "safety_plans")


def cmd_safety_plan_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        plan = safety_plans.current(ctx, args.resident_id)
    if plan is None:
        raise NotFound(tr("safety plan"), args.resident_id)
    _emit(args, plan)


def cmd_safety_plan_print(args: argparse.Namespace) -> None:
    from safehaven.reports import safety_plan as safety_plan_report
    from safehaven.reports import save

    ctx = _open(args)
    with ctx.vault:
        printout = safety_plans.printout(ctx, args.resident_id, args.plan_lang)
    print(save(safety_plan_report.render(printout), args.out))


def register(sub: Any, command: Command) -> None:
    plan = _group(sub, "safety-plan", tr("a resident's safety plan"))
    _define(plan, command, "set", tr("write the safety plan as reviewed today"),
            safety_plans.save, [
                _resident(),
                _o("--warning-signs", "warning_signs", tr("what tells of a crisis")),
                _o("--coping", "coping", tr("what helps")),
                _o("--safe", "safe_people_places", tr("safe people and places")),
                _o("--avoid", "avoid", tr("people and places to avoid")),
                _o("--contacts", "contacts", tr("whom to call")),
                _day("--reviewed-on", "reviewed_on", tr("the day it was reviewed (default "
                                                        "today)")),
                _day("--review-due", "review_due", tr("the next review (default in 30 "
                                                      "days)"))], ["resident_id"])
    c = command("show", cmd_safety_plan_show, tr("the current safety plan"), plan)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
    c = command("print", cmd_safety_plan_print,
                tr("the plan on one page for the young person, in their language"), plan)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--out", type=Path, required=True, help=tr("the PDF file to write"))
    c.add_argument("--lang", dest="plan_lang", metavar="LANG",
                   help=tr("the page's language (default: the resident's first language "
                           "SafeHaven speaks, else yours)"))

    incident = _group(sub, "incident", tr("incidents: record, acknowledge, close"))
    details = [
        _o("--actions", "actions", tr("what was done at once")),
        _o("--notified", "notified", tr("who was told (repeat)"), action="append",
           choices=_values(V.Notified)),
        _o("--notified-at", "notified_at", tr("when they were told (YYYY-MM-DDTHH:MM)"),
           type=_datetime, metavar="WHEN"),
        _o("--last-seen-at", "last_seen_at", tr("missing from care: when last seen"),
           type=_datetime, metavar="WHEN"),
        _o("--last-seen-place", "last_seen_place", tr("missing from care: where last seen")),
        _o("--appearance", "appearance", tr("missing from care: clothing and appearance")),
    ]
    _define(incident, command, "add", tr("record an incident"), incidents.record, [
        _resident(),
        _o("--kind", "kind", tr("what happened"), choices=_values(V.IncidentKind)),
        _o("--at", "occurred_at", tr("when it happened (YYYY-MM-DDTHH:MM)"), type=_datetime,
           metavar="WHEN"),
        _o("--description", "description", tr("what happened, in plain words")),
        _o("--checkin", "checkin_id", tr("the risk-flagged check-in it comes from")),
        *details], ["resident_id", "kind", "occurred_at", "description"])
    _define(incident, command, "edit", tr("add what became known later"), incidents.edit,
            [_id("incident", "incident_id"),
             _o("--description", "description", tr("what happened")), *details],
            ["incident_id"])
    _define(incident, command, "ack", tr("acknowledge an incident (managers)"),
            incidents.acknowledge, [_id("incident", "incident_id")], ["incident_id"])
    _define(incident, command, "close", tr("close an incident with its outcome (managers)"),
            incidents.close, [_id("incident", "incident_id"),
                              _o("--outcome", "outcome", tr("what was done and what follows"))],
            ["incident_id", "outcome"])
