"""`safehaven handover`: since my last shift, in plain text or JSON (issue 25). The same
service as the app's view, so the role filter holds here too."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from safehaven import formats
from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command
from safehaven.cli.lazy import services
from safehaven.domain.words import word
from safehaven.i18n import joined, tr

if TYPE_CHECKING:
    from safehaven.services import handover, search, staff
else:
    handover, search, staff = services("handover", "search", "staff")


def cmd_handover(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        seen = handover.since_last_shift(ctx)
        names = handover.residents_named(ctx)
        people = {s.id: s.display_name for s in staff.listing(ctx)}
    if args.json:
        print_json({"since": seen.since, "first_shift": seen.first_shift,
                    "on_shift": seen.on_shift,
                    "items": [{"kind": i.kind, "at": i.at, "id": i.id,
                               "resident_id": i.resident_id, "staff_id": i.staff_id,
                               "what": i.what, "text": i.text} for i in seen.items]})
        return
    print(tr("Since your last shift ({since}): {n}", since=formats.day_time(seen.since),
             n=len(seen.items)))
    for i in seen.items:
        who = people.get(i.staff_id or "", "")
        about = names.get(i.resident_id or "", "")
        what = joined(word(x) for x in i.what.split(",") if x)
        line = " · ".join(x for x in (formats.day_time(i.at), word(i.kind), about, what,
                                      i.text, tr("by {who}", who=who) if who else "") if x)
        print(f"  {line}")
    print(tr("On shift now: {names}", names=joined(people.get(s, s) for s in seen.on_shift)
             or "–"))


def cmd_search(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = search.search(ctx, " ".join(args.text), args.limit)
    if args.json:
        print_json({"more": found.more, "hits": [
            {"kind": h.kind, "id": h.record_id, "field": h.field,
             "resident_id": h.resident_id, "resident": h.resident,
             "at": h.at.date() if h.day_only else h.at,
             "staff_id": h.who, "by": h.who_name, "snippet": h.snippet}
            for h in found.hits]})
        return
    for h in found.hits:
        when = formats.day(h.at.date()) if h.day_only else formats.day_time(h.at)
        line = " · ".join(x for x in (when, search.label(h.kind), h.resident,
                                      tr("by {who}", who=h.who_name) if h.who_name else "")
                          if x)
        print(f"{line}\n    {h.snippet}")
    if found.more:
        print(tr("Only the newest {n} are shown: add words to narrow the search.",
                 n=len(found.hits)))
    elif not found.hits:
        print(tr("Nothing found."))


def register(sub: Any, command: Command) -> None:
    c = command("search", cmd_search, tr(
        "search the notes, check-ins, incidents and house log you may read"), sub)
    c.add_argument("text", nargs="+", metavar="TEXT",
                   help=tr("the words to look for (all of them)"))
    c.add_argument("--limit", type=int, default=100, metavar="N",
                   help=tr("show at most this many, newest first"))
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
    c = command("handover", cmd_handover, tr(
        "since my last shift: incidents, flags, missed check-ins, sessions, notes"), sub)
    c.add_argument("--json", action="store_true", help=tr("print JSON (for scripts)"))
