"""Moving a child between two houses of one organisation (issue 30, item 1), by file.

1. A manager of the receiving house B writes its **card** (house, organisation, its
   managers' public keys, signed by one of them).
2. A manager of house A **sends**: the child's whole record (what the complete file holds:
   every record, its history, the audit, the documents with their content) sealed to B's
   managers and signed; A's case waits for the receipt (a "transferred" closure that
   counts only once the receipt says accepted).
3. A manager of B **opens** the package (who sent it, whose signature, what it holds) and
   **accepts** (the child becomes B's resident, the documents are re-encrypted into B's
   vault, the original record kept as a read-only document for clinicians and managers)
   or **declines**; either writes a signed **receipt**.
4. A's manager records the **receipt**: accepted closes the case as transferred to B;
   declined leaves it open, with the reason on the case.

Managers only at every step (`TRANSFER`), each audited. The file formats and their
checks are `sync/transfer_file.py`.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import logging
import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from safehaven.domain import documents as d
from safehaven.domain import validate as v
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.models import Document, Resident, Site, Staff, StageChange
from safehaven.domain.vocab import (
    ApprovalStatus,
    ApprovalSubject,
    CareStage,
    CaseAction,
    ClosureReason,
    DocumentAccess,
    DocumentKind,
    Role,
)
from safehaven.errors import InvalidValue, NotAllowed, PossibleDuplicate
from safehaven.i18n import tr
from safehaven.services import (
    closures,
    documents,
    export,
    house_settings,
    residents,
    transfer_records,
)
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import chunks, crypto, lifecycle_reads, reads
from safehaven.store.files import atomic_write
from safehaven.store.ids import new_id
from safehaven.store.restricted import RestrictedKeyMissing
from safehaven.sync import transfer_file as tf
from safehaven.sync.transfer_file import Card, TransferProblem, TransferRefused

TRANSFER_RECORD = "transfer-record.json"
log = logging.getLogger(__name__)


def _identity(ctx: Context) -> crypto.Identity:
    ctx.require(Action.TRANSFER)
    if ctx.vault.identity is None or ctx.actor is None:
        raise NotAllowed(tr("send or receive transfers without your own keys (unlock with "
                            "your passphrase)"))
    return ctx.vault.identity


def _site(ctx: Context) -> Site:
    site: Site = reads.get(ctx.conn, Site, ctx.vault.site_id)
    return site


def _stamp(ctx: Context) -> str:
    return ctx.now().isoformat(timespec="seconds")


# -- 1. the card --------------------------------------------------------------------------
def write_card(ctx: Context, out: Path) -> Card:
    """This house's card, for a house that will send a child here."""
    doc = _card_doc(ctx)
    with ctx.write() as tx:
        tx.audit("transfer-card")
        atomic_write(Path(out), tf.canonical(doc))
    return tf.card_from(doc)


def read_card(ctx: Context, path: Path) -> Card:
    """A receiving house's card, checked: signed by one of its managers, of this
    organisation, not this house. Nothing of it is kept: show its fingerprint to confirm."""
    _identity(ctx)
    card = tf.card_from(tf.read_small(Path(path), tf.MAX_CARD))
    site = _site(ctx)
    if card.site_id == site.id:
        raise TransferRefused(TransferProblem.OWN_HOUSE)
    if card.organisation != site.organisation:
        raise TransferRefused(TransferProblem.OTHER_ORGANISATION)
    return card


