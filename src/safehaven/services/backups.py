"""Automatic local backups (e.g. to a USB stick): one a day, the newest N kept."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from safehaven.services.context import Context
from safehaven.store.backup import write_backup
from safehaven.store.files import ensure_private_dir

PATTERN = "safehaven-backup-*.shbk"
EVERY = timedelta(days=1)


def existing(folder: Path) -> list[Path]:
    """Backups this feature made in `folder`, oldest first (names sort by time)."""
    return sorted(Path(folder).glob(PATTERN))


def due(folder: Path, now: datetime) -> bool:
    found = existing(folder)
    if not found:
        return True
    newest = datetime.fromtimestamp(found[-1].stat().st_mtime)
    return now - newest >= EVERY


def run_if_due(ctx: Context, folder: Path, keep: int) -> Path | None:
    """Write today's backup if none is recent, then keep only the newest `keep`."""
    folder = Path(folder)
    now = ctx.now()
    if not due(folder, now):
        return None
    return run_now(ctx, folder, keep)


def run_now(ctx: Context, folder: Path, keep: int) -> Path:
    """A backup now (the Admin page's button), then keep only the newest `keep`."""
    folder = Path(folder)
    now = ctx.now()
    ensure_private_dir(folder)
    out = folder / f"safehaven-backup-{now:%Y%m%d-%H%M%S}.shbk"
    write_backup(ctx.vault, out)
    for old in existing(folder)[:-max(1, keep)]:
        old.unlink(missing_ok=True)
    return out
