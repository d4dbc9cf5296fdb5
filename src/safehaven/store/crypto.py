"""Key derivation and sealing for the vault's key file.

Passphrases go through Argon2id; the recovery key has full entropy and goes through HKDF.
Every sealed blob is AES-256-GCM with associated data naming what it is, so a blob moved
to another slot, vault or parameter set fails to open instead of being misused.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import nacl.bindings
import nacl.exceptions
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def at_least(self, floor: KdfParams) -> bool:
        return (self.memory_kib >= floor.memory_kib and self.iterations >= floor.iterations
                and self.lanes >= floor.lanes)


# Fixed in code: a key file asking for less is refused, so tampering cannot weaken it.
MIN_KDF = KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1)
# About 0.5 s on a 2-core laptop (see docs/benchmarks.md).
DEFAULT_KDF = KdfParams(memory_kib=64 * 1024, iterations=20, lanes=4)


class SealError(Exception):
    """A sealed blob did not open: wrong key, or the blob or its context was altered."""


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def derive_from_passphrase(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(salt=salt, length=KEY_BYTES, iterations=params.iterations,
                   lanes=params.lanes, memory_cost=params.memory_kib)
    return kdf.derive(passphrase.encode("utf-8"))


def derive_from_recovery(recovery: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"safehaven recovery wrap v1").derive(recovery)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < NONCE_BYTES + 16:
        raise SealError("too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise SealError("authentication failed") from exc


# Recovery keys are printed for people to copy by hand: Crockford base32, groups of four,
# and a last group that is a checksum, so a typo is caught before any key is tried.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)} | {"O": 0, "I": 1, "L": 1}


def _b32(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    chars = -(-len(data) * 8 // 5)
    return "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(chars)))


def format_recovery_key(recovery: bytes) -> str:
    body = _b32(recovery)
    check = _b32(hashlib.sha256(recovery).digest()[:3])[:4]
    text = body + check
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The key's bytes, or None when it is mistyped (bad character or checksum)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in "- \t\n")
    body_len = -(-KEY_BYTES * 8 // 5)
    if len(cleaned) != body_len + 4 or any(ch not in _DECODE for ch in cleaned):
        return None
    number = 0
    for ch in cleaned[:body_len]:
        number = (number << 5) | _DECODE[ch]
    if number >> (KEY_BYTES * 8):
        return None
    recovery = number.to_bytes(KEY_BYTES, "big")
    if format_recovery_key(recovery).replace("-", "")[body_len:] != cleaned[body_len:].translate(
        str.maketrans("OIL", "011")
    ):
        return None
    return recovery


# -- staff identities: a signing key and a box key per person -------------------------------
# Each staff member (and the recovery key) has an Ed25519 key, which signs every change set
# they make, and an X25519 key, to which the master key is sealed. Both derive from their
# passphrase with the salt the roster holds for them, so the same person has the same
# identity on every laptop of the house, and nothing secret needs storing. Keys can then be
# rotated for the people who remain without their passphrases, and a change set proves who
# made it, not only which laptop sent it.
@dataclass(frozen=True, slots=True)
class Identity:
    sign: bytes  # Ed25519 private, raw
    box: bytes   # X25519 private, raw

    @classmethod
    def from_seed(cls, seed: bytes) -> Identity:
        def part(name: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                        info=b"safehaven identity v1 " + name).derive(seed)
        return cls(part(b"sign"), part(b"box"))

    @property
    def signer(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.sign)

    @property
    def sign_public(self) -> str:
        return _raw(self.signer.public_key()).hex()

    @property
    def box_public(self) -> str:
        return _raw(X25519PrivateKey.from_private_bytes(self.box).public_key()).hex()


def identity_from_passphrase(passphrase: str, salt: bytes, params: KdfParams) -> Identity:
    return Identity.from_seed(derive_from_passphrase(passphrase, salt, params))


def identity_from_recovery(recovery: bytes, salt: bytes) -> Identity:
    return Identity.from_seed(derive_from_recovery(recovery, salt))


def _raw(public: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def box_of_key(key: bytes) -> tuple[bytes, str]:
    """An X25519 pair derived from a symmetric key: (private, public hex). Whoever holds
    the key opens what anyone sealed to the public half (`seal_to`)."""
    private = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                   info=b"safehaven key-to-box v1").derive(key)
    return private, _raw(X25519PrivateKey.from_private_bytes(private).public_key()).hex()


def seal_to(box_public_hex: str, plaintext: bytes, aad: bytes) -> bytes:
    """Seal for the holder of one X25519 key (ephemeral key, HKDF, AES-256-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = _raw(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(box_public_hex)))
    return eph_public + seal(_box_key(shared, eph_public), plaintext, aad)


