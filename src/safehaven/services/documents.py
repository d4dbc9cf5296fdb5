"""Documents kept with a young person's record: added, listed, opened, copied out, removed.

The content is kept encrypted in chunks under the document's own key (store/chunks.py) and
never written anywhere in the clear by SafeHaven: opening returns bytes in memory (the app
renders them from memory); a copy saved out is the user's own act, audited, to a place
they chose. A document for clinicians and managers has its key sealed under the house's
restricted key, so a staff laptop holds its chunks but cannot open them; one for managers
only under the managers' own key (store/restricted.py, the managers' circle), which no
clinician is ever given.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from safehaven import previews
from safehaven.domain import documents as d
from safehaven.domain import validate as v
from safehaven.domain.models import Consent, Document, HealthProfile, Incident, Referral, Resident
from safehaven.domain.vocab import ConsentPurpose, DocumentAccess, DocumentKind
from safehaven.errors import InvalidValue, NotAllowed, NotFound, SafeHavenError
from safehaven.i18n import tr
from safehaven.services import document_fetch, house_settings
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action
from safehaven.store import chunks, reads
from safehaven.store.files import atomic_write
from safehaven.store.ids import new_id
from safehaven.store.restricted import is_sealed

# what a document may belong to besides the young person (a form that holds one)
ABOUT = {"incidents": Incident, "consents": Consent, "referrals": Referral,
         "health_profiles": HealthProfile}
assert sorted(ABOUT) == list(d.ABOUT_TABLES)  # the CLI offers the domain's list


class ContentMissing(SafeHavenError):
    """The document's content has not reached this laptop yet."""

    def __init__(self) -> None:
        super().__init__(tr("This document's content has not reached this laptop yet. Sync, "
                            "then open it again."))


class ClosedToYou(SafeHavenError):
    """This session holds no key that opens the document (it is for a narrower circle)."""

    def __init__(self, access: DocumentAccess = DocumentAccess.CLINICAL) -> None:
        super().__init__(tr("This document is for managers only.")
                         if access is DocumentAccess.MANAGERS
                         else tr("This document is for clinicians and managers only."))
        self.access = access


# who may file or open a document of each level (its key is sealed for exactly them)
NEEDS = {DocumentAccess.CLINICAL: Action.READ_RESTRICTED,
         DocumentAccess.MANAGERS: Action.READ_MANAGERS_ONLY}


def _refused(access: DocumentAccess, opening: bool) -> NotAllowed:
    if access is DocumentAccess.MANAGERS:
        return NotAllowed(tr("open documents for managers only") if opening
                          else tr("file a document for managers only"))
    return NotAllowed(tr("open documents for clinicians and managers only") if opening
                      else tr("file a document for clinicians and managers only"))


def may_file(ctx: Context, access: DocumentAccess) -> bool:
    """Whether this person may file (and open) a document of `access`."""
    need = NEEDS.get(access)
    return need is None or ctx.may(need)


@dataclass(frozen=True, slots=True)
class Listed:
    """A document as a list shows it: whether this person may open it and whether its
    content is on this laptop."""

    document: Document
    may_open: bool
    here: bool

    @property
    def id(self) -> str:
        return self.document.id


def max_bytes(ctx: Context) -> int:
    """The largest file the house keeps (a manager sets it: `doc limit`)."""
    return house_settings.get(ctx, "document-max-mb") * 1_048_576


