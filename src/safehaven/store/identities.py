"""Staff identities and the key-file slots they open.

A staff member's passphrase derives their identity (store/keyfile.py explains the three
levels of keys); a slot seals the master key to that identity's public key, so a laptop
can make a slot for any colleague the roster names without their passphrase. Pure
functions of the key file and the cryptography: the vault holds the state.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from safehaven.errors import StaffRequired, UnknownStaff, WrongPassphrase
from safehaven.store import crypto
from safehaven.store.connection import Connection
from safehaven.store.ids import new_id
from safehaven.store.keyfile import KeyFile, Slot

# staff id -> (name, active, box key, key parameters), as this laptop's roster knows them
RosterKeys = dict[str, tuple[str, bool, str | None, tuple[bytes, crypto.KdfParams] | None]]


@dataclasses.dataclass(frozen=True, slots=True)
class Person:
    """A staff member's identity and how their passphrase derives it."""

    identity: crypto.Identity
    salt: bytes
    kdf: crypto.KdfParams

    def roster_fields(self) -> dict[str, Any]:
        return {"sign_key": self.identity.sign_public, "box_key": self.identity.box_public,
                "key_params": crypto.key_params(self.salt, self.kdf)}


def new_identity(passphrase: str, kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Person:
    if not kdf.at_least(crypto.MIN_KDF):
        raise ValueError("key derivation parameters below the minimum")
    salt = crypto.random_salt()
    return Person(crypto.identity_from_passphrase(passphrase, salt, kdf), salt, kdf)


def existing_identity(passphrase: str, key_params: str, sign_key: str) -> Person:
    """Someone the roster knows: only their own passphrase derives their signing key."""
    parsed = crypto.parse_key_params(key_params)
    if parsed is None:
        raise WrongPassphrase()
    person = Person(crypto.identity_from_passphrase(passphrase, *parsed), *parsed)
    if person.identity.sign_public != sign_key:
        raise WrongPassphrase()
    return person


def staff_slot(vault_id: str, master: bytes, staff_id: str, label: str,
               person: Person) -> Slot:
    """The slot of someone whose identity this laptop derived (who made or joined it)."""
    return roster_slot(vault_id, master, staff_id, label, person.identity.box_public,
                       (person.salt, person.kdf))


def roster_slot(vault_id: str, master: bytes, staff_id: str, label: str, box_key: str,
                params: tuple[bytes, crypto.KdfParams]) -> Slot:
    """A slot made from the roster's public key and key parameters alone."""
    salt, kdf = params
    slot = Slot(id=new_id(), kind="staff", salt=salt, blob=b"", staff_id=staff_id,
                label=label, kdf=kdf, box_public=box_key)
    return dataclasses.replace(slot, blob=crypto.seal_to(box_key, master, slot.aad(vault_id)))


def recovery_slot(vault_id: str, master: bytes, recovery: bytes) -> Slot:
    salt = crypto.random_salt()
    identity = crypto.identity_from_recovery(recovery, salt)
    slot = Slot(id=new_id(), kind="recovery", salt=salt, blob=b"",
                box_public=identity.box_public)
    return dataclasses.replace(slot, blob=crypto.seal_to(identity.box_public, master,
                                                         slot.aad(vault_id)))


def open_staff_slot(keys: KeyFile, slot: Slot, passphrase: str
                    ) -> tuple[bytes, crypto.Identity | None]:
    """(master key, identity); a version 1 slot gives no identity. SealError if wrong."""
    assert slot.kdf is not None
    if slot.box_public is None:
        kek = crypto.derive_from_passphrase(passphrase, slot.salt, slot.kdf)
        return crypto.unseal(kek, slot.blob, slot.aad(keys.vault_id)), None
    identity = crypto.identity_from_passphrase(passphrase, slot.salt, slot.kdf)
    if identity.box_public != slot.box_public:
        raise crypto.SealError("another identity")
    return crypto.open_from(identity.box, slot.blob, slot.aad(keys.vault_id)), identity


def open_recovery_slot(keys: KeyFile, slot: Slot, raw: bytes) -> bytes:
    """The master key the recovery key opens. SealError if wrong."""
    if slot.box_public is None:  # version 1
        return crypto.unseal(crypto.derive_from_recovery(raw, slot.salt), slot.blob,
                             slot.aad(keys.vault_id))
    identity = crypto.identity_from_recovery(raw, slot.salt)
    return crypto.open_from(identity.box, slot.blob, slot.aad(keys.vault_id))


def choose_slot(keys: KeyFile, staff: str | None) -> Slot:
    """The slot `staff` (a display name or staff id) names; with no name, the only one
    or the demo vault's default."""
    slots = keys.staff_slots()
    if staff is None:
        if len(slots) == 1:
            return slots[0]
        default = next((s for s in slots if s.staff_id == keys.default_staff_id), None)
        if default is None:
            raise StaffRequired()
        return default
    wanted = staff.casefold()
    for slot in slots:
        if slot.staff_id == staff or (slot.label or "").casefold() == wanted:
            return slot
    raise UnknownStaff(staff)


def roster_keys(conn: Connection) -> RosterKeys:
    """Every staff member's name, standing and public key, as this laptop knows them."""
    return {i: (n, bool(a), b, crypto.parse_key_params(p)) for i, n, a, b, p in conn.execute(
        "SELECT id, display_name, active, box_key, key_params FROM staff")}
