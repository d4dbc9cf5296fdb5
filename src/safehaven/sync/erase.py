"""Carrying out an approved destruction on this laptop (issue 30, item 5).

Each laptop erases the child itself as soon as it holds the request and a second
manager's approval, whichever way they came: at the start and the end of each round, after
a USB bundle, and at once on the laptop where the approval is given. It erases her
(`store.destruction`), writes its signed receipt (a `done` step listing the change sets it
erased), drops what it had set aside about her, and compacts the vault. Kept apart from
`sync/destroy.py`, which the engine calls on every page: this module opens envelopes with
the engine.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from safehaven.domain.destruction import (
    DestructionAction,
    DestructionStep,
    by_resident,
    destructions,
    erased,
    receipt_list,
)
from safehaven.store import destruction as store
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.destroy import managers
from safehaven.sync.engine import known_now, open_all
from safehaven.sync.replica import quarantine

log = logging.getLogger(__name__)


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
    known = store.destroyed_among(conn, sorted({x[0] for _, x in told}),
                                  (store.CHANGESET, store.REPORTED))
    if fresh := [(d_id, x) for d_id, x in told if x[0] not in known]:
        with vault.transaction():  # other laptops' receipts: refused here too
            for d_id, x in fresh:
                store.report(conn, d_id, [x])
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
    conn = vault.conn
    envelopes = quarantine.quarantined_envelopes(conn, list(RefusalKind))
    if not envelopes:
        return
    opened = [result[1] for _, result in open_all(known_now(vault), envelopes)
              if isinstance(result, tuple)]
    rows = store.destroyed_among(conn, sorted({e.row_id for cs in opened
                                               for e in cs.entries}), (store.ROW,))
    hers = [cs for cs in opened if any(
        e.row_id in rows or e.row_id in residents
        or (e.field == "*" and any(r in e.value for r in residents))
        for e in cs.entries if e.table != "destructions")]
    if hers:
        with vault.transaction():
            store.drop_held(conn, "", [(cs.id, cs.device_id, cs.device_seq) for cs in hers])
