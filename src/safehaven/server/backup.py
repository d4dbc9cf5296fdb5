"""Backing up and restoring the server's store (SQLite file or PostgreSQL database).

The server holds ciphertext only, and the laptops hold everything they wrote: a server
restored from an older copy is refilled by them at their next round (each laptop sees
the new epoch, pulls again and re-sends what the copy lacks). So a nightly copy is
enough; what matters is that the copy is consistent and private.

SQLite: the backup API copies a consistent snapshot while the server runs (0600 file).
PostgreSQL: `pg_dump -Fc` / `pg_restore`, with the address handed over in libpq's
environment variables, never on their command line (where `ps` would show a password).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.server import migrations
from safehaven.server.db import Sqlite
from safehaven.server.holding import Hold
from safehaven.server.storage import Storage


class BackupFailed(SafeHavenError):
    """A backup or restore that did not complete; nothing was replaced."""


def _private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600))
    os.chmod(path, 0o600)


def _libpq_env(url: str) -> dict[str, str]:
    """The address as PGHOST, PGUSER, PGPASSWORD… for pg_dump and pg_restore."""
    from psycopg.conninfo import conninfo_to_dict

    names = {"host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
             "dbname": "PGDATABASE", "sslmode": "PGSSLMODE", "sslrootcert": "PGSSLROOTCERT"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    for key, value in conninfo_to_dict(url).items():
        if key in names and value is not None:
            env[names[key]] = str(value)
    return env


def _run(tool: str, args: list[str], url: str) -> None:
    found = shutil.which(tool)
    if found is None:
        raise BackupFailed(tr("{tool} is not installed (it comes with PostgreSQL's client "
                              "tools).", tool=tool))
    command = [found, *args]  # a fixed tool and arguments of our own, no shell
    done = subprocess.run(command, env=_libpq_env(url), capture_output=True,  # noqa: S603
                          text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise BackupFailed(tr("{tool} failed: {error}", tool=tool,
                              error=done.stderr.strip()[-400:]))


def backup(storage: Storage, out: Path) -> None:
    """A consistent copy of the store in `out` (0600), taken while the server runs."""
    tmp = out.with_name(out.name + ".partial")
    _private_file(tmp)
    try:
        if isinstance(storage.backend, Sqlite):
            source = sqlite3.connect(storage.backend.path)
            dest = sqlite3.connect(tmp)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
        else:
            _run("pg_dump", ["--format=custom", "--no-owner", "--file", str(tmp)],
                 storage.where)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    # when, for /metrics (`safehaven_last_backup_age_seconds`: alert when it grows past a
    # day); kept in the store after the copy, so a restored copy says it was never backed up
    with storage.tx() as db:
        db.run(f"INSERT INTO meta (key, value) VALUES ('last_backup', {db.p}) ON CONFLICT "
               "(key) DO UPDATE SET value = excluded.value",
               (datetime.now(UTC).isoformat(timespec="seconds"),))


def restore(address: str, copy: Path) -> int:
    """Put `copy` back as the store at `address` (the server stopped); returns the copy's
    store version. The restored store gets a new epoch, so every laptop notices and
    refills it; a server started on it upgrades it as usual. Refused (`StoreInUse`)
    while a server holds the store."""
    if not copy.is_file():
        raise BackupFailed(tr("No backup at {path}.", path=copy))
    hold = Hold(address, exclusive=True)  # refused while any server holds the store
    try:
        return _restore(address, copy)
    finally:
        hold.release()


def _restore(address: str, copy: Path) -> int:
    if address.startswith(("postgresql://", "postgres://")):
        # only the database's name goes on the command line; the rest is in PG* variables
        name = _libpq_env(address).get("PGDATABASE", "")
        _run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction",
                            "--dbname", name, str(copy)], address)
    else:
        _restore_sqlite(Path(address), copy)
    storage = Storage(address, pool_size=1, new_epoch=True)  # checks, upgrades, new epoch
    try:
        with storage.read() as db:
            return migrations.version(db, storage.backend)
    finally:
        storage.close()


def _restore_sqlite(target: Path, copy: Path) -> None:
    """Check the copy in a staging file beside the store, then rename it into place."""
    staged = target.with_name(f"{target.name}.restore-{secrets.token_hex(4)}")
    _private_file(staged)
    try:
        source = sqlite3.connect(copy)
        dest = sqlite3.connect(staged)
        try:
            source.backup(dest)
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in dest.execute("SELECT name FROM sqlite_master")}
        finally:
            dest.close()
            source.close()
    except sqlite3.DatabaseError as exc:
        staged.unlink(missing_ok=True)
        raise BackupFailed(tr("{path} is not a server backup ({error}).", path=copy,
                              error=exc)) from exc
    if ok != "ok" or "changesets" not in tables:
        staged.unlink(missing_ok=True)
        raise BackupFailed(tr("{path} is not a server backup.", path=copy))
    if target.exists():
        os.replace(target, target.with_name(target.name + ".before-restore"))
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    os.replace(staged, target)
