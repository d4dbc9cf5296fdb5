"""Key wrapping for sync: enrolment codes and packages, and site keys granted per device.

An enrolment code is a token half (the server stores only its hash and uses it to find the
package) and a secret half that never leaves the two laptops: it seals the package, so the
server can relay a package but can neither read one nor make one of its own. A new site
key is wrapped for each remaining device's X25519 key, so a revoked device never sees it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr

TOKEN_BYTES = 10    # finds the package on the server (which stores its hash)
SECRET_BYTES = 16   # seals the package; never sent anywhere
CHECK_BYTES = 2     # catches a mistyped code before anything is asked of the server


class BadCode(SafeHavenError):
    """The enrolment code is mistyped, or the package does not open with it."""

    def __init__(self) -> None:
        super().__init__(tr("That enrolment code is not right. Check it with the manager "
                            "who made it, or ask for a new one."))


def _hkdf(secret: bytes, salt: bytes, info: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=info.encode()).derive(secret)


# -- enrolment codes ----------------------------------------------------------------------
def new_code() -> tuple[str, bytes, bytes]:
    """(code to show, token, secret)."""
    token, secret = secrets.token_bytes(TOKEN_BYTES), secrets.token_bytes(SECRET_BYTES)
    return format_code(token, secret), token, secret


def format_code(token: bytes, secret: bytes) -> str:
    """Lower-case base32 in groups of five, with a check on the end."""
    raw = token + secret
    text = base64.b32encode(raw + hashlib.sha256(raw).digest()[:CHECK_BYTES]).decode()
    text = text.rstrip("=").lower()
    return "-".join(text[i:i + 5] for i in range(0, len(text), 5))


def parse_code(code: str) -> tuple[bytes, bytes]:
    """(token, secret) from a code as typed: case, spaces and dashes do not matter."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        raise BadCode() from None
    if base64.b32encode(raw).decode().rstrip("=") != text:  # stray bits in the last letter
        raise BadCode()
    body, check = raw[:-CHECK_BYTES], raw[-CHECK_BYTES:]
    if len(body) != TOKEN_BYTES + SECRET_BYTES or hashlib.sha256(body).digest()[
            :CHECK_BYTES] != check:
        raise BadCode()
    return body[:TOKEN_BYTES], body[TOKEN_BYTES:]


def token_text(token: bytes) -> str:
    return base64.urlsafe_b64encode(token).decode().rstrip("=")


def enrol_id(token: bytes) -> str:
    """What the server stores and looks the package up by (the hash of the token text)."""
    return hashlib.sha256(token_text(token).encode()).hexdigest()


def seal_package(token: bytes, secret: bytes, package: dict[str, Any]) -> str:
    key = _hkdf(secret, token, "safehaven-enrol/1")
    nonce = os.urandom(12)
    plain = json.dumps(package, separators=(",", ":")).encode()
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, plain, enrol_id(token).encode())
                            ).decode()


def open_package(token: bytes, secret: bytes, sealed: str) -> dict[str, Any]:
    key = _hkdf(secret, token, "safehaven-enrol/1")
    try:
        raw = base64.b64decode(sealed, validate=True)
        doc = json.loads(AESGCM(key).decrypt(raw[:12], raw[12:], enrol_id(token).encode()))
    except (ValueError, InvalidTag):
        raise BadCode() from None
    if not isinstance(doc, dict):
        raise BadCode()
    return doc


# -- X25519 device keys and site-key grants -------------------------------------------------
def _public_hex(key: X25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def _grant_aad(site_id: str, version: int, recipient: str) -> bytes:
    return f"safehaven-grant/1|{site_id}|{version}|{recipient}".encode()


def wrap_site_key(recipient_box_key: str, site_id: str, version: int, recipient: str,
                  site_key: bytes) -> str:
    """The site key sealed for one device (ephemeral X25519, HKDF, AES-256-GCM)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(
        bytes.fromhex(recipient_box_key)))
    eph_public = bytes.fromhex(_public_hex(ephemeral))
    key = _hkdf(shared, eph_public, "safehaven-grant/1")
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, site_key, _grant_aad(site_id, version, recipient))
    return base64.b64encode(eph_public + nonce + sealed).decode()


def unwrap_site_key(box_private: bytes, sealed: str, site_id: str, version: int,
                    recipient: str) -> bytes | None:
    """The site key, or None when the grant is not for this key or was tampered with."""
    try:
        raw = base64.b64decode(sealed, validate=True)
        eph_public, nonce, body = raw[:32], raw[32:44], raw[44:]
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(eph_public))
        return AESGCM(_hkdf(shared, eph_public, "safehaven-grant/1")).decrypt(
            nonce, body, _grant_aad(site_id, version, recipient))
    except (ValueError, InvalidTag):
        return None
