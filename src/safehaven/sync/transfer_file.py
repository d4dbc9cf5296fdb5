"""The files a transfer of a child between two houses travels in (issue 30, item 1): the
receiving house's card, the sealed package and the signed receipt. Any channel carries
them (a USB stick, a mail attachment): what they hold is protected by the files alone.

    card     {"body": {site, house, organisation, managers' keys}, "signer", "signature"}
    package  SAFEHAVEN-TRANSFER 1\\n
             {"v": 1, "keys": [the content key sealed to each manager's box key]}\\n
             AES-256-GCM of {"body": payload, "signer", "signature"} (associated data:
             the header line, so no key can be dropped, added or swapped unnoticed)
    receipt  {"body": {transfer, decision, why, the receiving house's card}, "signer",
              "signature"}

A package shows nothing but its size and how many keys it carries: who sent it, to which
house and about whom are inside the ciphertext, and the signature with them. The content
key is sealed with associated data naming the receiving house, so a package made for
another house does not open here even for a manager whose key it names.

Every reader is hostile-input safe as `bundle.py` is: the size is checked before a byte is
read, the header line is read with a cap, JSON nesting is bounded by Python's parser
(RecursionError is caught), and every refusal is a `TransferRefused` with a
`TransferProblem`: nothing is written by a refused file.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from safehaven.errors import SafeHavenError
from safehaven.i18n import N_, tr
from safehaven.store import crypto

CARD_FORMAT = "safehaven-house-card"
RECEIPT_FORMAT = "safehaven-transfer-receipt"
PAYLOAD_FORMAT = "safehaven-transfer"
VERSION = 1
MAGIC = b"SAFEHAVEN-TRANSFER 1\n"
MAX_CARD = 64 * 1024
MAX_RECEIPT = 256 * 1024  # the card rides inside
MAX_PACKAGE = 1024 * 1024 * 1024  # a child's record and their documents
MAX_HEADER = 64 * 1024
MAX_RECIPIENTS = 64
_DOMAIN = {CARD_FORMAT: b"safehaven-card/1\n", RECEIPT_FORMAT: b"safehaven-receipt/1\n",
           PAYLOAD_FORMAT: b"safehaven-transfer/1\n"}


class TransferProblem(StrEnum):
    """Why a transfer file was refused (a code: the words are for people)."""

    NOT_FOUND = "not-found"
    TOO_LARGE = "too-large"
    MALFORMED = "malformed"
    NOT_FOR_THIS_HOUSE = "not-for-this-house"
    TAMPERED = "tampered"
    BAD_SIGNATURE = "bad-signature"
    OTHER_ORGANISATION = "other-organisation"
    OWN_HOUSE = "own-house"
    ALREADY_IMPORTED = "already-imported"
    NOT_PENDING = "not-pending"
    WRONG_HOUSE = "wrong-house"
    RECORDS_HERE = "records-here"


_WORDS = {
    TransferProblem.NOT_FOUND: N_("the file cannot be read"),
    TransferProblem.TOO_LARGE: N_("it is larger than any transfer"),
    TransferProblem.MALFORMED: N_("it is damaged or not a transfer file"),
    TransferProblem.NOT_FOR_THIS_HOUSE: N_("it was not made for this house or for you"),
    TransferProblem.TAMPERED: N_("it was changed after it was made"),
    TransferProblem.BAD_SIGNATURE: N_("its signature does not match"),
    TransferProblem.OTHER_ORGANISATION: N_("that house belongs to another organisation"),
    TransferProblem.OWN_HOUSE: N_("that is this house's own card"),
    TransferProblem.ALREADY_IMPORTED: N_("this transfer was already received here"),
    TransferProblem.NOT_PENDING: N_("no transfer of this house is waiting for it"),
    TransferProblem.WRONG_HOUSE: N_("it comes from a house the transfer was not sent to"),
    TransferProblem.RECORDS_HERE: N_("records in it are already in this house, under the "
                                     "same ids: it was made from this house's own "
                                     "records, or changed"),
}


class TransferRefused(SafeHavenError):
    """A card, package or receipt this house will not use; nothing was written."""

    def __init__(self, problem: TransferProblem) -> None:
        self.problem = problem
        super().__init__(tr("This transfer file cannot be used ({reason}); nothing was "
                            "changed.", reason=tr(_WORDS[problem])))


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode()


def fingerprint(data: bytes) -> str:
    """What two managers read to each other on the phone: 32 hex digits in groups."""
    digest = hashlib.sha256(data).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


# -- signed documents (card, receipt, the package's inside) ---------------------------------
def sign(kind: str, body: dict[str, Any], identity: crypto.Identity) -> dict[str, Any]:
    signature = crypto.Signer(identity.signer).sign(_DOMAIN[kind] + canonical(body))
    return {"body": body, "signer": identity.sign_public, "signature": signature.hex()}


def verified(kind: str, doc: Any) -> tuple[dict[str, Any], str]:
    """(body, signer's key) of a signed document of this kind, or a refusal."""
    if not isinstance(doc, dict) or set(doc) != {"body", "signer", "signature"}:
        raise TransferRefused(TransferProblem.MALFORMED)
    body, signer, signature = doc["body"], doc["signer"], doc["signature"]
    if not (isinstance(body, dict) and isinstance(signer, str) and isinstance(signature, str)
            and body.get("format") == kind and body.get("version") == VERSION):
        raise TransferRefused(TransferProblem.MALFORMED)
    try:
        raw = bytes.fromhex(signature)
    except ValueError:
        raise TransferRefused(TransferProblem.MALFORMED) from None
    if not crypto.verify(signer, raw, _DOMAIN[kind] + canonical(body)):
        raise TransferRefused(TransferProblem.BAD_SIGNATURE)
    return body, signer


def read_small(path: Path, limit: int) -> Any:
    """A card or receipt: its size checked before it is read, then parsed."""
    try:
        if Path(path).stat().st_size > limit:
            raise TransferRefused(TransferProblem.TOO_LARGE)
        with Path(path).open("rb") as fh:  # capped too: a pipe or a device says size 0
            data = fh.read(limit + 1)
    except OSError:
        raise TransferRefused(TransferProblem.NOT_FOUND) from None
    if len(data) > limit:
        raise TransferRefused(TransferProblem.TOO_LARGE)
    return parse_json(data)


def parse_json(data: bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        raise TransferRefused(TransferProblem.MALFORMED) from None


# -- the house card ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Manager:
    staff_id: str
    name: str
    sign_key: str
    box_key: str


@dataclass(frozen=True, slots=True)
class Card:
    """A receiving house as its card says, checked: signed by one of its managers."""

    site_id: str
    house: str
    organisation: str
    managers: tuple[Manager, ...]
    signed_by: str  # the manager's name
    fingerprint: str
    doc: dict[str, Any]  # as signed, to carry in a receipt

    def manager_by_key(self, sign_key: str) -> Manager | None:
        return next((m for m in self.managers if m.sign_key == sign_key), None)


def make_card(site_id: str, house: str, organisation: str, managers: list[Manager],
              identity: crypto.Identity, made_at: str) -> dict[str, Any]:
    body = {"format": CARD_FORMAT, "version": VERSION, "site_id": site_id, "house": house,
            "organisation": organisation, "made_at": made_at,
            "managers": [{"staff_id": m.staff_id, "name": m.name, "sign_key": m.sign_key,
                          "box_key": m.box_key} for m in managers]}
    return sign(CARD_FORMAT, body, identity)


def card_from(doc: Any) -> Card:
    body, signer = verified(CARD_FORMAT, doc)
    found = body.get("managers")
    if not isinstance(found, list) or not 0 < len(found) <= MAX_RECIPIENTS:
        raise TransferRefused(TransferProblem.MALFORMED)
    managers = []
    for m in found:
        if not isinstance(m, dict) or not all(isinstance(m.get(k), str) for k in
                                              ("staff_id", "name", "sign_key", "box_key")):
            raise TransferRefused(TransferProblem.MALFORMED)
        if not _hex_key(m["sign_key"]) or not _box_key(m["box_key"]):
            raise TransferRefused(TransferProblem.MALFORMED)
        managers.append(Manager(m["staff_id"], m["name"], m["sign_key"], m["box_key"]))
    if not all(isinstance(body.get(k), str) for k in ("site_id", "house", "organisation")):
        raise TransferRefused(TransferProblem.MALFORMED)
    card = Card(body["site_id"], body["house"], body["organisation"], tuple(managers), "",
                fingerprint(canonical(body)), doc)
    signer_is = card.manager_by_key(signer)
    if signer_is is None:  # a card is vouched for by one of the managers it lists
        raise TransferRefused(TransferProblem.BAD_SIGNATURE)
    return Card(card.site_id, card.house, card.organisation, card.managers, signer_is.name,
                card.fingerprint, doc)


def _box_key(text: str) -> bool:
    """A key something can be sealed to (not a low-order point, whose holder is anyone)."""
    if not _hex_key(text):
        return False
    try:
        crypto.seal_to(text, b"", b"")
    except ValueError:
        return False
    return True


def _hex_key(text: str) -> bool:
    try:
        return len(bytes.fromhex(text)) == 32
    except ValueError:
        return False


# -- the package ----------------------------------------------------------------------------
def _key_aad(site_id: str) -> bytes:
    return f"safehaven-transfer-key/1|{site_id}".encode()


def seal_package(payload: dict[str, Any], card: Card, identity: crypto.Identity) -> bytes:
    """The file: a fresh key sealed to each of the receiving house's managers."""
    key = crypto.random_key()
    try:
        keys = [base64.b64encode(crypto.seal_to(m.box_key, key, _key_aad(card.site_id))
                                 ).decode() for m in card.managers]
    except ValueError:  # a key no one can hold (a low-order point): not a real card
        raise TransferRefused(TransferProblem.MALFORMED) from None
    header = json.dumps({"v": VERSION, "keys": keys}, separators=(",", ":")).encode()
    inner = canonical(sign(PAYLOAD_FORMAT, payload, identity))
    return MAGIC + header + b"\n" + crypto.seal(key, inner, header)


@dataclass(frozen=True, slots=True)
class Opened:
    payload: dict[str, Any]
    signer: str  # the signing key, hex
    digest: str  # SHA-256 of the file, so a receipt names the very package it answers


def open_package(path: Path, site_id: str, box_private: bytes) -> Opened:
    try:
        size = Path(path).stat().st_size
        if size > MAX_PACKAGE:
            raise TransferRefused(TransferProblem.TOO_LARGE)
        with Path(path).open("rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                raise TransferRefused(TransferProblem.MALFORMED)
            line = fh.readline(MAX_HEADER + 1)
            if len(line) > MAX_HEADER or not line.endswith(b"\n"):
                raise TransferRefused(TransferProblem.MALFORMED)
            sealed = fh.read(MAX_PACKAGE)
    except OSError:
        raise TransferRefused(TransferProblem.NOT_FOUND) from None
    header_bytes = line[:-1]
    header = parse_json(header_bytes)
    if not isinstance(header, dict) or header.get("v") != VERSION:
        raise TransferRefused(TransferProblem.MALFORMED)
    keys = header.get("keys")
    if not isinstance(keys, list) or not (
            0 < len(keys) <= MAX_RECIPIENTS) or not all(isinstance(k, str) and len(k) < 1024
                                                       for k in keys):
        raise TransferRefused(TransferProblem.MALFORMED)
    key = _content_key(keys, site_id, box_private)
    try:
        inner = crypto.unseal(key, sealed, header_bytes)
    except crypto.SealError:
        raise TransferRefused(TransferProblem.TAMPERED) from None
    payload, signer = verified(PAYLOAD_FORMAT, parse_json(inner))
    to = payload.get("to")
    if not isinstance(to, dict) or to.get("site_id") != site_id:
        raise TransferRefused(TransferProblem.NOT_FOR_THIS_HOUSE)
    digest = hashlib.sha256(MAGIC + line + sealed).hexdigest()
    return Opened(payload, signer, digest)


def _content_key(keys: list[str], site_id: str, box_private: bytes) -> bytes:
    for text in keys:
        try:
            return crypto.open_from(box_private, base64.b64decode(text, validate=True),
                                    _key_aad(site_id))
        except (crypto.SealError, ValueError, binascii.Error):
            continue
    raise TransferRefused(TransferProblem.NOT_FOR_THIS_HOUSE)


# -- the receipt ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Receipt:
    transfer_id: str
    resident_id: str
    accepted: bool
    why: str | None
    at: str
    card: Card  # the receiving house
    signed_by: str  # one of its managers' names
    package: str  # the package's SHA-256
    token: str | None  # the sending house's proof, copied from the sealed package


def make_receipt(opened: Opened, *, accepted: bool, why: str | None, at: str,
                 card: dict[str, Any], identity: crypto.Identity) -> dict[str, Any]:
    body = {"format": RECEIPT_FORMAT, "version": VERSION,
            "transfer_id": opened.payload["transfer_id"],
            "resident_id": opened.payload["resident_id"], "package": opened.digest,
            "decision": "accepted" if accepted else "declined", "why": why, "at": at,
            "card": card, "token": opened.payload.get("receipt_token")}
    return sign(RECEIPT_FORMAT, body, identity)


def receipt_from(doc: Any) -> Receipt:
    body, signer = verified(RECEIPT_FORMAT, doc)
    card = card_from(body.get("card"))
    by = card.manager_by_key(signer)
    if by is None:
        raise TransferRefused(TransferProblem.BAD_SIGNATURE)
    fields = ("transfer_id", "resident_id", "package", "at")
    if not all(isinstance(body.get(k), str) for k in fields) or body.get("decision") not in (
            "accepted", "declined") or not isinstance(body.get("why"), str | None) \
            or not isinstance(body.get("token"), str | None):
        raise TransferRefused(TransferProblem.MALFORMED)
    return Receipt(body["transfer_id"], body["resident_id"], body["decision"] == "accepted",
                   body["why"], body["at"], card, by.name, body["package"], body.get("token"))


def same_fingerprint(given: str, fingerprint_text: str) -> bool:
    """A fingerprint as typed (case, spaces, colons and dashes do not matter)."""
    def bare(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch.isalnum())
    return bool(bare(given)) and bare(given) == bare(fingerprint_text)
