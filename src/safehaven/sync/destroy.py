"""A destruction reaching a laptop (issue 30, item 5).

Each laptop carries out an approved destruction itself as soon as it holds the request
and a second manager's approval, whichever way they came (a round, a USB bundle, or
this laptop's own approval): it erases the child (`store.destruction`), writes its signed
receipt (a `done` step listing the change sets it erased), and compacts the vault. From
then on a change set destroyed anywhere, or one that writes to the child's rows, is
neither applied nor kept here, whoever brings it: an older backup restored, a laptop that
had been away, a server restored from an older copy.

Only the laptop's own list of ids says what was destroyed; nothing of the child's
content is kept to recognise her by.
"""

from __future__ import annotations

import logging
from typing import Any

from safehaven.domain.models import Staff
from safehaven.domain.vocab import Role
from safehaven.store import destruction as store
from safehaven.store import reads
from safehaven.store.changeset import ChangeSet
from safehaven.store.connection import Connection
from safehaven.store.crypto import Identity
from safehaven.store.vault import Vault
from safehaven.sync.api import SyncApi
from safehaven.sync.client import SyncError
from safehaven.sync.envelope import destroy_text
from safehaven.sync.managers import manager_signed
from safehaven.sync.protocol import DESTROY_LIMIT

log = logging.getLogger(__name__)


def managers(conn: Connection) -> set[str]:
    """Staff who are or were managers: an approval given by a manager who has since left
    still stands (the roster's history decides who signed as what; receivers checked)."""
    return {s.id for s in reads.all_of(conn, Staff) if s.role is Role.MANAGER}


def tell_server(vault: Vault, api: SyncApi, manager: Identity) -> int:
    """A manager's laptop asks the server to drop the destroyed change sets it has not
    been told of yet (signed: no other token of the house can erase its log)."""
    ids = store.not_on_server(vault.conn)
    told = 0
    for start in range(0, len(ids), DESTROY_LIMIT):
        part = ids[start:start + DESTROY_LIMIT]

        def text(doc: dict[str, Any], part: list[str] = part) -> bytes:
            return destroy_text(vault.site_id, doc, part)

        try:
            answer = api.destroy(manager_signed(vault, manager, {"ids": part}, text))
        except SyncError as exc:  # a house registered before manager keys; a server
            log.warning("the server did not drop destroyed change sets: %s",  # too old
                        type(exc).__name__)
            return told
        with vault.transaction():
            store.told_server(vault.conn, part)
        told += answer["dropped"]
    return told


def drop_runs(conn: Connection, runs: set[bytes]) -> None:
    """Runs that carried a destroyed change set are not kept (their ciphertext holds it);
    their other members stay applied, and are passed on by their own laptops."""
    if runs:
        store.drop_runs(conn, runs)


def forget_told(vault: Vault) -> None:
    """The server's store was restored from a copy: tell it again what was destroyed."""
    with vault.transaction():
        store.server_forgot(vault.conn)


def refused(conn: Connection, changesets: list[ChangeSet]) -> set[str]:
    """The ids of these change sets that are destroyed here or write to a destroyed
    child's rows; they are noted as destroyed (never a gap, never fetched again)."""
    if not changesets:
        return set()
    listed = store.destroyed_among(conn, [cs.id for cs in changesets], (store.CHANGESET,))
    residents = store.destroyed_residents(conn)
    if not residents and not listed:
        return set()
    rows = store.destroyed_among(conn, sorted({e.row_id for cs in changesets
                                               for e in cs.entries}), (store.ROW,))
    out: dict[str, ChangeSet] = {}
    for cs in changesets:
        if cs.id in listed or any(
                e.row_id in rows or e.row_id in residents
                or (e.field == "*" and any(r in e.value for r in residents))
                for e in cs.entries if e.table != "destructions"):
            out[cs.id] = cs
    if out:
        store.note(conn, "", [(cs.id, cs.device_id, cs.device_seq) for cs in out.values()
                              if cs.id not in listed])
    return set(out)
