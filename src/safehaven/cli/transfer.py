"""`safehaven transfer card|send|open|receipt`: moving a child between two houses of one
organisation by file (issue 30, item 1). Like every command they call the services only,
so the role rules hold exactly as in the app. A card or a sender's signature is trusted
once its fingerprint is confirmed: with --fingerprint, or by the person at the keyboard."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command
from safehaven.cli.lazy import services
from safehaven.errors import InvalidValue, PossibleDuplicate
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import transfer_mail, transfers
    from safehaven.services.context import Context
    from safehaven.sync.transfer_file import Card
else:
    transfers, transfer_mail = services("transfers", "transfer_mail")


def confirm(args: argparse.Namespace, fingerprint: str, about: str, question: str) -> None:
    """The fingerprint given matches, or the person at the keyboard says it does."""
    if args.fingerprint:
        from safehaven.sync.transfer_file import same_fingerprint

        if not same_fingerprint(args.fingerprint, fingerprint):
            raise InvalidValue("fingerprint", tr("The fingerprint is not the one given: "
                                                 "nothing was changed."))
        return
    if not sys.stdin.isatty():
        raise InvalidValue("fingerprint", tr(
            "confirm the fingerprint with --fingerprint (it is not asked without a terminal)"))
    print(about, file=sys.stderr)
    print(tr("Fingerprint: {fingerprint}", fingerprint=fingerprint), file=sys.stderr)
    answer = input(question)
    if answer.strip().casefold() not in {"yes", tr("yes").casefold()}:
        raise InvalidValue("fingerprint", tr("not confirmed; nothing was changed"))


def confirmed_card(ctx: Context, args: argparse.Namespace, question: str) -> Card:
    """The other house's card (`--to-card`), its fingerprint confirmed (`confirm`)."""
    card = transfers.read_card(ctx, args.to_card)
    confirm(args, card.fingerprint, tr("To {house} ({organisation}), card signed by {name}.",
                                       house=card.house, organisation=card.organisation,
                                       name=card.signed_by), question)
    return card


