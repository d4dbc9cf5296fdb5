"""The `sync` commands: sharing changes between the house's laptops."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from safehaven import formats
from safehaven.cli.common import (
    ENROLMENT_CODE,
    HOUSE_TOKEN,
    add_secret_file_option,
    read_secret,
    secret_given,
)
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json as _print_json
from safehaven.errors import InvalidValue
from safehaven.i18n import tr, tr_n


def cmd_sync_connect(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    certificate = _confirmed_certificate(args)
    ctx = _open(args)
    with ctx.vault:
        if sync_status.connected(ctx) and not secret_given(HOUSE_TOKEN):
            # a connected house: the same server at a new address, its identity kept
            moved = sync_status.move_server(ctx, args.server, certificate)
            print(tr("This laptop now syncs with {url}, as the same laptop of the same "
                     "house.", url=args.server))
            if moved.pin == "kept":
                print(tr("The server presents the certificate pinned before: it stays "
                         "pinned."))
            elif moved.pin == "dropped":
                print(tr("The server no longer presents the certificate pinned before; it "
                         "presents one this laptop's system trusts, which is trusted from "
                         "now on instead. If you did not expect this, ask the server's "
                         "administrator for its certificate and connect again with "
                         "--certificate."))
            if not moved.same_log:
                print(tr("The server there holds another copy of the house's log (restored "
                         "from a backup?): the next sync sends it what it lacks."))
            return
        sync_status.connect_server(
            ctx, args.server, read_secret(HOUSE_TOKEN, tr("The house's one-time token: "))
            .strip(), certificate)
    print(tr("This laptop and its house are registered with {url}.", url=args.server))


def _confirmed_certificate(args: argparse.Namespace) -> bytes | None:
    """The certificate file given with --certificate, once its fingerprint is confirmed:
    by --fingerprint, or by the person at the keyboard."""
    from safehaven.services import sync_status

    if args.certificate is None:
        if args.fingerprint:
            raise InvalidValue("fingerprint", tr("give the certificate with --certificate"))
        return None
    try:
        data = Path(args.certificate).read_bytes()
    except OSError as exc:
        raise InvalidValue("certificate", tr("cannot read {path} ({error})",
                                             path=args.certificate,
                                             error=exc.strerror or exc)) from exc
    fingerprint = sync_status.certificate_fingerprint(data)
    print(tr("The certificate's SHA-256 fingerprint: {fingerprint}", fingerprint=fingerprint),
          file=sys.stderr)
    if args.fingerprint:
        if not sync_status.same_fingerprint(args.fingerprint, data):
            raise InvalidValue("fingerprint", tr(
                "The certificate's fingerprint is not the one given: check you have the "
                "server's file (nothing was changed)."))
        return data
    if not sys.stdin.isatty():
        raise InvalidValue("fingerprint", tr(
            "confirm the fingerprint with --fingerprint (it is not asked without a terminal)"))
    answer = input(tr("Is it the fingerprint the server's administrator gave you? Type yes "
                      "to trust this certificate: "))
    if answer.strip().casefold() not in {"yes", tr("yes").casefold()}:
        raise InvalidValue("fingerprint", tr("not confirmed; nothing was changed"))
    return data


def cmd_sync_enrol_code(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    with ctx.vault:
        made = sync_status.enrol_code(ctx, args.name, args.newcomer, args.role)
    until = sync_status.code_expiry(made.expires)
    if args.newcomer:
        print(tr("One-time enrolment code for {name}, to be used by {person} only (valid "
                 "until {until}; read it to them, do not send it by e-mail):", name=args.name,
                 person=args.newcomer, until=until))
    else:
        print(tr("One-time enrolment code for {name} (valid until {until}; read it to the "
                 "person setting up the new laptop, do not send it by e-mail):",
                 name=args.name, until=until))
    print(made.code)


def cmd_sync_join(args: argparse.Namespace) -> None:
    from safehaven.cli.common import read_passphrase
    from safehaven.services import staff, sync_status
    from safehaven.sync.enrolment import join

    certificate = _confirmed_certificate(args)
    passphrase = staff.check_passphrase(
        read_passphrase(tr("Choose a passphrase: "), confirm=True))
    code = read_secret(ENROLMENT_CODE, tr("Enrolment code: "))
    seen = [0, 0]

    def progress(done: int, of: int) -> None:  # on stderr: standard output stays the answer
        seen[:] = [done, of]
        print("\r" + tr("Receiving the house's records: {done} of about {of} change sets",
                        done=formats.number(done), of=formats.number(of)),
              end="", file=sys.stderr, flush=True)

    vault, recovery = join(args.vault, args.server, code, args.staff_name, passphrase,
                           progress=progress, certificate=certificate)
    if seen[1]:
        print(file=sys.stderr)
    with vault:
        count = sync_status.held_count(vault)
    print(tr_n("This laptop has joined the house: vault at {path}, {n} change set received.",
               "This laptop has joined the house: vault at {path}, {n} change sets received.",
               count, path=args.vault))
    if seen[0] < seen[1]:
        print(tr("The rest did not arrive (the connection stopped): `safehaven sync` goes on "
                 "from where it stopped."))
    print(tr("Recovery key (write it down and keep it locked away; it is shown only once):"))
    print(recovery)


def cmd_sync_revoke(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    with ctx.vault:
        sync_status.revoke_device(ctx, args.device)
        if sync_status.connected(ctx):
            sync_status.sync_now(ctx)
    print(tr("Device {id} revoked; the house has a new key for everything written from "
             "now on.", id=args.device))


def cmd_sync_devices(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    with ctx.vault:
        listing = sync_status.devices(ctx)
    if args.json:
        _print_json(listing)
        return
    for d in listing:
        marks = [tr("this laptop")] if d["this_laptop"] else []
        marks += [tr("revoked")] if d["revoked"] else []
        print(f"{d['id']}  {d['name']}" + (f"  ({', '.join(marks)})" if marks else ""))


def cmd_sync_status(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    if getattr(args, "action", None) is None and sync_status.connected(ctx):
        with ctx.vault:
            report = sync_status.sync_now(ctx).record
            warning = sync_status.clock_warning(ctx)
        if args.json:
            _print_json(report)
        else:
            print(tr("Pushed {p}, pulled {l}, applied {a}, conflicts {c}, quarantined {q}.",
                     p=report["pushed"], l=report["pulled"], a=report["applied"],
                     c=report["conflicts"], q=len(report["quarantined"])))
            newer = [q for q in report["quarantined"] if q["kind"] == "unknown_version"]
            if newer:
                print(newer[0]["reason"])  # update this laptop: it says so
            if report["withheld"]:
                print(tr_n("Warning: the server holds changes from {n} laptop that it did "
                           "not send. Tell the manager and the server's administrator.",
                           "Warning: the server holds changes from {n} laptops that it did "
                           "not send. Tell the manager and the server's administrator.",
                           len(report["withheld"])), file=sys.stderr)
        if warning:
            print(tr("Warning: {problem}", problem=warning), file=sys.stderr)
        return
    with ctx.vault:
        status = sync_status.status(ctx)
    if args.json:
        _print_json(status)
        return
    print(tr("Change sets written here: {n}", n=status["local_changesets"]))
    print(tr("Change sets received: {n}", n=status["received_changesets"]))
    print(tr("Conflicts to review: {n}", n=len(status["conflicts"])))
    print(tr("Quarantined: {n}", n=len(status["quarantined"])))
    for item in status["quarantined"]:
        print(f"  {item['changeset']}: {item['reason']}")
    if not status.get("server"):
        print(tr("No server is connected yet: carry changes with `sync export` and "
                 "`sync import`, or `sync connect`."))


def cmd_sync_export(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    with ctx.vault:
        count = sync_status.export_bundle(ctx, args.out)
    print(tr_n("{n} change set written to {path}.", "{n} change sets written to {path}.",
               count, path=args.out))


def cmd_sync_import(args: argparse.Namespace) -> None:
    from safehaven.services import sync_status

    ctx = _open(args)
    with ctx.vault:
        report = sync_status.import_bundle(ctx, args.file).record
    if args.json:
        _print_json(report)
        return
    print(tr("Applied {a}, already here {s}, conflicts {c}, quarantined {q}.",
             a=report["applied"], s=report["skipped"], c=report["conflicts"],
             q=len(report["quarantined"])))
    if report["dropped"]:
        print(tr_n("{n} damaged line of the bundle was dropped; the rest was applied. Export "
                   "the bundle again to bring what that line carried.",
                   "{n} damaged lines of the bundle were dropped; the rest was applied. "
                   "Export the bundle again to bring what those lines carried.",
                   report["dropped"]), file=sys.stderr)


def _certificate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--certificate", type=Path, metavar="FILE", help=tr(
        "trust this certificate (PEM: the server's own, or its private CA's) for the "
        "server, and only it; its fingerprint is shown to confirm"))
    parser.add_argument("--fingerprint", metavar="SHA256", help=tr(
        "the certificate's SHA-256 fingerprint, confirming it without a prompt"))


def register(sub: Any, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add `sync ...` to the main parser (`server ...` is in cli_server.py)."""
    sync_parser = sub.add_parser("sync", help=tr("share changes with the house's other laptops"))
    sync_parser.set_defaults(func=cmd_sync_status)
    sync_parser.add_argument("--json", action="store_true")
    sync_sub = sync_parser.add_subparsers(dest="action")
    c = command("connect", cmd_sync_connect, tr(
        "register this laptop and its house; once connected, move it to the server's new "
        "address"), sync_sub)
    c.add_argument("--server", required=True)
    add_secret_file_option(c, HOUSE_TOKEN, tr(
        "read the house's one-time token from this file ('-': standard input); else "
        "SAFEHAVEN_HOUSE_TOKEN, else a prompt (never on the command line)"))
    _certificate_options(c)
    c = command("enrol-code", cmd_sync_enrol_code,
                tr("make a one-time code for a new laptop of this house"), sync_sub)
    c.add_argument("--name", default=tr("new laptop"), help=tr("what to call the new laptop"))
    c.add_argument("--for", dest="newcomer", metavar="NAME",
                   help=tr("a new colleague who joins with this laptop: they go on the staff "
                           "list now (without it, only existing staff can use the laptop)"))
    c.add_argument("--role", default="staff", choices=["staff", "clinician", "manager"],
                   help=tr("the new colleague's role (default: staff)"))
    c = command("join", cmd_sync_join, tr("set up this laptop for a house, with a code"),
                sync_sub)
    c.add_argument("--server", required=True)
    add_secret_file_option(c, ENROLMENT_CODE, tr(
        "read the enrolment code from this file ('-': standard input); else SAFEHAVEN_CODE, "
        "else a prompt (never on the command line)"))
    c.add_argument("--staff-name", required=True)
    _certificate_options(c)
    c = command("revoke", cmd_sync_revoke, tr("take a lost or retired laptop out of the house"),
                sync_sub)
    c.add_argument("device", help=tr("the device id (see `sync devices`)"))
    c = command("devices", cmd_sync_devices, tr("the house's laptops"), sync_sub)
    c.add_argument("--json", action="store_true")
    c = command("status", cmd_sync_status, tr("what is waiting, conflicts, quarantine"),
                sync_sub)
    c.add_argument("--json", action="store_true", dest="json")
    c = command("export", cmd_sync_export, tr("write a sync bundle (for a USB stick)"), sync_sub)
    c.add_argument("--out", type=Path, required=True)
    c = command("import", cmd_sync_import, tr("apply a sync bundle"), sync_sub)
    c.add_argument("file", type=Path)
    c.add_argument("--json", action="store_true")
