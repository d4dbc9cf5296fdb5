"""The open database of an unlocked vault: its connection, its transactions, and the
page check and damage record that guard them (store/integrity.py says when pages are
checked). A session that has seen damage writes nothing more; one that has seen damage
or an I/O error closes without its seal, so the next unlock checks every page."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from safehaven.errors import DamagedDatabase, DiskFull, SafeHavenError, StorageFailed
from safehaven.store import integrity, migrate
from safehaven.store.connection import (
    Connection,
    DatabaseError,
    export_copy,
    open_encrypted,
    translate_error,
)
from safehaven.store.files import ensure_private_dir
from safehaven.store.keyfile import KeyFile
from safehaven.store.writer_lock import WriterLock

log = logging.getLogger(__name__)

DB_NAME = "vault.db"


class Database:
    """`vault.db`, opened with the data key `key`, for one writer at a time."""

    def __init__(self, folder: Path, keys: KeyFile, key: bytes, *,
                 accept_missing: bool = False, defer_page_check: bool = False) -> None:
        self.folder = folder
        self.keys = keys  # copied beside a backup before a migration
        self.key = key
        # the full page check: when every page last passed it, and whether it is due
        # before this session's first write
        self.pages_checked_at: float | None = None
        self.opened_at = time.time()  # (a check since then needs no repeating)
        self.page_check_due = False
        self.damaged = False  # damage seen this session: its writes stop
        self.trouble = False  # damage or an I/O error seen: the next unlock checks every page
        self.writer_lock = WriterLock(folder)
        self.writer_lock.acquire()  # before the database is touched
        try:
            checked = integrity.take_seal(self.path, keys.vault_id, key)
            self.conn: Connection = self.open(checked, defer=defer_page_check)
            try:
                self.commits = integrity.CommitCounter(folder, keys.vault_id, self.conn)
                self.commits.verify(accept_missing=accept_missing)
            except BaseException:
                self.conn.close()
                raise
        except BaseException:
            self.writer_lock.release()
            raise

    @property
    def path(self) -> Path:
        return self.folder / DB_NAME

    def open(self, checked_at: float | None = None, *, defer: bool = False) -> Connection:
        """`checked_at`: when every page of this very file last passed (None: unknown,
        so they are checked now); `defer`: a daily check due waits for the first write."""
        conn = open_encrypted(self.path, self.key)
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
        export_copy(conn, dest, self.key)
        (folder / f"{dest.stem}.keys").write_bytes(self.keys.to_json())
        log.info("vault %s at schema %d copied to %s before migrating", self.keys.vault_id,
                 version, dest.name)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction, taken for writing at once (no other writer can slip in between
        its reads and its writes); the commit counter moves with it. Nothing is written
        into a database found damaged this session; the full page check, if due, runs
        first."""
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
                self.saw(found, check=True)
                raise found from exc
            self.saw(exc, check=True)
            raise

    def check_pages(self) -> None:
        """Every page's HMAC, now: the daily check deferred at unlock, or after an I/O
        error. Damage stops this session's writes."""
        try:
            integrity.check_pages(self.conn)
        except BaseException as exc:
            self.note_trouble(exc)
            raise
        self.pages_checked_at, self.page_check_due = time.time(), False

    def saw(self, exc: BaseException, *, check: bool = False) -> None:
        """Note damage or an I/O error: the database closes without its seal, so the next
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
        """A database error met outside a transaction (a read), noted as a save's would be."""
        self.saw(translate_error(exc) if isinstance(exc, DatabaseError) else exc)

    def close(self) -> None:
        """Close the connection; seal the file if this session saw no trouble (the next
        unlock then need not check every page); let the next writer in."""
        with contextlib.suppress(Exception):
            self.conn.close()
        if self.key and not self.trouble and self.pages_checked_at is not None:
            integrity.write_seal(self.path, self.keys.vault_id, self.key,
                                 self.pages_checked_at)
        self.writer_lock.release()
        self.key = b""
