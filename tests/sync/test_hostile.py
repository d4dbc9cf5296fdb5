"""Hostile input: tampered, forged, replayed, foreign, revoked, malformed, oversized."""

from __future__ import annotations

import base64
import json
import random
import zlib

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehaven.domain.models import Device, Resident
from safehaven.services import residents
from safehaven.store import reads
from safehaven.store.hlc import wall_ms
from safehaven.store.refusal import RefusalKind
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.envelope import Refused, open_envelope, seal
from safehaven.sync.replica import applied_log, device_keys, peers, quarantine
from tests.sync.harness import (
    context,
    singly_v2,
    staff_signed,
)


def _open(vault, envelope: bytes) -> None:
    keys = {v: k for s, v, k in device_keys.all_site_keys(vault.conn)}
    open_envelope(envelope, site_id=vault.site_id, roster=peers.roster(vault.conn),
                  keys=keys)


def _mutate(envelope: bytes, **changes: object) -> bytes:
    doc = json.loads(envelope)
    doc.update(changes)
    return json.dumps(doc).encode()


def test_ten_thousand_bit_flips_are_all_refused(pair: list) -> None:
    a, b = pair
    residents.add(context(a), "Ana", pronouns="she/her")
    envelope = singly_v2(a, applied_log.highest_seq(b.conn))[0]  # runs: test_runs.py
    _open(b, envelope)  # the untouched one opens
    rng = random.Random(7)
    for _ in range(10_000):
        data = bytearray(envelope)
        bit = rng.randrange(len(data) * 8)
        data[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(Refused):
            _open(b, bytes(data))


@pytest.mark.parametrize("attack", ["ciphertext", "signature", "seq", "other-house",
                                    "unknown-device", "malformed", "oversized", "key-version"])
def test_each_attack_is_refused_with_a_reason_and_the_rest_flows(pair: list,
                                                                 attack: str) -> None:
    a, b = pair
    residents.add(context(a), "First")
    residents.add(context(a), "Second")
    good, bad = singly_v2(a, applied_log.highest_seq(b.conn))[-2:]  # runs: test_runs.py
    doc = json.loads(bad)
    if attack == "ciphertext":
        ct = bytearray(base64.b64decode(doc["ct"]))
        ct[20] ^= 1
        bad = _mutate(bad, ct=base64.b64encode(bytes(ct)).decode())
    elif attack == "signature":
        bad = _mutate(bad, sig=base64.b64encode(bytes(64)).decode())
    elif attack == "seq":
        bad = _mutate(bad, seq=doc["seq"] + 10)
    elif attack == "other-house":
        bad = _mutate(bad, site="another-site")
    elif attack == "unknown-device":
        bad = _mutate(bad, device="a-stranger")
    elif attack == "malformed":
        bad = b"{not json"
    elif attack == "oversized":
        bad = b"{" + b" " * (5 * 1024 * 1024) + b"}"
    elif attack == "key-version":
        bad = _mutate(bad, kv=9)
    report = receive(b, [bad, good])
    assert report.applied == 1 and len(report.quarantined) == 1
    assert report.quarantined[0][1]
    names = {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    assert names == {"First"}  # the good one applied, the tampered one not
    assert quarantine.quarantined(b.conn)


def test_forged_change_set_from_a_key_outside_the_roster(pair: list) -> None:
    a, b = pair
    site_version, site_key = device_keys.site_key(a.conn, a.site_id)
    forged = seal({"id": "x1", "device_id": a.device_id, "device_seq": 999, "hlc": 1,
                   "entries": []}, a.site_id, site_version, site_key,
                  Ed25519PrivateKey.generate())
    report = receive(b, [forged])
    assert [(c, r.kind) for c, r in report.quarantined] == [("x1", RefusalKind.BAD_SIGNATURE)]
    assert report.applied == 0


def test_revoked_device_is_refused(pair: list) -> None:
    a, b = pair
    residents.add(context(b), "From b")
    from_b = outgoing(b, applied_log.highest_seq(a.conn))
    with a.write() as tx:
        tx.update(Device, b.device_id, revoked=True)
    report = receive(a, from_b)
    assert report.applied == 0 and report.quarantined[0][1].kind is RefusalKind.REVOKED_DEVICE


def test_zip_bomb_and_unknown_schema_are_quarantined(pair: list) -> None:
    a, b = pair
    version, key = device_keys.site_key(a.conn, a.site_id)
    signer = device_keys.signing_key(a)
    bomb = {"id": "bomb", "device_id": a.device_id, "device_seq": 900, "hlc": 5,
            "entries": [], "pad": "0" * (20 * 1024 * 1024)}
    assert len(zlib.compress(json.dumps(bomb).encode())) < 100_000
    unknown = {"id": "u1", "device_id": a.device_id, "device_seq": 901, "hlc": 6,
               "entries": [["secrets", "r", "x", "1", 6, None]]}
    report = receive(b, [seal(bomb, a.site_id, version, key, signer),
                         seal(unknown, a.site_id, version, key, signer)])
    reasons = dict(report.quarantined)
    assert reasons["bomb"].kind is RefusalKind.TOO_LARGE
    assert reasons["u1"].kind is RefusalKind.UNKNOWN_SCHEMA
    assert report.applied == 0


def test_a_change_set_failing_halfway_is_undone_alone_and_the_rest_applies(pair: list) -> None:
    from safehaven.domain.models import Resident
    from safehaven.store import reads

    a, b = pair
    version, key = device_keys.site_key(a.conn, a.site_id)
    signer = device_keys.signing_key(a)
    good_row = json.dumps({"id": "r-good", "site_id": a.site_id, "preferred_name": "Good",
                           "intake_date": "2026-11-01", "stage": "identification"})
    half_row = json.dumps({"id": "r-half", "site_id": a.site_id, "preferred_name": "Half",
                           "intake_date": "2026-11-01", "stage": "identification"})
    # its first entry is fine, its second is a row that does not fit the table
    now = wall_ms() << 16
    halfway = {"id": "half", "device_id": a.device_id, "device_seq": 950, "hlc": now,
               "staff_id": a.staff_id,
               "entries": [["residents", "r-half", "*", half_row, now, None],
                           ["residents", "r-bad", "*", json.dumps({"id": "other"}),
                            now, None]]}
    good = {"id": "good", "device_id": a.device_id, "device_seq": 951, "hlc": now + 1,
            "staff_id": a.staff_id,
            "entries": [["residents", "r-good", "*", good_row, now + 1, None]]}
    report = receive(b, [seal(staff_signed(a, halfway), a.site_id, version, key, signer),
                         seal(staff_signed(a, good), a.site_id, version, key, signer)])
    assert dict(report.quarantined)["half"].kind is RefusalKind.MALFORMED
    names = {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    assert "Good" in names and "Half" not in names  # the half-written one left nothing
    assert not applied_log.has_changeset(b.conn, "half")


def _first_release_seal(changeset: dict, site_id: str, version: int, key: bytes,
                        signer: Ed25519PrivateKey, body: dict | None = None) -> bytes:
    """An envelope as the first sync release made them: the body repeated the header's
    fields and was compressed without a preset dictionary."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from safehaven.sync.envelope import Header

    header = Header(changeset["id"], site_id, changeset["device_id"],
                    changeset["device_seq"], version)
    plain = zlib.compress(json.dumps(body or changeset, separators=(",", ":")).encode(), 6)
    nonce = os.urandom(12)
    ct = nonce + AESGCM(key).encrypt(nonce, plain, header.aad())
    return json.dumps({"v": 1, "id": header.id, "site": site_id, "device": header.device,
                       "seq": header.seq, "kv": version,
                       "ct": base64.b64encode(ct).decode(),
                       "sig": base64.b64encode(signer.sign(header.aad() + ct)).decode()},
                      separators=(",", ":")).encode()


def test_envelopes_of_the_first_release_still_open(pair: list) -> None:
    a, b = pair
    version, key = device_keys.site_key(a.conn, a.site_id)
    signer = device_keys.signing_key(a)
    row = json.dumps({"id": "r-old", "site_id": a.site_id, "preferred_name": "From v1",
                      "intake_date": "2026-11-01", "stage": "identification"})
    now = wall_ms() << 16
    old = staff_signed(a, {"id": "old-1", "device_id": a.device_id, "device_seq": 990,
                           "hlc": now, "staff_id": a.staff_id,
                           "entries": [["residents", "r-old", "*", row, now, None]]})
    lying = {**old, "id": "old-2", "device_seq": 991}
    envelope = _first_release_seal(old, a.site_id, version, key, signer)
    # signed header says 991, the body inside says 5: refused, whoever signed it
    bad = _first_release_seal(lying, a.site_id, version, key, signer,
                              body={**lying, "device_seq": 5})
    report = receive(b, [envelope, bad])
    assert report.applied == 1
    assert "From v1" in {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    assert [(c, r.kind) for c, r in report.quarantined] == [("old-2", RefusalKind.MISMATCH)]


def test_unreadable_junk_is_kept_once_bounded_and_cut_short(pair: list) -> None:
    """A hostile server can send junk without end: the same junk is one row, only the
    newest few are kept, and each only in its first bytes (it can never be retried)."""
    from safehaven.sync.replica.quarantine import UNREADABLE_BYTES, UNREADABLE_KEPT

    a, b = pair
    residents.add(context(a), "Still arrives")
    good = outgoing(a, applied_log.highest_seq(b.conn))
    big = b"{" + b" " * (2 * UNREADABLE_BYTES) + b"not json"
    report = receive(b, [big, big, *good])
    assert len(report.quarantined) == 2 and report.quarantined[0] == report.quarantined[1]
    assert "Still arrives" in {r.preferred_name for r in reads.all_of(b.conn, Resident)}
    rows = b.conn.execute("SELECT length(envelope) FROM quarantine").fetchall()
    assert rows == [(UNREADABLE_BYTES,)]  # one row, its first bytes only
    for n in range(UNREADABLE_KEPT + 30):
        receive(b, [f"junk {n}".encode()])
    kept = [c for c, _ in quarantine.quarantined(b.conn)]
    assert len(kept) == UNREADABLE_KEPT and all(c.startswith("unreadable-") for c in kept)
