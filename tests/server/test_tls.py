"""TLS served by the server itself (no proxy): SAFEHAVEN_TLS_CERT and SAFEHAVEN_TLS_KEY."""

from __future__ import annotations

import ipaddress
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.server.live import ServerProcess, clean_env


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)
    return cert_path, key_path


def test_the_server_speaks_https_itself(tmp_path: Path) -> None:
    cert, key = self_signed(tmp_path)
    env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"), SAFEHAVEN_TLS_CERT=str(cert),
                    SAFEHAVEN_TLS_KEY=str(key))
    trust = ssl.create_default_context(cafile=str(cert))
    server = ServerProcess(env, scheme="https", verify=trust)
    try:
        assert server.url.startswith("https://")
        assert httpx.get(server.url + "/v1/health", verify=trust).json()["ok"] is True
        plain = server.url.replace("https://", "http://")
        try:  # plain HTTP gets nothing useful from a TLS port
            answered = httpx.get(plain + "/v1/health", timeout=3).status_code == 200
        except httpx.HTTPError:
            answered = False
        assert not answered
    finally:
        server.stop()
    assert '"tls": true' in server.stdout
