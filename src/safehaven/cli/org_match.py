"""`safehaven org-match make-key|give-key|take-key|publish|check`: the duplicate check
across the organisation's houses (issue 30, item 3). The key is made once, by one house,
and given to each other house as a file sealed to its managers from its card; the card's
and the giver's fingerprints are confirmed as for a transfer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command
from safehaven.cli.lazy import services
from safehaven.cli.transfer import confirm, confirmed_card
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.services import org_match, transfer_mail
else:
    org_match, transfer_mail = services("org_match", "transfer_mail")


def cmd_make_key(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        made = org_match.make_key(ctx)
    if args.json:
        print_json({"key_id": made})
        return
    print(tr("This house now has the organisation's match key ({key_id}). Give it to each "
             "other house with `org-match give-key`.", key_id=made))


def cmd_give_key(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        card = confirmed_card(ctx, args, tr(
            "Is it the fingerprint the other house's manager read to you? Type yes to give "
            "the key: "))
        mine = org_match.seal_key(ctx, card, args.out)
        posted = transfer_mail.post(ctx, args.out, card.site_id) if args.by_server else None
    if args.json:
        print_json({"file": str(args.out), "to": card.house, "posted": posted,
                    "fingerprint": mine})
        return
    print(tr("The key for {house} is in {path}: it opens only for that house's managers. "
             "Read them your fingerprint by another way: {fingerprint}", house=card.house,
             path=args.out, fingerprint=mine))


def cmd_take_key(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        offer = org_match.read_key(ctx, args.file)
        confirm(args, offer.signer_fingerprint, tr("From {house}.", house=offer.from_house),
                 tr("Is it the fingerprint the giving house's manager read to you? Type yes "
                    "to keep the key: "))
        taken = org_match.take_key(ctx, args.file)
    if args.json:
        print_json({"from_house": taken.from_house, "key_id": taken.key_id,
                    "fingerprint": taken.signer_fingerprint})
        return
    print(tr("This house now has the organisation's match key ({key_id}).",
             key_id=taken.key_id))


def cmd_publish(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        sent = org_match.publish(ctx, force=True)
    if args.json:
        print_json({"published": sent})
        return
    if sent is None:
        print(tr("This house has no organisation match key yet: nothing was published."))
    else:
        print(tr("Published {n} entries for the organisation's duplicate check.", n=sent))


def cmd_check(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        result = org_match.check(ctx, args.name, date_of_birth=args.dob,
                                 age_estimate=args.age)
    if args.json:
        print_json(result.as_dict())
        return
    print(org_match.status_words(result))


def cross_house_json(result: org_match.CrossHouseResult | None) -> dict[str, Any]:
    """For `resident add`: the other houses' result as JSON."""
    return {"status": "skipped", "houses": []} if result is None else result.as_dict()


def not_checked(result: org_match.CrossHouseResult | None) -> str | None:
    """Words for `resident add` when the other houses could not be asked, once a house has
    a match key (a house without one is not told at every intake; its JSON says so)."""
    if result is None or result.status in (org_match.CrossHouse.CHECKED,
                                           org_match.CrossHouse.NO_KEY):
        return None
    return org_match.status_words(result)


def register(sub: Any, command: Command, date_type: Any) -> None:
    group = sub.add_parser("org-match", help=tr(
        "the duplicate check across the organisation's houses (keyed hashes, no names)")
                           ).add_subparsers(dest="action", required=True, metavar="ACTION")
    c = command("make-key", cmd_make_key, tr("make the organisation's match key (once, in "
                                             "one house; managers)"), group)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("give-key", cmd_give_key, tr("seal the match key for another house's "
                                             "managers, from its card"), group)
    c.add_argument("--to-card", type=Path, required=True, metavar="FILE",
                   help=tr("the other house's card (`transfer card`)"))
    c.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help=tr("the key file to write"))
    c.add_argument("--fingerprint", help=tr("the card's fingerprint, as its house read it to "
                                            "you (asked when not given)"))
    c.add_argument("--by-server", action="store_true", help=tr(
        "also leave it on the organisation's server for that house (`transfer take`)"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("take-key", cmd_take_key, tr("keep the match key another house gave this "
                                             "one"), group)
    c.add_argument("file", type=Path, help=tr("the key file"))
    c.add_argument("--fingerprint", help=tr("the giver's fingerprint, as their house read "
                                            "it to you (asked when not given)"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("publish", cmd_publish, tr("send this house's hashes to the server now (a "
                                           "sync round does it when they changed)"), group)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("check", cmd_check, tr("ask which other houses may know a young person"),
                group)
    c.add_argument("--name", required=True, help=tr("the young person's name"))
    c.add_argument("--dob", type=date_type, metavar="YYYY-MM-DD", help=tr("date of birth"))
    c.add_argument("--age", type=int, metavar="YEARS", help=tr("estimated age"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
