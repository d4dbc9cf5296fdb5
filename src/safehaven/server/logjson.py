"""The server's logs: one JSON object per line, on standard output unless a file is asked.

Standard output suits journald and containers, which add their own timestamps, keep
the lines and rotate them; a file (0600) suits a plain machine, rotated by logrotate
(each process reopens the file after a rename, so several workers are safe). Lines carry
routing facts only (method, route, status, sizes, timings) and the process id;
`RecordSafeFilter` blanks anything shaped like key material as a last line of defence.
"""

from __future__ import annotations

import io
import json
import logging
import logging.handlers
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, cast

from safehaven.logs import RecordSafeFilter

# psycopg's and its pool's lines too (reconnect attempts while PostgreSQL is down): every
# line on the server's output is JSON, so `jq` and log shippers read all of them
LOGGERS = ("safehaven", "uvicorn", "uvicorn.error", "psycopg", "asyncio")


_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode  # made once, not per line


class JsonLines(logging.Formatter):
    """`{"time", "level", "logger", "message", ...fields}`; `extra={"fields": {...}}` adds
    fields of a request without folding them into the message text."""

    _second: tuple[int, str] = (-1, "")  # the last second's text, made once a second

    def _time(self, created: float) -> str:
        second = int(created)
        if second != self._second[0]:
            self._second = (second, datetime.fromtimestamp(second, UTC).strftime(
                "%Y-%m-%dT%H:%M:%S"))
        return f"{self._second[1]}.{int((created - second) * 1000):03d}+00:00"

    def format(self, record: logging.LogRecord) -> str:
        doc: dict[str, Any] = {
            "time": self._time(record.created),
            "level": record.levelname.lower(), "logger": record.name,
            "pid": record.process,  # which worker, with several
            "message": record.getMessage()}
        doc.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            doc["error"] = record.exc_info[0].__name__ if record.exc_info[0] else None
            doc["trace"] = self.formatException(record.exc_info)
        return _encode(doc)


class PrivateWatchedFile(logging.handlers.WatchedFileHandler):
    """A log file (0600) that logrotate (or any renamer) may rotate: each process, each
    worker of several included, notices the rename at its next line and opens the new
    file. Rotating from inside would not be safe: one worker would rename the file under
    the others, who would keep writing to the old one."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return cast(io.TextIOWrapper, open(fd, self.mode, encoding=self.encoding,
                                           errors=self.errors))


def setup(level: str = "info", file: Path | None = None,
          stream: IO[str] | None = None) -> logging.Handler:
    """Send the server's and uvicorn's logs to stdout (or `stream`, or `file`) as JSON
    lines."""
    if file is not None:
        file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = PrivateWatchedFile(file, encoding="utf-8")
    else:
        handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(JsonLines())
    handler.addFilter(RecordSafeFilter())
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in list(logger.handlers):
            logger.removeHandler(old)
        logger.addHandler(handler)
        logger.setLevel(level.upper())
        logger.propagate = False
    logging.getLogger("uvicorn.access").disabled = True  # requests are logged by the app
    # what the lines never carry, not looked up for each of them (a request's line cost
    # a walk up the caller's frames and a thread's name: bench/bench_server_load.py)
    logging._srcfile = None
    logging.logThreads = False
    logging.logMultiprocessing = False
    return handler
