"""What the server accepts from a laptop, checked on a worker thread: pushed envelopes of
the laptop's own house signed by the laptops they name, and requests only a manager may
sign (enrolling and revoking laptops, naming the house's managers).

The server cannot read a change set; it checks only what the clear header and the
signatures prove, so a house's token cannot push (or inflate the numbers of) another
laptop's change sets. Signature checks cost CPU: they run here, never on the event loop.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from safehaven.server.storage import DeviceAuth, Item, Refused, Storage
from safehaven.sync.envelope import MAX_ENVELOPE, Header, chain_verified, signed_by, verify_text
from safehaven.sync.envelope import Refused as EnvelopeRefused
from safehaven.sync.protocol import (
    ChunkForgetRequest,
    DestroyRequest,
    EnrolRequest,
    ErrorCode,
    MailIdRequest,
    MailSendRequest,
    ManagersRequest,
    RevokeRequest,
)
from safehaven.sync.runs import RunHeader, parse, run_hash
from safehaven.sync.runs import signed_by as run_signed_by

SIGNED_WITHIN = 86400  # seconds a manager's signature stays good (laptop clocks drift)


def public_key(value: object) -> str | None:
    """A laptop's or manager's public signing key (64 hex digits), lowercased; None when
    none was sent."""
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(bytes.fromhex(value)) == 32:
            return value.lower()
    except ValueError:
        pass
    raise Refused(400, "malformed public key")


def pushed_items(storage: Storage, auth: DeviceAuth, envelopes: list[str],
                 own_key: str | None) -> list[Item]:
    """The change sets of a push, as the store keeps them, once every one is of the
    pusher's house and signed by the laptop it names (when the server knows that laptop's
    key). Relayed ones from laptops that never connected here (USB only) pass on as they
    are: every receiving laptop checks every signature anyway."""
    items: list[Item] = []
    singles: list[tuple[Header, bytes, bytes]] = []
    sealed_runs: list[tuple[RunHeader, bytes, bytes]] = []
    for text in envelopes:
        if len(text) > MAX_ENVELOPE:
            raise Refused(400, "malformed envelope")
        raw = text.encode()
        try:
            header, ct, sig = parse(raw)
        except EnvelopeRefused as refused:
            raise Refused(400, refused.refusal.message) from refused
        if header.site != auth.site_id:
            raise Refused(403, "a device may only send its own house's change sets")
        if isinstance(header, RunHeader):
            items += [Item(i, header.device, seq, raw, run_hash(raw))
                      for i, seq in zip(header.ids, header.seqs, strict=True)]
            sealed_runs.append((header, ct, sig))
        else:
            items.append(Item(header.id, header.device, header.seq, raw))
            singles.append((header, ct, sig))
    mine = {auth.device_id} if own_key is not None else set()
    known = storage.device_keys(auth.site_id, {h.device for h, _, _ in singles}
                                | {h.device for h, _, _ in sealed_runs} | mine)
    if own_key is not None and auth.device_id in known and known[auth.device_id] is None:
        # a laptop registered before keys gives its own, once: a write only then, not a
        # write transaction (SQLite's one writer) on every push
        storage.learn_key(auth, own_key)
        known[auth.device_id] = own_key
    # A run envelope costs one signature check; so does a run of single envelopes chained
    # by hash.
    chained = chain_verified([*singles], lambda device: known.get(device))
    checks: list[tuple[Header | RunHeader, bytes, bytes, bool]] = [
        (*item, established) for item, established in zip(singles, chained, strict=True)]
    checks += [(*item, False) for item in sealed_runs]
    for header, ct, sig, established in checks:
        if header.device not in known:
            continue  # a laptop that never connected here: relayed as is
        key = known[header.device]
        if key is None and header.device != auth.device_id:
            raise Refused(403, "a change set naming a laptop the server cannot check")
        if key is not None and not established and not (
                run_signed_by(key, header, ct, sig) if isinstance(header, RunHeader)
                else signed_by(key, header, ct, sig)):
            raise Refused(403, "a change set not signed by the laptop it names")
    return items


# the requests only a manager of the house may make, each with `by`, `at` and `sig`
ManagerSigned = (EnrolRequest | RevokeRequest | ManagersRequest | ChunkForgetRequest
                 | DestroyRequest | MailSendRequest | MailIdRequest)


def signed_by_manager(doc: ManagerSigned, trusted: set[str], text: bytes) -> str:
    """The request's signer, when it is a key the house registered for a manager and the
    signature is from within a day."""
    by, sig, at = doc.get("by"), doc.get("sig"), doc.get("at")
    try:
        when = datetime.fromisoformat(str(at))
        fresh = abs((datetime.now(UTC) - when).total_seconds()) < SIGNED_WITHIN
        good = isinstance(by, str) and by in trusted and fresh and verify_text(
            by, base64.b64decode(str(sig), validate=True), text)
    except (ValueError, TypeError):
        good = False
    if not good:
        raise Refused(403, "not signed by a manager of this house", ErrorCode.NOT_MANAGER)
    return str(by)


def manager_of(storage: Storage, site_id: str,
               doc: ManagerSigned, text: bytes) -> str:
    """The signer of a request only a manager of the house may make (one call, on a
    worker thread: the keys' lookup and the signature check)."""
    return signed_by_manager(doc, storage.manager_keys(site_id), text)