def add_file(ctx: Context, resident_id: str, kind: DocumentKind | str, path: Path, *,
             title: str | None = None, access: DocumentAccess | str = DocumentAccess.CARE_TEAM,
             dated: date | None = None, about: tuple[str, str] | None = None
             ) -> Result[Document]:
    """A file from disk: its size is checked before a byte of it is read or copied."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InvalidValue("file", tr("The file {name} cannot be read.", name=path.name)
                           ) from exc
    _check_size(ctx, size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidValue("file", tr("The file {name} cannot be read.", name=path.name)
                           ) from exc
    return add(ctx, resident_id, kind, data, title=title or path.name, access=access,
               dated=dated, about=about)


def add(ctx: Context, resident_id: str, kind: DocumentKind | str, data: bytes, *,
        title: str, access: DocumentAccess | str = DocumentAccess.CARE_TEAM,
        dated: date | None = None, about: tuple[str, str] | None = None) -> Result[Document]:
    ctx.require(Action.ADD_DOCUMENT)
    kind = v.choice("kind", DocumentKind, kind)
    access = v.choice("access", DocumentAccess, access)
    if not may_file(ctx, access):
        raise _refused(access, opening=False)
    clean_title = v.name("title", title)
    _check_size(ctx, len(data))
    dated = v.not_future("dated", dated, ctx.today())
    media = d.media_type(data)
    if kind is DocumentKind.PHOTO:
        if not _photo_consent(ctx, resident_id):
            raise InvalidValue("kind", tr("There is no current consent to photographs for "
                                          "this young person: record it first."))
        if media not in d.IMAGES:
            raise InvalidValue("file", tr("A photo must be a JPEG or PNG picture."))
    if media in d.IMAGES:
        try:
            data = d.without_metadata(data)  # the camera's GPS would say where the house is
        except d.BadImage as exc:
            raise InvalidValue("file", tr("This picture is damaged and cannot be kept."))\
                from exc
    doc_id, key = new_id(), os.urandom(32)
    sealed = seal_content(key, doc_id, data)
    text_key = base64.b64encode(key).decode()
    care = access is DocumentAccess.CARE_TEAM
    doc = Document(id=doc_id, site_id=ctx.vault.site_id, resident_id=resident_id, kind=kind,
                   title=clean_title, access=access, media_type=media, size=len(data),
                   chunks=sealed.content,
                   added_by=ctx.actor.id if ctx.actor else "", added_at=ctx.now(),
                   dated=dated, file_key=text_key if care else None,
                   sealed_key=None if care else text_key,
                   about_table=about[0] if about else None, about_id=about[1] if about else None,
                   preview=sealed.preview, thumb=sealed.thumb)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        if about is not None:
            if about[0] not in ABOUT:
                raise InvalidValue("about", tr("A document cannot belong to that."))
            tx.get(ABOUT[about[0]], about[1])
        chunks.put(tx.conn, sealed.chunks)
        tx.insert(doc)
    return Result(doc, tuple(tx.changes))


@dataclass(frozen=True, slots=True)
class Sealed:
    """A document's content sealed under its key, with a picture's viewing copy and
    thumbnail: every chunk to keep (thumbnail first), and the ids of each part."""

    chunks: list[tuple[str, bytes]]
    content: tuple[str, ...]
    preview: tuple[str, ...] = ()
    thumb: tuple[str, ...] = ()


def seal_content(key: bytes, doc_id: str, data: bytes) -> Sealed:
    """The content in chunks under `key`; a JPEG or PNG with its copies, made in memory."""
    content = chunks.seal(key, doc_id, d.slices(data))
    shown = previews.make(data) if d.media_type(data) in d.IMAGES else None
    view = chunks.seal(key, doc_id, d.slices(shown.view), chunks.VIEW) \
        if shown is not None and shown.view is not None else []
    thumb = chunks.seal(key, doc_id, [shown.thumb], chunks.THUMB) if shown else []
    return Sealed([*thumb, *view, *content], tuple(c for c, _ in content),
                  tuple(c for c, _ in view), tuple(c for c, _ in thumb))


def _check_size(ctx: Context, size: int) -> None:
    limit = max_bytes(ctx)
    if size > limit:
        raise InvalidValue("file", tr("This file is {size} MB; the house keeps files of up to "
                                      "{limit} MB.", size=_mb(size), limit=_mb(limit)))


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f}".rstrip("0").rstrip(".")


def _photo_consent(ctx: Context, resident_id: str) -> bool:
    return any(c.purpose == ConsentPurpose.PHOTOGRAPHS and not c.deleted
               and c.active_on(ctx.today())
               for c in reads.for_resident(ctx.conn, Consent, resident_id))


def for_resident(ctx: Context, resident_id: str, *, removed: bool = False) -> list[Listed]:
    """The young person's documents, newest first (removed ones only when asked)."""
    ctx.require(Action.READ_RECORDS)
    docs = [ctx.opened(doc) for doc in reads.for_resident(ctx.conn, Document, resident_id)
            if removed or doc.removed_at is None]
    docs.sort(key=lambda doc: doc.added_at, reverse=True)
    return _listed(ctx, docs)


