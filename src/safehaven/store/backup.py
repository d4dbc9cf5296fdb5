"""Backups: one file holding the encrypted database and its key file, checked on restore.

    SAFEHAVEN-BACKUP 3\\n
    {"vault_id": ..., "site_id": ..., "created": ..., "schema": N,
     "parts": [{"name": "vault.keys", "size": n, "sha256": ...},
               {"name": "vault.db", "size": n, "sha256": ...}],
     "checked": true,
     "mac": HMAC of the rest under a key derived from the vault's master key}\\n
    <vault.keys bytes><vault.db bytes>

The checksums find damage; the MAC finds tampering (a header or a part changed and its
checksum recomputed): only the passphrase of someone the backup knows opens the master
key that checks it. A version 1 backup (no MAC) still restores, unless its database says
the vault had already written MAC'd ones (a relabelled backup); a version 2 one (no
"checked") restores with every check run again.

"checked" (version 3): these exact database bytes passed SQLite's `integrity_check` when
the backup was made, inside the read transaction whose snapshot they are. A restore that
finds the MAC good (so the database's SHA-256, checked against its bytes, is the one the
house's key vouched for) and every page's HMAC good has bytes proven identical to checked
ones, and does not run `integrity_check` again: 2.4 s of CPU on the 500 x 365 house, most
of what a restore cost (issue 35, item 8). Anything else (no MAC, a MAC that fails, a
version 2 backup, "checked" false) is the full check or a refusal, as before.

The database part is the vault's database file itself, its WAL checkpointed into it and
every page's HMAC checked first (so a damaged page never reaches a backup), under the
vault's own data key: the backup is exactly as encrypted as the vault. (It was an
`sqlcipher_export` into a new file, which decrypts and inserts every row again and rebuilds
every index: 2.9 s of CPU on the 500 x 365 house, against a page check and a file read.)
Restoring verifies everything (checksums, the passphrase, SQLCipher's integrity checks) in
a folder beside the target before the old vault is moved aside, never deleted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import logging
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from safehaven import clock
from safehaven.crashpoints import crash_point
from safehaven.errors import DamagedDatabase, SafeHavenError
from safehaven.i18n import tr
from safehaven.store import crypto, integrity, migrate, numbering
from safehaven.store.connection import export_copy, open_encrypted
from safehaven.store.database import DB_NAME
from safehaven.store.files import atomic_write, create_private, ensure_private_dir, fsync_dir
from safehaven.store.keyfile import KeyFile
from safehaven.store.vault import Vault
from safehaven.store.vault_files import KEYS_NAME, db_path, exists, keys_path
from safehaven.store.writer_lock import WriterLock

log = logging.getLogger(__name__)
MAGIC_V1 = b"SAFEHAVEN-BACKUP 1\n"
MAGIC_V2 = b"SAFEHAVEN-BACKUP 2\n"
MAGIC = b"SAFEHAVEN-BACKUP 3\n"
_MAGICS = {MAGIC: 3, MAGIC_V2: 2, MAGIC_V1: 1}  # (all of one length)
_MARK = "backup_v2"  # local_state: this vault writes MAC'd backups (version 2 or later)
MAX_MANIFEST = 64 * 1024


class BadBackup(SafeHavenError):
    def __init__(self, reason: str) -> None:
        super().__init__(tr("This is not a usable SafeHaven backup ({reason}); nothing was "
                            "changed.", reason=reason))


LEFTOVER_MINUTES = 10  # a staged backup or restore older than this is none still running


class RestoreRefused(SafeHavenError):
    """Restoring needs a confirmation the caller has not given."""


@dataclass(frozen=True, slots=True)
class Manifest:
    vault_id: str
    site_id: str
    created: str
    schema: int
    parts: list[dict[str, Any]]
    mac: str | None = None  # None: a version 1 backup
    version: int = 3
    checked: bool = False  # version 3: the database bytes passed integrity_check


def write_backup(vault: Vault, out: Path) -> Manifest:
    """Back up an open vault to `out` (replaced atomically; readable only by its owner)."""
    out = Path(out)
    sweep_leftovers(out.parent)
    vault.conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, '1')",
                       (_MARK,))
    db_bytes, db_sha256, checked = _database(vault, out.parent)
    keys_bytes = vault.keys.to_json()
    parts = [_part(KEYS_NAME, keys_bytes),
             {"name": DB_NAME, "size": len(db_bytes), "sha256": db_sha256}]
    manifest = Manifest(vault.keys.vault_id, vault.keys.site_id,
                        datetime.now(UTC).isoformat(timespec="seconds"),
                        migrate.current_version(vault.conn), parts, checked=checked)
    manifest = dataclasses.replace(manifest, mac=_mac(vault._master_key, manifest))
    header = json.dumps({**_doc(manifest), "mac": manifest.mac})
    atomic_write(out, MAGIC + header.encode() + b"\n" + keys_bytes + db_bytes)
    log.info("backup of vault %s written to %s (%d bytes)", manifest.vault_id, out,
             len(db_bytes))
    return manifest


def _database(vault: Vault, beside: Path) -> tuple[bytes, str, bool]:
    """The database file as it is on disk, whole (its WAL checkpointed into it), every
    page and the structure checked; held in a read transaction while it is checked and
    read, so nothing moves it. Returns the bytes, their SHA-256 and whether
    `integrity_check` passed on exactly them (damage is `DamagedDatabase`: none goes
    into a backup)."""
    busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:  # another connection reads an older snapshot: the file alone is not whole
        with tempfile.TemporaryDirectory(dir=beside, prefix=".safehaven-backup-") as tmp:
            copy = Path(tmp) / DB_NAME
            export_copy(vault.conn, copy, vault._data_key)
            data = copy.read_bytes()  # (a rebuilt copy: restore checks it whole)
            return data, hashlib.sha256(data).hexdigest(), False
    db = db_path(vault.folder)
    vault.conn.execute("BEGIN")
    try:
        vault.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
        structure = _StructureCheck(db, vault._data_key)
        structure.start()
        # (not twice if unlock checked every page; not at all when the structure check
        # reads every page itself: 1.1 s of CPU on the 500 x 365 house)
        pages = ((vault.db.pages_checked_at or 0) < vault.db.opened_at
                 and not integrity.structure_reads_every_page(vault.conn))
        try:
            if pages:
                vault.check_pages()
            data = db.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
        finally:
            structure.join()
        if isinstance(structure.error, DamagedDatabase):
            vault.db.saw(structure.error)  # its writes stop; the next unlock checks all
        if structure.error is not None:
            raise structure.error
        if not structure.same_snapshot and not pages and (
                vault.db.pages_checked_at or 0) < vault.db.opened_at:
            vault.check_pages()  # the structure check saw another snapshot than these bytes
        return data, digest, structure.same_snapshot
    finally:
        vault.conn.execute("ROLLBACK")


class _StructureCheck(threading.Thread):
    """`integrity_check` on a connection of its own, while the vault's connection checks
    every page's HMAC and the file is read and hashed: SQLite, file reads and hashlib let
    go of the GIL, so a second core does it (backup's wall time barely moves; its CPU
    time grows by the check, which each restore no longer pays).

    Its snapshot is the file's bytes when the WAL is empty once it has begun: the
    vault's connection holds a read transaction begun on an empty WAL, which keeps any
    checkpoint from writing into the file until both are done."""

    def __init__(self, db: Path, key: bytes) -> None:
        super().__init__(name="backup-structure-check", daemon=True)
        self.db, self._key = db, key
        self.error: BaseException | None = None
        self.same_snapshot = False

    def run(self) -> None:
        try:
            conn = open_encrypted(self.db, self._key)
            try:
                conn.execute("BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                self.same_snapshot = integrity.wal_empty(self.db)
                integrity.check_structure(conn, self.db)
            finally:
                conn.close()
        except BaseException as exc:  # handed to the backup's own thread
            self.error = exc


def sweep_leftovers(folder: Path, older_than: float | None = None) -> int:
    """Remove what killed backups left in `folder`: their working folders (an encrypted
    copy of the vault, as large as it) and half-written files, once older than any backup
    still running. Only this user's own, never through a symlink. Returns how many."""
    cutoff = time.time() - (LEFTOVER_MINUTES * 60 if older_than is None else older_than)
    removed = 0
    candidates = [*folder.glob(".safehaven-backup-*"), *folder.glob(".*.shbk.tmp-*")]
    for leftover in candidates:
        try:
            info = leftover.lstat()
        except OSError:
            continue
        if info.st_uid != os.getuid() or info.st_mtime >= cutoff or leftover.is_symlink():
            continue
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed += 1
    if removed:
        log.info("removed %d leftovers of interrupted backups", removed)
    return removed


