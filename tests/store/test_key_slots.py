"""The key slots follow the roster without anyone's passphrase, and a removal replaces the
master key for everyone who remains (store/key_slots.py)."""

from __future__ import annotations

from pathlib import Path

from safehaven.store import crypto
from safehaven.store.identities import (
    RosterKeys,
    new_identity,
    open_staff_slot,
    recovery_slot,
    staff_slot,
)
from safehaven.store.key_slots import KeySlots
from safehaven.store.keyfile import KeyFile
from tests.conftest import FAST

ANA, SAM = "correct horse battery", "staple battery horse"


def _slots(tmp_path: Path) -> tuple[KeySlots, RosterKeys, bytes]:
    master, data = crypto.random_key(), crypto.random_key()
    ana, sam = new_identity(ANA, FAST), new_identity(SAM, FAST)
    keys = KeyFile(vault_id="v1", site_id="s1")
    keys.slots += [staff_slot("v1", master, "ana", "Ana", ana),
                   recovery_slot("v1", master, crypto.random_key())]
    slots = KeySlots(tmp_path / "vault.keys", keys, master)
    keys.data_key = slots.seal_data_key(data)
    slots.save()
    roster: RosterKeys = {
        "ana": ("Ana", True, ana.identity.box_public, (ana.salt, ana.kdf)),
        "sam": ("Sam", True, sam.identity.box_public, (sam.salt, sam.kdf)),
    }
    return slots, roster, data


def test_a_colleague_on_the_roster_gets_a_slot_their_passphrase_opens(tmp_path: Path) -> None:
    slots, roster, _ = _slots(tmp_path)
    assert not slots.follow_roster(roster)  # someone added: no new master key needed
    saved = KeyFile.load(tmp_path / "vault.keys")
    assert saved.authentic(slots.master)
    sam = next(s for s in saved.staff_slots() if s.staff_id == "sam")
    assert open_staff_slot(saved, sam, SAM)[0] == slots.master


def test_a_removed_colleague_loses_their_slot_and_the_master_key_is_replaced(
        tmp_path: Path) -> None:
    slots, roster, data = _slots(tmp_path)
    slots.follow_roster(roster)
    old_master = slots.master
    roster["sam"] = ("Sam", False, *roster["sam"][2:])
    assert slots.follow_roster(roster)  # due, and on disk until done
    assert KeyFile.load(tmp_path / "vault.keys").rotation_due
    assert [s.staff_id for s in slots.file.staff_slots()] == ["ana"]
    rekeyed: list[bool] = []
    assert slots.rotate_master(data, lambda: rekeyed.append(True)) == []
    assert rekeyed and slots.master != old_master and not slots.rotation_due
    saved = KeyFile.load(tmp_path / "vault.keys")
    assert not saved.rotation_due and saved.authentic(slots.master)
    ana = saved.staff_slots()[0]
    assert open_staff_slot(saved, ana, ANA)[0] == slots.master
    assert crypto.unseal(slots.master, saved.data_key, saved.data_key_aad()) == data


def test_a_renamed_colleague_keeps_their_slot_under_the_new_name(tmp_path: Path) -> None:
    slots, roster, _ = _slots(tmp_path)
    slots.follow_roster(roster)
    before = {s.staff_id: s.id for s in slots.file.staff_slots()}
    roster["ana"] = ("Ana María", *roster["ana"][1:])
    assert not slots.follow_roster(roster)
    after = {s.staff_id: (s.id, s.label) for s in KeyFile.load(tmp_path / "vault.keys").slots
             if s.kind == "staff"}
    assert after["ana"] == (before["ana"], "Ana María")
