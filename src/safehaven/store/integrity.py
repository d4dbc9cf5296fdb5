"""Damage found at unlock, before anything is written.

Two checks, both cheap enough to run at every unlock:

- SQLCipher's `cipher_integrity_check` verifies every page's HMAC in the database file.
  Measured on the 40 residents x 120 days demo vault (12.5 MB, 3,056 pages), cold
  connection: 45-90 ms, against 80-105 ms for `PRAGMA quick_check`, which catches the same
  flipped bytes (every one of 30 random flips) but also walks every b-tree. A flipped byte
  anywhere in the file fails its page's HMAC, so the cheaper check is enough. On the
  500 x 365 house (207 MB): 0.51-0.56 s, against 1.2-1.5 s for quick_check.
- A commit counter. SQLite drops, silently, the WAL frames after one that fails its
  checksum, and a vault copied without its `vault.db-wal` is older than it was: both lose
  the last committed saves and every page still checks out. So each write transaction
  counts itself in `local_state`, and after it commits the count is written to
  `vault.commits` beside the database (no fsync: a count behind after a power cut is
  harmless, it only weakens the check until the next save). At unlock a database whose
  count is below the file's has lost saves.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from pathlib import Path

from safehaven.errors import DamagedDatabase, SavesMissing
from safehaven.store.connection import Connection, DatabaseError, translate_error
from safehaven.store.files import PRIVATE_FILE

log = logging.getLogger(__name__)

COMMITS_NAME = "vault.commits"
COUNTER_KEY = "commits"
_LINE = re.compile(rb"safehaven-commits ([0-9a-zA-Z-]+) (\d{20})\n")


def check_pages(conn: Connection) -> None:
    """Every page's HMAC; a damaged vault is `DamagedDatabase`, never a traceback."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except DatabaseError as exc:
        raise translate_error(exc) from exc
    if problems:
        log.error("vault database fails its integrity check: %s", "; ".join(problems[:5]))
        raise DamagedDatabase()


class CommitCounter:
    """The count of write transactions, in the database and in `vault.commits`."""

    def __init__(self, folder: Path, vault_id: str, conn: Connection) -> None:
        self.path = Path(folder) / COMMITS_NAME
        self.vault_id = vault_id
        row = conn.execute("SELECT value FROM local_state WHERE key = ?",
                           (COUNTER_KEY,)).fetchone()
        self.value = int(row[0]) if row else 0
        self.missing = max(0, self._recorded() - self.value)

    def _recorded(self) -> int:
        """The count the file holds; 0 when it is absent, unreadable or another vault's."""
        try:
            match = _LINE.fullmatch(self.path.read_bytes())
        except OSError:
            return 0
        if match is None or match.group(1).decode() != self.vault_id:
            return 0
        return int(match.group(2))

    def verify(self, *, accept_missing: bool = False) -> None:
        """Refuse a database that lost saves, unless the caller accepts it as it is."""
        if self.missing and not accept_missing:
            log.error("vault database is %d commits behind %s", self.missing, COMMITS_NAME)
            raise SavesMissing(self.missing)
        if self.missing:  # recorded once the caller has marked the vault as restored
            log.warning("vault accepted %d commits behind its count", self.missing)
        else:
            self.record()

    def stage(self, conn: Connection) -> int:
        """Inside a write transaction: count it. Returns the new count."""
        conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)",
                     (COUNTER_KEY, str(self.value + 1)))
        return self.value + 1

    def committed(self, value: int) -> None:
        self.value = value
        self.record()

    def record(self) -> None:
        """Write the count beside the database; a failure here loses nothing."""
        data = b"safehaven-commits %s %020d\n" % (self.vault_id.encode(), self.value)
        with contextlib.suppress(OSError):
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
            try:
                os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else os.write(fd, data)
                os.ftruncate(fd, len(data))
            finally:
                os.close(fd)
