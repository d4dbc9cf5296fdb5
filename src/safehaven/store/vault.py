"""The vault: one SQLCipher database per device and the key file that unlocks it.

    vault/
      vault.db     SQLCipher 4, keyed with a random 256-bit data key used raw
      vault.keys   slots wrapping the master key (per staff passphrase, one recovery key)
                   and the data key sealed under the master key; never a key in the clear
      unlock.state failed-attempt count, to slow guessing

`Vault` opens, creates and closes; its collaborators do the rest: `Database`
(store/database.py: the connection, transactions, page check), `KeySlots`
(store/key_slots.py: the slots and the master key), store/identities.py (who opens
which slot), store/rekey.py (a new data key).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from safehaven.domain.models import Device, Site, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import (
    DamagedDatabase,
    DamagedKeyFile,
    PassphraseMovedOn,
    SavesMissing,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from safehaven.store import crypto, integrity, migrate, restricted, roster_trust
from safehaven.store.connection import Connection, open_encrypted
from safehaven.store.database import DB_NAME, Database
from safehaven.store.files import ensure_private_dir
from safehaven.store.hlc import HybridClock, physical
from safehaven.store.identities import (
    Person,
    choose_slot,
    existing_identity,
    new_identity,
    open_recovery_slot,
    open_staff_slot,
    recovery_slot,
    roster_keys,
    staff_slot,
)
from safehaven.store.ids import new_id
from safehaven.store.key_slots import KeySlots
from safehaven.store.keyfile import KeyFile, Slot
from safehaven.store.rekey import REKEY_SUFFIX, rekey
from safehaven.store.throttle import Throttle
from safehaven.store.vault_files import KEYS_NAME, THROTTLE_NAME, db_path, keys_path, load_keys
from safehaven.store.vault_files import exists as exists  # (sync/enrolment.py asks here)
from safehaven.store.writer import WriteContext, WriteTx
from safehaven.store.writer_lock import WriterLock

log = logging.getLogger(__name__)


class Vault:
    """An unlocked vault. All access to records goes through its connection."""

    def __init__(self, folder: Path, keys: KeyFile, master_key: bytes, data_key: bytes,
                 staff_id: str | None, identity: crypto.Identity | None = None, *,
                 accept_missing: bool = False, defer_page_check: bool = False) -> None:
        self.folder = folder
        self.key_slots = KeySlots(keys_path(folder), keys, master_key)
        self.staff_id = staff_id
        self.identity = identity
        # who this session can sign change sets for: whoever unlocked, and anyone whose
        # identity it made (a manager adding staff, the demo generator)
        self.signers: dict[str, crypto.Identity] = (
            {staff_id: identity} if staff_id and identity else {})
        self.keyring = restricted.Keyring()  # the restricted keys this identity opens
        self.db = Database(folder, keys, data_key, accept_missing=accept_missing,
                           defer_page_check=defer_page_check)
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

    # -- what the collaborators hold, under the names callers have always used ---------------
    @property
    def keys(self) -> KeyFile:
        return self.key_slots.file

    @property
    def conn(self) -> Connection:
        return self.db.conn

    @property
    def writer_lock(self) -> WriterLock:
        return self.db.writer_lock

    @property
    def _master_key(self) -> bytes:
        return self.key_slots.master

    @_master_key.setter
    def _master_key(self, key: bytes) -> None:
        self.key_slots.master = key

    @property
    def _data_key(self) -> bytes:
        return self.db.key

    # -- opening -----------------------------------------------------------------------------
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
        keys.slots.append(staff_slot(keys.vault_id, master, staff_id, staff_name, person))
        keys.slots.append(recovery_slot(keys.vault_id, master, recovery))
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
        keys = load_keys(folder)
        slot = choose_slot(keys, staff)
        throttle = Throttle(folder / THROTTLE_NAME)
        sleep(throttle.wait_needed())
        try:
            master, identity = open_staff_slot(keys, slot, passphrase)
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
        keys = load_keys(folder)
        raw = crypto.parse_recovery_key(recovery_key)
        slot = keys.recovery_slot()
        if raw is None or slot is None:
            raise WrongPassphrase()
        try:
            master = open_recovery_slot(keys, slot, raw)
        except crypto.SealError:
            raise WrongPassphrase() from None
        vault = cls._open_with_master(folder, keys, master, None)
        if slot.box_public is None:  # version 1: the new slot is version 2
            vault.key_slots.replace_recovery(raw)
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

    def transaction(self) -> contextlib.AbstractContextManager[Connection]:
        """One transaction, taken for writing at once: everything in it commits together
        or not at all (`Database.transaction`). For what is not a local save (sync
        applying a page of change sets with its cursor); saves use `write()`, which logs
        them as change sets."""
        return self.db.transaction()

    def check_pages(self) -> None:
        """Every page's HMAC, now (`store/integrity.py`): the daily check deferred at
        unlock, or after an I/O error. Damage stops this session's writes."""
        self.db.check_pages()

    def note_trouble(self, exc: BaseException) -> None:
        """For a caller that met a database error outside a save (a read on the app's
        database thread): noted as a save's would be."""
        self.db.note_trouble(exc)

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
        """Slots for the roster as it stands (`KeySlots.follow_roster`). Taking a slot away
        replaces the master and data keys too (at once with `rotate_now`, else when the
        vault is closed). Returns the names of people whose version 1 slot could not be
        carried over (a manager sets their passphrase again)."""
        if self.key_slots.follow_roster(roster_keys(self.conn)) and rotate_now:
            return self.rotate_master()
        return []

    def rotate_master(self) -> list[str]:
        """A new master key for every slot, then a new data key (`KeySlots.rotate_master`)."""
        return self.key_slots.rotate_master(self.db.key, self.rekey)

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

    def new_recovery_key(self) -> str:
        """Replace the recovery key; the old one stops working at once."""
        recovery = crypto.random_key()
        self.key_slots.replace_recovery(recovery)
        return crypto.format_recovery_key(recovery)

    def rekey(self, *, stop_after: str | None = None) -> None:
        """Rotate the data key (store/rekey.py); `stop_after`: a step to stop at, for the
        crash tests."""
        rekey(self.db, self.key_slots, stop_after=stop_after)

    def close(self) -> None:
        """Close the database; the keys are dropped with this object.

        A key replacement that sync made due (someone removed) happens first."""
        if self.key_slots.rotation_due and self._master_key:
            try:
                self.rotate_master()
            except Exception:  # the next unlock tries again; closing must not fail
                log.exception("vault %s: master key not replaced at close", self.keys.vault_id)
        self.db.close()
        if self._master_key:
            log.info("vault %s locked", self.keys.vault_id)
        self.key_slots.master = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, trace: object) -> None:
        if exc is not None:  # a command ended by a database error: noted before the seal
            self.note_trouble(exc)
        self.close()

