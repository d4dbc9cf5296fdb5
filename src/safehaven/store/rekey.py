"""Replacing the data key: the database exported under a new key, then swapped in.

Each step leaves a vault that opens: the key file keeps the old data key as
`previous_data_key` until the new file has replaced the old one (`Vault.unlock` finishes
or undoes a rekey a crash stopped).
"""

from __future__ import annotations

import logging
import os

from safehaven.store import crypto
from safehaven.store.connection import export_copy
from safehaven.store.database import DB_NAME, Database
from safehaven.store.files import fsync_dir, fsync_file
from safehaven.store.key_slots import KeySlots

log = logging.getLogger(__name__)

REKEY_SUFFIX = ".rekey"


def rekey(db: Database, slots: KeySlots, *, stop_after: str | None = None) -> None:
    """Rotate the data key and reopen the database under it. `stop_after` names a step
    to stop at ("export", "keyfile", "rename"), for the crash tests."""
    path = db.path
    staged = path.with_name(DB_NAME + REKEY_SUFFIX)
    new_key = crypto.random_key()
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    export_copy(db.conn, staged, new_key)
    fsync_file(staged)
    if stop_after == "export":
        return
    keys = slots.file
    keys.previous_data_key = keys.data_key
    keys.data_key = slots.seal_data_key(new_key)
    slots.save()
    if stop_after == "keyfile":
        return
    db.conn.close()
    for leftover in (path.with_name(DB_NAME + "-wal"), path.with_name(DB_NAME + "-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(staged, path)
    fsync_dir(db.folder)
    db.key = new_key
    if stop_after == "rename":
        return
    keys.previous_data_key = None
    slots.save()
    db.conn = db.open()
    log.info("vault %s has a new data key", keys.vault_id)
