"""PDF reports with reportlab: the weekly house report, hand-off summaries, funder figures.

Each `render()` returns the PDF as bytes; saving to a file chosen by the user is the
caller's business (`save()` writes it privately and atomically).
"""

from __future__ import annotations

from pathlib import Path

from safehaven.errors import CannotWrite
from safehaven.store.files import atomic_write


def save(data: bytes, path: Path) -> Path:
    """Write a report where the user asked, readable only by them; all or nothing."""
    try:
        atomic_write(Path(path), data)
    except OSError as exc:
        raise CannotWrite(path, exc.strerror or str(exc)) from exc
    return Path(path)
