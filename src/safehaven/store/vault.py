"""The vault: one SQLCipher database per device and the key file that unlocks it.

    vault/
      vault.db     SQLCipher 4, keyed with a random 256-bit data key used raw
      vault.keys   slots wrapping the master key (per staff passphrase, one recovery key)
                   and the data key sealed under the master key; never a key in the clear
      unlock.state failed-attempt count, to slow guessing
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from safehaven.domain.models import Device, Site, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    SafeHavenError,
    StaffRequired,
    UnknownStaff,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from safehaven.store import crypto, migrate
from safehaven.store.connection import (
    Connection,
    DatabaseError,
    export_copy,
    open_encrypted,
    translate_error,
)
from safehaven.store.files import ensure_private_dir, fsync_dir, fsync_file
from safehaven.store.hlc import HybridClock
from safehaven.store.ids import new_id
from safehaven.store.keyfile import KeyFile, Slot
from safehaven.store.throttle import Throttle
from safehaven.store.writer import WriteContext, WriteTx
from safehaven.store.writer_lock import WriterLock

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
THROTTLE_NAME = "unlock.state"
REKEY_SUFFIX = ".rekey"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def keys_path(folder: Path) -> Path:
    return folder / KEYS_NAME


def exists(folder: Path) -> bool:
    return keys_path(folder).exists() or db_path(folder).exists()


def unlock_delay(folder: Path) -> float:
    """Seconds the next unlock attempt will wait, after repeated failures."""
    return Throttle(Path(folder) / THROTTLE_NAME).wait_needed()


def staff_labels(folder: Path) -> list[str]:
    """Names on the unlock screen: the staff members who hold a passphrase slot."""
    return [s.label or "" for s in _load_keys(folder).staff_slots()]


def _load_keys(folder: Path) -> KeyFile:
    try:
        return KeyFile.load(keys_path(folder))
    except FileNotFoundError as exc:
        raise VaultNotFound(folder) from exc


class Vault:
    """An unlocked vault. All access to records goes through its connection."""

    def __init__(self, folder: Path, keys: KeyFile, master_key: bytes, data_key: bytes,
                 staff_id: str | None) -> None:
        self.folder = folder
        self.keys = keys
        self._master_key = master_key
        self._data_key = data_key
        self.staff_id = staff_id
        self.writer_lock = WriterLock(folder)
        self.writer_lock.acquire()  # before the database is touched
        try:
            self.conn: Connection = self._open()
        except BaseException:
            self.writer_lock.release()
            raise
        state = dict(self.conn.execute("SELECT key, value FROM local_state").fetchall())
        self.device_id: str = state.get("device_id", "")
        self.site_id: str = state.get("site_id", keys.site_id)
        self.is_demo = state.get("demo") == "1"
        self.seq_floor = int(state.get("seq_floor", "0"))
        seed = self.conn.execute(
            "SELECT max(coalesce((SELECT max(hlc) FROM change_sets), 0),"
            " coalesce((SELECT max(hlc) FROM audit_log), 0))"
        ).fetchone()[0]
        self.clock = HybridClock(int(seed or 0))

    # -- opening -----------------------------------------------------------------------------
    def _open(self) -> Connection:
        conn = open_encrypted(db_path(self.folder), self._data_key)
        try:
            migrate.migrate(conn, backup=lambda v: self._backup_before_migration(conn, v))
        except BaseException:
            conn.close()
            raise
        return conn

    def _backup_before_migration(self, conn: Connection, version: int) -> None:
        folder = self.folder / "backups"
        ensure_private_dir(folder)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        dest = folder / f"pre-migration-v{version}-{stamp}.db"
        export_copy(conn, dest, self._data_key)
        (folder / f"{dest.stem}.keys").write_bytes(self.keys.to_json())
        log.info("vault %s at schema %d copied to %s before migrating", self.keys.vault_id,
                 version, dest.name)

    @classmethod
    def create(cls, folder: Path, *, house: str, organisation: str, staff_name: str,
               passphrase: str, kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
               demo: bool = False, device_name: str = "this laptop") -> tuple[Vault, str]:
        """Make a new vault; returns it, unlocked, and the recovery key to show once."""
        site_id, staff_id, device_id = new_id(), new_id(), new_id()

        def first_rows(vault: Vault) -> None:
            now = datetime.now(UTC).replace(microsecond=0)
            with vault.write() as tx:
                tx.insert(Site(site_id, house, organisation))
                tx.insert(Staff(staff_id, site_id, staff_name, Role.MANAGER))
                tx.insert(Device(device_id, site_id, device_name, now))

        return cls._make(folder, site_id=site_id, device_id=device_id, staff_id=staff_id,
                         staff_name=staff_name, passphrase=passphrase, kdf=kdf, demo=demo,
                         fill=first_rows)

    @classmethod
    def create_joined(cls, folder: Path, *, site_id: str, device_id: str, staff_id: str,
                      staff_name: str, passphrase: str,
                      kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> tuple[Vault, str]:
        """An empty vault for a laptop joining a house: its records arrive by sync."""
        return cls._make(folder, site_id=site_id, device_id=device_id, staff_id=staff_id,
                         staff_name=staff_name, passphrase=passphrase, kdf=kdf, demo=False,
                         fill=lambda vault: None)

    @classmethod
    def _make(cls, folder: Path, *, site_id: str, device_id: str, staff_id: str,
              staff_name: str, passphrase: str, kdf: crypto.KdfParams, demo: bool,
              fill: Callable[[Vault], None]) -> tuple[Vault, str]:
        folder = Path(folder)
        if exists(folder):
            raise VaultExists(folder)
        ensure_private_dir(folder)
        master, data_key, recovery = crypto.random_key(), crypto.random_key(), crypto.random_key()
        keys = KeyFile(vault_id=new_id(), site_id=site_id,
                       default_staff_id=staff_id if demo else None)
        keys.slots.append(_staff_slot(keys.vault_id, master, staff_id, staff_name, passphrase, kdf))
        keys.slots.append(_recovery_slot(keys.vault_id, master, recovery))
        keys.data_key = crypto.seal(master, data_key, keys.data_key_aad())
        try:
            conn = open_encrypted(db_path(folder), data_key, create=True)
            try:
                migrate.migrate(conn)
                conn.executemany("INSERT INTO local_state (key, value) VALUES (?, ?)",
                                 [("device_id", device_id), ("site_id", site_id),
                                  ("demo", "1" if demo else "0")])
            finally:
                conn.close()
            keys.save(keys_path(folder))
            vault = cls(folder, keys, master, data_key, staff_id)
            try:
                fill(vault)
            except BaseException:
                vault.close()
                raise
        except BaseException:
            # Half a vault is worse than none: remove only what this call created.
            for name in (KEYS_NAME, DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                (folder / name).unlink(missing_ok=True)
            raise
        return vault, crypto.format_recovery_key(recovery)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, staff: str | None = None, *,
               sleep: Callable[[float], None] = time.sleep) -> Vault:
        """Open with a staff member's passphrase (staff = display name or staff id)."""
        folder = Path(folder)
        keys = _load_keys(folder)
        slot = _choose_slot(keys, staff)
        throttle = Throttle(folder / THROTTLE_NAME)
        sleep(throttle.wait_needed())
        assert slot.kdf is not None
        kek = crypto.derive_from_passphrase(passphrase, slot.salt, slot.kdf)
        try:
            master = crypto.unseal(kek, slot.blob, slot.aad(keys.vault_id))
        except crypto.SealError:
            throttle.failed()
            log.warning("unlock refused: wrong passphrase for slot %s", slot.id)
            raise WrongPassphrase() from None
        vault = cls._open_with_master(folder, keys, master, slot.staff_id)
        throttle.succeeded()
        log.info("vault %s unlocked by staff %s", keys.vault_id, slot.staff_id)
        return vault

    @classmethod
    def recover(cls, folder: Path, recovery_key: str) -> Vault:
        """Open with the printed recovery key (then set a new passphrase)."""
        folder = Path(folder)
        keys = _load_keys(folder)
        raw = crypto.parse_recovery_key(recovery_key)
        slot = keys.recovery_slot()
        if raw is None or slot is None:
            raise WrongPassphrase()
        try:
            master = crypto.unseal(crypto.derive_from_recovery(raw, slot.salt), slot.blob,
                                   slot.aad(keys.vault_id))
        except crypto.SealError:
            raise WrongPassphrase() from None
        log.info("vault %s opened with the recovery key", keys.vault_id)
        return cls._open_with_master(folder, keys, master, None)

    @classmethod
    def _open_with_master(cls, folder: Path, keys: KeyFile, master: bytes,
                          staff_id: str | None) -> Vault:
        if not db_path(folder).exists():
            raise VaultNotFound(folder)
        try:
            data_key = crypto.unseal(master, keys.data_key, keys.data_key_aad())
            previous = (crypto.unseal(master, keys.previous_data_key, keys.data_key_aad())
                        if keys.previous_data_key else None)
        except crypto.SealError:
            raise DamagedKeyFile("data key does not open") from None
        stray = db_path(folder).with_name(DB_NAME + REKEY_SUFFIX)
        try:
            vault = cls(folder, keys, master, data_key, staff_id)
        except DamagedDatabase:
            if previous is None:
                raise
            # A rekey stopped before its new file took the old one's place: finish undoing it.
            vault = cls(folder, keys, master, previous, staff_id)
            keys.data_key = keys.previous_data_key or b""
        if keys.previous_data_key is not None:
            keys.previous_data_key = None
            keys.save(keys_path(folder))
        stray.unlink(missing_ok=True)
        return vault

    # -- writing -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self, staff_id: str | None = None) -> Iterator[WriteTx]:
        """One write transaction: records, change log and audit commit together or not at all.

        `staff_id` is who the change log and audit name; by default whoever unlocked.
        """
        tx = WriteTx(self.conn, self.clock, WriteContext(self.device_id, self.site_id,
                                                         staff_id or self.staff_id,
                                                         self.seq_floor))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield tx
            tx.finish()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, DatabaseError) and not isinstance(exc, SafeHavenError):
                raise translate_error(exc) from exc
            raise

    # -- keys --------------------------------------------------------------------------------
    def add_staff_slot(self, staff_id: str, label: str, passphrase: str,
                       kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
        self.keys.slots = [s for s in self.keys.slots if s.staff_id != staff_id]
        self.keys.slots.append(_staff_slot(self.keys.vault_id, self._master_key, staff_id,
                                           label, passphrase, kdf))
        self.keys.save(keys_path(self.folder))

    def change_passphrase(self, staff_id: str, passphrase: str,
                          kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
        slot = next((s for s in self.keys.staff_slots() if s.staff_id == staff_id), None)
        if slot is None:
            raise UnknownStaff(staff_id)
        self.add_staff_slot(staff_id, slot.label or "", passphrase, kdf)

    def remove_staff_slot(self, staff_id: str) -> None:
        remaining = [s for s in self.keys.slots if s.staff_id != staff_id]
        if not any(s.kind == "staff" for s in remaining):
            raise SafeHavenError("the last staff member's passphrase cannot be removed")
        self.keys.slots = remaining
        self.keys.save(keys_path(self.folder))

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working at once."""
        recovery = crypto.random_key()
        self.keys.slots = [s for s in self.keys.slots if s.kind != "recovery"]
        self.keys.slots.append(_recovery_slot(self.keys.vault_id, self._master_key, recovery))
        self.keys.save(keys_path(self.folder))
        return crypto.format_recovery_key(recovery)

    def rekey(self, *, stop_after: str | None = None) -> None:
        """Rotate the data key: export to a new file, then swap it in by atomic rename.

        Each step leaves a vault that opens: the key file keeps the old data key as
        `previous_data_key` until the new file has replaced the old one.
        `stop_after` names a step to stop at, for the crash tests.
        """
        db = db_path(self.folder)
        staged = db.with_name(DB_NAME + REKEY_SUFFIX)
        new_key = crypto.random_key()
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        export_copy(self.conn, staged, new_key)
        fsync_file(staged)
        if stop_after == "export":
            return
        self.keys.previous_data_key = self.keys.data_key
        self.keys.data_key = crypto.seal(self._master_key, new_key, self.keys.data_key_aad())
        self.keys.save(keys_path(self.folder))
        if stop_after == "keyfile":
            return
        self.conn.close()
        for leftover in (db.with_name(DB_NAME + "-wal"), db.with_name(DB_NAME + "-shm")):
            leftover.unlink(missing_ok=True)
        os.replace(staged, db)
        fsync_dir(self.folder)
        self._data_key = new_key
        if stop_after == "rename":
            return
        self.keys.previous_data_key = None
        self.keys.save(keys_path(self.folder))
        self.conn = self._open()
        log.info("vault %s has a new data key", self.keys.vault_id)

    def close(self) -> None:
        """Close the database; the keys are dropped with this object."""
        with contextlib.suppress(Exception):
            self.conn.close()
        self.writer_lock.release()
        if self._master_key:
            log.info("vault %s locked", self.keys.vault_id)
        self._master_key = b""
        self._data_key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _staff_slot(vault_id: str, master: bytes, staff_id: str, label: str, passphrase: str,
                kdf: crypto.KdfParams) -> Slot:
    if not kdf.at_least(crypto.MIN_KDF):
        raise ValueError("key derivation parameters below the minimum")
    salt = crypto.random_salt()
    slot = Slot(id=new_id(), kind="staff", salt=salt, blob=b"", staff_id=staff_id,
                label=label, kdf=kdf)
    kek = crypto.derive_from_passphrase(passphrase, salt, kdf)
    return Slot(slot.id, slot.kind, salt, crypto.seal(kek, master, slot.aad(vault_id)),
                staff_id, label, kdf)


def _recovery_slot(vault_id: str, master: bytes, recovery: bytes) -> Slot:
    salt = crypto.random_salt()
    slot = Slot(id=new_id(), kind="recovery", salt=salt, blob=b"")
    kek = crypto.derive_from_recovery(recovery, salt)
    return Slot(slot.id, "recovery", salt, crypto.seal(kek, master, slot.aad(vault_id)))


def _choose_slot(keys: KeyFile, staff: str | None) -> Slot:
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


def describe(folder: Path) -> dict[str, object]:
    """What can be said of a vault without unlocking it (for `safehaven info`)."""
    keys = _load_keys(folder)
    return {"vault_id": keys.vault_id, "site_id": keys.site_id,
            "staff": [s.label for s in keys.staff_slots()],
            "has_recovery_key": keys.recovery_slot() is not None,
            "database_bytes": db_path(folder).stat().st_size if db_path(folder).exists() else 0}
