"""A join in progress, marked in the vault's folder, so a laptop killed mid-join leaves
either nothing or a working vault, and the next command says which in one line.

    .join-pending   "making": the vault is being made (its database, key file, the
                    house's keys and roster, the server link); killed now, the next start
                    removes what was made, and the same code joins again (the laptop has
                    not used its server token yet)
                    "pulling": the vault is whole, its first pull under way; killed now,
                    the next `sync` goes on from the last page kept, but the recovery key
                    was never shown: the next start says to make one
    (no marker)     no join under way

The marker is written before the first file of the vault and holds no secret. Only what
a join makes is ever removed, and only while the marker says "making".
"""

from __future__ import annotations

import contextlib
import logging
from enum import StrEnum
from pathlib import Path

from safehaven.store.files import atomic_write, ensure_private_dir, fsync_dir

log = logging.getLogger(__name__)

MARKER = ".join-pending"
# what a join makes in the folder (the database's journal files and the lock with it)
MADE = ("vault.keys", "vault.db", "vault.db-wal", "vault.db-shm", "vault.commits",
        "vault.lock", "unlock.state")


class Stage(StrEnum):
    MAKING = "making"
    PULLING = "pulling"


def begin(folder: Path, *, fresh: bool) -> None:
    """Before the vault's first file: `fresh` when the folder itself is the join's."""
    ensure_private_dir(folder)
    atomic_write(folder / MARKER, f"{Stage.MAKING} {int(fresh)}".encode())


def advance(folder: Path) -> None:
    """The vault is whole: from here a kill leaves a working vault."""
    atomic_write(folder / MARKER, f"{Stage.PULLING} 0".encode())


def done(folder: Path) -> None:
    (folder / MARKER).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(folder)


def stage(folder: Path) -> tuple[Stage, bool] | None:
    """(stage, whether the folder is the join's own), or None when no join is under way."""
    try:
        text = (Path(folder) / MARKER).read_text("ascii").split()
    except (OSError, UnicodeDecodeError):
        return None
    if len(text) == 2 and text[0] in set(Stage) and text[1] in ("0", "1"):
        return Stage(text[0]), text[1] == "1"
    return Stage.MAKING, False  # a marker cut short: its join had not finished making


def undo(folder: Path) -> None:
    """Remove what a join that stopped while making its vault had made."""
    folder = Path(folder)
    found = stage(folder)
    if found is None or found[0] is not Stage.MAKING:
        return
    for name in MADE:
        (folder / name).unlink(missing_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    if found[1]:
        with contextlib.suppress(OSError):
            folder.rmdir()  # only if empty: nothing else is ours to remove
    log.warning("a join interrupted while its vault was made was undone in %s", folder)


def finish_interrupted(folder: Path) -> Stage | None:
    """At the next start: undo a join killed while making its vault, or close the books on
    one killed during its first pull (the vault works). Returns what was found."""
    found = stage(folder)
    if found is None:
        return None
    if found[0] is Stage.MAKING:
        undo(folder)
    else:
        done(folder)
        log.warning("a join interrupted during its first pull left a working vault in %s",
                    folder)
    return found[0]
