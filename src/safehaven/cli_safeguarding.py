"""Commands for the safeguarding records a home keeps (issue 27): missing-from-care
episodes to the return interview. Like every command they call the services only, so the
role rules hold exactly as in the app."""

from __future__ import annotations

import argparse
from typing import Any

from safehaven.cli_care import (
    Command,
    _datetime,
    _define,
    _emit,
    _group,
    _id,
    _o,
    _resident,
    _values,
)
from safehaven.cli_common import open_context as _open
from safehaven.domain import vocab as V
from safehaven.i18n import tr
from safehaven.services import missing


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


def register(sub: Any, command: Command) -> None:
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
    c = command("list", cmd_missing_list, tr("a resident's missing episodes, newest first"),
                group)
    c.add_argument("--resident", dest="resident_id", required=True,
                   help=tr("the resident's id"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))