def listed(ctx: Context, document_id: str) -> list[Listed]:
    """One document as a list shows it (removed ones too), or nothing."""
    ctx.require(Action.READ_RECORDS)
    try:
        return _listed(ctx, [ctx.opened(reads.get(ctx.conn, Document, document_id))])
    except NotFound:
        return []


def _listed(ctx: Context, docs: list[Document]) -> list[Listed]:
    held = set(chunks.held(ctx.conn, [c for doc in docs for c in doc.chunks]))
    return [Listed(doc, may_file(ctx, doc.access) and _key(doc) is not None,
                   all(c in held for c in doc.chunks)) for doc in docs]


def _key(doc: Document) -> bytes | None:
    """The document's key, when this session may open it."""
    text = doc.file_key if doc.access is DocumentAccess.CARE_TEAM else doc.sealed_key
    if text is None or is_sealed(text):
        return None
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError:
        return None  # the words a closed sealed field shows in its place
    return key if len(key) == 32 else None


def _get(ctx: Context, document_id: str) -> Document:
    doc: Document = ctx.opened(reads.get(ctx.conn, Document, document_id))
    if doc.removed_at is not None:
        raise NotFound(tr("document"), document_id)
    return doc


def content(ctx: Context, document_id: str, *, viewing: bool = False
            ) -> tuple[Document, bytes]:
    """The document and its content, in memory; the opening is audited. `viewing`: a
    picture's viewing-size copy when it has one (the original otherwise). Content not on
    this laptop yet is fetched from the server first (document_fetch.py)."""
    doc, data = _opened(ctx, document_id, viewing=viewing)
    with ctx.write() as tx:
        tx.audit("view-document", "documents", doc.id, doc.resident_id)
    return doc, data


def _may_open(ctx: Context, document_id: str) -> tuple[Document, bytes]:
    """The document and its key, when this person may open it."""
    ctx.require(Action.READ_RECORDS)
    doc = _get(ctx, document_id)
    if not may_file(ctx, doc.access):
        raise _refused(doc.access, opening=True)
    key = _key(doc)
    if key is None:
        raise ClosedToYou(doc.access)
    return doc, key


def _parts(doc: Document, viewing: bool) -> tuple[list[str], str]:
    return (list(doc.preview), chunks.VIEW) if viewing and doc.preview else \
        (list(doc.chunks), chunks.CONTENT)


def lacking(ctx: Context, document_id: str, *, viewing: bool = False) -> list[str]:
    """The chunks of a document this person may open that are not on this laptop yet:
    the app fetches them off the database thread before it opens the document (a big file
    on a slow link takes minutes, and every save would wait behind it)."""
    doc, _ = _may_open(ctx, document_id)
    ids, _part = _parts(doc, viewing)
    here = set(chunks.held(ctx.conn, ids))
    return [cid for cid in dict.fromkeys(ids) if cid not in here]


def _opened(ctx: Context, document_id: str, *, viewing: bool = False
            ) -> tuple[Document, bytes]:
    """The document and its content, when this person may open it; fetched when it is
    not here yet."""
    doc, key = _may_open(ctx, document_id)
    ids, part = _parts(doc, viewing)
    held = chunks.get(ctx.conn, ids)
    if len(held) < len(set(ids)):
        document_fetch.fetch(ctx, ids)
        held = chunks.get(ctx.conn, ids)
        if len(held) < len(set(ids)):
            raise ContentMissing()
    return doc, chunks.open_content(key, doc.id, ids, held, part)


