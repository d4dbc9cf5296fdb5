"""Secure file habits: private permissions, temp file in the same folder, fsync, atomic replace."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from safehaven.errors import DiskFull

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def ensure_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    with contextlib.suppress(OSError):  # e.g. a FAT-formatted USB stick has no modes
        path.chmod(PRIVATE_DIR)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# a new file of our own: never one someone placed (or a symlink to elsewhere) in a shared folder
NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so a crash leaves either the old or the new file, whole.

    The temporary file has a name nobody can guess and is created anew, owner-only: in a
    folder others can write to (a shared USB stick, /tmp), a file or symlink planted under
    the expected name cannot receive the data. `path` itself is replaced, never followed."""
    tmp = path.with_name(f".{path.name}.tmp-{secrets.token_hex(8)}")
    try:
        fd = os.open(tmp, NEW_FILE, PRIVATE_FILE)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise
    fsync_dir(path.parent)


def create_private(path: Path) -> None:
    """Create an empty file only its owner can read, before SQLite opens it.

    SQLite gives its -wal and -shm files the database file's permissions.
    """
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