def _doc(manifest: Manifest) -> dict[str, Any]:
    doc = {"vault_id": manifest.vault_id, "site_id": manifest.site_id,
           "created": manifest.created, "schema": manifest.schema, "parts": manifest.parts}
    return {**doc, "checked": manifest.checked} if manifest.version >= 3 else doc


def _mac(master: bytes, manifest: Manifest) -> str:
    """Under the house's master key; the version is in the purpose, so a version 2 MAC
    never vouches for a header relabelled as version 3 (or the other way)."""
    purpose = "backup v3" if manifest.version >= 3 else "backup v2"
    return crypto.mac(master, purpose, json.dumps(_doc(manifest), sort_keys=True,
                                                  separators=(",", ":")).encode())


def _part(name: str, data: bytes) -> dict[str, Any]:
    return {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def read_backup(path: Path) -> tuple[Manifest, dict[str, bytes]]:
    """Parse and checksum a backup file; any damage is a `BadBackup`."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise BadBackup(tr("file not found")) from None
    version = _MAGICS.get(data[:len(MAGIC)], 0)
    if not version:
        raise BadBackup(tr("not a backup file"))
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_MANIFEST)
    if end < 0:
        raise BadBackup(tr("damaged header"))
    try:
        doc = json.loads(data[len(MAGIC):end])
        manifest = Manifest(str(doc["vault_id"]), str(doc["site_id"]), str(doc["created"]),
                            int(doc["schema"]), list(doc["parts"]),
                            str(doc["mac"]) if version >= 2 else None, version,
                            doc["checked"] is True if version >= 3 else False)
        names = [p["name"] for p in manifest.parts]
        sizes = [int(p["size"]) for p in manifest.parts]
    except (ValueError, KeyError, TypeError) as exc:
        raise BadBackup(tr("damaged header")) from exc
    if names != [KEYS_NAME, DB_NAME] or min(sizes) < 0:
        raise BadBackup(tr("unexpected contents"))
    offset, parts = end + 1, {}
    for part, size in zip(manifest.parts, sizes, strict=True):
        chunk = data[offset:offset + size]
        if len(chunk) != size or hashlib.sha256(chunk).hexdigest() != part["sha256"]:
            raise BadBackup(tr("{name} is damaged or incomplete", name=part["name"]))
        parts[part["name"]] = chunk
        offset += size
    if offset != len(data):
        raise BadBackup(tr("unexpected data at the end"))
    return manifest, parts


def restore(path: Path, target: Path, passphrase: str, staff: str | None = None, *,
            replace: bool = False, other_house: bool = False) -> Path | None:
    """Restore `path` into `target`. Returns where the previous vault was moved, if any.

    The backup is opened and checked completely in a folder beside `target` first; only
    then is an existing vault moved aside (kept, never deleted) and the restored one put
    in its place.
    """
    manifest, parts = read_backup(path)
    target = Path(target)
    if exists(target):
        current = KeyFile.load(keys_path(target)) if keys_path(target).exists() else None
        if current is not None and current.site_id != manifest.site_id and not other_house:
            raise RestoreRefused(tr("This backup is of another house. Restore it only if "
                                    "you mean to (--other-house)."))
        if not replace:
            raise RestoreRefused(tr("A vault already exists at {path}; restore over it only "
                                    "after confirming (--replace).", path=target))
    ensure_private_dir(target.parent)
    staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.restore-"))
    try:
        for name, data in parts.items():
            atomic_write(staging / name, data)
        _verify(staging, passphrase, staff, manifest)
        create_private(staging / VERIFIED)  # a crash from here on finishes at next start
        fsync_dir(staging)
        moved = None
        if target.exists():
            # Not while the app (or another command) has the vault open: its next save
            # would go into the copy moved aside.
            held = WriterLock(target)
            held.acquire()
            try:
                stamp = clock.now().strftime("%Y%m%d-%H%M%S")
                moved = target.with_name(f"{target.name}.before-restore-{stamp}")
                os.replace(target, moved)
            finally:
                held.release()
        crash_point("restore-between-renames")
        os.replace(staging, target)
        (target / VERIFIED).unlink(missing_ok=True)
        fsync_dir(target.parent)
        log.info("backup of vault %s restored into %s; previous vault kept at %s",
                 manifest.vault_id, target, moved)
        return moved
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


VERIFIED = ".restore-verified"


def finish_interrupted(target: Path) -> str | None:
    """A restore killed between moving the old vault aside and putting the new one in
    place leaves no vault at `target`. Finish it when the staged copy was verified, else
    put the previous vault back; and remove staged copies a killed restore left behind.
    Returns "finished", "undone" or None (nothing to do)."""
    target = Path(target)
    staged = sorted(target.parent.glob(f".{target.name}.restore-*"),
                    key=lambda p: p.stat().st_mtime)
    done = None
    if not exists(target):
        ready = [p for p in staged if (p / VERIFIED).exists()]
        before = sorted(target.parent.glob(f"{target.name}.before-restore-*"))
        if ready:
            os.replace(ready[-1], target)
            (target / VERIFIED).unlink(missing_ok=True)
            staged.remove(ready[-1])
            done = "finished"
        elif before and not target.exists():
            os.replace(before[-1], target)
            done = "undone"
        if done is not None:
            fsync_dir(target.parent)
            log.warning("an interrupted restore into %s was %s", target, done)
    old = time.time() - LEFTOVER_MINUTES * 60
    for leftover in staged:
        if leftover.exists() and leftover.stat().st_mtime < old:
            shutil.rmtree(leftover, ignore_errors=True)  # encrypted copies: safe to drop
    return done


def _verify(folder: Path, passphrase: str, staff: str | None, manifest: Manifest) -> bool:
    """Unlock the staged copy, check the backup's MAC and let SQLCipher check every page
    and, unless the MAC vouches that these bytes passed it when the backup was made, the
    structure. Returns whether the structure check ran here."""
    vault = Vault.unlock(folder, passphrase, staff, sleep=lambda s: None)
    try:
        if manifest.mac is not None:
            if not hmac.compare_digest(manifest.mac, _mac(vault._master_key, manifest)):
                raise BadBackup(tr("its header or contents were changed after it was made"))
        elif vault.conn.execute("SELECT 1 FROM local_state WHERE key = ?",
                                (_MARK,)).fetchone():
            raise BadBackup(tr("a version 2 backup relabelled as version 1"))
        if (vault.db.pages_checked_at or 0) < vault.db.opened_at:  # unlock checked this new
            vault.check_pages()  # file's every page (store/integrity.py): not twice
        # `read_backup` found the database's bytes to hash to the part's SHA-256, which
        # the MAC (just checked) covers with "checked": bytes proven identical to ones
        # that passed integrity_check inside the snapshot they were read from
        vouched = manifest.mac is not None and manifest.checked
        if not vouched:
            try:
                integrity.check_structure(vault.conn, db_path(folder))
            except DamagedDatabase:
                raise BadBackup(tr("the database inside fails its integrity check")) from None
        numbering.mark_restored(vault)
        return not vouched
    finally:
        vault.close()