def open_from(box_private: bytes, blob: bytes, aad: bytes) -> bytes:
    if len(blob) < 32 + NONCE_BYTES + 16:
        raise SealError("too short")
    eph_public = blob[:32]
    try:
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(eph_public))
    except ValueError as exc:
        raise SealError("not a key") from exc
    return unseal(_box_key(shared, eph_public), blob[32:], aad)


def _box_key(shared: bytes, eph_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=eph_public,
                info=b"safehaven seal-to v1").derive(shared)


def mac(key: bytes, purpose: str, data: bytes) -> str:
    """A keyed checksum (HMAC-SHA256 under a key derived for `purpose`)."""
    sub = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
               info=f"safehaven mac {purpose}".encode()).derive(key)
    return hmac.new(sub, data, hashlib.sha256).hexdigest()


def changeset_message(changeset_id: str, device_id: str, seq: int, hlc: int,
                      staff_id: str | None, entries: list[Any],
                      author_prev: bytes | None = None) -> bytes:
    """What a staff member's signature covers: the change set as it travels, and (version
    2) the hash of the one its author made before it on the same laptop (empty: none), so
    one signature vouches for the run behind it (`author_hash`). A lone surrogate (valid
    JSON from another laptop) is encoded as it is rather than failing the whole page: the
    signature over it then simply does not hold."""
    if author_prev is None:  # signed before author chains
        return _MESSAGE.encode(["safehaven-cs-staff/1", changeset_id, device_id, seq, hlc,
                                staff_id, entries]).encode(errors="surrogatepass")
    return _MESSAGE.encode(["safehaven-cs-staff/2", changeset_id, device_id, seq, hlc,
                            staff_id, entries, author_prev.hex()]).encode(
                                errors="surrogatepass")


# json.dumps with these settings builds an encoder a call; a pull hashes every change set
_MESSAGE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


AUTHOR_HASH_BYTES = 16  # of SHA-256: a second preimage stays out of reach


def author_hash(message: bytes, public_hex: str) -> bytes:
    """What the author's next change set on the same laptop names as `author_prev`: over
    the message and the key that signed it, so a save signed with a new identity (a new
    passphrase, in case the old one was known) never vouches for what the old one signed
    (a receiver hashes with the key it knows now)."""
    return hashlib.sha256(public_hex.encode() + b"\n" + message).digest()[:AUTHOR_HASH_BYTES]


def verify(public_hex: str, signature: bytes, message: bytes) -> bool:
    """An Ed25519 signature, checked by libsodium: twice OpenSSL's speed on the project's
    machines, with the GIL released (a pull checks one author's and, at the end of each
    run, one laptop's signature per change set: the floor of a first pull)."""
    try:
        public = _public_raw(public_hex)
        if len(signature) != SIGNATURE_BYTES:
            return False
        nacl.bindings.crypto_sign_open(signature + message, public)
    except (nacl.exceptions.BadSignatureError, ValueError, TypeError):
        return False
    return True


SIGNATURE_BYTES = 64


class Signer:
    """Ed25519 signing through libsodium, a third faster than OpenSSL on the project's
    machines (a push signs every envelope); the same deterministic signatures."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._secret = nacl.bindings.crypto_sign_seed_keypair(key.private_bytes_raw())[1]

    def sign(self, message: bytes) -> bytes:
        return nacl.bindings.crypto_sign(message, self._secret)[:SIGNATURE_BYTES]


@lru_cache(maxsize=512)
def _public_raw(public_hex: str) -> bytes:
    """Public keys only: nothing secret is kept once a vault is locked."""
    raw = bytes.fromhex(public_hex)
    if len(raw) != 32:
        raise ValueError("not an Ed25519 public key")
    return raw


def key_params(salt: bytes, params: KdfParams) -> str:
    """How a person's passphrase derives their identity, as the roster keeps it."""
    return json.dumps({"salt": salt.hex(), **params.as_dict()}, sort_keys=True,
                      separators=(",", ":"))


def parse_key_params(text: str | None) -> tuple[bytes, KdfParams] | None:
    """(salt, Argon2id parameters), or None when missing, malformed or below the minimum."""
    try:
        doc = json.loads(text or "")
        salt = bytes.fromhex(doc["salt"])
        params = KdfParams(int(doc["memory_kib"]), int(doc["iterations"]), int(doc["lanes"]))
    except (ValueError, KeyError, TypeError):
        return None
    if len(salt) != SALT_BYTES or not params.at_least(MIN_KDF) or params.memory_kib > 4 << 20 \
            or params.iterations > 1000 or params.lanes > 64:
        return None  # a roster entry must not make a laptop spend minutes or gigabytes
    return salt, params
