"""The vault: one SQLCipher database per device and the key file that unlocks it.

    vault/
      vault.db     SQLCipher 4, keyed with a random 256-bit data key used raw
      vault.keys   slots wrapping the master key (per staff passphrase, one recovery key)
                   and the data key sealed under the master key; never a key in the clear
      unlock.state failed-attempt count, to slow guessing
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehaven.domain.models import Device, Site, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    DiskFull,
    PassphraseMovedOn,
    SafeHavenError,
    SavesMissing,
    StaffRequired,
    StorageFailed,
    UnknownStaff,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from safehaven.store import crypto, integrity, migrate, restricted, roster_trust
from safehaven.store.connection import (
    Connection,
    DatabaseError,
    export_copy,
    open_encrypted,
    translate_error,
)
from safehaven.store.files import ensure_private_dir, fsync_dir, fsync_file
from safehaven.store.hlc import HybridClock, physical
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
                 staff_id: str | None, identity: crypto.Identity | None = None, *,
                 accept_missing: bool = False, defer_page_check: bool = False) -> None:
        self.folder = folder
        self.keys = keys
        self._master_key = master_key
        self._data_key = data_key
        self.staff_id = staff_id
        self.identity = identity
        # who this session can sign change sets for: whoever unlocked, and anyone whose
        # identity it made (a manager adding staff, the demo generator)
        self.signers: dict[str, crypto.Identity] = (
            {staff_id: identity} if staff_id and identity else {})
        self._rotation_due = False
        self.keyring = restricted.Keyring()  # the restricted keys this identity opens
        # the full page check (store/integrity.py): when every page last passed it, and
        # whether it is due before this session's first write
        self.pages_checked_at: float | None = None
        self.opened_at = time.time()  # (a check since then needs no repeating)
        self.page_check_due = False
        self.damaged = False  # damage seen this session: its writes stop
        self.trouble = False  # damage or an I/O error seen: the next unlock checks every page
        self.writer_lock = WriterLock(folder)
        self.writer_lock.acquire()  # before the database is touched
        try:
            checked = integrity.take_seal(db_path(folder), keys.vault_id, data_key)
            self.conn: Connection = self._open(checked, defer=defer_page_check)
            try:
                self.commits = integrity.CommitCounter(folder, keys.vault_id, self.conn)
                self.commits.verify(accept_missing=accept_missing)
            except BaseException:
                self.conn.close()
                raise
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
        # the newest arrival on the roster: no save is dated before it (store/hlc.py)
        floor = self.conn.execute(
            "SELECT max(first) FROM (SELECT min(hlc) AS first FROM change_log WHERE "
            "table_name = 'staff' GROUP BY row_id)").fetchone()[0]
        self.clock = HybridClock(int(seed or 0), floor=int(floor or 0))
        self.newest_ms = physical(int(seed or 0))  # the newest record's time (clock checks)
        # the roster as its signatures establish it, and the keys it grants: checked once
        # opening is done (`refresh_restricted`, which every opening that has an identity
        # calls), not here and again there
        self.roster = roster_trust.Trusted()

    # -- opening -----------------------------------------------------------------------------
    def _open(self, checked_at: float | None = None, *, defer: bool = False) -> Connection:
        """`checked_at`: when every page of this very file last passed (None: unknown,
        so they are checked now); `defer`: a daily check due waits for the first write."""
        conn = open_encrypted(db_path(self.folder), self._data_key)
        try:
            self.pages_checked_at = checked_at
            due = integrity.check_due(checked_at)
            # never defer for a file not as it was left, nor before a migration writes
            if checked_at is None or migrate.current_version(conn) < migrate.LATEST or (
                    due and not defer):
                integrity.check_pages(conn)
                self.pages_checked_at, due = time.time(), False
            self.page_check_due = due
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
               demo: bool = False, device_name: str = "this laptop",
               demo_clock: Callable[[], int] | None = None) -> tuple[Vault, str]:
        """Make a new vault; returns it, unlocked, and the recovery key to show once.

        `demo_clock` (a demo vault only): milliseconds its clock reads until the caller
        puts the wall clock back (`vault.clock.now_ms = hlc.wall_ms`), so that a demo
        house is founded, and its staff join, before the synthetic history it holds."""
        if demo_clock is not None and not demo:
            raise ValueError("only a demo vault is founded in the past")
        site_id, staff_id, device_id = new_id(), new_id(), new_id()
        person = new_identity(passphrase, kdf)

        def first_rows(vault: Vault) -> None:
            if demo_clock is not None:
                vault.clock.now_ms = demo_clock
            now = datetime.now(UTC).replace(microsecond=0)
            with vault.write() as tx:
                tx.insert(Site(site_id, house, organisation))
                tx.insert(Staff(staff_id, site_id, staff_name, Role.MANAGER,
                                **person.roster_fields()))
                tx.insert(Device(device_id, site_id, device_name, now))

        return cls._make(folder, site_id=site_id, device_id=device_id, staff_id=staff_id,
                         staff_name=staff_name, person=person, demo=demo, fill=first_rows)

    @classmethod
    def create_joined(cls, folder: Path, *, site_id: str, device_id: str, staff_id: str,
                      staff_name: str, passphrase: str,
                      kdf: crypto.KdfParams = crypto.DEFAULT_KDF,
                      known: tuple[str, str] | None = None) -> tuple[Vault, str]:
        """An empty vault for a laptop joining a house: its records arrive by sync.

        `known`: (key parameters, signing key) of a staff member the house already has,
        joining as themselves; only their own passphrase derives that identity.
        """
        if known is None:
            person = new_identity(passphrase, kdf)
        else:
            person = existing_identity(passphrase, *known)
        return cls._make(folder, site_id=site_id, device_id=device_id, staff_id=staff_id,
                         staff_name=staff_name, person=person, demo=False,
                         fill=lambda vault: None)

    @classmethod
    def _make(cls, folder: Path, *, site_id: str, device_id: str, staff_id: str,
              staff_name: str, person: Person, demo: bool,
              fill: Callable[[Vault], None]) -> tuple[Vault, str]:
        folder = Path(folder)
        if exists(folder):
            raise VaultExists(folder)
        ensure_private_dir(folder)
        master, data_key, recovery = crypto.random_key(), crypto.random_key(), crypto.random_key()
        keys = KeyFile(vault_id=new_id(), site_id=site_id,
                       default_staff_id=staff_id if demo else None)
        keys.slots.append(_staff_slot(keys.vault_id, master, staff_id, staff_name, person))
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
            keys.save(keys_path(folder), master)
            vault = cls(folder, keys, master, data_key, staff_id, person.identity)
            try:
                fill(vault)
                vault.refresh_keys()
            except BaseException:
                vault.close()
                raise
        except BaseException:
            # Half a vault is worse than none: remove only what this call created.
            for name in (KEYS_NAME, DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm",
                         integrity.COMMITS_NAME, integrity.SEAL_NAME):
                (folder / name).unlink(missing_ok=True)
            raise
        return vault, crypto.format_recovery_key(recovery)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, staff: str | None = None, *,
               sleep: Callable[[float], None] = time.sleep,
               accept_missing: bool = False, defer_page_check: bool = False) -> Vault:
        """Open with a staff member's passphrase (staff = display name or staff id).

        `accept_missing`: carry on with a database that lost its last saves (see
        `store/integrity.py`); the caller then marks it as restored.
        `defer_page_check`: the daily full page check, when due on a file left as it was,
        runs before the first write (or when the caller calls `check_pages`), not now."""
        folder = Path(folder)
        keys = _load_keys(folder)
        slot = _choose_slot(keys, staff)
        throttle = Throttle(folder / THROTTLE_NAME)
        sleep(throttle.wait_needed())
        try:
            master, identity = _open_staff_slot(keys, slot, passphrase)
        except crypto.SealError:
            throttle.failed()
            log.warning("unlock refused: wrong passphrase for slot %s", slot.id)
            raise WrongPassphrase() from None
        vault = cls._open_with_master(folder, keys, master, slot.staff_id, identity,
                                      accept_missing=accept_missing,
                                      defer_page_check=defer_page_check)
        throttle.succeeded()
        try:
            if identity is None:  # a version 1 slot: its owner's identity starts now
                vault._adopt_identity(slot, passphrase)
            vault.refresh_keys()
            vault.check_identity()
        except BaseException:
            vault.close()
            raise
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
            if slot.box_public is None:  # version 1
                master = crypto.unseal(crypto.derive_from_recovery(raw, slot.salt), slot.blob,
                                       slot.aad(keys.vault_id))
            else:
                identity = crypto.identity_from_recovery(raw, slot.salt)
                master = crypto.open_from(identity.box, slot.blob, slot.aad(keys.vault_id))
        except crypto.SealError:
            raise WrongPassphrase() from None
        vault = cls._open_with_master(folder, keys, master, None)
        if slot.box_public is None:
            vault._replace_recovery_slot(raw)
        log.info("vault %s opened with the recovery key", keys.vault_id)
        return vault

    @classmethod
    def _open_with_master(cls, folder: Path, keys: KeyFile, master: bytes,
                          staff_id: str | None, identity: crypto.Identity | None = None,
                          *, accept_missing: bool = False,
                          defer_page_check: bool = False) -> Vault:
        if not db_path(folder).exists():
            raise VaultNotFound(folder)
        if not keys.authentic(master):
            raise DamagedKeyFile("its slots were altered outside SafeHaven")
        try:
            data_key = crypto.unseal(master, keys.data_key, keys.data_key_aad())
            previous = (crypto.unseal(master, keys.previous_data_key, keys.data_key_aad())
                        if keys.previous_data_key else None)
        except crypto.SealError:
            raise DamagedKeyFile("data key does not open") from None
        stray = db_path(folder).with_name(DB_NAME + REKEY_SUFFIX)
        try:
            vault = cls(folder, keys, master, data_key, staff_id, identity,
                        accept_missing=accept_missing, defer_page_check=defer_page_check)
        except DamagedDatabase as exc:
            if previous is None or isinstance(exc, SavesMissing):
                raise
            # A rekey stopped before its new file took the old one's place: finish undoing it.
            vault = cls(folder, keys, master, previous, staff_id, identity)
            keys.data_key = keys.previous_data_key or b""
        if keys.previous_data_key is not None:
            keys.previous_data_key = None
            keys.save(keys_path(folder), master)
        stray.unlink(missing_ok=True)
        vault._check_key_file_version()
        return vault

    def _check_key_file_version(self) -> None:
        """Once this vault's key file has been version 2 (with a MAC), a file calling
        itself version 1 is a relabelled one, made to skip the MAC."""
        marked = self.conn.execute("SELECT value FROM local_state WHERE key = "
                                   "'keyfile_v2'").fetchone()
        if self.keys.version >= 2 and marked is None:
            self.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                              "('keyfile_v2', '1')")
        elif self.keys.version < 2 and marked is not None:
            self.close()
            raise DamagedKeyFile("a version 2 key file relabelled as version 1")

    # -- writing -----------------------------------------------------------------------------
    @contextlib.contextmanager
    def write(self, staff_id: str | None = None) -> Iterator[WriteTx]:
        """One write transaction: records, change log and audit commit together or not at all.

        `staff_id` is who the change log and audit name; by default whoever unlocked.
        """
        tx = WriteTx(self.conn, self.clock, WriteContext(self.device_id, self.site_id,
                                                         staff_id or self.staff_id,
                                                         self.seq_floor, self.signers,
                                                         self.keyring))
        with self.transaction():
            yield tx
            tx.finish()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction, taken for writing at once (no other writer can slip in between
        its reads and its writes): everything in it commits together or not at all. For
        what is not a local save (sync applying a page of change sets with its cursor);
        saves use `write()`, which logs them as change sets.

        Nothing is written into a vault found damaged this session; the full page check,
        if due (`store/integrity.py`), runs first."""
        if self.damaged:
            raise DamagedDatabase()
        if self.page_check_due:
            self.check_pages()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield self.conn
            count = self.commits.stage(self.conn)
            self.conn.execute("COMMIT")
            self.commits.committed(count)
        except BaseException as exc:
            if self.conn.in_transaction:
                with contextlib.suppress(DatabaseError):  # the error that stopped it counts
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, DatabaseError) and not isinstance(exc, SafeHavenError):
                found = translate_error(exc)
                self._saw(found, check=True)
                raise found from exc
            self._saw(exc, check=True)
            raise

    # -- damage ------------------------------------------------------------------------------
    def check_pages(self) -> None:
        """Every page's HMAC, now (`store/integrity.py`): the daily check deferred at
        unlock, or after an I/O error. Damage stops this session's writes."""
        try:
            integrity.check_pages(self.conn)
        except BaseException as exc:
            self._saw(translate_error(exc) if isinstance(exc, DatabaseError) else exc)
            raise
        self.pages_checked_at, self.page_check_due = time.time(), False

    def _saw(self, exc: BaseException, *, check: bool = False) -> None:
        """Note damage or an I/O error: the vault closes without its seal, so the next
        unlock checks every page; damage also stops writes. `check`: after an I/O error
        that was no damage, check every page now."""
        if isinstance(exc, DamagedDatabase):
            self.damaged = self.trouble = True
        elif isinstance(exc, (StorageFailed, DiskFull, OSError)):
            self.trouble = True
            if check and isinstance(exc, StorageFailed):
                with contextlib.suppress(Exception):  # what it finds, it notes
                    self.check_pages()

    def note_trouble(self, exc: BaseException) -> None:
        """For a caller that met a database error outside a save (a read on the app's
        database thread): noted as a save's would be."""
        self._saw(translate_error(exc) if isinstance(exc, DatabaseError) else exc)

    # -- keys --------------------------------------------------------------------------------
    def refresh_keys(self) -> None:
        """After the roster changed (outside a write): slots, master key, restricted key."""
        self.refresh_slots(rotate_now=True)
        self.refresh_restricted()
        self._check_key_file_version()

    def refresh_restricted(self) -> None:
        """Take the restricted keys granted to this identity; grant them to colleagues who
        should hold them; make a new one when someone who held it should no longer."""
        if not self.staff_id or self.identity is None:
            return
        self.roster = roster_trust.check(self.conn)
        self.keyring = restricted.load(self.roster, self.staff_id, self.identity)
        grants = restricted.grants_due(self.roster, self.keyring, self.site_id, self.staff_id,
                                       box_key=self.identity.box_public)
        if grants:
            with self.write() as tx:
                for grant in grants:
                    tx.insert(grant, note=False)

    def refresh_slots(self, *, rotate_now: bool = False) -> list[str]:
        """Give every active staff member of the roster a slot on this laptop, and take
        away the slots of people removed or whose identity was replaced.

        Taking a slot away replaces the master and data keys too (at once with
        `rotate_now`, else when the vault is closed), so an older copy of the key file
        opened with a removed passphrase opens nothing written afterwards. Returns the
        names of people whose version 1 slot could not be carried over (a manager sets
        their passphrase again).
        """
        roster = _roster(self.conn)
        slots: list[Slot] = []
        have: set[str] = set()
        changed = False
        for slot in self.keys.slots:
            person = roster.get(slot.staff_id or "") if slot.kind == "staff" else None
            if person is None:  # the recovery slot, or someone whose record has not arrived
                slots.append(slot)
                continue
            name, active, box_key, params = person
            if not active:
                changed = self._rotation_due = True
                continue
            if box_key and params and slot.box_public != box_key:
                changed = True
                if slot.box_public is not None:  # replaced: the old passphrase may be known
                    self._rotation_due = True
                slot = self._roster_slot(slot.staff_id or "", name, box_key, params)
            elif slot.label != name:
                changed = True
                slot = dataclasses.replace(slot, label=name)
            slots.append(slot)
            have.add(slot.staff_id or "")
        for staff_id, (name, active, box_key, params) in roster.items():
            if active and box_key and params and staff_id not in have:
                slots.append(self._roster_slot(staff_id, name, box_key, params))
                changed = True
        if self._rotation_due and not self.keys.rotation_due:
            self.keys.rotation_due = changed = True  # on disk until the keys are replaced
        if changed and any(s.kind == "staff" for s in slots):
            self.keys.slots = slots
            self._save_keys()
        if rotate_now and (self._rotation_due or self.keys.rotation_due):
            return self.rotate_master()
        return []

    def _roster_slot(self, staff_id: str, label: str, box_key: str,
                     params: tuple[bytes, crypto.KdfParams]) -> Slot:
        salt, kdf = params
        slot = Slot(id=new_id(), kind="staff", salt=salt, blob=b"", staff_id=staff_id,
                    label=label, kdf=kdf, box_public=box_key)
        return dataclasses.replace(slot, blob=crypto.seal_to(
            box_key, self._master_key, slot.aad(self.keys.vault_id)))

    def rotate_master(self) -> list[str]:
        """A new master key sealed to every slot's public key, then a new data key.

        Needs no one's passphrase. A version 1 slot cannot be carried over (it is sealed
        under its owner's passphrase); their names are returned.
        """
        master = crypto.random_key()
        kept = [dataclasses.replace(s, blob=crypto.seal_to(s.box_public, master,
                                                           s.aad(self.keys.vault_id)))
                for s in self.keys.slots if s.box_public is not None]
        lost = [s.label or "" for s in self.keys.slots
                if s.box_public is None and s.kind == "staff"]
        if not any(s.kind == "staff" for s in kept):
            log.warning("vault %s: master key not replaced, no slot could carry it",
                        self.keys.vault_id)
            return []
        self.keys.slots = kept
        self.keys.data_key = crypto.seal(master, self._data_key, self.keys.data_key_aad())
        self.keys.previous_data_key = None
        self._master_key = master
        self._save_keys()
        self.rekey()
        self._rotation_due = self.keys.rotation_due = False
        self._save_keys()
        log.info("vault %s has a new master key", self.keys.vault_id)
        return lost

    def _adopt_identity(self, slot: Slot, passphrase: str) -> None:
        """A version 1 slot opened: its owner takes the identity the roster knows for
        them (the same passphrase derives it), or a new one, published now."""
        staff_id = slot.staff_id or ""
        row = self.conn.execute("SELECT sign_key, key_params FROM staff WHERE id = ?",
                                (staff_id,)).fetchone()
        if row is None:
            return  # the house's records have not arrived yet: next time
        known = crypto.parse_key_params(row[1]) if row[0] else None
        if known is not None:
            person = Person(crypto.identity_from_passphrase(passphrase, *known), *known)
            if person.identity.sign_public != row[0]:
                self.refresh_slots()  # their slot here now opens with the other passphrase
                raise PassphraseMovedOn()
        else:
            person = new_identity(passphrase, slot.kdf or crypto.DEFAULT_KDF)
            self.signers[staff_id] = person.identity
            with self.write(staff_id) as tx:
                tx.update(Staff, staff_id, **person.roster_fields())
        self.identity = person.identity
        self.signers[staff_id] = person.identity

    def check_identity(self) -> None:
        """Refuse a session whose identity the roster has replaced (a passphrase changed on
        another laptop): what it wrote would be refused by every other laptop."""
        if self.identity is None or not self.staff_id:
            return
        row = self.conn.execute("SELECT sign_key FROM staff WHERE id = ?",
                                (self.staff_id,)).fetchone()
        if row is not None and row[0] and row[0] != self.identity.sign_public:
            raise PassphraseMovedOn()

    def _replace_recovery_slot(self, recovery: bytes) -> None:
        self.keys.slots = [s for s in self.keys.slots if s.kind != "recovery"]
        self.keys.slots.append(_recovery_slot(self.keys.vault_id, self._master_key, recovery))
        self._save_keys()

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working at once."""
        recovery = crypto.random_key()
        self._replace_recovery_slot(recovery)
        return crypto.format_recovery_key(recovery)

    def _save_keys(self) -> None:
        self.keys.save(keys_path(self.folder), self._master_key)

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
        self._save_keys()
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
        self._save_keys()
        self.conn = self._open()
        log.info("vault %s has a new data key", self.keys.vault_id)

    def close(self) -> None:
        """Close the database; the keys are dropped with this object.

        A key replacement that sync made due (someone removed) happens first."""
        if self._rotation_due and self._master_key:
            try:
                self.rotate_master()
            except Exception:  # the next unlock tries again; closing must not fail
                log.exception("vault %s: master key not replaced at close", self.keys.vault_id)
        with contextlib.suppress(Exception):
            self.conn.close()
        if self._data_key and not self.trouble and self.pages_checked_at is not None:
            integrity.write_seal(db_path(self.folder), self.keys.vault_id, self._data_key,
                                 self.pages_checked_at)
        self.writer_lock.release()
        if self._master_key:
            log.info("vault %s locked", self.keys.vault_id)
        self._master_key = b""
        self._data_key = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, trace: object) -> None:
        if exc is not None:  # a command ended by a database error: noted before the seal
            self.note_trouble(exc)
        self.close()


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


def _staff_slot(vault_id: str, master: bytes, staff_id: str, label: str,
                person: Person) -> Slot:
    slot = Slot(id=new_id(), kind="staff", salt=person.salt, blob=b"", staff_id=staff_id,
                label=label, kdf=person.kdf, box_public=person.identity.box_public)
    return dataclasses.replace(slot, blob=crypto.seal_to(slot.box_public or "", master,
                                                         slot.aad(vault_id)))


def _recovery_slot(vault_id: str, master: bytes, recovery: bytes) -> Slot:
    salt = crypto.random_salt()
    identity = crypto.identity_from_recovery(recovery, salt)
    slot = Slot(id=new_id(), kind="recovery", salt=salt, blob=b"",
                box_public=identity.box_public)
    return dataclasses.replace(slot, blob=crypto.seal_to(identity.box_public, master,
                                                         slot.aad(vault_id)))


def _open_staff_slot(keys: KeyFile, slot: Slot, passphrase: str
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


def _roster(conn: Connection) -> dict[str, tuple[str, bool, str | None,
                                                 tuple[bytes, crypto.KdfParams] | None]]:
    """staff id -> (name, active, box key, key parameters), as this laptop knows them."""
    return {i: (n, bool(a), b, crypto.parse_key_params(p)) for i, n, a, b, p in conn.execute(
        "SELECT id, display_name, active, box_key, key_params FROM staff")}


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
