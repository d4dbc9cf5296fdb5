"""Run envelopes (formats 3 and 4): a run of one laptop's change sets sealed together.

    {"v": 4, "site": ..., "device": ..., "kv": key version,
     "ids": [change set ids], "seqs": [their numbers, rising],
     "ct": base64(nonce + AES-256-GCM(zlib(json([body, ...])))), "sig": base64(Ed25519)}

Sealed alone, a check-in carried some 190 bytes that do not compress (nonce and tag, the
laptop's signature, a chain hash, its id) and compressed only against the preset
dictionary; sealed with the others of its round, it shares one nonce, one tag and one
signature, and its ids, field names and values compress against the check-in before it:
about a third of the bytes (docs/benchmarks.md). A receiver checks one signature, opens
one ciphertext and keeps one copy per run; the server keeps the run once and its log one
row per change set pointing at it (digests, restores and fetches stay per change set).

The clear header names every member (id and number) because the server's per-id log needs
them; the associated data binds the ciphertext to all of it, and the signature covers the
associated data and the ciphertext, so no member can be added, dropped, renumbered or moved
to another run without the laptop's key. Each body is the change set without what the
header says (its id, laptop and number), and must not contradict it.

Format 4 (the same header, "v": 4) also leaves out what its authors' hash chains make
redundant: each author's signature but on their last change set of the run, and chain
hashes a receiver works out from the change set before (`sync/run_bodies.py`). A laptop
seals format 4 for a server that says it stores it (`StateAnswer.runs`, protocol 3) and in
USB bundles; format 3 otherwise. Both are read; a newer one is set aside (`NEWER`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from safehaven.store import crypto
from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.sync.envelope import (
    HEADER_FIELDS,
    MAX_PLAINTEXT,
    SEQ_MAX,
    Header,
    document,
    header_from,
    strict_b64,
    zdict,
)

VERSION = 4
READABLE = (3, 4)          # run formats this version opens (1 and 2 are single envelopes)
RUN_MAX = 256              # change sets a laptop seals in one run
RUN_PLAIN = 256 * 1024     # bytes of JSON a run holds before the next one starts
READ_MAX = 2000            # members a receiver or the server accepts in one run
_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")  # change set ids are UUIDs; nothing else passes


@dataclass(frozen=True, slots=True)
class RunHeader:
    site: str
    device: str
    kv: int
    ids: tuple[str, ...]
    seqs: tuple[int, ...]
    v: int = VERSION

    def aad(self) -> bytes:
        """Everything the clear header says, unambiguously (JSON, not joined text)."""
        return json.dumps(["safehaven-run", self.v, self.site, self.device, self.kv,
                           self.ids, self.seqs], separators=(",", ":")).encode()

    def signed(self, ct: bytes) -> bytes:
        """What the laptop signs."""
        return self.aad() + ct

    def members(self) -> list[Header]:
        """A header for each change set of the run (what code about one change set uses)."""
        return [Header(i, self.site, self.device, seq, self.kv, self.v)
                for i, seq in zip(self.ids, self.seqs, strict=True)]


Parsed = tuple[Header | RunHeader, bytes, bytes]  # (header, ciphertext, signature)


NEWER = Refusal(RefusalKind.UNKNOWN_VERSION,
                "written by a newer SafeHaven: update SafeHaven on this laptop to read it")


def parse(envelope: bytes) -> Parsed:
    """The header and sealed parts of an envelope of any readable version; one of a newer
    format is refused with `NEWER` (see `newer_members`)."""
    doc = document(envelope)
    if _newer(doc):
        raise Refused(NEWER)
    return run_header_from(doc) if doc.get("v") in READABLE else header_from(doc)


def _newer(doc: dict[str, Any]) -> bool:
    version = doc.get("v")
    return type(version) is int and version > VERSION


def newer_members(envelope: bytes) -> list[tuple[str, str | None]]:
    """(id, laptop) of each change set an envelope of a newer format names, as far as its
    header can be read the way today's formats write it ("id" or "ids", "device"): they
    are set aside under their own ids, so the digest still counts them and an updated
    laptop opens them. None readable: it is kept as unreadable."""
    try:
        doc = document(envelope)
    except Refused:
        return []
    if not _newer(doc):
        return []
    listed = doc.get("ids")
    ids: list[Any] = listed if isinstance(listed, list) else [doc.get("id")]
    device = doc.get("device") if isinstance(doc.get("device"), str) else None
    if device is not None and not _ID.fullmatch(device):
        device = None
    found = [i for i in ids[:READ_MAX] if isinstance(i, str) and _ID.fullmatch(i)]
    return [(i, device) for i in dict.fromkeys(found)]


def changesets_in(envelopes: Sequence[bytes]) -> int:
    """How many change sets these envelopes carry (what people are told, not envelopes)."""
    count = 0
    for envelope in envelopes:
        try:
            header = parse(envelope)[0]
        except Refused:
            header = None
        count += len(header.ids) if isinstance(header, RunHeader) else 1
    return count


def run_header_from(doc: dict[str, Any]) -> tuple[RunHeader, bytes, bytes]:
    try:
        ids, seqs = doc["ids"], doc["seqs"]
        if not (isinstance(ids, list) and isinstance(seqs, list)
                and 0 < len(ids) == len(seqs) <= READ_MAX):
            raise ValueError("members")
        if not all(isinstance(i, str) and _ID.fullmatch(i) for i in ids) or \
                len(set(ids)) != len(ids):
            raise ValueError("ids")
        if not all(type(n) is int and 0 < n <= SEQ_MAX for n in seqs) or \
                any(b <= a for a, b in pairwise(seqs)):
            raise ValueError("numbers")  # rising: each number once, in the laptop's order
        site, device, kv = doc["site"], doc["device"], doc["kv"]
        if not (isinstance(site, str) and isinstance(device, str) and type(kv) is int):
            raise ValueError("header")
        header = RunHeader(site, device, kv, tuple(ids), tuple(seqs), int(doc["v"]))
        ct, sig = strict_b64(doc["ct"]), strict_b64(doc["sig"])
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused(Refusal(RefusalKind.MALFORMED, "malformed envelope")) from exc
    return header, ct, sig


def seal_run(bodies: Sequence[dict[str, Any]], site_id: str, key_version: int,
             site_key: bytes, signing_key: Ed25519PrivateKey | crypto.Signer,
             version: int = VERSION) -> bytes:
    """One laptop's change sets (`ChangeSet.to_wire()`, rising numbers; for format 4 as
    `run_bodies.thin` leaves them) as one envelope."""
    header = RunHeader(site_id, str(bodies[0]["device_id"]), key_version,
                       tuple(str(b["id"]) for b in bodies),
                       tuple(int(b["device_seq"]) for b in bodies), version)
    plain = json.dumps([{k: v for k, v in b.items() if k not in HEADER_FIELDS}
                        for b in bodies], ensure_ascii=False, separators=(",", ":")).encode()
    packer = zlib.compressobj(6, zlib.DEFLATED, 15, zdict=zdict(header.site, header.device))
    packed = packer.compress(plain) + packer.flush()
    nonce = os.urandom(12)
    ct = nonce + AESGCM(site_key).encrypt(nonce, packed, header.aad())
    return json.dumps({
        "v": header.v, "site": header.site, "device": header.device, "kv": header.kv,
        "ids": header.ids, "seqs": header.seqs, "ct": base64.b64encode(ct).decode(),
        "sig": base64.b64encode(signing_key.sign(header.signed(ct))).decode()},
        separators=(",", ":")).encode()


def signed_by(public_hex: str, header: RunHeader, ct: bytes, sig: bytes) -> bool:
    return crypto.verify(public_hex, sig, header.signed(ct))


def run_hash(envelope: bytes) -> bytes:
    """The name a run is kept under (by the server and by each laptop), once."""
    return hashlib.sha256(envelope).digest()


def open_run(parsed: tuple[RunHeader, bytes, bytes], *, site_id: str,
             roster: dict[str, tuple[str | None, bool]], keys: dict[int, bytes],
             signature_checked: bool = False) -> list[dict[str, Any]]:
    """Verify, decrypt and split a run into its change sets (bodies with the header's id,
    laptop and number put back). A `Refused` refuses the whole run; the caller gives each
    member the refusal."""
    header, ct, sig = parsed
    if header.site != site_id:
        raise Refused(Refusal(RefusalKind.OTHER_HOUSE, "for another house"))
    public, revoked = roster.get(header.device, (None, False))
    if public is None:
        raise Refused(Refusal(RefusalKind.UNKNOWN_DEVICE,
                              "from a device this house does not know"))
    if revoked:
        raise Refused(Refusal(RefusalKind.REVOKED_DEVICE, "from a revoked device"))
    if not signature_checked and not signed_by(public, header, ct, sig):
        raise Refused(Refusal(RefusalKind.BAD_SIGNATURE, "bad signature"))
    key = keys.get(header.kv)
    if key is None:
        raise Refused(Refusal(RefusalKind.MISSING_SITE_KEY, "encrypted with a site key this "
                              f"device does not have (v{header.kv})"))
    try:
        packed = AESGCM(key).decrypt(ct[:12], ct[12:], header.aad())
        inflater = zlib.decompressobj(zdict=zdict(header.site, header.device))
        data = inflater.decompress(packed, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise Refused(Refusal(RefusalKind.TOO_LARGE, "too large once decompressed"))
        bodies = json.loads(data)
    except Refused:
        raise
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise Refused(Refusal(RefusalKind.UNDECRYPTABLE, "cannot be decrypted")) from exc
    if not isinstance(bodies, list) or len(bodies) != len(header.ids) or not all(
            isinstance(b, dict) and isinstance(b.get("entries"), list)
            and isinstance(b.get("hlc"), int) and not HEADER_FIELDS & b.keys()
            for b in bodies):
        raise Refused(Refusal(RefusalKind.MISMATCH, "contents do not match the envelope"))
    for body, changeset_id, seq in zip(bodies, header.ids, header.seqs, strict=True):
        body.update(id=changeset_id, device_id=header.device, device_seq=seq)
    if header.v >= 4:
        thicken(bodies)
    return bodies


def thicken(bodies: list[dict[str, Any]]) -> None:
    """A format 4 run's bodies (`sync/run_bodies.py`), header fields put back, as
    `ChangeSet.from_wire` reads them. After the first, a body's clock is the difference
    from the one before, and no `prev` means the member before; an entry of five values
    has its change set's clock; a whole row's entry with no row id has its value's "id"
    (`row_id_of`); a link ("al") names the change set it points at (`alink`): the previous
    one in the run by the same author. What cannot be put back is left as it came, and
    `from_wire` refuses that change set alone."""
    last: dict[str, str] = {}
    before: dict[str, Any] | None = None
    for body in bodies:
        if before is not None:
            body["hlc"] += before["hlc"]  # an int: `open_run` checked
            body.setdefault("prev", before["device_seq"])
        before = body
        entries = body["entries"]
        for n, entry in enumerate(entries):
            if isinstance(entry, list) and len(entry) == 5:
                entries[n] = entry = [*entry[:4], body["hlc"], entry[4]]
            if isinstance(entry, list) and len(entry) == 6 and entry[1] is None \
                    and entry[2] == "*" and isinstance(entry[3], str):
                entry[1] = row_id_of(entry[3])
        body.pop("alink", None)  # only a link worked out here names a change set
        staff = body.get("staff_id")
        if "al" in body and body["al"] == 1 and type(body["al"]) is int and \
                "aprev" not in body and isinstance(staff, str) and staff in last:
            del body["al"]
            body["alink"] = last[staff]
        if isinstance(staff, str):
            last[staff] = str(body["id"])


_ROW_ID = '{"id": "'


def row_id_of(value: str) -> str | None:
    """A whole row's id as its JSON begins (the writer puts "id" first), or None: read the
    same way where a run leaves the entry's row id out and where it puts it back."""
    if not value.startswith(_ROW_ID):
        return None
    end = value.find('"', len(_ROW_ID))
    found = value[len(_ROW_ID):end] if end > 0 else ""
    return found if _ID.fullmatch(found) else None
