"""Commands for a child's record over its whole life (issue 30): closing and reopening a
case, approvals, the audit, the complete file, retention. Like every command they call
the services only, so the role rules hold exactly as in the app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven import formats
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command, _date, _define, _id, _o, _plain, _resident, _values
from safehaven.cli.lazy import services
from safehaven.domain import retention as retention_rules
from safehaven.domain import vocab as V
from safehaven.domain.words import word
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import (
        approvals,
        audit,
        closures,
        destruction,
        house_settings,
        retention,
    )
else:
    (
        approvals,
        audit,
        closures,
        destruction,
        house_settings,
        retention,
    ) = services(
        "approvals",
        "audit",
        "closures",
        "destruction",
        "house_settings",
        "retention",
    )


# -- audit -------------------------------------------------------------------------------------
def cmd_audit(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        lines = (audit.for_resident(ctx, args.resident) if args.resident
                 else audit.for_staff(ctx, args.staff_name))
    if args.csv:
        from safehaven.reports import save

        save(audit.to_csv(lines).encode(), args.csv)
    if args.json:
        print_json(_plain(lines))
        return
    for x in lines:
        what = f"{x.record} …{x.row_id[-8:]}" if x.row_id else x.record
        print(f"{formats.day_time(x.at, year=True)}  {x.staff:<20} "
              f"{audit.action_words(x.action):<14} {what}  {x.resident}")


# -- the complete file ---------------------------------------------------------------------
def cmd_export_resident(args: argparse.Namespace) -> None:
    from safehaven.reports import complete_file as report
    from safehaven.services import export

    ctx = _open(args)
    with ctx.vault:  # the documents are read from the vault as they are written
        names = list(args.redact or [])
        if args.redact_known:
            names += export.third_parties(ctx, args.resident_id)
        written = report.write_folder(export.complete_file(ctx, args.resident_id, names),
                                      args.out)
    if args.json:
        print_json({"folder": str(args.out), "files": [str(p) for p in written]})
        return
    print(tr("The complete file is in {path}. It is not encrypted: keep it as safe as the "
             "laptop.", path=args.out))
    for path in written:
        print(path)


# -- retention -----------------------------------------------------------------------------
def cmd_retention(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        name, in_use, after_death = retention.rules_in_use(ctx)
        lines = retention.due(ctx, args.within)
    if args.json:
        print_json({"jurisdiction": name, "after_death_years": after_death,
                    "rules": {str(r.record_class): str(r.rule) for r in in_use},
                    "due": [{"resident_id": x.due.resident_id, "resident": x.resident_name,
                             "record_class": str(x.due.record_class),
                             "due_on": x.due.due_on.isoformat(),
                             "closed_on": x.closed_on.isoformat(), "held": x.due.held}
                            for x in lines]})
        return
    print(tr("Retention rules ({name}):", name=name))
    for r in in_use:
        print(f"  {word(r.record_class):<24} {r.rule}")
    print(tr("Due for destruction: {n}", n=len(lines)))
    for x in lines:
        held = tr("legal hold") if x.due.held else ""
        print(f"  {formats.day(x.due.due_on)}  {x.resident_name:<24} "
              f"{word(x.due.record_class):<24} {held}")


def cmd_retention_set(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.jurisdiction:
            house_settings.set_jurisdiction(ctx, args.jurisdiction)
        if args.record_class:
            house_settings.set_rule(ctx, args.record_class, args.rule or "")
        if args.after_transfer:
            house_settings.set_after_transfer(ctx, args.after_transfer)
    print(tr("Retention rules saved."))


def cmd_retention_receipts(args: argparse.Namespace) -> None:
    """Each destruction: who asked and answered, and each laptop's signed receipt."""
    ctx = _open(args)
    with ctx.vault:
        views = destruction.listing(ctx)
    if args.json:
        print_json([{"id": x.destruction.id, "resident_id": x.destruction.resident_id,
                     "resident": x.resident_name,
                     "requested": _plain(x.destruction.request),
                     "approved": _plain(x.destruction.approval),
                     "declined": _plain(x.destruction.declined),
                     "done_on": {d: t.isoformat() for d, t in x.done_on.items()},
                     "waiting_on": x.waiting_on} for x in views])
        return
    for x in views:
        d = x.destruction
        state = (tr("approved") if d.approved else tr("declined") if d.declined
                 else tr("waiting for a second manager"))
        print(f"{d.id}  {x.resident_name or d.resident_id}  {state}")
        print("  " + tr("asked by {name} on {day}", name=x.staff_names.get(d.request.staff_id, "?"),
                        day=formats.day(d.request.at.date())))
        if d.approval is not None:
            print("  " + tr("approved by {name} on {day}",
                            name=x.staff_names.get(d.approval.staff_id, "?"),
                            day=formats.day(d.approval.at.date())))
        for device, at in sorted(x.done_on.items(), key=lambda kv: kv[1]):
            print("  " + tr("erased on {laptop} at {time}",
                            laptop=x.device_names.get(device, device),
                            time=formats.day_time(at, year=True)))
        for device in x.waiting_on:
            print("  " + tr("not yet erased on {laptop}",
                            laptop=x.device_names.get(device, device)))


