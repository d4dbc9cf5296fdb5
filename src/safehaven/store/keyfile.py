"""The key file beside the database: wraps, salts and KDF parameters, never a key.

Three levels of keys. Each staff member's passphrase (Argon2id, with the salt and
parameters the house's roster holds for them) derives that person's identity: an Ed25519
key that signs what they write and an X25519 key to which the master key is sealed in
their slot. The recovery key does the same through HKDF. The master key wraps the
database's data key. Slots hold only public halves, so a laptop can make a slot for every
active colleague from the roster, and can replace the master and data keys for everyone
who remains, without their passphrases, when someone leaves; `rekey` replaces the data
key alone.

Version 1 files (the passphrase wrapped the master key itself) still open; each slot is
rewritten as version 2 when its owner next unlocks. A version 2 file carries a MAC under
the master key, so a slot removed, added or altered on disk is noticed.
"""

from __future__ import annotations

import base64
import hmac
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safehaven.errors import DamagedKeyFile, ForeignFile
from safehaven.store.crypto import MIN_KDF, KdfParams, mac
from safehaven.store.files import atomic_write

FORMAT = "safehaven-keyfile"
VERSION = 2
VERSIONS = (1, 2)


@dataclass(frozen=True, slots=True)
class Slot:
    """One wrap of the master key: a staff member's passphrase, or the recovery key."""

    id: str
    kind: str  # "staff" or "recovery"
    salt: bytes
    blob: bytes
    staff_id: str | None = None
    label: str | None = None  # the staff member's display name, for the unlock screen
    kdf: KdfParams | None = None
    # version 2: the owner's X25519 public key, to which `blob` (the master key) is sealed;
    # None for a version 1 slot (`blob` sealed under the passphrase-derived key)
    box_public: str | None = None

    def aad(self, vault_id: str) -> bytes:
        kdf = json.dumps(self.kdf.as_dict(), sort_keys=True) if self.kdf else "-"
        return f"safehaven/v1/{vault_id}/slot/{self.id}/{self.kind}/{self.staff_id}/{kdf}".encode()


@dataclass(slots=True)
class KeyFile:
    vault_id: str
    site_id: str
    slots: list[Slot] = field(default_factory=list)
    data_key: bytes = b""  # the data key sealed under the master key
    previous_data_key: bytes | None = None  # kept only while a rekey is being finished
    default_staff_id: str | None = None  # demo vaults: who acts when no staff is named
    version: int = VERSION  # as loaded; saving writes the current version
    mac: str | None = None  # version 2: over everything else, under the master key
    # someone's slot was taken away and the master key not yet replaced (a laptop that
    # stops before it locks replaces it at the next unlock)
    rotation_due: bool = False

    def data_key_aad(self) -> bytes:
        return f"safehaven/v1/{self.vault_id}/data-key".encode()

    def staff_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "staff"]

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def _doc(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": self.version,
            "vault_id": self.vault_id,
            "site_id": self.site_id,
            "slots": [_slot_doc(s) for s in self.slots],
            "data_key": _b64(self.data_key),
            "previous_data_key": _b64(self.previous_data_key) if self.previous_data_key else None,
            "default_staff_id": self.default_staff_id,
            "rotation_due": self.rotation_due,
        }

    def to_json(self) -> bytes:
        return json.dumps({**self._doc(), "mac": self.mac}, indent=1).encode()

    def expected_mac(self, master: bytes) -> str:
        return mac(master, "keyfile", json.dumps(self._doc(), sort_keys=True).encode())

    def authentic(self, master: bytes) -> bool:
        """Version 1 files had no MAC; a version 2 file must carry the right one (and a
        file with version 2 slots cannot pass for version 1)."""
        if self.version == 1:
            return all(s.box_public is None for s in self.slots)
        return self.mac is not None and hmac.compare_digest(self.mac,
                                                           self.expected_mac(master))

    def save(self, path: Path, master: bytes) -> None:
        """Written as version 2 once every slot is (a version 1 slot waits for its owner)."""
        if all(s.box_public is not None for s in self.slots):
            self.version = VERSION
        self.mac = self.expected_mac(master) if self.version == VERSION else None
        atomic_write(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise DamagedKeyFile(exc.strerror or "") from exc
        try:
            doc = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            if raw[:1] in (b"{", b" ", b"\n"):
                raise DamagedKeyFile("not valid JSON") from exc
            raise ForeignFile(path) from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ForeignFile(path)
        if doc.get("version") not in VERSIONS:
            raise DamagedKeyFile(f"unknown key file version {doc.get('version')!r}")
        try:
            slots = [_slot_from(s) for s in doc["slots"]]
            kf = cls(
                vault_id=_str(doc["vault_id"]),
                site_id=_str(doc["site_id"]),
                slots=slots,
                data_key=_unb64(doc["data_key"]),
                previous_data_key=_unb64(doc["previous_data_key"])
                if doc.get("previous_data_key") else None,
                default_staff_id=doc.get("default_staff_id"),
                version=int(doc["version"]),
                mac=doc.get("mac"),
                rotation_due=bool(doc.get("rotation_due", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise DamagedKeyFile("missing or malformed field") from exc
        for slot in kf.slots:
            if slot.kind == "staff" and (slot.kdf is None or not slot.kdf.at_least(MIN_KDF)):
                raise DamagedKeyFile("key derivation weaker than SafeHaven allows")
        return kf


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(_str(text), validate=True)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _slot_doc(slot: Slot) -> dict[str, Any]:
    return {
        "id": slot.id,
        "kind": slot.kind,
        "staff_id": slot.staff_id,
        "label": slot.label,
        "kdf": {"alg": "argon2id", **slot.kdf.as_dict()} if slot.kdf else None,
        "salt": _b64(slot.salt),
        "blob": _b64(slot.blob),
        "box_public": slot.box_public,
    }


def _slot_from(doc: dict[str, Any]) -> Slot:
    kind = _str(doc["kind"])
    if kind not in ("staff", "recovery"):
        raise ValueError("unknown slot kind")
    kdf = None
    if doc.get("kdf") is not None:
        k = doc["kdf"]
        if k.get("alg") != "argon2id":
            raise ValueError("unknown kdf")
        kdf = KdfParams(int(k["memory_kib"]), int(k["iterations"]), int(k["lanes"]))
    return Slot(
        id=_str(doc["id"]), kind=kind, salt=_unb64(doc["salt"]), blob=_unb64(doc["blob"]),
        staff_id=doc.get("staff_id"), label=doc.get("label"), kdf=kdf,
        box_public=bytes.fromhex(_str(doc["box_public"])).hex()
        if doc.get("box_public") is not None else None,
    )
