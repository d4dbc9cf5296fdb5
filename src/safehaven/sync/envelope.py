"""Envelopes: a change set compressed, encrypted under the site key, signed by its device.

    {"v": 2, "id": ..., "site": ..., "device": ..., "seq": n, "kv": key version,
     "ct": base64(nonce + AES-256-GCM(zlib(json(body)))), "sig": base64(Ed25519),
     "ph": base64(first 16 bytes of SHA-256(aad + ct) of the same laptop's previous one)}

The body is the change set without what the header already says (id, device, sequence);
zlib starts from a preset dictionary (`zdict_v1.txt`: the schema's field names and
vocabulary, then the site and device ids), which halves a single check-in. The associated
data binds the ciphertext to its id, site, device, sequence and key version; the
signature covers the same header, the ciphertext and (version 2) `ph`. A receiver checks
the device against its roster and the signature before it decrypts anything.

`ph` chains a laptop's envelopes sealed together: a receiver (or the server) holding a run
of them verifies the newest one's signature, and each older one through the hash its
successor signed (`chain_verified`), so a page costs one signature check per laptop instead
of one per change set. Every envelope still carries its own signature, so one that arrives
alone (a relay, a quarantine retry, a run cut short) is checked on its own as before.
Version 1 envelopes (no `ph`) are still read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehaven.store import crypto
from safehaven.store.refusal import Refusal, RefusalKind, Refused

__all__ = ["Header", "Refusal", "RefusalKind", "Refused"]

VERSION = 2
READABLE = (1, 2)
CHAIN_HASH = 16  # bytes of SHA-256: a second preimage stays out of reach
ZDICT = (resources.files("safehaven.sync") / "zdict_v1.txt").read_bytes()  # frozen with v1
HEADER_FIELDS = ("id", "device_id", "device_seq")
SEQ_MAX = 2**63 - 1  # the largest number a database column holds
MAX_ENVELOPE = 4 * 1024 * 1024      # bytes of JSON per envelope
MAX_PLAINTEXT = 16 * 1024 * 1024    # bytes after decompression (a zip bomb stops here)


@dataclass(frozen=True, slots=True)
class Header:
    id: str
    site: str
    device: str
    seq: int
    kv: int
    v: int = 1  # the first release's headers; `encrypt` writes VERSION
    ph: bytes = b""  # the chain hash of this laptop's previous envelope (version 2)

    def __reduce__(self) -> tuple[Any, ...]:
        return Header, (self.id, self.site, self.device, self.seq, self.kv, self.v, self.ph)

    def aad(self) -> bytes:
        return f"safehaven-cs/{self.v}|{self.id}|{self.site}|{self.device}|{self.seq}|" \
               f"{self.kv}".encode()

    def signed(self, ct: bytes) -> bytes:
        """What the device signs."""
        return self.aad() + ct + (b"|ph|" + self.ph if self.v >= 2 else b"")

    def chain_hash(self, ct: bytes) -> bytes:
        """What the next envelope of the same laptop names as `ph`."""
        return hashlib.sha256(self.aad() + ct).digest()[:CHAIN_HASH]


def seal(changeset: dict[str, Any], site_id: str, key_version: int, site_key: bytes,
         signing_key: Ed25519PrivateKey | crypto.Signer, prev_hash: bytes = b"") -> bytes:
    header, ct = encrypt(changeset, site_id, key_version, site_key, prev_hash)
    return signed_envelope(header, ct, signing_key)


def encrypt(changeset: dict[str, Any], site_id: str, key_version: int, site_key: bytes,
            prev_hash: bytes = b"") -> tuple[Header, bytes]:
    """The header and ciphertext of an envelope (`signed_envelope` finishes it): apart, so
    a run of change sets is encrypted in parallel and then chained in order."""
    header = Header(changeset["id"], site_id, changeset["device_id"],
                    int(changeset["device_seq"]), key_version, VERSION, prev_hash)
    body = {k: v for k, v in changeset.items() if k not in HEADER_FIELDS}
    # An 8 KiB window holds the whole dictionary and any change set's repeats; it makes
    # the same bytes as the default 32 KiB at a quarter of the cost (the reader needs no
    # setting: the window size is in the zlib header).
    packer = zlib.compressobj(6, zlib.DEFLATED, 13, zdict=zdict(header.site, header.device))
    plain = packer.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":"))
                            .encode()) + packer.flush()
    nonce = os.urandom(12)
    return header, nonce + AESGCM(site_key).encrypt(nonce, plain, header.aad())


def with_prev(header: Header, prev_hash: bytes) -> Header:
    """The same header naming its predecessor (the hash is outside the AEAD's associated
    data, so a run is encrypted first and chained afterwards)."""
    return Header(header.id, header.site, header.device, header.seq, header.kv, header.v,
                  prev_hash)


def signed_envelope(header: Header, ct: bytes,
                    signing_key: Ed25519PrivateKey | crypto.Signer) -> bytes:
    doc: dict[str, Any] = {
        "v": header.v, "id": header.id, "site": header.site, "device": header.device,
        "seq": header.seq, "kv": header.kv, "ct": base64.b64encode(ct).decode(),
        "sig": base64.b64encode(signing_key.sign(header.signed(ct))).decode()}
    if header.ph:
        doc["ph"] = base64.b64encode(header.ph).decode()
    return json.dumps(doc, separators=(",", ":")).encode()


def header_of(envelope: bytes) -> tuple[Header, bytes, bytes]:
    """Parse the routing header (what a server may see) and the sealed parts."""
    return header_from(document(envelope))


def document(envelope: bytes) -> dict[str, Any]:
    """An envelope's JSON object (any version), size-checked; `Refused` if it is not one."""
    if len(envelope) > MAX_ENVELOPE:
        raise Refused(Refusal(RefusalKind.TOO_LARGE, "too large"))
    try:
        doc = json.loads(envelope)
    except ValueError as exc:
        raise Refused(Refusal(RefusalKind.MALFORMED, "malformed envelope")) from exc
    if not isinstance(doc, dict):
        raise Refused(Refusal(RefusalKind.MALFORMED, "malformed envelope"))
    return doc


