"""Enrolment codes, joining, revocation and key rotation, against a live server."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from safehaven.domain.models import CheckIn, Resident, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue
from safehaven.services import checkins, residents
from safehaven.store import crypto, reads
from safehaven.store.refusal import RefusalKind
from safehaven.sync import keys
from safehaven.sync.client import Client, SyncError, connect
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.enrolment import create_code, join, revoke_device
from safehaven.sync.envelope import seal
from safehaven.sync.replica import device_keys
from safehaven.sync.rounds import sync_round
from tests.sync.harness import PASSPHRASE, Template, context, make_template, open_device
from tests.sync.server_harness import LiveServer, enrolled_house


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def server(tmp_path: Path):
    server = LiveServer(tmp_path / "server")
    yield server
    server.stop()


def names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def test_a_joined_laptop_gets_everything_and_its_writes_reach_the_others(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    a, b, c = enrolled_house(server, template, tmp_path / "house")
    residents.add(context(a), "Amira")
    sync_round(a)
    d, recovery = join(tmp_path / "late", server.url, create_code(a, "late laptop"), "Manager",
                       PASSPHRASE, kdf=crypto.MIN_KDF)
    assert names(d) == {"Amira"} and recovery
    # "Manager" is an existing staff member: the new laptop's key slot is theirs
    assert d.staff_id == template.staff_id
    # a new name becomes a new staff member with the least rights, known to every laptop
    sync_round(a)
    staff = {s.display_name: s.role for s in reads.all_of(a.conn, Staff)}
    assert staff["Worker 1"] == staff["Worker 2"] == Role.STAFF
    residents.add(context(b), "Bilal")
    for vault in (b, c, d, a):
        sync_round(vault)
    assert names(a) == names(c) == names(d) == {"Amira", "Bilal"}
    for vault in (a, b, c, d):
        vault.close()


def test_a_newcomer_joins_only_with_a_code_made_in_their_name(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    [a] = enrolled_house(server, template, tmp_path / "house", laptops=1)
    rid = residents.add(context(a), "Amira").record.id
    # a code for a laptop only adds nobody: a new name is refused, nothing is left behind
    with pytest.raises(SyncError, match="laptop only"):
        join(tmp_path / "stranger", server.url, create_code(a, "spare"), "Stranger",
             PASSPHRASE, kdf=crypto.MIN_KDF)
    assert not (tmp_path / "stranger").exists()
    # a code made for Noor is Noor's: another name is refused, the code still works for her
    code = create_code(a, "Noor's laptop", ("Noor Haddad", Role.CLINICIAN))
    assert {s.display_name: s.role for s in reads.all_of(a.conn, Staff)}["Noor Haddad"] \
        == Role.CLINICIAN  # on the staff list from now, by the manager's signed change
    with pytest.raises(SyncError, match="made for Noor Haddad"):
        join(tmp_path / "noor", server.url, code, "Someone Else", PASSPHRASE,
             kdf=crypto.MIN_KDF)
    # the code was lost before she joined: a new one for the same person replaces it
    again = create_code(a, "Noor's laptop", ("Noor Haddad", Role.CLINICIAN))
    assert [s.display_name for s in reads.all_of(a.conn, Staff)].count("Noor Haddad") == 1
    with pytest.raises(SyncError, match="newer code"):
        join(tmp_path / "noor", server.url, code, "Noor Haddad", PASSPHRASE,
             kdf=crypto.MIN_KDF)
    assert not (tmp_path / "noor").exists()
    noor, _ = join(tmp_path / "noor", server.url, again, "noor haddad", PASSPHRASE,
                   kdf=crypto.MIN_KDF)
    me = reads.get(noor.conn, Staff, noor.staff_id)
    assert me.display_name == "Noor Haddad" and noor.identity is not None
    assert me.sign_key == noor.identity.sign_public  # her own identity replaced the claim
    # the manager's laptop accepts the claim and then her own signed writes
    checkins.record(context(noor), rid, 4, note="Written by Noor")
    sync_round(noor)
    assert sync_round(a).quarantined == []
    assert reads.get(a.conn, Staff, noor.staff_id).sign_key == noor.identity.sign_public
    assert [c.staff_id for c in reads.all_of(a.conn, CheckIn)] == [noor.staff_id]
    # a second code in the name of someone already on the list is refused
    with pytest.raises(InvalidValue):
        create_code(a, "another", ("Noor Haddad", Role.STAFF))
    a.close()
    noor.close()


def test_joining_as_someone_the_house_knows_takes_their_own_passphrase(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    [a] = enrolled_house(server, template, tmp_path / "house", laptops=1)
    # whoever holds a code cannot become the manager by typing the manager's name
    with pytest.raises(SyncError, match="not Manager's passphrase"):
        join(tmp_path / "impostor", server.url, create_code(a, "impostor"), "Manager",
             "a passphrase of my choosing", kdf=crypto.MIN_KDF)
    # the manager, with their own passphrase, is themselves on the new laptop and their
    # writes are accepted as theirs everywhere
    d, _ = join(tmp_path / "mine", server.url, create_code(a, "second laptop"), "manager",
                PASSPHRASE, kdf=crypto.MIN_KDF)
    assert d.staff_id == template.staff_id and d.identity == a.identity
    residents.add(context(d), "From the manager's second laptop")
    sync_round(d)
    assert sync_round(a).quarantined == []
    assert "From the manager's second laptop" in names(a)
    a.close()
    d.close()


def test_codes_are_one_time_and_a_lost_answer_can_be_repeated(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    code = create_code(a, "spare", ("Sam", Role.STAFF))
    fixed = keys.format_code(bytes(range(10)), bytes(range(10, 26)))
    assert keys.parse_code(fixed) == (bytes(range(10)), bytes(range(10, 26)))
    for at in range(len(fixed)):  # a wrong letter anywhere is caught before any request
        if fixed[at] != "-":
            typo = fixed[:at] + ("a" if fixed[at] != "a" else "b") + fixed[at + 1:]
            with pytest.raises(keys.BadCode):
                keys.parse_code(typo)
    with pytest.raises(keys.BadCode):
        join(tmp_path / "typo", server.url, code[:-2], "Sam", PASSPHRASE, kdf=crypto.MIN_KDF)
    token, _ = keys.parse_code(code)
    client = Client(server.url)
    request = {"enrol_token": keys.token_text(token)}
    lost = client.call("POST", "/v1/join", json=request)  # this answer is lost on the way
    vault, _ = join(tmp_path / "again", server.url, code.upper().replace("-", " "), "Sam",
                    PASSPHRASE, kdf=crypto.MIN_KDF)  # the same code still works ...
    assert names(vault) == names(a)
    vault.close()
    # ... and the token of the lost answer died with it: each join issues a new random one
    ghost = Client(server.url, lost["device_token"], retries=1)
    with pytest.raises(SyncError):
        ghost.call("GET", "/v1/state")
    ghost.close()
    # once the laptop has used its token, a second laptop with that identity is refused
    with pytest.raises(SyncError, match="already used"):
        join(tmp_path / "twin", server.url, code, "Sam", PASSPHRASE, kdf=crypto.MIN_KDF)
    assert not (tmp_path / "twin" / "vault.db").exists()
    with pytest.raises(SyncError, match="already used"):
        client.call("POST", "/v1/join", json=request)
    # and the sealed package is gone from the server
    with server.storage.read() as db:
        assert db.all("SELECT package FROM enrol_packages") == [("",)]
    client.close()
    a.close()


class Tamper(httpx.HTTPTransport):
    """A malicious server: rewrites answers between the real server and the laptop."""

    def __init__(self, rewrite) -> None:
        super().__init__()
        self.rewrite = rewrite

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.read()
        doc = self.rewrite(request.url.path, json.loads(response.content))
        return httpx.Response(response.status_code, json=doc)


def test_a_malicious_server_cannot_read_forge_or_substitute_a_package(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    stored = server.stored_bytes()
    site_key = device_keys.site_key(a.conn, a.site_id)[1]
    assert site_key.hex().encode() not in stored and site_key not in stored

    # a package of the server's own, sealed with a secret it made up, does not open
    _, fake_token, fake_secret = keys.new_code()
    forged = keys.seal_package(fake_token, fake_secret, {"v": 1, "site_id": a.site_id})

    def substitute(path: str, doc: dict) -> dict:
        return {**doc, "package": forged} if path == "/v1/join" else doc

    with pytest.raises(keys.BadCode):
        join(tmp_path / "b", server.url, create_code(a, "b"), "Sam", PASSPHRASE,
             kdf=crypto.MIN_KDF, transport=Tamper(substitute))
    assert not (tmp_path / "b" / "vault.db").exists()

    # flipping one bit of the real package is noticed too
    def flip(path: str, doc: dict) -> dict:
        if path != "/v1/join":
            return doc
        raw = bytearray(base64.b64decode(doc["package"]))
        raw[40] ^= 1
        return {**doc, "package": base64.b64encode(bytes(raw)).decode()}

    with pytest.raises(keys.BadCode):
        join(tmp_path / "c", server.url, create_code(a, "c"), "Sam", PASSPHRASE,
             kdf=crypto.MIN_KDF, transport=Tamper(flip))

    # the server enrols a device of its own and pushes a change set signed by it:
    # every laptop refuses it, because only the house's laptops write the roster
    signing, _, _, _ = device_keys.new_device_keys()
    evil_key = Ed25519PrivateKey.from_private_bytes(signing)
    evil = {"id": "evil-1", "device_id": "evil-device", "device_seq": 1, "hlc": 1 << 50,
            "staff_id": None, "entries": []}
    envelope = seal(evil, a.site_id, 1, b"\0" * 32, evil_key)
    report = receive(a, [envelope])
    assert report.applied == 0
    assert [(c, r.kind) for c, r in report.quarantined] == [("evil-1",
                                                             RefusalKind.UNKNOWN_DEVICE)]
    a.close()


def test_revoking_a_laptop_rotates_the_key_and_kills_its_token(
        server: LiveServer, template: Template, tmp_path: Path) -> None:
    a, b, c = enrolled_house(server, template, tmp_path / "house")
    residents.add(context(a), "Before")
    for vault in (a, b, c):
        sync_round(vault)
    stolen = tmp_path / "stolen-copy"
    c.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    shutil.copytree(c.folder, stolen)  # what a thief walks away with
    old_version = device_keys.site_key(a.conn, a.site_id)[0]
    new_version = revoke_device(a, c.device_id)
    assert new_version > old_version
    residents.add(context(a), "After")
    sync_round(a)
    with pytest.raises(SyncError, match="refused"):
        sync_round(c)  # the server no longer accepts its token
    sync_round(b)
    assert names(b) == {"Before", "After"}  # b opened its grant and reads the new key
    assert device_keys.site_key(b.conn, b.site_id)[0] == new_version
    # the stolen copy holds only the old key: what is written from now on is closed to it
    envelopes = outgoing(a)
    versions = [json.loads(e)["kv"] for e in envelopes if json.loads(e)["device"] == a.device_id]
    assert versions[-1] == new_version and old_version in versions  # old ones unchanged
    thief = open_device(stolen, template_of(c))
    report = receive(thief, envelopes)
    assert "After" not in names(thief)
    assert any(r.kind is RefusalKind.MISSING_SITE_KEY for _, r in report.quarantined)
    thief.close()
    # a laptop joining later reads old and new alike
    d, _ = join(tmp_path / "d", server.url, create_code(a, "d", ("Dana", Role.STAFF)), "Dana",
                PASSPHRASE, kdf=crypto.MIN_KDF)
    assert names(d) == {"Before", "After"}
    for vault in (a, b, c, d):
        vault.close()


def template_of(vault) -> Template:
    """The keys to reopen a joined laptop's folder without its passphrase (tests only)."""
    return Template([vault.folder], vault._master_key, vault._data_key, vault.staff_id or "",
                    vault.identity)


def test_connect_then_sync_without_a_server_link_is_a_clear_error(
        template: Template, tmp_path: Path) -> None:
    shutil.copytree(template.folders[0], tmp_path / "v")
    vault = open_device(tmp_path / "v", template)
    with pytest.raises(SyncError, match="not connected"):
        create_code(vault, "x")
    with pytest.raises(SyncError, match="cannot be reached"):
        connect(vault, "http://127.0.0.1:9", "org_x")
    vault.close()