# -- 2. send ------------------------------------------------------------------------------
def send(ctx: Context, resident_id: str, card: Card, out: Path) -> Result[CaseClosure]:
    """Seal the child's whole record for the card's managers and write it to `out`; the
    case waits for the receipt."""
    identity = _identity(ctx)
    ctx.require(Action.CLOSE_CASE)
    case = closures.state(ctx, resident_id)
    if case.closure is not None:
        raise InvalidValue("resident_id", tr("This case is already closed."))
    if case.transfer is not None or case.waiting is not None:
        raise InvalidValue("resident_id", tr("This young person's transfer to another house "
                                             "is waiting for its receipt."))
    data = export.complete_file(ctx, resident_id)  # audited as an export
    files = [_document_entry(doc, data.content) for doc in data.documents]
    site = _site(ctx)
    transfer_id = new_id()
    record = data.to_json()
    record["documents"] = [{k: f[k] for k in f if k != "content"} for f in files]
    payload = {
        "format": tf.PAYLOAD_FORMAT, "version": tf.VERSION, "transfer_id": transfer_id,
        "resident_id": resident_id, "created": _stamp(ctx),
        "from": {"site_id": site.id, "house": site.name, "organisation": site.organisation,
                 "staff_id": ctx.actor.id if ctx.actor else "",
                 "name": ctx.actor.display_name if ctx.actor else ""},
        "to": {"site_id": card.site_id, "house": card.house, "card": card.fingerprint},
        "resident": export.plain(data.resident), "complete_file": record, "documents": files}
    payload["receipt_token"] = _receipt_token(ctx, transfer_id)
    sealed = tf.seal_package(payload, card, identity)
    resident = reads.get(ctx.conn, Resident, resident_id)
    closure = CaseClosure(transfer_id, resident.site_id, resident_id, CaseAction.CLOSE,
                          ctx.today(), ctx.actor.id if ctx.actor else "",
                          ClosureReason.TRANSFERRED, card.house, None,
                          needs_approval=True)  # counts once the receipt says accepted
    with ctx.write() as tx:
        tx.insert(closure)
        tx.audit("transfer-send", "case_closures", transfer_id, resident_id)
        atomic_write(Path(out), sealed)  # a failure here leaves the case as it was
    return Result(closure, tuple(tx.changes))


def _receipt_token(ctx: Context, transfer_id: str, key_id: str | None = None) -> str:
    """What only the package carries and only this house's key holders can make: the
    receiving house's receipt must return it. The transfer id alone does not bind a
    receipt: every laptop of this house, a staff member's too, holds it in the clear."""
    ring = ctx.vault.keyring
    key_id = key_id or ring.current
    if key_id is None or key_id not in ring.keys:
        raise RestrictedKeyMissing()
    return f"{key_id}:" + crypto.mac(ring.keys[key_id], "transfer-receipt", transfer_id.encode())


def _document_entry(doc: Document, content: Any) -> dict[str, Any]:
    data: bytes = content(doc.id)  # audited as an opening; refuses a missing content
    return {"id": doc.id, "kind": str(doc.kind), "title": doc.title,
            "access": str(doc.access), "media_type": doc.media_type,
            "dated": doc.dated.isoformat() if doc.dated else None,
            "added_at": doc.added_at.isoformat(), "size": len(data),
            "content": base64.b64encode(data).decode()}


# -- 3. open, accept, decline ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Incoming:
    """What a package holds, as its receiver sees it before accepting."""

    transfer_id: str
    resident_id: str
    preferred_name: str
    from_house: str
    from_organisation: str
    signed_by: str
    signer_fingerprint: str
    created: str
    counts: dict[str, int]  # table -> records
    documents: int
    answered: bool  # accepted or declined here before
    opened: tf.Opened
    # residents of this house the child may already be (id, preferred name), and the
    # question to ask before a second record of them is made
    known: tuple[tuple[str, str], ...] = ()
    known_words: str = ""