def header_from(doc: dict[str, Any]) -> tuple[Header, bytes, bytes]:
    """The header and sealed parts of a version 1 or 2 envelope's JSON object."""
    if doc.get("v") not in READABLE:
        raise Refused(Refusal(RefusalKind.UNKNOWN_VERSION, "unknown envelope version"))
    try:
        ph = strict_b64(doc["ph"]) if doc["v"] >= 2 and "ph" in doc else b""
        if ph and len(ph) != CHAIN_HASH:
            raise ValueError("chain hash")
        header = Header(str(doc["id"]), str(doc["site"]), str(doc["device"]), int(doc["seq"]),
                        int(doc["kv"]), int(doc["v"]), ph)
        if abs(header.seq) > SEQ_MAX:
            raise ValueError("number")  # no store (SQLite, PostgreSQL) could keep it
        ct, sig = strict_b64(doc["ct"]), strict_b64(doc["sig"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused(Refusal(RefusalKind.MALFORMED, "malformed envelope")) from exc
    return header, ct, sig


def strict_b64(text: Any) -> bytes:
    """Only the one canonical spelling: a flipped padding bit must not pass unnoticed."""
    if not isinstance(text, str):
        raise ValueError("not text")
    data = base64.b64decode(text, validate=True)
    if base64.b64encode(data).decode() != text:
        raise ValueError("not canonical base64")
    return data


def open_envelope(envelope: bytes, *, site_id: str, roster: dict[str, tuple[str | None, bool]],
                  keys: dict[int, bytes], signature_checked: bool = False,
                  parsed: tuple[Header, bytes, bytes] | None = None
                  ) -> tuple[Header, dict[str, Any]]:
    """Verify, decrypt and parse; every failure is a `Refused` with its reason.

    `signature_checked`: `chain_verified` established the device's signature already
    (the roster, the site and everything else are checked here all the same); `parsed`:
    `header_of(envelope)`, when the caller has it already."""
    header, ct, sig = parsed if parsed is not None else header_of(envelope)

    def refuse(kind: RefusalKind, message: str) -> Refused:
        return Refused(Refusal(kind, message), header.id, header.device)

    if header.site != site_id:
        raise refuse(RefusalKind.OTHER_HOUSE, "for another house")
    public, revoked = roster.get(header.device, (None, False))
    if public is None:
        raise refuse(RefusalKind.UNKNOWN_DEVICE, "from a device this house does not know")
    if revoked:
        raise refuse(RefusalKind.REVOKED_DEVICE, "from a revoked device")
    if not signature_checked and not signed_by(public, header, ct, sig):
        raise refuse(RefusalKind.BAD_SIGNATURE, "bad signature")
    key = keys.get(header.kv)
    if key is None:
        raise refuse(RefusalKind.MISSING_SITE_KEY,
                     f"encrypted with a site key this device does not have (v{header.kv})")
    try:
        plain = AESGCM(key).decrypt(ct[:12], ct[12:], header.aad())
        inflater = zlib.decompressobj(zdict=zdict(header.site, header.device))
        data = inflater.decompress(plain, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise refuse(RefusalKind.TOO_LARGE, "too large once decompressed")
        changeset = json.loads(data)
    except Refused:
        raise
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise refuse(RefusalKind.UNDECRYPTABLE, "cannot be decrypted") from exc
    if not isinstance(changeset, dict) or not isinstance(changeset.get("entries"), list) or \
            not isinstance(changeset.get("hlc"), int) or any(
                changeset.get(k, v) != v for k, v in zip(
                    HEADER_FIELDS, (header.id, header.device, header.seq), strict=True)):
        # (the first release repeated the header's fields in the body: they must agree)
        raise refuse(RefusalKind.MISMATCH, "contents do not match the envelope")
    changeset.update(id=header.id, device_id=header.device, device_seq=header.seq)
    return header, changeset


def signed_by(public_hex: str, header: Header, ct: bytes, sig: bytes) -> bool:
    """The envelope bears this device key's signature (the server checks it on push)."""
    return crypto.verify(public_hex, sig, header.signed(ct))


def chain_verified(items: list[tuple[Header, bytes, bytes] | None],
                   key_of: Callable[[str], str | None]) -> list[bool]:
    """For each (header, ct, sig) of a batch: True when its device's signature is
    established here, False when the caller must check it on its own.

    Within a run of one laptop's envelopes chained by `ph`, only the newest signature is
    verified (against `key_of(device)`); each older one is established by the hash its
    successor signed (the hash covers its header and ciphertext). Anything else (version
    1, a lone envelope, a broken link, a forged successor) is left to the caller."""
    n = len(items)
    by_hash: dict[bytes, int] = {}
    for i, item in enumerate(items):
        if item is not None and item[0].v >= 2:
            by_hash[item[0].chain_hash(item[1])] = i
    child: dict[int, int] = {}
    for i, item in enumerate(items):
        if item is None or not item[0].ph:
            continue
        j = by_hash.get(item[0].ph)
        parent = items[j] if j is not None else None
        if j is not None and parent is not None and parent[0].device == item[0].device \
                and parent[0].seq < item[0].seq:
            child[j] = i
    members = set(child) | set(child.values())
    state = [False] * n
    for i in sorted(members, key=lambda i: -items[i][0].seq):  # type: ignore[index]
        item = items[i]
        assert item is not None
        if i in child:
            state[i] = state[child[i]]  # the successor's signature covers this one's hash
        else:
            key = key_of(item[0].device)
            state[i] = key is not None and signed_by(key, *item)
    return state


def revocation_text(site_id: str, doc: dict[str, Any], devices: list[str]) -> bytes:
    """What a manager signs to revoke laptops on the server."""
    return f"safehaven-revoke/1|{site_id}|{doc.get('at')}|{','.join(sorted(devices))}".encode()


def manager_text(site_id: str, doc: dict[str, Any], keys: list[str]) -> bytes:
    """What a manager signs to vouch for the house's manager keys on the server."""
    return f"safehaven-managers/1|{site_id}|{doc.get('at')}|" \
           f"{','.join(sorted(k.lower() for k in keys))}".encode()


def forget_text(site_id: str, doc: dict[str, Any], ids: list[str]) -> bytes:
    """What a manager signs to erase removed documents' content from the server."""
    return f"safehaven-forget/1|{site_id}|{doc.get('at')}|{','.join(sorted(ids))}".encode()


def destroy_text(site_id: str, doc: dict[str, Any], ids: list[str]) -> bytes:
    """What a manager signs to drop destroyed change sets from the server for ever."""
    return f"safehaven-destroy/1|{site_id}|{doc.get('at')}|{','.join(sorted(ids))}".encode()


def mail_text(site_id: str, doc: dict[str, Any], to: str, digest_hex: str) -> bytes:
    """What a manager signs to leave a transfer file for another house on the server."""
    return f"safehaven-mail/1|{site_id}|{doc.get('at')}|{to}|{digest_hex}".encode()


def mail_done_text(site_id: str, doc: dict[str, Any], item_id: str) -> bytes:
    """What a manager signs to remove a transfer file the house has taken."""
    return f"safehaven-mail-done/1|{site_id}|{doc.get('at')}|{item_id}".encode()


def enrolment_text(site_id: str, doc: dict[str, Any], enrol_id: str, device_id: str,
                   public_key: str | None) -> bytes:
    """What a manager signs to leave an enrolment package on the server."""
    return f"safehaven-enrol/1|{site_id}|{doc.get('at')}|{enrol_id}|{device_id}|" \
           f"{public_key}".encode()


def verify_text(public_hex: str, signature: bytes, text: bytes) -> bool:
    return crypto.verify(public_hex, signature, text)


def zdict(site: str, device: str) -> bytes:
    """The preset dictionary, ending with the ids a change set surely repeats."""
    return ZDICT + f'"{site}","{device}"'.encode()


def digest(ids: list[str], start: str = "") -> str:
    """A digest of a set of change set ids (XOR of their SHA-256), to notice a server or
    device that is behind. Order does not matter and it updates incrementally:
    `digest(more, start=digest(some)) == digest(some + more)`."""
    acc = int(start, 16) if start else 0
    for changeset_id in ids:
        acc ^= int.from_bytes(hashlib.sha256(changeset_id.encode()).digest(), "big")
    return f"{acc:064x}"
