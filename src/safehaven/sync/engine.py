"""The one path every change set takes between devices, whatever carries it.

`outgoing` seals what another device lacks; `receive` verifies, decrypts and merges what
arrives, quarantining a bad change set with its reason so the rest still flows. The server
client and the USB bundles both use these two functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safehaven.errors import SafeHavenError
from safehaven.store import syncstate
from safehaven.store.apply import Applied, UnknownSchema, apply_changeset
from safehaven.store.vault import Vault
from safehaven.sync.envelope import Refused, header_of, open_envelope, seal


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
    key_version, key = syncstate.site_key(conn, vault.site_id)
    signer = syncstate.signing_key(vault)
    out = [
        seal({"id": cs.id, "device_id": cs.device_id, "device_seq": cs.device_seq,
              "hlc": cs.hlc, "staff_id": cs.staff_id, "entries": cs.entries},
             vault.site_id, key_version, key, signer)
        for cs in syncstate.local_changesets(conn, vault.device_id, held.get(vault.device_id, 0))
    ]
    for device, seq in syncstate.highest_seq(conn).items():
        if device != vault.device_id and seq > held.get(device, 0):
            out += syncstate.held_envelopes(conn, device, held.get(device, 0))
    return out


def receive(vault: Vault, envelopes: list[bytes]) -> Received:
    """Apply envelopes from any source; nothing is applied twice, nothing bad is applied."""
    report = Received()
    conn = vault.conn
    keys = {v: k for s, v, k in syncstate.all_site_keys(conn) if s == vault.site_id}
    opened = []
    for envelope in envelopes:
        try:
            header, changeset = open_envelope(envelope, site_id=vault.site_id,
                                              roster=syncstate.roster(conn), keys=keys)
        except Refused as refused:
            _quarantine(vault, envelope, refused, report)
            continue
        opened.append((changeset["hlc"], header.device, header.seq, changeset, envelope))
    # Oldest first: a row's creation then arrives before the changes made to it.
    for _, _, _, changeset, envelope in sorted(opened, key=lambda item: item[:3]):
        applied = Applied()
        try:
            apply_changeset(vault, changeset, applied, envelope)
        except (UnknownSchema, SafeHavenError, ValueError, TypeError) as exc:
            reason = str(exc) if isinstance(exc, UnknownSchema) else "cannot be applied"
            _quarantine(vault, envelope, Refused(reason, changeset["id"],
                                                 changeset["device_id"]), report)
            continue
        report.applied += applied.changesets
        report.skipped += applied.skipped
        report.conflicts += applied.conflicts
        report.touched |= applied.touched
    return report


def _quarantine(vault: Vault, envelope: bytes, refused: Refused, report: Received) -> None:
    changeset_id = refused.changeset_id
    if changeset_id is None:
        try:
            changeset_id = header_of(envelope)[0].id
        except Refused:
            changeset_id = f"unreadable-{len(report.quarantined)}-{hash(envelope) & 0xFFFFFFFF:x}"
    syncstate.quarantine(vault, changeset_id, refused.device_id, refused.reason, envelope)
    report.quarantined.append((changeset_id, refused.reason))
