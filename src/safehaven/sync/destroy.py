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
from datetime import UTC, datetime
from typing import Any

from safehaven.domain.destruction import (
    DestructionAction,
    DestructionStep,
    by_resident,
    destructions,
    erased,
    receipt_list,
)
from safehaven.domain.models import Staff
from safehaven.domain.vocab import Role
from safehaven.store import destruction as store
from safehaven.store import reads
from safehaven.store.changeset import ChangeSet
from safehaven.store.connection import Connection
from safehaven.store.crypto import Identity
from safehaven.store.ids import new_id
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.api import SyncApi
from safehaven.sync.client import SyncError
from safehaven.sync.envelope import destroy_text
from safehaven.sync.managers import manager_signed
from safehaven.sync.protocol import DESTROY_LIMIT
from safehaven.sync.replica import quarantine

log = logging.getLogger(__name__)


def managers(conn: Connection) -> set[str]:
    """Staff who are or were managers: an approval given by a manager who has since left
    still stands (the roster's history decides who signed as what; receivers checked)."""
    return {s.id for s in reads.all_of(conn, Staff) if s.role is Role.MANAGER}


def carry_out(vault: Vault) -> list[str]:
    """Carry out every approved destruction this laptop has not yet, and take in the
    other laptops' receipts. Returns the destructions carried out here now."""
    conn = vault.conn
    steps = reads.all_of(conn, DestructionStep)
    if not steps:
        return []
    found = destructions(steps, managers(conn))
    done_here = []
    told = {(d.id, x) for d in found.values() for r in d.receipts for x in erased(r)}
    known = store.destroyed_among(conn, sorted({x[0] for _, x in told}))
    if fresh := [(d_id, x) for d_id, x in told if x[0] not in known]:
        with vault.transaction():  # other laptops' receipts: refused here too
            for d_id, x in fresh:
                store.absorb(conn, d_id, [x])
    erased_here = store.destroyed_residents(conn)  # not the receipts: a laptop restored
    for resident_id, d in by_resident(found).items():  # from a backup made before erases again
        if resident_id in erased_here:
            continue
        with vault.write() as tx:
            gone = store.erase_resident(tx.conn, resident_id, d.id)
            tx.insert(DestructionStep(
                new_id(), vault.site_id, d.id, resident_id, DestructionAction.DONE,
                datetime.now(UTC).replace(tzinfo=None), vault.staff_id or "",
                device_id=vault.device_id, changesets=receipt_list(gone.changesets)))
        log.info("destruction carried out: %d rows, %d change sets erased, %d trimmed",
                 gone.rows, len(gone.changesets), gone.trimmed)
        done_here.append(d.id)
    if done_here:
        _purge_quarantine(vault, set(by_resident(found)))
        store.compact(conn)
    return done_here


def _purge_quarantine(vault: Vault, residents: set[str]) -> None:
    """Change sets set aside here that write to the child (refused for a role, waiting for
    a gap) hold her records too: those this laptop can open go, and are refused for ever;
    one it cannot open (a site key it lacks) stays, unread (docs/architecture.md)."""
    from safehaven.sync.engine import known_now, open_all  # the engine calls this module

    conn = vault.conn
    envelopes = quarantine.quarantined_envelopes(conn, list(RefusalKind))
    if not envelopes:
        return
    opened = [result[1] for _, result in open_all(known_now(vault), envelopes)
              if isinstance(result, tuple)]
    rows = store.destroyed_among(conn, sorted({e.row_id for cs in opened
                                               for e in cs.entries}))
    hers = [cs for cs in opened if any(
        e.row_id in rows or e.row_id in residents
        or (e.field == "*" and any(r in e.value for r in residents))
        for e in cs.entries if e.table != "destructions")]
    if hers:
        with vault.transaction():
            store.absorb(conn, "", [(cs.id, cs.device_id, cs.device_seq) for cs in hers])


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
    listed = store.destroyed_among(conn, [cs.id for cs in changesets])
    residents = store.destroyed_residents(conn)
    if not residents and not listed:
        return set()
    rows = store.destroyed_among(conn, sorted({e.row_id for cs in changesets
                                               for e in cs.entries}))
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
