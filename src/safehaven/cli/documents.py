"""`safehaven doc`: documents kept with a young person's record (issue 29). Like every
command it calls the services only: who may add, open or remove, and the photographs
consent, hold exactly as in the app. Content is never printed; `doc export` writes a copy
to a file the user names, and says where."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safehaven.cli.common import open_context as _open
from safehaven.cli.common import print_json
from safehaven.cli.declare import Command, _date, _group, _plain, _values
from safehaven.cli.lazy import services
from safehaven.domain.documents import ABOUT_TABLES
from safehaven.domain.vocab import DocumentAccess, DocumentKind, FetchPolicy
from safehaven.domain.words import word
from safehaven.errors import NotFound
from safehaven.i18n import tr

if TYPE_CHECKING:
    from safehaven.domain.models import Document
    from safehaven.services import document_fetch, documents, house_settings
else:
    documents, document_fetch, house_settings = services("documents", "document_fetch",
                                                         "house_settings")


def _public(doc: Document, **more: Any) -> dict[str, Any]:
    """The record as JSON without its key: a key printed would sit in a terminal's
    scrollback and in any log the output is piped to."""
    return {**_plain(doc), "file_key": None, "sealed_key": None, **more}


def _say(args: argparse.Namespace, doc: Document) -> None:
    if args.json:
        print_json(_public(doc))
    else:
        print(doc.id)


def cmd_doc_add(args: argparse.Namespace) -> None:
    ctx = _open(args)
    about = (args.about_table, args.about_id) if args.about_id else None
    with ctx.vault:
        made = documents.add_file(ctx, args.resident_id, args.kind, args.file,
                                  title=args.title, access=args.access, dated=args.dated,
                                  about=about)
    _say(args, made.record)


def _line(listed: documents.Listed) -> str:
    doc = listed.document
    notes = [] if listed.may_open else [tr("closed to you")]
    if not listed.here:
        notes.append(tr("not on this laptop yet"))
    if doc.removed_at is not None:
        notes.append(tr("removed"))
    extra = f"  ({', '.join(notes)})" if notes else ""
    dated = f"{doc.dated:%Y-%m-%d}  " if doc.dated else ""
    return (f"{doc.added_at:%Y-%m-%d}  {word(doc.kind)}  {doc.title}  {dated}"
            f"{doc.size // 1024 or 1} KB{extra}  [{doc.id}]")


def cmd_doc_list(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = documents.for_resident(ctx, args.resident_id, removed=args.removed)
    if args.json:
        print_json([_public(x.document, may_open=x.may_open, here=x.here) for x in found])
        return
    for listed in found:
        print(_line(listed))


def cmd_doc_show(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        found = documents.listed(ctx, args.document_id)
    if not found:
        raise NotFound(tr("document"), args.document_id)
    listed = found[0]
    if args.json:
        print_json(_public(listed.document, may_open=listed.may_open, here=listed.here))
        return
    doc = listed.document
    print(_line(listed))
    print(tr("Who may open it: {who}", who=word(doc.access)))
    print(tr("Type: {media}; {n} chunks", media=doc.media_type, n=len(doc.chunks)))
    if doc.removed_at is not None:
        print(tr("Removed {when}: {why}", when=f"{doc.removed_at:%Y-%m-%d %H:%M}",
                 why=doc.removed_reason or ""))


def cmd_doc_export(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        out = documents.export(ctx, args.document_id, args.out)
    print(tr("A copy in the clear is at {path}. Keep it safe and delete it when done.",
             path=out))


def cmd_doc_edit(args: argparse.Namespace) -> None:
    values = {k: v for k, v in (("title", args.title), ("kind", args.kind),
                                ("dated", args.dated)) if v is not None}
    ctx = _open(args)
    with ctx.vault:
        fixed = documents.edit(ctx, args.document_id, **values)
    _say(args, fixed.record)


def cmd_doc_remove(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        gone = documents.remove(ctx, args.document_id, args.reason)
    _say(args, gone.record)


def cmd_doc_limit(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.mb is not None:
            house_settings.set_value(ctx, "document-max-mb", args.mb)
        now = house_settings.get(ctx, "document-max-mb")
    print(tr("The house keeps files of up to {limit} MB.", limit=now))


def cmd_doc_fetching(args: argparse.Namespace) -> None:
    ctx = _open(args)
    with ctx.vault:
        if args.house is not None:
            document_fetch.set_house_policy(ctx, args.house)
        if args.laptop is not None:
            document_fetch.set_laptop_policy(ctx, None if args.laptop == "house"
                                             else args.laptop)
        now = document_fetch.policy(ctx)
    if args.json:
        print_json({"house": now.house.value, "laptop": now.laptop.value if now.laptop
                    else None, "here": now.here.value})
        return
    print(tr("The house fetches: {policy}", policy=word(now.house)))
    print(tr("This laptop fetches: {policy}", policy=word(now.here)) if now.laptop
          else tr("This laptop follows the house."))


def register(sub: Any, command: Command) -> None:
    group = _group(sub, "doc", tr("documents kept with a resident's record: identity "
                                  "papers, orders, consent forms, photos"))
    c = command("add", cmd_doc_add, tr("add a file (checked, encrypted, kept in the vault)"),
                group)
    c.add_argument("file", type=Path, help=tr("the file: a photo, scan, PDF or other"))
    c.add_argument("--resident", dest="resident_id", required=True, metavar="ID",
                   help=tr("the resident's id"))
    c.add_argument("--kind", required=True, choices=_values(DocumentKind),
                   help=tr("what the document is"))
    c.add_argument("--title", help=tr("what to call it (default: the file's name)"))
    c.add_argument("--access", default=DocumentAccess.CARE_TEAM.value,
                   choices=_values(DocumentAccess),
                   help=tr("who may open it (clinicians-managers: only they hold its key)"))
    c.add_argument("--dated", type=_date, metavar="YYYY-MM-DD",
                   help=tr("the day on the document"))
    c.add_argument("--about", dest="about_table", choices=list(ABOUT_TABLES),
                   help=tr("the kind of record it belongs to"))
    c.add_argument("--about-id", dest="about_id", metavar="ID",
                   help=tr("the id of that record"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))

    c = command("list", cmd_doc_list, tr("a resident's documents, newest first"), group)
    c.add_argument("--resident", dest="resident_id", required=True, metavar="ID",
                   help=tr("the resident's id"))
    c.add_argument("--removed", action="store_true", help=tr("include removed documents"))
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))

    c = command("show", cmd_doc_show, tr("what is known of one document"), group)
    c.add_argument("--id", dest="document_id", required=True, help=tr("the document's id"))
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))

    c = command("export", cmd_doc_export, tr("save a copy in the clear (audited)"), group)
    c.add_argument("--id", dest="document_id", required=True, help=tr("the document's id"))
    c.add_argument("--out", type=Path, required=True, metavar="PATH",
                   help=tr("the file or folder to write the copy to"))

    c = command("edit", cmd_doc_edit, tr("correct a document's title, kind or date"), group)
    c.add_argument("--id", dest="document_id", required=True, help=tr("the document's id"))
    c.add_argument("--title", help=tr("what to call it"))
    c.add_argument("--kind", choices=_values(DocumentKind), help=tr("what the document is"))
    c.add_argument("--dated", type=_date, metavar="YYYY-MM-DD",
                   help=tr("the day on the document (empty clears it)"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))

    c = command("remove", cmd_doc_remove, tr("remove a document (managers; its content is "
                                             "erased, a record of the removal kept)"), group)
    c.add_argument("--id", dest="document_id", required=True, help=tr("the document's id"))
    c.add_argument("--reason", required=True, help=tr("why it is removed"))
    c.add_argument("--json", action="store_true", help=tr("print the whole record as JSON"))

    c = command("fetching", cmd_doc_fetching,
                tr("what laptops fetch of documents' content in the background (the rest "
                   "when opened)"), group)
    c.add_argument("--house", choices=_values(FetchPolicy),
                   help=tr("for every laptop of the house (managers)"))
    c.add_argument("--laptop", choices=[*_values(FetchPolicy), "house"],
                   help=tr("for this laptop only (house: follow the house again)"))
    c.add_argument("--json", action="store_true", help=tr("print as JSON"))

    c = command("limit", cmd_doc_limit, tr("the largest file the house keeps (managers set it)"),
                group)
    c.add_argument("--mb", type=int, help=tr("the new limit, in MB (1 to 200)"))
