"""Damage found at unlock, before anything is written.

Two checks:

- SQLCipher's `cipher_integrity_check` verifies every page's HMAC in the database file.
  Measured on the 40 residents x 120 days demo vault (12.5 MB, 3,056 pages), cold
  connection: 45-90 ms, against 80-105 ms for `PRAGMA quick_check`, which catches the same
  flipped bytes (every one of 30 random flips) but also walks every b-tree. A flipped byte
  anywhere in the file fails its page's HMAC, so the cheaper check is enough. On the
  500 x 365 house (209 MB) it costs 0.5-0.7 s of CPU, more than the 0.5 s a command may
  take after unlock, so it does not run at every unlock (issue 35, item 8). It runs:

  * at unlock whenever `vault.db` is not exactly as SafeHaven left it at its last clean
    close: no seal (`vault.checked`, below), a seal of another file or key, a file whose
    inode, size, modification or change time differ (edited, copied, replaced, restored,
    a byte flipped by any tool: writing a file moves its change time, which no tool can
    set back), or a `vault.db-wal` that is not empty (a process killed with saves in it);
  * at unlock when the last full check is a day old (or dated ahead of the clock): what
    no file time shows, a sector gone bad under an untouched file, is found within a day.
    `Vault.unlock(defer_page_check=True)` (the app, to paint Today first) moves that
    daily check to the session's first write, or to when the caller runs it;
  * before a migration writes, and after a rekey swaps the file in;
  * after an I/O error during a save (`Vault.transaction`); any damage or I/O error seen
    in a session also means no seal at close, so the next unlock checks every page.

  In between, every page a command reads is still checked: SQLCipher verifies a page's
  HMAC each time it reads it from disk, and a page that fails is `DamagedDatabase`, never
  wrong data. A save reads the b-tree pages it changes first, so it cannot write over a
  damaged page unnoticed; once damage is seen, the session's writes stop
  (`Vault.transaction`). What this gives up: damage in a page nobody read, on a file
  SafeHaven closed cleanly, may go unnoticed for up to a day (it was found at the next
  unlock before).

  The seal holds the time of the last full check and the file's identity (inode, size,
  times in ns) after SafeHaven closed it, with a MAC under the data key (a seal cannot be
  made for a file without its key, nor carried to another vault). It is used up at unlock
  and written again only by a clean close.
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
import hmac
import logging
import os
import re
import time
from pathlib import Path

from safehaven.errors import DamagedDatabase, SavesMissing
from safehaven.store import crypto
from safehaven.store.connection import CACHE_KIB, Connection, DatabaseError, translate_error
from safehaven.store.files import PRIVATE_FILE

log = logging.getLogger(__name__)

COMMITS_NAME = "vault.commits"
COUNTER_KEY = "commits"
_LINE = re.compile(rb"safehaven-commits ([0-9a-zA-Z-]+) (\d{20})\n")
SEAL_NAME = "vault.checked"
RECHECK_SECONDS = 24 * 3600  # the full check's age at which unlock runs it again
_SEAL = re.compile(rb"(safehaven-checked [0-9a-zA-Z-]+ \d+ \d+ \d+ \d+ \d+) ([0-9a-f]{64})\n")


def check_pages(conn: Connection) -> None:
    """Every page's HMAC; a damaged vault is `DamagedDatabase`, never a traceback."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except DatabaseError as exc:
        raise translate_error(exc) from exc
    if problems:
        log.error("vault database fails its integrity check: %s", "; ".join(problems[:5]))
        raise DamagedDatabase()


STRUCTURE_CACHE_KIB = 512 * 1024  # the most page cache `check_structure` takes for a while