def open_package(ctx: Context, path: Path, *, preview: bool = True) -> Incoming:
    """What a package holds. A preview is audited as an opening; one opened to be accepted
    or declined at once is not (the answer is audited, and a refused one writes nothing)."""
    identity = _identity(ctx)
    opened = tf.open_package(Path(path), ctx.vault.site_id, identity.box)
    p = opened.payload
    try:
        sender, record = p["from"], p["complete_file"]
        files = p["documents"]
        counts = {str(t): len(rows) for t, rows in record["records"].items()}
        incoming = Incoming(str(p["transfer_id"]), str(p["resident_id"]),
                            str(p["resident"]["preferred_name"]), str(sender["house"]),
                            str(sender["organisation"]), str(sender["name"]),
                            tf.fingerprint(bytes.fromhex(opened.signer)), str(p["created"]),
                            counts, len(files), False, opened)
        if not isinstance(files, list):
            raise TypeError
    except (KeyError, TypeError, AttributeError, ValueError):
        raise TransferRefused(TransferProblem.MALFORMED) from None
    if preview:
        with ctx.write() as tx:
            tx.audit("transfer-open", None, incoming.transfer_id)
    answered = lifecycle_reads.transfer_answered(ctx.conn, incoming.transfer_id) or \
        reads.exists(ctx.conn, Resident, incoming.resident_id)
    question = None
    if not answered and ctx.may(Action.ADD_RESIDENT):
        # a malformed profile is refused when the transfer is answered
        with contextlib.suppress(TransferRefused):
            question = _known_here(ctx, _resident(ctx, p["resident"]))
    return replace(incoming, answered=answered,
                   known=question.matches if question else (),
                   known_words=question.message if question else "")


def _known_here(ctx: Context, child: Resident) -> PossibleDuplicate | None:
    """The house's own duplicate check, as at intake: a child who lived here before
    (or lives here under another record) should not get a second record unasked. Her own
    record here means the transfer was taken already: that refusal comes later."""
    if reads.exists(ctx.conn, Resident, child.id):
        return None
    return residents.duplicate_question(ctx, child.preferred_name, {
        "date_of_birth": child.date_of_birth, "age_estimate": child.age_estimate,
        "languages": child.languages, "legal_name": child.legal_name})


def _card_doc(ctx: Context) -> dict[str, Any]:
    identity = _identity(ctx)
    site = _site(ctx)
    managers = [tf.Manager(s.id, s.display_name, s.sign_key, s.box_key)
                for s in reads.all_of(ctx.conn, Staff)
                if s.active and s.role is Role.MANAGER and s.sign_key and s.box_key]
    return tf.make_card(site.id, site.name, site.organisation, managers, identity,
                        _stamp(ctx))


def _not_answered(ctx: Context, incoming: Incoming) -> None:
    if lifecycle_reads.transfer_answered(ctx.conn, incoming.transfer_id) or reads.exists(
            ctx.conn, Resident, incoming.resident_id):
        raise TransferRefused(TransferProblem.ALREADY_IMPORTED)


def accept(ctx: Context, incoming: Incoming, receipt: Path, *, confirmed: bool = False
           ) -> Result[Resident]:
    """The child becomes this house's resident: the profile and the documents re-made as
    this house's records, the original record kept as a document for clinicians and
    managers; the receipt says accepted. A child the house may already know is asked
    about first (`PossibleDuplicate`; `confirmed` accepts)."""
    identity = _identity(ctx)
    ctx.require(Action.ADD_RESIDENT)
    p = incoming.opened.payload
    resident = _resident(ctx, p["resident"])
    if resident.id != incoming.resident_id:
        raise TransferRefused(TransferProblem.MALFORMED)
    question = None if confirmed else _known_here(ctx, resident)
    if question is not None:
        raise question
    files = [_document(ctx, incoming.resident_id, f) for f in p["documents"]]
    author = ctx.actor.id if ctx.actor else ""
    try:
        live = list(transfer_records.remade(p["complete_file"]["records"], resident.site_id,
                                            author))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise TransferRefused(TransferProblem.MALFORMED) from None
    if any(getattr(r, "resident_id", None) != resident.id for r in live):
        raise TransferRefused(TransferProblem.MALFORMED)
    archive = tf.canonical({"transfer": {k: p[k] for k in ("transfer_id", "created", "from",
                                                           "to")},
                            "complete_file": p["complete_file"]})
    files.append(_sealed_document(ctx, new_id(), incoming.resident_id, DocumentKind.OTHER,
                                  tr("Transfer record from {house}", house=incoming.from_house),
                                  DocumentAccess.CLINICAL, archive, None, "application/json"))
    doc = tf.make_receipt(incoming.opened, accepted=True, why=None, at=_stamp(ctx),
                          card=_card_doc(ctx), identity=identity)
    with ctx.write() as tx:
        _not_answered(ctx, incoming)
        # the records keep their ids (every laptop of the house checks them as written
        # here); one this house already holds would be a clash, not a new record
        if any(reads.exists(tx.conn, type(r), r.id) for r in live) or any(
                reads.exists(tx.conn, Document, document.id) for document, _ in files):
            raise TransferRefused(TransferProblem.RECORDS_HERE)
        tx.insert(resident)
        tx.insert(StageChange(new_id(), resident.site_id, resident.id, None, resident.stage,
                              resident.intake_date, "intake",
                              author))
        for record in live:
            tx.insert(record)
        for document, sealed in files:
            chunks.put(tx.conn, sealed)
            tx.insert(document)
        tx.audit("transfer-accept", None, incoming.transfer_id, resident.id)
        atomic_write(Path(receipt), tf.canonical(doc))
    return Result(resident, tuple(tx.changes))


