"""The files of a vault folder, and what can be said of a vault without unlocking it
(the unlock screen's names, the wait after wrong passphrases, `safehaven info`)."""

from __future__ import annotations

from pathlib import Path

from safehaven.errors import VaultNotFound
from safehaven.store.database import DB_NAME
from safehaven.store.keyfile import KeyFile
from safehaven.store.throttle import Throttle

KEYS_NAME = "vault.keys"
THROTTLE_NAME = "unlock.state"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def exists(folder: Path) -> bool:
    return keys_path(folder).exists() or db_path(folder).exists()


def load_keys(folder: Path) -> KeyFile:
    try:
        return KeyFile.load(keys_path(folder))
    except FileNotFoundError as exc:
        raise VaultNotFound(folder) from exc


def unlock_delay(folder: Path) -> float:
    """Seconds the next unlock attempt will wait, after repeated failures."""
    return Throttle(Path(folder) / THROTTLE_NAME).wait_needed()


def staff_labels(folder: Path) -> list[str]:
    """Names on the unlock screen: the staff members who hold a passphrase slot."""
    return [s.label or "" for s in load_keys(folder).staff_slots()]


def describe(folder: Path) -> dict[str, object]:
    """What can be said of a vault without unlocking it (for `safehaven info`)."""
    keys = load_keys(folder)
    return {"vault_id": keys.vault_id, "site_id": keys.site_id,
            "staff": [s.label for s in keys.staff_slots()],
            "has_recovery_key": keys.recovery_slot() is not None,
            "database_bytes": db_path(folder).stat().st_size if db_path(folder).exists() else 0}
