"""Logging to a rotating file in the user's log folder.

What is logged: events and error types (unlocked, locked, migrated, backup written).
Never a passphrase, a key, a name or any other part of a record: messages are built from
ids, counts and paths only, and `RecordSafeFilter` drops arguments that look like keys.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
from pathlib import Path

import platformdirs

from safehaven.store.files import ensure_private_dir

_HEX_KEY = re.compile(r"[0-9a-fA-F]{48,}")


def log_dir() -> Path:
    env = os.environ.get("SAFEHAVEN_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir("SafeHaven", False))


class RecordSafeFilter(logging.Filter):
    """Last line of defence: blank anything that looks like key material."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _HEX_KEY.search(message):
            record.msg, record.args = _HEX_KEY.sub("[redacted]", message), ()
        return True


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file it opens, the rotated ones' successors included, is 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115
        assert isinstance(stream, io.TextIOWrapper)  # a text mode: "a"
        return stream


def setup(level: int = logging.INFO) -> Path:
    """Log to `<log dir>/safehaven.log` (0600, rotated at 1 MB, 3 kept)."""
    folder = log_dir()
    ensure_private_dir(folder)
    path = folder / "safehaven.log"
    root = logging.getLogger("safehaven")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                             encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: "
                                               "%(message)s"))
        handler.addFilter(RecordSafeFilter())
        root.addHandler(handler)
        root.setLevel(level)
        os.chmod(path, 0o600)
    return path