def decline(ctx: Context, incoming: Incoming, why: str, receipt: Path) -> None:
    """Nothing of the child is kept; the receipt says declined and why."""
    identity = _identity(ctx)
    reason = v.text("why", why, required=True, max_len=2000)
    doc = tf.make_receipt(incoming.opened, accepted=False, why=reason, at=_stamp(ctx),
                          card=_card_doc(ctx), identity=identity)
    with ctx.write() as tx:
        _not_answered(ctx, incoming)
        tx.audit("transfer-decline", None, incoming.transfer_id)
        atomic_write(Path(receipt), tf.canonical(doc))


def _resident(ctx: Context, raw: Any) -> Resident:
    """The child as this house's resident: arrived today, at the stage they were in; who
    was their key worker there means nothing here."""
    try:
        born = raw.get("date_of_birth")
        estimated = raw.get("age_estimated_on")
        return Resident(
            id=str(raw["id"]), site_id=ctx.vault.site_id,
            preferred_name=v.name("preferred_name", raw["preferred_name"]),
            intake_date=ctx.today(), stage=CareStage(raw["stage"]),
            legal_name=_text(raw.get("legal_name")),
            date_of_birth=date.fromisoformat(born) if born else None,
            age_estimate=int(raw["age_estimate"]) if raw.get("age_estimate") is not None
            else None,
            age_estimated_on=date.fromisoformat(estimated) if estimated else None,
            gender=_text(raw.get("gender")), pronouns=_text(raw.get("pronouns")),
            languages=tuple(str(x) for x in raw.get("languages") or ()),
            interpreter_needed=bool(raw.get("interpreter_needed")),
            cultural_notes=_text(raw.get("cultural_notes")),
            referral_source=_text(raw.get("referral_source")),
            interpreter_language=_text(raw.get("interpreter_language")),
            dietary_needs=_text(raw.get("dietary_needs")))
    except (KeyError, TypeError, ValueError, AttributeError, InvalidValue):
        raise TransferRefused(TransferProblem.MALFORMED) from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError
    return value


def _document(ctx: Context, resident_id: str, raw: Any
              ) -> tuple[Document, list[tuple[str, bytes]]]:
    try:
        data = base64.b64decode(raw["content"], validate=True)
        dated = date.fromisoformat(raw["dated"]) if raw.get("dated") else None
        return _sealed_document(ctx, str(raw["id"]), resident_id, DocumentKind(raw["kind"]),
                                v.name("title", raw["title"]), DocumentAccess(raw["access"]),
                                data, dated)
    except (KeyError, TypeError, ValueError, AttributeError, InvalidValue):
        raise TransferRefused(TransferProblem.MALFORMED) from None


