"""Which server certificates a laptop trusts, and what to say when one is refused.

Without a pin a laptop trusts what its operating system trusts (the `truststore`
package: the Windows and macOS stores, the distribution's bundle on Linux, and a
certificate the house's IT person installed there) and the file `SSL_CERT_FILE` names.
A house whose server has a self-signed certificate or one from a private CA pins it at
`sync connect --certificate FILE` (after checking its fingerprint): the laptop then
trusts that certificate (or CA) alone for its server, so a replaced certificate is
noticed, never silently accepted.
"""

from __future__ import annotations

import hashlib
import os
import ssl
from enum import StrEnum
from functools import cache
from urllib.parse import urlsplit

import truststore
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from safehaven.errors import InvalidValue
from safehaven.i18n import tr


class CertProblem(StrEnum):
    """Why a server's certificate was refused: what code decides on (never the words)."""

    SELF_SIGNED = "self_signed"
    UNKNOWN_CA = "unknown_ca"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    WRONG_NAME = "wrong_name"
    PIN_CHANGED = "pin_changed"
    OTHER = "other"


# OpenSSL's X509_V_ERR_* numbers (ssl.SSLCertVerificationError.verify_code)
_BY_CODE = {18: CertProblem.SELF_SIGNED, 19: CertProblem.SELF_SIGNED,
            2: CertProblem.UNKNOWN_CA, 20: CertProblem.UNKNOWN_CA,
            21: CertProblem.UNKNOWN_CA, 9: CertProblem.NOT_YET_VALID,
            10: CertProblem.EXPIRED, 62: CertProblem.WRONG_NAME, 64: CertProblem.WRONG_NAME}


def certificate_of(data: bytes) -> x509.Certificate:
    """The first certificate of a PEM (or DER) file; `InvalidValue` for anything else."""
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificates(data)[0]
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise InvalidValue("certificate", tr("This file holds no certificate (a PEM file "
                                             "beginning with -----BEGIN CERTIFICATE-----)."
                                             )) from None


def pem_of(data: bytes) -> bytes:
    """The certificate as PEM: what the vault keeps."""
    return certificate_of(data).public_bytes(Encoding.PEM)


def fingerprint(data: bytes) -> str:
    """SHA-256 of the certificate (DER), as `AB:CD:...`: what an administrator reads out
    (`openssl x509 -noout -fingerprint -sha256 -in FILE` prints the same)."""
    digest = hashlib.sha256(certificate_of(data).public_bytes(Encoding.DER)).hexdigest()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2)).upper()


def same_fingerprint(given: str, data: bytes) -> bool:
    """Whether a fingerprint typed or pasted (colons, spaces, any case) is this one's."""
    clean = "".join(c for c in given if c.isalnum()).upper()
    return clean == fingerprint(data).replace(":", "")


def context(pinned: bytes | None) -> ssl.SSLContext:
    """The TLS context for a server: the pinned certificate alone, or the system's trust
    (and SSL_CERT_FILE when set)."""
    return _context(pinned, os.environ.get("SSL_CERT_FILE") or None)


@cache
def _context(pinned: bytes | None, cert_file: str | None) -> ssl.SSLContext:
    # building one reads the CA bundle (~20 ms): one per pin and setting, kept
    if pinned is not None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # hostname checked, cert required
        ctx.load_verify_locations(cadata=pinned.decode("ascii"))
        # a pinned server certificate (not a CA) is trusted as it is, chain or not
        ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
        return ctx
    system = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if cert_file is not None and os.path.isfile(cert_file):
        system.load_verify_locations(cafile=cert_file)  # on Linux OpenSSL reads it anyway
    return system


def verification_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate refusal inside an exception's chain (httpx wraps it twice)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def problem_of(error: ssl.SSLCertVerificationError, pinned: bool) -> CertProblem:
    problem = _BY_CODE.get(int(getattr(error, "verify_code", 0) or 0), CertProblem.OTHER)
    if pinned and problem in (CertProblem.SELF_SIGNED, CertProblem.UNKNOWN_CA,
                              CertProblem.OTHER):
        return CertProblem.PIN_CHANGED  # the pin no longer vouches for what it serves
    return problem


def served_fingerprint(url: str, timeout: float = 5.0) -> str | None:
    """The fingerprint of the certificate a server presents now (unverified: only to tell
    people what changed), or None when it cannot be read."""
    parts = urlsplit(url)
    try:
        pem = ssl.get_server_certificate((parts.hostname or "", parts.port or 443),
                                         timeout=timeout)
        return fingerprint(pem.encode())
    except (OSError, ValueError, InvalidValue):
        return None


def advice(problem: CertProblem, url: str, detail: str = "") -> str:
    """What is wrong with the certificate and how to fix it, in words for people."""
    host = urlsplit(url).hostname or url
    if problem is CertProblem.SELF_SIGNED:
        return tr("The server's certificate is self-signed, so this laptop cannot trust it "
                  "on its own. If it is your house's own server, get its certificate file "
                  "and fingerprint from its administrator and connect with "
                  "`safehaven sync connect --server {url} --certificate FILE`.", url=url)
    if problem is CertProblem.UNKNOWN_CA:
        return tr("The server's certificate comes from an authority this laptop does not "
                  "know (a private or internal CA?). Install that CA in the system's "
                  "certificates, or connect with `safehaven sync connect --server {url} "
                  "--certificate CA-FILE`.", url=url)
    if problem is CertProblem.EXPIRED:
        return tr("The server's certificate has expired. Ask the server's administrator to "
                  "renew it, and check that this laptop's date is right.")
    if problem is CertProblem.NOT_YET_VALID:
        return tr("The server's certificate is not valid yet: check this laptop's date "
                  "and time.")
    if problem is CertProblem.WRONG_NAME:
        return tr("The server's certificate was not made for {host}. Use the address the "
                  "certificate names, or ask the administrator for a certificate that "
                  "names {host}.", host=host)
    if problem is CertProblem.PIN_CHANGED:
        return tr("The server's certificate is not the one this house pinned (it presents "
                  "{fingerprint}). If the administrator replaced it, connect again with the "
                  "new file: `safehaven sync connect --server {url} --certificate FILE`. "
                  "If not, someone may be intercepting the connection: do not sync.",
                  fingerprint=detail or "?", url=url)
    return tr("The server's certificate was refused ({detail}).", detail=detail or "?")
