"""Staff identities (issue: authorization below the app): each person's passphrase derives
a signing key the roster knows, so a laptop cannot write in someone else's name; every
laptop keeps a slot for each active colleague; removing someone or replacing a passphrase
replaces the keys, so an older key file and that passphrase open nothing written after."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from safehaven.domain.models import Staff
from safehaven.domain.vocab import Role
from safehaven.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    PassphraseMovedOn,
    UnknownStaff,
    WrongPassphrase,
)
from safehaven.services import notes, residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault, keys_path
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log, device_keys
from safehaven.sync.replica.receive_check import NOT_AUTHOR
from tests.sync.harness import Template, context, house_of, make_template

SAM = "sam's own passphrase"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=2)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[tuple[Vault, Vault, str]]:
    """Two laptops in step; the manager added Sam (staff) on laptop a."""
    with house_of(template, tmp_path) as (a, b):
        sam = staff.add(context(a), "Sam Staff", Role.STAFF, SAM, crypto.MIN_KDF).record
        sync(a, b)
        yield a, b, sam.id


def sync(a: Vault, b: Vault) -> object:
    return receive(b, outgoing(a, applied_log.highest_seq(b.conn)))


def unlock(vault: Vault, passphrase: str, who: str) -> Vault:
    """Lock this laptop and unlock it again as `who`."""
    folder = vault.folder
    vault.close()
    return Vault.unlock(folder, passphrase, who, sleep=lambda s: None)


def test_a_laptop_cannot_write_in_the_managers_name(house: tuple) -> None:
    a, b, sam_id = house
    manager_id = a.staff_id
    a.signers.pop(manager_id)  # Sam's session: the manager's identity is not here
    with a.write(manager_id) as tx:  # past the services, claiming to be the manager
        tx.update(Staff, sam_id, role=Role.MANAGER)
    report = sync(a, b)
    assert [refusal for _, refusal in report.quarantined] == [NOT_AUTHOR]
    assert reads.get(b.conn, Staff, sam_id).role is Role.STAFF


def test_the_roster_gives_every_laptop_a_slot_for_each_colleague(house: tuple) -> None:
    a, b, sam_id = house
    b.refresh_slots()
    assert "Sam Staff" in [s.label for s in b.keys.staff_slots()]
    b = unlock(b, SAM, "Sam Staff")  # a laptop Sam never used: her own passphrase opens it
    try:
        assert b.staff_id == sam_id and b.identity is not None
        rid = residents.add(Context.for_vault(b), "Written by Sam on b").record.id
        report = receive(a, outgoing(b, applied_log.highest_seq(a.conn)))
        assert report.quarantined == [] and reads.get(a.conn, Staff, sam_id).active
        assert residents.get(context(a), rid).preferred_name == "Written by Sam on b"
        with pytest.raises(WrongPassphrase):
            Vault.unlock(b.folder, "not sam's passphrase", "Sam Staff", sleep=lambda s: None)
    finally:
        b.close()


def test_a_removed_person_with_an_old_key_file_opens_nothing_written_after(
        house: tuple, tmp_path: Path) -> None:
    a, _, sam_id = house
    old_keys = (keys_path(a.folder)).read_bytes()  # Sam copies the key file (or a backup)
    staff.remove(context(a), sam_id)
    rid = residents.add(context(a), "After Sam left").record.id
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    stolen = tmp_path / "stolen"
    stolen.mkdir()
    shutil.copy(a.folder / "vault.db", stolen / "vault.db")
    (stolen / "vault.keys").write_bytes(old_keys)
    with pytest.raises((DamagedDatabase, DamagedKeyFile, WrongPassphrase)):
        Vault.unlock(stolen, SAM, "Sam Staff", sleep=lambda s: None).close()
    # the current key file has no slot for her at all
    shutil.copy(keys_path(a.folder), stolen / "vault.keys")
    with pytest.raises(UnknownStaff):
        Vault.unlock(stolen, SAM, "Sam Staff", sleep=lambda s: None)
    # everyone else still opens it, with every record
    a = unlock(a, "sync test passphrase", "Manager")
    try:
        assert residents.get(context(a), rid).preferred_name == "After Sam left"
    finally:
        a.close()


def test_a_replaced_passphrase_stops_opening_this_laptop_and_the_others(
        house: tuple) -> None:
    a, b, sam_id = house
    old_keys = keys_path(a.folder).read_bytes()
    staff.change_passphrase(context(a), sam_id, "sam's new passphrase", crypto.MIN_KDF)
    note_id = notes.write(context(a), residents.add(context(a), "Kept").record.id,
                          "Written after the change.").record.id
    sync(a, b)
    # on laptop a: the old passphrase opens neither the key file nor an older copy of it
    with pytest.raises(WrongPassphrase):
        Vault.unlock(a.folder, SAM, "Sam Staff", sleep=lambda s: None)
    a.close()
    keys_path(a.folder).write_bytes(old_keys)
    with pytest.raises((DamagedDatabase, DamagedKeyFile)):
        Vault.unlock(a.folder, SAM, "Sam Staff", sleep=lambda s: None).close()
    # on laptop b the new passphrase works once the change has arrived; the old does not
    b = unlock(b, "sam's new passphrase", "Sam Staff")
    try:
        assert notes.visible(Context.for_vault(b), reads.get(b.conn, notes.CaseNote, note_id))
    finally:
        b.close()
    with pytest.raises((WrongPassphrase, PassphraseMovedOn)):
        Vault.unlock(b.folder, SAM, "Sam Staff", sleep=lambda s: None)


def test_a_slot_stripped_from_the_key_file_is_noticed(house: tuple) -> None:
    a, _, _ = house
    a.close()
    doc = json.loads(keys_path(a.folder).read_bytes())
    assert doc["version"] == 2 and doc["mac"]
    doc["slots"] = [s for s in doc["slots"] if s["kind"] != "recovery"]
    keys_path(a.folder).write_text(json.dumps(doc))
    with pytest.raises(DamagedKeyFile):
        Vault.unlock(a.folder, "sync test passphrase", "Manager", sleep=lambda s: None)


CLEO = "cleo's own passphrase"
SECRET_NAME = "Legal Name Nobody Else Should See"
SECRET_NOTE = "Disclosed contact from the recruiter on the 3rd."


def _plain_sql_finds(vault: Vault, needle: str) -> list[str]:
    """Every table of the open database, read with plain SQL as an insider would."""
    found = []
    for (table,) in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        for row in vault.conn.execute(f"SELECT * FROM {table}"):
            if any(needle in (v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v))
                   for v in row):
                found.append(table)
    return found


def test_a_staff_passphrase_and_plain_sql_find_only_ciphertext(house: tuple) -> None:
    a, b, _ = house
    cleo = staff.add(context(a), "Cleo", Role.CLINICIAN, CLEO, crypto.MIN_KDF).record
    rid = residents.add(context(a), "Ana", legal_name=SECRET_NAME).record.id
    clinician = Context(a, reads.get(a.conn, Staff, cleo.id))
    notes.write(clinician, rid, SECRET_NOTE, kind="clinical")
    assert _plain_sql_finds(a, SECRET_NAME) == [] and _plain_sql_finds(a, SECRET_NOTE) == []
    assert residents.get(clinician, rid).legal_name == SECRET_NAME
    sync(a, b)
    # Sam unlocks laptop b with her own (staff) passphrase: the records are there, the
    # restricted fields are not, whatever she reads
    b = unlock(b, SAM, "Sam Staff")
    try:
        assert b.keyring.keys == {}
        assert _plain_sql_finds(b, SECRET_NAME) == [] and _plain_sql_finds(b, SECRET_NOTE) == []
        assert residents.get(Context.for_vault(b), rid).legal_name is None
    finally:
        b.close()
    # Cleo on laptop b opens both with her own passphrase
    b = Vault.unlock(b.folder, CLEO, "Cleo", sleep=lambda s: None)
    try:
        ctx = Context.for_vault(b)
        assert residents.get(ctx, rid).legal_name == SECRET_NAME
        assert [n.body for n in notes.for_resident(ctx, rid)] == [SECRET_NOTE]
    finally:
        b.close()


def test_a_removed_clinician_cannot_open_what_is_written_after(house: tuple) -> None:
    a, b, _ = house
    cleo = staff.add(context(a), "Cleo", Role.CLINICIAN, CLEO, crypto.MIN_KDF).record
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    old_key = a.keyring.current
    staff.remove(context(a), cleo.id)
    assert a.keyring.current != old_key  # a new restricted key, not granted to her
    residents.update(context(a), rid, legal_name=SECRET_NAME)
    sealed = a.conn.execute("SELECT legal_name FROM residents WHERE id = ?", (rid,)).fetchone()[0]
    assert sealed.startswith("rk1:" + (a.keyring.current or ""))
    sync(a, b)
    # everything Cleo could ever open with her passphrase, from any laptop's grants
    her = crypto.identity_from_passphrase(CLEO, *crypto.parse_key_params(
        reads.get(b.conn, Staff, cleo.id).key_params))
    from safehaven.store import restricted, roster_trust
    ring = restricted.load(roster_trust.check(b.conn), cleo.id, her)
    assert old_key in ring.keys and ring.open("residents", rid, "legal_name", sealed) is None


def test_a_change_set_cannot_claim_its_signature_was_already_checked(house: tuple) -> None:
    """The receiver's note that a signature was checked is not something JSON can carry:
    it is a field of the typed change set that only the receiver sets."""
    from safehaven.sync.envelope import seal

    a, b, sam_id = house
    manager_id = a.staff_id
    version, key = device_keys.site_key(a.conn, a.site_id)
    now = b.clock.tick()
    forged = {"id": "claims-checked", "device_id": a.device_id, "device_seq": 7000,
              "hlc": now, "staff_id": manager_id, "_author_key": a.identity.sign_public,
              "verified_key": a.identity.sign_public,
              "entries": [["staff", sam_id, "role", json.dumps("manager"), now, None]]}
    report = receive(b, [seal(forged, a.site_id, version, key, device_keys.signing_key(a))])
    assert [refusal for _, refusal in report.quarantined] == [NOT_AUTHOR]
    assert reads.get(b.conn, Staff, sam_id).role is Role.STAFF


def test_a_conflict_over_a_legal_name_shows_both_names_to_the_manager(house: tuple) -> None:
    from safehaven.services import sync_status

    a, b, _ = house
    rid = residents.add(context(a), "Ana", legal_name="First Name").record.id
    sync(a, b)
    residents.update(context(a), rid, legal_name="Name From A")
    residents.update(context(b), rid, legal_name="Name From B")
    sync(a, b)
    [conflict] = sync_status.status(context(b))["conflicts"]
    assert {json.loads(conflict["kept_value"]), json.loads(conflict["lost_value"])} == {
        "Name From A", "Name From B"}


def test_a_laptop_from_before_kept_bodies_checks_its_roster_at_the_next_unlock(
        house: tuple) -> None:
    """Schema 13 keeps the signed body of each received roster change set; a laptop that
    received them before has none, opens their envelopes once at unlock, and then trusts
    the grants it holds (until then it grants nothing)."""
    from safehaven.services import access
    from safehaven.store import roster_trust

    a, b, _ = house
    cleo = staff.add(context(a), "Cleo", Role.CLINICIAN, CLEO, crypto.MIN_KDF).record
    rid = residents.add(context(a), "Ana", legal_name=SECRET_NAME).record.id
    sync(a, b)
    b.conn.execute("UPDATE change_sets SET body = NULL WHERE origin = 'remote'")
    assert roster_trust.check(b.conn).unchecked > 0
    folder = b.folder
    b.close()
    ctx = access.unlock(folder, CLEO, "Cleo")
    try:
        assert ctx.vault.roster.sound and cleo.id in {i for i, _ in ctx.vault.roster.eligible()}
        assert not roster_trust.missing_bodies(ctx.conn)
        assert residents.get(ctx, rid).legal_name == SECRET_NAME
    finally:
        ctx.vault.close()


def test_a_laptop_refuses_an_admin_who_makes_a_manager_or_changes_a_role(house: tuple) -> None:
    """A patched client signs what the app would refuse: an admin adding a manager, and
    signing her own role as manager. Receivers hold the same rule table."""
    from safehaven.store.ids import new_id

    a, b, sam_id = house
    ada = staff.add(context(a), "Ada Admin", Role.ADMIN, "ada's own long passphrase",
                    crypto.MIN_KDF).record
    sync(a, b)
    mallory = Staff(new_id(), a.site_id, "Mallory", Role.MANAGER)
    with a.write(ada.id) as tx:
        tx.insert(mallory)
    with a.write(ada.id) as tx:
        tx.update(Staff, ada.id, role=Role.MANAGER.value)
    with a.write(ada.id) as tx:
        tx.update(Staff, sam_id, role=Role.CLINICIAN.value)
    report = sync(a, b)
    assert len(report.quarantined) == 3  # type: ignore[attr-defined]
    assert {r.kind.value for _, r in report.quarantined} == {"not_permitted"}  # type: ignore[attr-defined]
    assert not reads.exists(b.conn, Staff, mallory.id)
    assert reads.get(b.conn, Staff, ada.id).role == Role.ADMIN
    assert reads.get(b.conn, Staff, sam_id).role == Role.STAFF
