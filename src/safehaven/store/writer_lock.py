"""One vault, one writer: whichever process has a vault open holds its lock file.

A second app window, or a CLI `rekey` or `restore` while the app has the vault open,
would otherwise write into a file the other process is about to replace, and a save
reported as done could be lost. The lock is an OS file lock (released by the OS if the
process dies), on `vault.lock` beside the database; it holds no secret.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store.files import PRIVATE_FILE

LOCK_NAME = "vault.lock"
WAIT_SECONDS = 2.0  # a command started just as another one ends waits for it


class VaultBusy(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(tr("This vault is open in another SafeHaven window or command. "
                            "Close it there (or lock the app), then try again."))


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WriterLock:
    """Held from opening a vault until closing it."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self.fd: int | None = None

    def acquire(self, wait: float = WAIT_SECONDS) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        deadline = time.monotonic() + wait
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                raise VaultBusy()
            time.sleep(0.1)
        self.fd = fd

    def release(self) -> None:
        """Closing the file drops the lock (the file itself stays: removing it would race
        with a process that has just opened it)."""
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
