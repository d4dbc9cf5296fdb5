"""Key derivation and sealing for the vault's key file.

Passphrases go through Argon2id; the recovery key has full entropy and goes through HKDF.
Every sealed blob is AES-256-GCM with associated data naming what it is, so a blob moved
to another slot, vault or parameter set fails to open instead of being misused.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
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
