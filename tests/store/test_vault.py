"""The vault's keys: unlock, refuse, slow down, recover, re-wrap, rekey, and never overwrite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safehaven.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    ForeignFile,
    StaffRequired,
    UnknownStaff,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from safehaven.services import residents, staff
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.throttle import Throttle
from safehaven.store.vault import Vault, db_path, keys_path
from tests.conftest import FAST, NOW, PASSPHRASE, House


def _no_sleep(seconds: float) -> None:
    pass


def _unlock(folder: Path, passphrase: str = PASSPHRASE, who: str | None = "Maria Manager"
            ) -> Vault:
    return Vault.unlock(folder, passphrase, who, sleep=_no_sleep)


def test_unlock_opens_the_same_records(house: House) -> None:
    rid = residents.add(house.manager, "Lucía").record.id
    house.vault.close()
    with _unlock(house.folder) as vault:
        assert reads.get(vault.conn, type(residents.get(Context.for_vault(vault), rid)),
                         rid).preferred_name == "Lucía"
        assert vault.staff_id == house.manager.actor.id


def test_wrong_passphrase_is_refused_and_records_the_failure(house: House) -> None:
    house.vault.close()
    before = db_path(house.folder).read_bytes(), keys_path(house.folder).read_bytes()
    with pytest.raises(WrongPassphrase, match="does not open"):
        _unlock(house.folder, "wrong passphrase!")
    assert (db_path(house.folder).read_bytes(), keys_path(house.folder).read_bytes()) == before


def test_repeated_failures_slow_down(tmp_path: Path) -> None:
    clock = [1000.0]
    throttle = Throttle(tmp_path / "unlock.state", clock=lambda: clock[0])
    waits = []
    for _ in range(7):
        throttle.failed()
        waits.append(throttle.wait_needed())
    assert waits[:2] == [0, 0]
    assert waits[2:] == sorted(waits[2:]) and waits[-1] > waits[2] > 0
    clock[0] += 3600
    assert throttle.wait_needed() == 0
    throttle.succeeded()
    throttle.failed()
    assert throttle.wait_needed() == 0


def test_unlock_waits_out_the_delay_after_failures(house: House) -> None:
    house.vault.close()
    for _ in range(4):
        with pytest.raises(WrongPassphrase):
            _unlock(house.folder, "nope nope nope")
    slept: list[float] = []
    Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=slept.append).close()
    assert slept and slept[0] > 0


def test_staff_choice(house: House) -> None:
    house.vault.close()
    with pytest.raises(StaffRequired):
        _unlock(house.folder, who=None)
    with pytest.raises(UnknownStaff):
        _unlock(house.folder, who="Nobody")
    _unlock(house.folder, who="sam staff").close()  # names match without case


def test_recovery_key_opens_and_resets_a_passphrase(house: House) -> None:
    house.vault.close()
    with Vault.recover(house.folder, house.recovery.lower()) as vault:
        ctx = Context.for_vault(vault)
        assert ctx.actor is None
        manager = next(s for s in staff.listing(ctx) if s.display_name == "Maria Manager")
        staff.change_passphrase(ctx, manager.id, "a brand new passphrase", FAST)
    with pytest.raises(WrongPassphrase):
        _unlock(house.folder)
    _unlock(house.folder, "a brand new passphrase").close()


def test_mistyped_recovery_key_is_refused(house: House) -> None:
    typo = house.recovery[:5] + ("0" if house.recovery[5] != "0" else "1") + house.recovery[6:]
    assert crypto.parse_recovery_key(typo) is None
    with pytest.raises(WrongPassphrase):
        Vault.recover(house.folder, typo)


def test_removed_staff_member_can_no_longer_unlock(house: House) -> None:
    sam = house.staff.actor
    staff.remove(house.manager, sam.id)
    house.vault.close()
    with pytest.raises(UnknownStaff):
        _unlock(house.folder, who="Sam Staff")
    with pytest.raises(UnknownStaff):
        _unlock(house.folder, who=sam.id)


def test_key_file_holds_no_key(house: House) -> None:
    text = keys_path(house.folder).read_text()
    assert house.vault._data_key.hex() not in text
    assert house.vault._master_key.hex() not in text
    doc = json.loads(text)
    assert {s["kind"] for s in doc["slots"]} == {"staff", "recovery"}


def test_weakened_kdf_in_key_file_is_refused(house: House) -> None:
    house.vault.close()
    doc = json.loads(keys_path(house.folder).read_text())
    doc["slots"][0]["kdf"]["memory_kib"] = 8
    keys_path(house.folder).write_text(json.dumps(doc))
    with pytest.raises(DamagedKeyFile, match="weaker"):
        _unlock(house.folder)


def test_altered_kdf_upwards_fails_authentication(house: House) -> None:
    """Parameters are bound into each slot's associated data: changing them breaks the slot."""
    house.vault.close()
    doc = json.loads(keys_path(house.folder).read_text())
    doc["slots"][0]["kdf"]["iterations"] += 1
    keys_path(house.folder).write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        _unlock(house.folder)