def thumbnails(ctx: Context, resident_id: str) -> dict[str, bytes]:
    """The thumbnails held here of the young person's pictures that this person may open
    (the Documents tab shows them; not audited as an opening, and never fetched here: a
    list must not wait on the network)."""
    out: dict[str, bytes] = {}
    for listed in for_resident(ctx, resident_id):
        doc, key = listed.document, _key(listed.document)
        if not listed.may_open or key is None or not doc.thumb:
            continue
        held = chunks.get(ctx.conn, list(doc.thumb))
        if len(held) == len(set(doc.thumb)):
            out[doc.id] = chunks.open_content(key, doc.id, list(doc.thumb), held,
                                              chunks.THUMB)
    return out


def export(ctx: Context, document_id: str, out: Path) -> Path:
    """A copy in the clear at `out`, readable only by its owner: the user's own act, to a
    place they chose; audited (as a copy saved, not also as an opening)."""
    doc, data = _opened(ctx, document_id)
    out = Path(out)
    if out.is_dir():
        out = out / safe_name(doc)
    atomic_write(out, data)
    with ctx.write() as tx:
        tx.audit("export-document", "documents", doc.id, doc.resident_id)
    return out


def safe_name(doc: Document) -> str:
    """A file name from the title: letters, digits and a few marks; never hidden, never a
    path."""
    stem = "".join(ch if ch.isalnum() or ch in "-_ ." else "_" for ch in doc.title)[:60]
    stem = stem.strip().lstrip(".") or doc.id
    extension = {d.JPEG: ".jpg", d.PNG: ".png", d.PDF: ".pdf"}.get(doc.media_type, "")
    known = (".jpg", ".jpeg") if extension == ".jpg" else (extension,)
    return stem if not extension or stem.lower().endswith(known) else stem + extension


def edit(ctx: Context, document_id: str, **values: Any) -> Result[Document]:
    """Correct what a document is called, what it is and its date; who may open it stays
    as it was filed (its key is sealed for that)."""
    unknown = set(values) - {"title", "kind", "dated"}
    if unknown:
        raise InvalidValue(sorted(unknown)[0], tr("This cannot be changed here."))
    clean: dict[str, Any] = {}
    if "title" in values:
        clean["title"] = v.name("title", values["title"])
    if "kind" in values:
        clean["kind"] = v.choice("kind", DocumentKind, values["kind"])
    if "dated" in values:
        clean["dated"] = v.not_future("dated", values["dated"] or None, ctx.today())
    doc = _get(ctx, document_id)
    if clean.get("kind") is DocumentKind.PHOTO and doc.kind is not DocumentKind.PHOTO and (
            doc.media_type not in d.IMAGES or not _photo_consent(ctx, doc.resident_id)):
        raise InvalidValue("kind", tr("There is no current consent to photographs for "
                                      "this young person: record it first.")
                           if doc.media_type in d.IMAGES
                           else tr("A photo must be a JPEG or PNG picture."))
    return edit_record(ctx, Document, document_id, Action.ADD_DOCUMENT, clean)


def remove(ctx: Context, document_id: str, reason: str) -> Result[Document]:
    """The document leaves every list; its row stays as a tombstone (who, when, why) and
    its content is erased here now, and from the other laptops and the server once they
    hear of it."""
    ctx.require(Action.REMOVE_DOCUMENT)
    why = v.text("reason", reason, required=True, max_len=500)
    _get(ctx, document_id)
    with ctx.write() as tx:
        doc = tx.update(Document, document_id, removed_at=ctx.now(),
                        removed_by=ctx.actor.id if ctx.actor else None, removed_reason=why)
        chunks.forget_unreferenced(tx.conn)
    return Result(doc, tuple(tx.changes))