def check_structure(conn: Connection, db: Path) -> None:
    """SQLite's `PRAGMA integrity_check` (every b-tree, every index against its table):
    what a page's HMAC cannot show, a page SQLCipher wrote whole but SQLite got wrong (or
    an older copy of it, a lost write). `DamagedDatabase` when it fails.

    With the page cache large enough to hold the whole file for the check, each page is
    read and decrypted once instead of again for each index that points into it: 2.4 s
    of CPU on the 500 x 365 house against 3.3 s with the usual 32 MiB (docs/benchmarks.md,
    session 15). The cache is given back afterwards."""
    try:
        size_kib = db.stat().st_size // 1024
    except OSError:
        size_kib = 0
    cache = min(STRUCTURE_CACHE_KIB, max(CACHE_KIB, size_kib + size_kib // 8))
    try:
        conn.execute(f"PRAGMA cache_size = -{cache}")
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")
                        if r[0] != "ok"]
        finally:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA shrink_memory")
    except DatabaseError as exc:
        raise translate_error(exc) from exc
    if problems:
        log.error("vault database fails its structure check: %s", "; ".join(problems[:5]))
        raise DamagedDatabase()


def structure_reads_every_page(conn: Connection) -> bool:
    """Whether `check_structure` on a new connection reads, so SQLCipher checks the HMAC
    of, every page of the file: it walks every b-tree and overflow chain and the free
    list's trunk pages, but only counts the free list's leaves, and never reads the
    pointer-map pages of an auto-vacuum file or the lock-byte page past 1 GiB. Then a
    separate `check_pages` adds nothing; otherwise it still has pages to check."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    auto = conn.execute("PRAGMA auto_vacuum").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(free) == 0 and int(auto) == 0 and int(pages) * int(size) < 2 ** 30


def _identity(db: Path) -> tuple[int, int, int, int] | None:
    """What changes whenever anything writes `vault.db`: its inode, size and times."""
    try:
        info = db.stat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def wal_empty(db: Path) -> bool:
    try:
        return db.with_name(db.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _seal_text(vault_id: str, checked_ms: int, identity: tuple[int, int, int, int]) -> bytes:
    return " ".join(["safehaven-checked", vault_id, str(checked_ms),
                     *map(str, identity)]).encode()


def take_seal(db: Path, vault_id: str, key: bytes) -> float | None:
    """When every page last passed its check (seconds, wall clock), if `db` is still as
    SafeHaven left it at its last clean close; None when it must be checked now. The
    seal is used up: only a clean close writes it again."""
    path = db.with_name(SEAL_NAME)
    try:
        data = path.read_bytes()
        path.unlink()
    except OSError:
        return None
    match = _SEAL.fullmatch(data)
    identity = _identity(db)
    if match is None or identity is None or not wal_empty(db):
        return None
    text = match.group(1)
    if not hmac.compare_digest(match.group(2).decode(), crypto.mac(key, "pages checked", text)):
        return None
    if text != _seal_text(vault_id, int(text.split()[2]), identity):
        return None  # another vault's seal, or the file changed since
    return int(text.split()[2]) / 1000


def write_seal(db: Path, vault_id: str, key: bytes, checked_at: float) -> None:
    """After a clean close: the file as SafeHaven leaves it and when it was last checked
    whole. No fsync: a seal lost or torn by a power cut only means a check next time."""
    identity = _identity(db)
    if identity is None or not wal_empty(db):
        return
    text = _seal_text(vault_id, int(checked_at * 1000), identity)
    data = text + b" " + crypto.mac(key, "pages checked", text).encode() + b"\n"
    with contextlib.suppress(OSError):
        fd = os.open(db.with_name(SEAL_NAME), os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                     PRIVATE_FILE)
        try:
            os.write(fd, data)
        finally:
            os.close(fd)


def check_due(checked_at: float | None, now: float | None = None) -> bool:
    """Whether the full check is due: never made on this file, a day old, or dated ahead
    of the clock (a clock set back must not postpone it)."""
    if checked_at is None:
        return True
    age = (time.time() if now is None else now) - checked_at
    return not -60 <= age < RECHECK_SECONDS


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
