"""The one path every change set takes between devices, whatever carries it.

`outgoing` seals what another device lacks; `receive` verifies, decrypts and merges what
arrives, quarantining a bad change set with its reason so the rest still flows. The server
client and the USB bundles both use these two functions.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from safehaven.errors import SafeHavenError
from safehaven.store import syncstate
from safehaven.store.apply import Applied, UnknownSchema, apply_changeset
from safehaven.store.vault import Vault
from safehaven.sync.crashpoints import crash_point
from safehaven.sync.envelope import Header, Refused, header_of, open_envelope, seal
from safehaven.sync.keys import unwrap_site_key


@dataclass(slots=True)
class Received:
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # (change set, reason)
    touched: set[tuple[str, str]] = field(default_factory=set)


def outgoing(vault: Vault, held_by_receiver: dict[str, int] | None = None) -> list[bytes]:
    """Envelopes for every change set this device holds that the receiver does not."""
    held = held_by_receiver or {}
    conn = vault.conn
    out = seal_own(vault, syncstate.local_changesets(conn, vault.device_id,
                                                     held.get(vault.device_id, 0)))
    for device, seq in syncstate.highest_seq(conn).items():
        if device != vault.device_id and seq > held.get(device, 0):
            out += syncstate.held_envelopes(conn, device, held.get(device, 0))
    return out


def seal_own(vault: Vault, sets: list[syncstate.OutgoingSet]) -> list[bytes]:
    """This device's change sets, each sealed with the site key it was written under."""
    keys = syncstate.sealing_keys(vault.conn, vault.site_id)
    signer = syncstate.signing_key(vault)

    def one(cs: syncstate.OutgoingSet) -> bytes:
        version, key = syncstate.key_for_seq(keys, cs.device_seq)
        return seal({"id": cs.id, "device_id": cs.device_id, "device_seq": cs.device_seq,
                     "hlc": cs.hlc, "staff_id": cs.staff_id, "entries": cs.entries},
                    vault.site_id, version, key, signer)

    return list(_crypto_pool().map(one, sets))


@cache
def _crypto_pool() -> ThreadPoolExecutor:
    """Signing, verifying and AES release the GIL: spread them over the cores."""
    return ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1),
                              thread_name_prefix="safehaven-crypto")


# Refusals that a later change set can cure: the device's roster entry, or the site key
# granted to this device, may still be on the way.
RETRYABLE = ("from a device this house does not know", "encrypted with a site key")


def receive(vault: Vault, envelopes: list[bytes],
            then: Callable[[], None] | None = None) -> Received:
    """Apply envelopes from any source; nothing is applied twice, nothing bad is applied.

    Everything, and `then` (the pull saves its cursor there), commits in one transaction.
    """
    report = Received()
    conn = vault.conn
    box = syncstate.box_private(vault)  # made before the transaction if it is missing
    conn.execute("BEGIN IMMEDIATE")
    try:
        waiting = _apply_all(vault, box, list(envelopes), report)
        if report.applied and (retry := syncstate.quarantined_envelopes(conn, RETRYABLE)):
            again = Received()
            _apply_all(vault, box, retry, again, final=False)
            report.applied += again.applied
            report.conflicts += again.conflicts
            report.touched |= again.touched
        for envelope, refused in waiting:
            _quarantine(vault, envelope, refused, report)
        if then is not None:
            then()
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return report


def _apply_all(vault: Vault, box: bytes, envelopes: list[bytes], report: Received, *,
               final: bool = True) -> list[tuple[bytes, Refused]]:
    """Open and apply in rounds until nothing more opens: a roster entry or a key grant
    applied in one round can let a waiting change set open in the next. Returns those
    still refused for a curable reason (the caller quarantines them)."""
    pending = envelopes
    while True:
        conn = vault.conn
        keys = {v: k for s, v, k in syncstate.all_site_keys(conn) if s == vault.site_id}
        roster = syncstate.roster(conn)
        waiting: list[tuple[bytes, Refused]] = []
        before = report.applied
        done: list[str] = []
        opened = []
        opener = partial(_open_one, site_id=vault.site_id, roster=roster, keys=keys)
        for envelope, result in zip(pending, _crypto_pool().map(opener, pending), strict=True):
            if isinstance(result, Refused):
                if result.reason.startswith(RETRYABLE):
                    waiting.append((envelope, result))
                elif final:
                    _quarantine(vault, envelope, result, report)
                continue
            header, changeset = result
            opened.append((changeset["hlc"], header.device, header.seq, changeset, envelope))
        # Oldest first: a change then meets the writes its author had seen, so only truly
        # concurrent edits are recorded as conflicts (a bundle lists devices one by one).
        opened.sort(key=lambda item: item[:3])
        for n, (_, _, _, changeset, envelope) in enumerate(opened):
            if n == len(opened) // 2:
                crash_point("mid-apply")
            applied = Applied()
            try:
                apply_changeset(vault, changeset, applied, envelope)
            except (UnknownSchema, SafeHavenError, ValueError, TypeError) as exc:
                reason = str(exc) if isinstance(exc, UnknownSchema) else "cannot be applied"
                _quarantine(vault, envelope, Refused(reason, changeset["id"],
                                                     changeset["device_id"]), report)
                continue
            done.append(changeset["id"])
            report.applied += applied.changesets
            report.skipped += applied.skipped
            report.conflicts += applied.conflicts
            report.touched |= applied.touched
        syncstate.release_quarantine(conn, done)
        opened_keys = open_grants(vault, box)
        if not waiting or (report.applied == before and not opened_keys):
            return waiting if final else []
        pending = [envelope for envelope, _ in waiting]


def _open_one(envelope: bytes, **known: Any) -> tuple[Header, dict[str, Any]] | Refused:
    try:
        return open_envelope(envelope, **known)
    except Refused as refused:
        return refused


def open_grants(vault: Vault, box: bytes) -> int:
    """Take the site keys other devices granted to this one; returns how many were new."""
    opened = 0
    for site_id, version, sealed in syncstate.grants_to_open(vault.conn, vault.device_id):
        key = unwrap_site_key(box, sealed, site_id, version, vault.device_id)
        if key is not None:
            syncstate.add_site_key(vault, site_id, version, key, from_now=True)
            opened += 1
    return opened


def _quarantine(vault: Vault, envelope: bytes, refused: Refused, report: Received) -> None:
    changeset_id = refused.changeset_id
    if changeset_id is None:
        try:
            changeset_id = header_of(envelope)[0].id
        except Refused:
            changeset_id = f"unreadable-{len(report.quarantined)}-{hash(envelope) & 0xFFFFFFFF:x}"
    syncstate.quarantine(vault, changeset_id, refused.device_id, refused.reason, envelope)
    report.quarantined.append((changeset_id, refused.reason))
