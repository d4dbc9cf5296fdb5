"""Hash chains let a run of one laptop's envelopes be verified with one signature check,
and never let an envelope through that its laptop did not sign (issue 14, speed)."""

from __future__ import annotations

import base64
import json
import os

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehaven.sync import envelope as env
from safehaven.sync.envelope import (
    Refused,
    chain_verified,
    encrypt,
    header_of,
    open_envelope,
    signed_envelope,
    with_prev,
)

SITE = "site-1"
KEY = os.urandom(32)


def _run(signer: Ed25519PrivateKey, device: str, count: int, start: int = 1) -> list[bytes]:
    out, prev = [], b""
    for seq in range(start, start + count):
        header, ct = encrypt({"id": f"{device}-{seq}", "device_id": device, "device_seq": seq,
                              "hlc": seq, "entries": []}, SITE, 1, KEY)
        out.append(signed_envelope(with_prev(header, prev), ct, signer))
        prev = header.chain_hash(ct)
    return out


def _key(signer: Ed25519PrivateKey) -> str:
    return signer.public_key().public_bytes_raw().hex()


def _verdicts(envelopes: list[bytes], keys: dict[str, str]) -> list[bool]:
    return chain_verified([header_of(e) for e in envelopes], keys.get)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = env.signed_by

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(env, "signed_by", counting)
    return calls


def test_a_run_of_two_laptops_costs_one_signature_check_each(counted: list[int]) -> None:
    a, b = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    page = _run(a, "A", 50) + _run(b, "B", 30)
    page = page[::2] + page[1::2]  # order in the page does not matter
    assert _verdicts(page, {"A": _key(a), "B": _key(b)}) == [True] * 80
    assert counted[0] == 2


def test_a_replaced_envelope_in_the_middle_of_a_run_is_not_vouched_for(counted: list[int]
                                                                       ) -> None:
    a, mallory = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    run = _run(a, "A", 5)
    doc = json.loads(run[2])
    doc["ct"] = base64.b64encode(os.urandom(len(base64.b64decode(doc["ct"])))).decode()
    doc["sig"] = base64.b64encode(mallory.sign(b"whatever")).decode()
    run[2] = json.dumps(doc).encode()
    verdicts = _verdicts(run, {"A": _key(a)})
    assert verdicts[2] is False and verdicts[3:] == [True, True]
    with pytest.raises(Refused, match="bad signature"):  # checked on its own, and refused
        open_envelope(run[2], site_id=SITE, roster={"A": (_key(a), False)}, keys={1: KEY},
                      signature_checked=verdicts[2])
    assert open_envelope(run[4], site_id=SITE, roster={"A": (_key(a), False)}, keys={1: KEY},
                         signature_checked=verdicts[4])[1]["device_seq"] == 5


def test_a_forged_successor_vouches_for_nothing(counted: list[int]) -> None:
    """A successor naming a genuine envelope's hash but signed by someone else: neither
    is taken on the chain's word (the genuine one is checked on its own)."""
    a, mallory = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    genuine = _run(a, "A", 1)
    h, ct, _ = header_of(genuine[0])
    forged_header, forged_ct = encrypt({"id": "A-2", "device_id": "A", "device_seq": 2,
                                        "hlc": 2, "entries": []}, SITE, 1, KEY)
    forged = signed_envelope(with_prev(forged_header, h.chain_hash(ct)), forged_ct, mallory)
    assert _verdicts([*genuine, forged], {"A": _key(a)}) == [False, False]
    # and another laptop's genuine run cannot vouch for A's envelopes
    b = Ed25519PrivateKey.generate()
    header_b, ct_b = encrypt({"id": "B-2", "device_id": "B", "device_seq": 2, "hlc": 2,
                              "entries": []}, SITE, 1, KEY)
    cross = signed_envelope(with_prev(header_b, h.chain_hash(ct)), ct_b, b)
    assert _verdicts([*genuine, cross], {"A": _key(a), "B": _key(b)}) == [False, False]


def test_a_revoked_or_unknown_laptop_is_never_vouched_for(counted: list[int]) -> None:
    a = Ed25519PrivateKey.generate()
    assert _verdicts(_run(a, "A", 4), {}) == [False] * 4
    with pytest.raises(Refused, match="revoked"):  # the roster is checked whatever the chain
        open_envelope(_run(a, "A", 1)[0], site_id=SITE, roster={"A": (_key(a), True)},
                      keys={1: KEY}, signature_checked=True)


def test_libsodium_verification_agrees_with_openssl_on_every_case() -> None:
    """`crypto.verify` (libsodium, for speed) accepts exactly what OpenSSL accepts here."""
    from safehaven.store import crypto

    signer, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    message = b"safehaven-cs-staff/1|" + os.urandom(300)
    signature = signer.sign(message)
    key = _key(signer)
    assert crypto.verify(key, signature, message)
    assert not crypto.verify(key, signature, message + b"!")            # tampered message
    assert not crypto.verify(key, bytes([signature[0] ^ 1]) + signature[1:], message)
    assert not crypto.verify(_key(other), signature, message)           # someone else's key
    assert not crypto.verify(key, signature[:63], message)              # truncated
    assert not crypto.verify(key, signature + b"\0", message)           # padded
    assert not crypto.verify("zz" * 32, signature, message)             # not hex
    assert not crypto.verify(key[:62], signature, message)              # a short key