def cmd_card(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        card = transfers.write_card(ctx, args.out)
    if args.json:
        print_json({"file": str(args.out), "house": card.house,
                    "fingerprint": card.fingerprint})
        return
    print(tr("The card of {house} is in {path}. Give it to the sending house's manager and "
             "read them its fingerprint by another way (phone, in person): {fingerprint}",
             house=card.house, path=args.out, fingerprint=card.fingerprint))


def cmd_send(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        card = confirmed_card(ctx, args, tr(
            "Is it the fingerprint the receiving house's manager read to you? Type yes to "
            "send: "))
        closure = transfers.send(ctx, args.resident_id, card, args.out).record
        posted = transfer_mail.post(ctx, args.out, card.site_id) if args.by_server else None
    if args.json:
        print_json({"file": str(args.out), "transfer_id": closure.id, "to": card.house,
                    "posted": posted})
        return
    if posted is not None:
        print(tr("Left on the server for {house}.", house=card.house))
    print(tr("The transfer to {house} is in {path}: it opens only for that house's managers. "
             "The case waits for their receipt.", house=card.house, path=args.out))


def _described(x: transfers.Incoming) -> dict[str, Any]:
    return {"transfer_id": x.transfer_id, "resident_id": x.resident_id,
            "preferred_name": x.preferred_name, "from_house": x.from_house,
            "organisation": x.from_organisation, "signed_by": x.signed_by,
            "fingerprint": x.signer_fingerprint, "created": x.created, "records": x.counts,
            "documents": x.documents, "answered": x.answered,
            "known_here": [i for i, _ in x.known],
            "from_site": transfer_mail.sender_site(x)}


def cmd_open(args: argparse.Namespace) -> None:
    if (args.accept or args.decline) and args.receipt is None:
        raise InvalidValue("receipt", tr("say where the receipt goes with --receipt FILE"))
    if args.decline and not args.why:
        raise InvalidValue("why", tr("say why with --why"))
    ctx = _open(args)
    with ctx.vault:
        incoming = transfers.open_package(ctx, args.file,
                                          preview=not (args.accept or args.decline))
        if not args.json:
            print(tr("{name}, from {house} ({organisation}), signed by {signer} on {day}.",
                     name=incoming.preferred_name, house=incoming.from_house,
                     organisation=incoming.from_organisation, signer=incoming.signed_by,
                     day=incoming.created))
            print(tr("Signer's fingerprint: {fingerprint}",
                     fingerprint=incoming.signer_fingerprint))
            for table, n in sorted(incoming.counts.items()):
                print(f"  {table}: {n}")
            print("  " + tr("documents: {n}", n=incoming.documents))
            if incoming.known_words:
                print(incoming.known_words)
        if args.accept:
            confirm(args, incoming.signer_fingerprint, tr(
                "From {house}, signed by {signer}.", house=incoming.from_house,
                signer=incoming.signed_by), tr(
                "Is it the fingerprint the sending house's manager read to you? Type yes to "
                "accept: "))
            try:
                transfers.accept(ctx, incoming, args.receipt, confirmed=args.not_duplicate)
            except PossibleDuplicate as e:
                raise InvalidValue(e.field, " ".join((e.message, tr(
                    "Their ids: {ids}. Add --not-duplicate to accept anyway.",
                    ids=", ".join(i for i, _ in e.matches))))) from None
        elif args.decline:
            transfers.decline(ctx, incoming, args.why, args.receipt)
        posted = transfer_mail.post(ctx, args.receipt, transfer_mail.sender_site(incoming)) \
            if args.by_server and (args.accept or args.decline) else None
    if args.json:
        print_json({**_described(incoming), "accepted": bool(args.accept),
                    "declined": bool(args.decline),
                    "receipt": str(args.receipt) if args.receipt else None,
                    "posted": posted})
        return
    if posted is not None:
        print(tr("The receipt was left on the server for the sending house."))
    if args.accept:
        print(tr("{name} is now a resident of this house. Give the receipt {path} to the "
                 "sending house.", name=incoming.preferred_name, path=args.receipt))
    elif args.decline:
        print(tr("Declined. Give the receipt {path} to the sending house.", path=args.receipt))


def cmd_receipt(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        answer = transfers.read_receipt(ctx, args.file)
        transfers.record_receipt(ctx, args.file)
    r = answer.receipt
    if args.json:
        print_json({"transfer_id": r.transfer_id, "resident_id": r.resident_id,
                    "accepted": r.accepted, "why": r.why, "house": r.card.house,
                    "signed_by": r.signed_by, "fingerprint": r.card.fingerprint})
        return
    if r.accepted:
        print(tr("{house} accepted {name}: the case is closed as transferred.",
                 house=r.card.house, name=answer.preferred_name))
    else:
        print(tr("{house} declined {name} ({why}): the case stays open.", house=r.card.house,
                 name=answer.preferred_name, why=r.why or ""))


# -- through the server ------------------------------------------------------------------------
def cmd_post(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        item = transfer_mail.post(ctx, args.file, args.to)
    if args.json:
        print_json({"id": item})
        return
    print(tr("Left on the server for the other house: {id}", id=item))


def cmd_inbox(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        items = transfer_mail.inbox(ctx)
    if args.json:
        print_json(items)
        return
    for x in items:
        print(f"{x['id']}  {x['at']}  {x['sender']}  {x['size']}")


def cmd_take(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        out = transfer_mail.take(ctx, args.item_id, args.out)
    if args.json:
        print_json({"file": str(out)})
        return
    print(tr("Saved as {path}; open it with `transfer open` or `transfer receipt`.",
             path=out))


def register(sub: Any, command: Command) -> None:
    group = sub.add_parser("transfer", help=tr("move a child to another house of the "
                                               "organisation, by file (managers)")
                           ).add_subparsers(dest="action", required=True, metavar="ACTION")
    c = command("card", cmd_card, tr("write this house's card, for a house that will send a "
                                     "child here"), group)
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the card file to write"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("send", cmd_send, tr("seal a child's whole record for the receiving house"),
                group)
    c.add_argument("--resident", dest="resident_id", required=True, metavar="ID",
                   help=tr("the resident's id"))
    c.add_argument("--to-card", type=Path, required=True, metavar="FILE",
                   help=tr("the receiving house's card"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the transfer file to write"))
    c.add_argument("--fingerprint", help=tr("the card's fingerprint, as its house read it to "
                                            "you (asked when not given)"))
    c.add_argument("--by-server", action="store_true", help=tr(
        "also leave it on the organisation's server for the receiving house"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("open", cmd_open, tr("show what a transfer holds; accept or decline it"),
                group)
    c.add_argument("file", type=Path, help=tr("the transfer file"))
    which = c.add_mutually_exclusive_group()
    which.add_argument("--accept", action="store_true",
                       help=tr("make the child a resident of this house"))
    which.add_argument("--decline", action="store_true", help=tr("decline the transfer"))
    c.add_argument("--why", help=tr("why it is declined"))
    c.add_argument("--receipt", type=Path, metavar="FILE",
                   help=tr("where to write the receipt for the sending house"))
    c.add_argument("--fingerprint", help=tr("the sender's fingerprint, as their house read "
                                            "it to you (asked when not given)"))
    c.add_argument("--by-server", action="store_true", help=tr(
        "also leave the receipt on the organisation's server for the sending house"))
    c.add_argument("--not-duplicate", action="store_true", help=tr(
        "accept although the house may already know this young person"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("receipt", cmd_receipt, tr("record the receiving house's receipt: accepted "
                                           "closes the case, declined leaves it open"), group)
    c.add_argument("file", type=Path, help=tr("the receipt file"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("post", cmd_post, tr("leave a transfer file or receipt on the server for "
                                     "another house of the organisation"), group)
    c.add_argument("--file", type=Path, required=True, metavar="FILE",
                   help=tr("the transfer file or receipt"))
    c.add_argument("--to", required=True, metavar="HOUSE",
                   help=tr("the receiving house's id (on its card, or the sender's in a "
                           "package)"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("inbox", cmd_inbox, tr("transfer files other houses left on the server for "
                                       "this one"), group)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("take", cmd_take, tr("save a transfer file left for this house, and remove "
                                     "it from the server"), group)
    c.add_argument("--id", dest="item_id", required=True, help=tr("its id in the inbox"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the file to write"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