@pytest.mark.parametrize("damage", [b"{ not json", b"", b"\x00\x01garbage"])
def test_damaged_key_file_is_reported_and_left_alone(house: House, damage: bytes) -> None:
    house.vault.close()
    keys_path(house.folder).write_bytes(damage)
    with pytest.raises((DamagedKeyFile, ForeignFile)):
        _unlock(house.folder)
    assert keys_path(house.folder).read_bytes() == damage


def test_damaged_database_is_reported_and_left_alone(house: House) -> None:
    house.vault.close()
    path = db_path(house.folder)
    data = bytearray(path.read_bytes())
    data[:64] = bytes(64)
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        _unlock(house.folder)
    assert path.read_bytes() == bytes(data)


def test_plain_sqlite_file_is_foreign(house: House) -> None:
    import sqlite3

    house.vault.close()
    db_path(house.folder).unlink()
    sqlite3.connect(db_path(house.folder)).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(ForeignFile):
        _unlock(house.folder)


def test_missing_and_existing_vaults(tmp_path: Path, house: House) -> None:
    with pytest.raises(VaultNotFound):
        _unlock(tmp_path / "nowhere")
    with pytest.raises(VaultExists):
        Vault.create(house.folder, house="x", organisation="y", staff_name="z",
                     passphrase=PASSPHRASE, kdf=FAST)


def test_rekey_keeps_records_and_drops_the_old_key(house: House) -> None:
    rid = residents.add(house.manager, "Ольга").record.id
    old_key = house.vault._data_key
    house.vault.rekey()
    assert house.vault._data_key != old_key
    assert residents.get(house.manager, rid).preferred_name == "Ольга"
    house.vault.close()
    from safehaven.store.connection import open_encrypted
    with pytest.raises(DamagedDatabase):
        open_encrypted(db_path(house.folder), old_key)
    with _unlock(house.folder) as vault:
        assert reads.get(vault.conn, type(residents.get(Context.for_vault(vault), rid)),
                         rid).preferred_name == "Ольга"


@pytest.mark.parametrize("step", ["export", "keyfile", "rename"])
def test_rekey_interrupted_at_any_step_still_opens(house: House, step: str) -> None:
    rid = residents.add(house.manager, "Trần Minh").record.id
    house.vault.rekey(stop_after=step)
    house.vault.close()
    with _unlock(house.folder) as vault:
        ctx = Context(vault, house.manager.actor, now=lambda: NOW)
        assert residents.get(ctx, rid).preferred_name == "Trần Minh"
        assert vault.keys.previous_data_key is None
    assert not (house.folder / "vault.db.rekey").exists()
    _unlock(house.folder).close()


def test_failed_create_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from safehaven.errors import DiskFull
    from safehaven.store import keyfile

    def full(self: object, path: Path, master: bytes) -> None:
        raise DiskFull()

    monkeypatch.setattr(keyfile.KeyFile, "save", full)
    folder = tmp_path / "new"
    with pytest.raises(DiskFull):
        Vault.create(folder, house="H", organisation="O", staff_name="M",
                     passphrase=PASSPHRASE, kdf=FAST)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    Vault.create(folder, house="H", organisation="O", staff_name="M", passphrase=PASSPHRASE,
                 kdf=FAST)[0].close()


def test_nulls_and_blobs_are_bound_as_themselves(house: House) -> None:
    """`connection.bind_fast`'s adapters hand back what they are given: a NULL stays a
    NULL and bytes a blob (an adapter that turned them into text would pass unnoticed
    everywhere but here)."""
    conn = house.vault.conn
    conn.execute("CREATE TEMP TABLE bound (a, b, c)")
    conn.executemany("INSERT INTO bound VALUES (?, ?, ?)", [(None, b"\x00\xff", "x")] * 3)
    assert conn.execute("SELECT typeof(a), typeof(b), b, c FROM bound").fetchall() == \
        [("null", "blob", b"\x00\xff", "x")] * 3