# -- approvals -----------------------------------------------------------------------------
def cmd_approval_pending(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        waiting = approvals.pending(ctx)
    if args.json:
        print_json([{**_plain(p.step), "resident": p.resident_name} for p in waiting])
        return
    for p in waiting:
        print(f"{formats.day_time(p.step.at, year=True)}  {p.resident_name:<24} "
              f"{word(p.step.subject):<18} {p.step.subject_id}")


def cmd_approval_require(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        house_settings.require_approval(ctx, args.subject, not args.off)
    print(tr("Saved."))


def register(sub: Any, command: Command, resident_group: Any) -> None:
    """`resident close|reopen` (in the resident group), `audit`, `export resident`,
    `retention` and `approval`."""
    _define(resident_group, command, "close", tr("close a case, with its reason"),
            closures.close, [
                _id("resident", "resident_id"),
                _o("--reason", "reason", tr("why the case closes"),
                   choices=_values(V.ClosureReason)),
                _o("--on", "on", tr("the day it closed (default today)"), type=_date,
                   metavar="YYYY-MM-DD"),
                _o("--destination", "destination", tr("where the young person went")),
                _o("--note", "note", tr("anything else about the closure"))],
            ["resident_id", "reason"])
    _define(resident_group, command, "reopen", tr("reopen a closed case (managers)"),
            closures.reopen, [
                _id("resident", "resident_id"),
                _o("--reason", "reason", tr("why the case is reopened")),
                _o("--on", "on", tr("the day it reopened (default today)"), type=_date,
                   metavar="YYYY-MM-DD")], ["resident_id", "reason"])

    c = command("audit", cmd_audit, tr("who opened or changed a child's records, or what a "
                                       "staff member opened (managers)"))
    which = c.add_mutually_exclusive_group(required=True)
    which.add_argument("--resident", metavar="ID", help=tr("the resident's id"))
    which.add_argument("--staff", dest="staff_name", metavar="NAME",
                       help=tr("a staff member's name or id"))
    c.add_argument("--csv", type=Path, metavar="FILE", help=tr("also write it as CSV"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))

    exp = sub.add_parser("export", help=tr("export a child's complete file")).add_subparsers(
        dest="action", required=True, metavar="ACTION")
    c = command("resident", cmd_export_resident, tr(
        "write a child's complete file (PDF and JSON of every record, its history and "
        "audit, and the documents) into a folder (managers)"), exp)
    c.add_argument("--id", dest="resident_id", required=True, help=tr("the resident's id"))
    c.add_argument("--out", type=Path, required=True, metavar="DIR",
                   help=tr("the folder to write it into (made if missing; not encrypted)"))
    c.add_argument("--redact", action="append", metavar="NAME", help=tr(
        "take this third party's name out of every text (repeat for each); the documents "
        "are then left out, to be reviewed"))
    c.add_argument("--redact-known", action="store_true", help=tr(
        "also take out the names her records hold in fields of their own (trusted adults, "
        "the no-contact list, visitors and callers)"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))

    c = command("retention", cmd_retention, tr("retention rules and the closed cases due "
                                               "for destruction (managers)"))
    c.add_argument("--within", type=int, default=0, metavar="DAYS",
                   help=tr("also list what falls due within DAYS"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    rsub = c.add_subparsers(dest="action", metavar="ACTION")
    s = command("set", cmd_retention_set, tr("choose the jurisdiction or a class's rule"), rsub)
    s.add_argument("--jurisdiction", choices=list(retention_rules.JURISDICTIONS),
                   help=tr("whose law the defaults follow"))
    s.add_argument("--class", dest="record_class", choices=_values(V.RecordClass),
                   help=tr("the class of records"))
    s.add_argument("--rule", metavar="RULE", help=tr(
        "age:YEARS (until that birthday) or closed:YEARS (after closure); empty: the "
        "default"))
    s.add_argument("--after-transfer", choices=list(house_settings.KEEPS), help=tr(
        "what this house keeps of a young person another house accepted: a closed copy, or "
        "none (its destruction is then asked for; a second manager approves)"))
    _define(rsub, command, "hold", tr("place a legal hold on a child's records"),
            retention.place_hold, [_id("resident", "resident_id"),
                                   _o("--reason", "reason", tr("why the records are kept"))],
            ["resident_id", "reason"])
    _define(rsub, command, "lift", tr("lift a legal hold"), retention.lift_hold,
            [_id("hold", "hold_id")], ["hold_id"])
    _define(rsub, command, "destroy", tr(
        "ask for a closed case's records to be destroyed; a second manager approves "
        "(managers)"), destruction.request,
        [_resident(), _o("--why", "reason", tr("why (do not name the young person)"))],
        ["resident_id", "reason"])
    _define(rsub, command, "approve", tr(
        "approve another manager's destruction: the records are erased on this laptop at "
        "once and on each laptop at its next sync (managers)"), destruction.approve,
        [_id("destruction", "destruction_id")], ["destruction_id"])
    _define(rsub, command, "decline", tr("decline a destruction, saying why (managers)"),
            destruction.decline, [_id("destruction", "destruction_id"),
                                  _o("--why", "reason", tr("why not"))],
            ["destruction_id", "reason"])
    c = command("receipts", cmd_retention_receipts, tr(
        "destructions asked for, and which laptops have erased the records (managers)"),
        rsub)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))

    ap = sub.add_parser("approval", help=tr("approvals of plans and closures")
                        ).add_subparsers(dest="action", required=True, metavar="ACTION")
    c = command("pending", cmd_approval_pending, tr("what waits for approval (managers)"), ap)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    _define(ap, command, "approve", tr("approve a plan or closure (managers)"),
            approvals.approve, [_id("plan or closure", "subject_id"),
                                _o("--comment", "comment", tr("a comment"))], ["subject_id"])
    _define(ap, command, "return", tr("return it with a comment saying what to change "
                                      "(managers)"), approvals.return_,
            [_id("plan or closure", "subject_id"),
             _o("--comment", "comment", tr("what to change"))], ["subject_id", "comment"])
    _define(ap, command, "submit", tr("submit a plan or closure again after a return"),
            approvals.submit, [_o("--subject", "subject", tr("what it is"),
                                  choices=_values(V.ApprovalSubject)),
                               _id("plan or closure", "subject_id"),
                               _o("--comment", "comment", tr("what changed"))],
            ["subject", "subject_id"])
    c = command("require", cmd_approval_require, tr("switch approval of a kind of record on "
                                                     "or off for the house (managers)"), ap)
    c.add_argument("--subject", required=True, choices=_values(V.ApprovalSubject),
                   help=tr("what needs approval"))
    c.add_argument("--off", action="store_true", help=tr("stop asking for approval"))

