"""Opening the SQLCipher database with a raw data key and the settings we chose.

Settings (measured in bench/bench_store.py, recorded in docs/benchmarks.md):
- WAL with synchronous=FULL: a committed record survives power loss; readers never block.
- temp_store=MEMORY: sorts and temp tables never reach disk, even encrypted.
- cipher_memory_security=OFF: wiping every freed allocation made writes 3.3 times slower
  (a process-wide switch in SQLCipher). Our threat is a laptop lost or taken while locked;
  whoever can read the memory of an unlocked app can read the live key anyway. Core dumps
  are disabled at start-up instead (`safehaven.cli.harden_process`).
- a 32 MiB page cache, so screens read decrypted pages from memory, not disk.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher

from safehaven.errors import DamagedDatabase, DiskFull, ForeignFile, StorageFailed
from safehaven.store.files import create_private

if TYPE_CHECKING:  # SQLCipher's module has no type information; its API is sqlite3's
    import sqlite3  # for its types only: the desktop bundle leaves the stdlib's SQLite out

    Connection = sqlite3.Connection
else:
    Connection = sqlcipher.Connection
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError
OperationalError = sqlcipher.OperationalError

SQLITE_HEADER = b"SQLite format 3\x00"


def bind_fast(module: Any) -> None:
    """Bind NULLs and blobs without the failed adapter lookups the driver makes for them.

    The driver looks for an adapter for any parameter that is not exactly an int, a float
    or a str: for None and bytes it looks in its registry, then asks for `__adapt__` and
    `__conform__`, raising and clearing two AttributeErrors. That cost about 1 µs a
    parameter, more than the row's insert itself (a pulled check-in binds about ten).
    Registered adapters that hand the value back (`{}.get` returns None) are found first:
    the value is bound as before, in a sixth of the time (bench/bench_store.py)."""
    module.register_adapter(type(None), {}.get)
    module.register_adapter(bytes, bytes)


bind_fast(sqlcipher)
CACHE_KIB = 32 * 1024

TUNING = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",  # a removed document's pages are overwritten, not left free
    "PRAGMA busy_timeout = 5000",
)


def key_pragma(data_key: bytes) -> str:
    """A raw-key PRAGMA: SQLCipher uses the key as is, with no PBKDF2 of its own."""
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def open_encrypted(path: Path, data_key: bytes, *, create: bool = False,
                   tuning: tuple[str, ...] = TUNING) -> Connection:
    """Open (or create) the vault database; a wrong key or a damaged file is refused."""
    if create:
        create_private(path)
    else:
        if not path.exists():
            raise FileNotFoundError(path)
        with path.open("rb") as fh:
            if fh.read(16) == SQLITE_HEADER:
                raise ForeignFile(path)  # a plain, unencrypted SQLite file: not ours
    conn: Connection = sqlcipher.connect(str(path), isolation_level=None,
                                         check_same_thread=True)
    try:
        # SQLCipher writes its own errors to stderr (dozens of lines for one bad page); the
        # damage is reported once, as a typed error, and logged by `store/integrity.py`
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(key_pragma(data_key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in tuning:
            conn.execute(pragma).fetchall()
    except DatabaseError as exc:
        conn.close()
        raise translate_error(exc) from exc
    return conn


SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 11, 13, 26  # SQLite's primary result codes
SQLITE_IOERR, SQLITE_CANTOPEN = 10, 14


def translate_error(exc: BaseException) -> Exception:
    """Turn SQLite's result codes (never its words) into the core's typed errors where one
    fits. A wrong key reads as "not a database" to SQLCipher."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull()
    if primary in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return DamagedDatabase()
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StorageFailed()
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


def export_copy(conn: Connection, dest: Path, data_key: bytes) -> None:
    """Write a complete encrypted copy of the open database to `dest` under `data_key`.

    Uses sqlcipher_export into a fresh attached file: the source is never modified.
    """
    if dest.exists():
        dest.unlink()
    create_private(dest)
    conn.execute(f"ATTACH DATABASE ? AS export_target KEY \"x'{data_key.hex()}'\"", (str(dest),))
    try:
        conn.execute("SELECT sqlcipher_export('export_target')").fetchall()
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA export_target.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE export_target")


IN_CHUNK = 500  # well under SQLite's limit on bound parameters


def rows_in(conn: Connection, sql: str, values: list[Any],
            before: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run `sql`, whose `{in}` stands for a list of values, once per chunk of them
    (`before`: the parameters that come ahead of the list)."""
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), IN_CHUNK):
        chunk = values[start:start + IN_CHUNK]
        rows += conn.execute(sql.replace("{in}", ", ".join("?" * len(chunk))),
                             [*before, *chunk])
    return rows


def existing_ids(conn: Connection, table: str, ids: list[str]) -> set[str]:
    """Which of these ids `table` holds."""
    return {i for (i,) in rows_in(conn, f"SELECT id FROM {table} WHERE id IN ({{in}})", ids)}

