"""The key file beside the database: wraps, salts and KDF parameters, never a key.

Two levels of keys. Each staff passphrase (Argon2id) and the recovery key (HKDF) wrap one
master key; the master key wraps the database's data key. So a passphrase change re-wraps
one slot, and `rekey` replaces the data key without needing anyone else's passphrase.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from safehaven.errors import DamagedKeyFile, ForeignFile
from safehaven.store.crypto import MIN_KDF, KdfParams
from safehaven.store.files import atomic_write

FORMAT = "safehaven-keyfile"
VERSION = 1


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

    def data_key_aad(self) -> bytes:
        return f"safehaven/v1/{self.vault_id}/data-key".encode()

    def staff_slots(self) -> list[Slot]:
        return [s for s in self.slots if s.kind == "staff"]

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.kind == "recovery"), None)

    def to_json(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "site_id": self.site_id,
            "slots": [_slot_doc(s) for s in self.slots],
            "data_key": _b64(self.data_key),
            "previous_data_key": _b64(self.previous_data_key) if self.previous_data_key else None,
            "default_staff_id": self.default_staff_id,
        }
        return json.dumps(doc, indent=1).encode()

    def save(self, path: Path) -> None:
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
        if doc.get("version") != VERSION:
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
    )
