"""Envelopes: a change set compressed, encrypted under the site key, signed by its device.

    {"v": 1, "id": ..., "site": ..., "device": ..., "seq": n, "kv": key version,
     "ct": base64(nonce + AES-256-GCM(zlib(json(body)))), "sig": base64(Ed25519)}

The body is the change set without what the header already says (id, device, sequence);
zlib starts from a preset dictionary (`zdict_v1.txt`: the schema's field names and
vocabulary, then the site and device ids), which halves a single check-in. The associated
data binds the ciphertext to its id, site, device, sequence and key version; the
signature covers the same header and the ciphertext. A receiver checks the device against
its roster and the signature before it decrypts anything.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehaven.store.refusal import Refusal, RefusalKind, Refused

__all__ = ["Header", "Refusal", "RefusalKind", "Refused"]

VERSION = 1
ZDICT = (resources.files("safehaven.sync") / "zdict_v1.txt").read_bytes()  # frozen with v1
HEADER_FIELDS = ("id", "device_id", "device_seq")
MAX_ENVELOPE = 4 * 1024 * 1024      # bytes of JSON per envelope
MAX_PLAINTEXT = 16 * 1024 * 1024    # bytes after decompression (a zip bomb stops here)


@dataclass(frozen=True, slots=True)
class Header:
    id: str
    site: str
    device: str
    seq: int
    kv: int

    def aad(self) -> bytes:
        return f"safehaven-cs/{VERSION}|{self.id}|{self.site}|{self.device}|{self.seq}|" \
               f"{self.kv}".encode()


def seal(changeset: dict[str, Any], site_id: str, key_version: int, site_key: bytes,
         signing_key: Ed25519PrivateKey) -> bytes:
    header = Header(changeset["id"], site_id, changeset["device_id"],
                    int(changeset["device_seq"]), key_version)
    body = {k: v for k, v in changeset.items() if k not in HEADER_FIELDS}
    # An 8 KiB window holds the whole dictionary and any change set's repeats; it makes
    # the same bytes as the default 32 KiB at a quarter of the cost (the reader needs no
    # setting: the window size is in the zlib header).
    packer = zlib.compressobj(6, zlib.DEFLATED, 13, zdict=_zdict(header))
    plain = packer.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":"))
                            .encode()) + packer.flush()
    nonce = os.urandom(12)
    ct = nonce + AESGCM(site_key).encrypt(nonce, plain, header.aad())
    signature = signing_key.sign(header.aad() + ct)
    return json.dumps({
        "v": VERSION, "id": header.id, "site": header.site, "device": header.device,
        "seq": header.seq, "kv": header.kv, "ct": base64.b64encode(ct).decode(),
        "sig": base64.b64encode(signature).decode(),
    }, separators=(",", ":")).encode()


def header_of(envelope: bytes) -> tuple[Header, bytes, bytes]:
    """Parse the routing header (what a server may see) and the sealed parts."""
    if len(envelope) > MAX_ENVELOPE:
        raise Refused(Refusal(RefusalKind.TOO_LARGE, "too large"))
    try:
        doc = json.loads(envelope)
        if not isinstance(doc, dict) or doc.get("v") != VERSION:
            raise Refused(Refusal(RefusalKind.UNKNOWN_VERSION, "unknown envelope version"))
        header = Header(str(doc["id"]), str(doc["site"]), str(doc["device"]), int(doc["seq"]),
                        int(doc["kv"]))
        ct, sig = _strict_b64(doc["ct"]), _strict_b64(doc["sig"])
    except Refused:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused(Refusal(RefusalKind.MALFORMED, "malformed envelope")) from exc
    return header, ct, sig


def _strict_b64(text: Any) -> bytes:
    """Only the one canonical spelling: a flipped padding bit must not pass unnoticed."""
    if not isinstance(text, str):
        raise ValueError("not text")
    data = base64.b64decode(text, validate=True)
    if base64.b64encode(data).decode() != text:
        raise ValueError("not canonical base64")
    return data


def open_envelope(envelope: bytes, *, site_id: str, roster: dict[str, tuple[str | None, bool]],
                  keys: dict[int, bytes]) -> tuple[Header, dict[str, Any]]:
    """Verify, decrypt and parse; every failure is a `Refused` with its reason."""
    header, ct, sig = header_of(envelope)

    def refuse(kind: RefusalKind, message: str) -> Refused:
        return Refused(Refusal(kind, message), header.id, header.device)

    if header.site != site_id:
        raise refuse(RefusalKind.OTHER_HOUSE, "for another house")
    public, revoked = roster.get(header.device, (None, False))
    if public is None:
        raise refuse(RefusalKind.UNKNOWN_DEVICE, "from a device this house does not know")
    if revoked:
        raise refuse(RefusalKind.REVOKED_DEVICE, "from a revoked device")
    try:
        _verifier(public).verify(sig, header.aad() + ct)
    except (InvalidSignature, ValueError) as exc:
        raise refuse(RefusalKind.BAD_SIGNATURE, "bad signature") from exc
    key = keys.get(header.kv)
    if key is None:
        raise refuse(RefusalKind.MISSING_SITE_KEY,
                     f"encrypted with a site key this device does not have (v{header.kv})")
    try:
        plain = AESGCM(key).decrypt(ct[:12], ct[12:], header.aad())
        inflater = zlib.decompressobj(zdict=_zdict(header))
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
    try:
        _verifier(public_hex).verify(sig, header.aad() + ct)
    except (InvalidSignature, ValueError):
        return False
    return True


def revocation_text(site_id: str, doc: dict[str, Any], devices: list[str]) -> bytes:
    """What a manager signs to revoke laptops on the server."""
    return f"safehaven-revoke/1|{site_id}|{doc.get('at')}|{','.join(sorted(devices))}".encode()


def manager_text(site_id: str, doc: dict[str, Any], keys: list[str]) -> bytes:
    """What a manager signs to vouch for the house's manager keys on the server."""
    return f"safehaven-managers/1|{site_id}|{doc.get('at')}|" \
           f"{','.join(sorted(k.lower() for k in keys))}".encode()


def enrolment_text(site_id: str, doc: dict[str, Any], enrol_id: str, device_id: str,
                   public_key: str | None) -> bytes:
    """What a manager signs to leave an enrolment package on the server."""
    return f"safehaven-enrol/1|{site_id}|{doc.get('at')}|{enrol_id}|{device_id}|" \
           f"{public_key}".encode()


def verify_text(public_hex: str, signature: bytes, text: bytes) -> bool:
    try:
        _verifier(public_hex).verify(signature, text)
    except (InvalidSignature, ValueError):
        return False
    return True


@lru_cache(maxsize=256)
def _verifier(public_hex: str) -> Ed25519PublicKey:
    """Public keys only: nothing secret is kept once a vault is locked."""
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


def _zdict(header: Header) -> bytes:
    """The preset dictionary, ending with the ids this change set surely repeats."""
    return ZDICT + f'"{header.site}","{header.device}"'.encode()


def digest(ids: list[str], start: str = "") -> str:
    """A digest of a set of change set ids (XOR of their SHA-256), to notice a server or
    device that is behind. Order does not matter and it updates incrementally:
    `digest(more, start=digest(some)) == digest(some + more)`."""
    acc = int(start, 16) if start else 0
    for changeset_id in ids:
        acc ^= int.from_bytes(hashlib.sha256(changeset_id.encode()).digest(), "big")
    return f"{acc:064x}"
