"""A server with a private certificate (issue 33, item 2): without a pin the laptop says
what is wrong with the certificate; pinned at `sync connect` it syncs; a replaced
certificate is refused. Real HTTPS servers on loopback, certificates made here."""

from __future__ import annotations

import ipaddress
import os
import ssl
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from safehaven.server import admin
from safehaven.server.storage import Storage
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync import trust
from safehaven.sync.client import CertificateRefused, connect, move
from safehaven.sync.replica import server_link
from safehaven.sync.rounds import sync_round
from safehaven.sync.trust import CertProblem
from tests.server.live import ThreadServer, store_at

PASSPHRASE = "trust test passphrase"


def certificate(folder: Path, name: str = "127.0.0.1", *, expired: bool = False,
                tag: str = "server") -> tuple[Path, Path]:
    """A self-signed certificate (and its key) for `name` (an IP address or a DNS name)."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    start, end = (now - timedelta(days=10), now - timedelta(days=1)) if expired else \
        (now - timedelta(minutes=5), now + timedelta(days=1))
    try:
        alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(name))
    except ValueError:
        alt = x509.DNSName(name)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / f"{tag}.pem", folder / f"{tag}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.fixture
def vault(tmp_path: Path):
    vault, _ = Vault.create(tmp_path / "laptop", house="Casa", organisation="Org",
                            staff_name="Manager", passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    yield vault
    vault.close()


def https_server(tmp_path: Path, tls: tuple[Path, Path], port: int | None = None
                 ) -> ThreadServer:
    return ThreadServer(Storage(store_at(tmp_path / "store", None)), port=port, tls=tls)


def house_token(server: ThreadServer) -> str:
    return admin.create_org(server.storage, "Org")


def test_a_self_signed_server_is_refused_by_name_then_pinned_then_a_new_certificate_refused(
        tmp_path: Path, vault: Vault) -> None:
    cert, key = certificate(tmp_path / "tls")
    server = https_server(tmp_path, (cert, key))
    try:
        token = house_token(server)
        with pytest.raises(CertificateRefused) as refused:
            connect(vault, server.url, token)
        assert refused.value.problem is CertProblem.SELF_SIGNED
        assert server_link.server_link(vault.conn) is None  # nothing registered, no token spent
        # pinned (what `sync connect --certificate` does once the fingerprint is confirmed)
        connect(vault, server.url, token, certificate=cert.read_bytes())
        assert server_link.pinned_certificate(vault.conn) == cert.read_bytes()
        residents.add(Context.for_vault(vault), "Amira")
        assert sync_round(vault).pushed >= 1
    finally:
        server.stop()
    # the same server, same store and port, with a certificate the house did not pin
    other, other_key = certificate(tmp_path / "tls2")
    server = https_server(tmp_path, (other, other_key), port=server.port)
    try:
        residents.add(Context.for_vault(vault), "Bilal")
        with pytest.raises(CertificateRefused) as refused:
            sync_round(vault)
        assert refused.value.problem is CertProblem.PIN_CHANGED
        assert trust.fingerprint(other.read_bytes()) != trust.fingerprint(cert.read_bytes())
    finally:
        server.stop()


def test_a_move_keeps_the_pin_the_server_still_presents(
        tmp_path: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sync connect --server NEW` without --certificate: the certificate pinned before
    stays pinned when the server presents it at its new address; a server there with
    another certificate the system trusts replaces the pin (and says so); one with a
    certificate neither pinned nor trusted is refused, and nothing changes."""
    cert, key = certificate(tmp_path / "tls")
    server = https_server(tmp_path, (cert, key))
    try:
        connect(vault, server.url, house_token(server), certificate=cert.read_bytes())
    finally:
        server.stop()
    server = https_server(tmp_path, (cert, key))  # the same store, a new port
    try:
        moved = move(vault, server.url)
        assert (moved.pin, moved.same_log) == ("kept", True)
        assert server_link.pinned_certificate(vault.conn) == cert.read_bytes()
        assert sync_round(vault).digest_matches
    finally:
        server.stop()
    stranger, stranger_key = certificate(tmp_path / "tls3")
    server = https_server(tmp_path, (stranger, stranger_key))
    try:
        with pytest.raises(CertificateRefused):
            move(vault, server.url)
        link = server_link.server_link(vault.conn)
        assert link is not None and link.url != server.url
        assert server_link.pinned_certificate(vault.conn) == cert.read_bytes()
    finally:
        server.stop()
    other, other_key = certificate(tmp_path / "tls2")
    server = https_server(tmp_path, (other, other_key))
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(other))  # what the system trusts
        assert move(vault, server.url).pin == "dropped"
        assert server_link.pinned_certificate(vault.conn) is None
        assert sync_round(vault).digest_matches
    finally:
        server.stop()