def _sealed_document(ctx: Context, doc_id: str, resident_id: str, kind: DocumentKind,
                     title: str, access: DocumentAccess, data: bytes, dated: date | None,
                     media: str | None = None) -> tuple[Document, list[tuple[str, bytes]]]:
    """A document re-encrypted under a new key of this house (its id kept)."""
    key = os.urandom(32)
    sealed = documents.seal_content(key, doc_id, data)
    text_key = base64.b64encode(key).decode()
    care = access is DocumentAccess.CARE_TEAM
    return Document(id=doc_id, site_id=ctx.vault.site_id, resident_id=resident_id, kind=kind,
                    title=title, access=access, media_type=media or d.media_type(data),
                    size=len(data), chunks=sealed.content,
                    added_by=ctx.actor.id if ctx.actor else "", added_at=ctx.now(),
                    dated=dated, file_key=text_key if care else None,
                    sealed_key=None if care else text_key, preview=sealed.preview,
                    thumb=sealed.thumb), sealed.chunks


# -- 4. the receipt at the sending house ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Answer:
    receipt: tf.Receipt
    preferred_name: str
    closure: CaseClosure


def read_receipt(ctx: Context, path: Path) -> Answer:
    """A receipt checked against the transfer it answers: one of this house's, waiting,
    sent to the house whose manager signed it."""
    _identity(ctx)
    receipt = tf.receipt_from(tf.read_small(Path(path), tf.MAX_RECEIPT))
    site = _site(ctx)
    if receipt.card.organisation != site.organisation:
        raise TransferRefused(TransferProblem.OTHER_ORGANISATION)
    if not reads.exists(ctx.conn, CaseClosure, receipt.transfer_id):
        raise TransferRefused(TransferProblem.NOT_PENDING)
    closure = reads.get(ctx.conn, CaseClosure, receipt.transfer_id)
    if closure.resident_id != receipt.resident_id:
        raise TransferRefused(TransferProblem.NOT_PENDING)
    pending = closures.state(ctx, closure.resident_id).transfer
    if pending is None or pending.id != closure.id:
        raise TransferRefused(TransferProblem.NOT_PENDING)
    if receipt.card.house != closure.destination:
        raise TransferRefused(TransferProblem.WRONG_HOUSE)
    key_id, _, _ = (receipt.token or "").partition(":")
    if not key_id or not hmac.compare_digest(
            _receipt_token(ctx, receipt.transfer_id, key_id), receipt.token or ""):
        raise TransferRefused(TransferProblem.BAD_SIGNATURE)
    name = reads.get(ctx.conn, Resident, closure.resident_id).preferred_name
    return Answer(receipt, name, closure)


def record_receipt(ctx: Context, path: Path) -> Result[Approval]:
    """Accepted: the case closes as transferred; declined: it stays open, the reason on
    it. Either is written as the transfer closure's approval step."""
    answer = read_receipt(ctx, path)  # a manager's (TRANSFER); the step is an approval
    ctx.require(Action.APPROVE)
    r = answer.receipt
    # the receiving house's own words (a comment is stored, so never in this reader's
    # language): who accepted, or why they declined
    comment = f"{r.card.house} · {r.signed_by}" if r.accepted else (r.why or "")
    step = Approval(new_id(), ctx.vault.site_id, answer.closure.resident_id,
                    ApprovalSubject.CLOSURE, answer.closure.id,
                    ApprovalStatus.APPROVED if r.accepted else ApprovalStatus.RETURNED,
                    ctx.now(), ctx.actor.id if ctx.actor else "", comment[:2000])
    with ctx.write() as tx:
        tx.insert(step)
        tx.audit("transfer-receipt", "case_closures", answer.closure.id,
                 answer.closure.resident_id)
    if r.accepted and house_settings.after_transfer(ctx) == "none":
        _keep_none(ctx, answer.closure.resident_id)
    return Result(step, tuple(tx.changes))


def _keep_none(ctx: Context, resident_id: str) -> None:
    """The organisation keeps no copy at the sending house: the closed copy's destruction is
    asked for at once, in this manager's name; a second manager approves it, as any
    destruction (a legal hold keeps it, and then nothing is asked)."""
    from safehaven.services import destruction

    try:
        destruction.request(ctx, resident_id, tr("Transferred: the organisation keeps no "
                                                 "copy at the sending house."))
    except InvalidValue:
        log.info("a legal hold keeps the transferred case's copy")