def test_ssl_cert_file_is_trusted_without_a_pin(tmp_path: Path, vault: Vault,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = certificate(tmp_path / "tls")
    server = https_server(tmp_path, (cert, key))
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        connect(vault, server.url, house_token(server))
        assert server_link.pinned_certificate(vault.conn) is None
        assert sync_round(vault).digest_matches
    finally:
        server.stop()


@pytest.mark.parametrize(("name", "expired", "problem"), [
    ("server.example.invalid", False, CertProblem.WRONG_NAME),
    ("127.0.0.1", True, CertProblem.EXPIRED),
])
def test_a_pinned_certificate_still_has_to_fit(tmp_path: Path, vault: Vault, name: str,
                                               expired: bool, problem: CertProblem) -> None:
    cert, key = certificate(tmp_path / "tls", name, expired=expired)
    server = https_server(tmp_path, (cert, key))
    try:
        with pytest.raises(CertificateRefused) as refused:
            connect(vault, server.url, house_token(server), certificate=cert.read_bytes())
        assert refused.value.problem is problem
    finally:
        server.stop()


def test_fingerprints_read_as_openssl_prints_them(tmp_path: Path) -> None:
    cert, _ = certificate(tmp_path)
    data = cert.read_bytes()
    der = ssl.PEM_cert_to_DER_cert(data.decode())
    printed = trust.fingerprint(der)
    assert printed == trust.fingerprint(data) and len(printed.split(":")) == 32
    assert trust.same_fingerprint(printed.lower().replace(":", " "), data)
    other = "01" if printed.endswith("00") else "00"  # (a last byte of 00: 1 run in 256)
    assert not trust.same_fingerprint(printed[:-2] + other, data)


def run(vault: Path, *args: str, **secrets: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    env.update({f"SAFEHAVEN_{k.upper()}": v for k, v in secrets.items()})
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault), *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def test_the_command_line_pins_only_a_confirmed_certificate(tmp_path: Path,
                                                            vault: Vault) -> None:
    cert, key = certificate(tmp_path / "tls")
    server = https_server(tmp_path, (cert, key))
    folder = vault.folder
    vault.close()
    try:
        token = house_token(server)
        plain = run(folder, "sync", "connect", "--server", server.url, house_token=token)
        assert plain.returncode != 0
        wrong = "AA:" * 31 + "AA"
        refused = run(folder, "sync", "connect", "--server", server.url, "--certificate",
                      str(cert), "--fingerprint", wrong, house_token=token)
        assert refused.returncode == 2
        unconfirmed = run(folder, "sync", "connect", "--server", server.url,
                          "--certificate", str(cert), house_token=token)
        assert unconfirmed.returncode == 2  # no terminal to ask at, no --fingerprint
        done = run(folder, "sync", "connect", "--server", server.url, "--certificate",
                   str(cert), "--fingerprint", trust.fingerprint(cert.read_bytes()),
                   house_token=token)
        assert done.returncode == 0, done.stderr
        assert trust.fingerprint(cert.read_bytes()) in done.stderr  # shown to confirm
        synced = run(folder, "sync", "--json")
        assert synced.returncode == 0, synced.stderr
    finally:
        server.stop()
