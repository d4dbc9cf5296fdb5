"""Removal is final for every copy (issue 32, item 3): new tokens and box keys for the
house's laptops, and a site key only those open.

A removed person may keep an old copy of a laptop's vault folder or an old backup, which
her passphrase still opens: in it are the laptop's server token, its X25519 box key and
the site keys up to her removal. So a manager's removal gives every laptop of the house
a new box key (in the roster, in the same change set) and a new site key granted only to
those new box keys, and a new server token. The new token and box key reach each laptop
through the server as a hand-off sealed for each person who remains and signed by the
manager: the remaining users' next sync on that laptop opens it (sync/rounds.py), and
the old copy finds its token refused and the hand-off closed to her.

What the old copy held before the removal stays readable to her: that cannot be undone.
The laptops' signing keys are kept (older change sets are checked with them); with one
from an old copy she can sign as that laptop, but her token is refused, and what she
signs as an author she no longer is, receivers refuse.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets

from safehaven.domain.models import Device
from safehaven.errors import SafeHavenError
from safehaven.i18n import tr
from safehaven.store import crypto, roster_trust
from safehaven.store.vault import Vault
from safehaven.sync.api import SyncApi
from safehaven.sync.client import SyncError
from safehaven.sync.envelope import verify_text
from safehaven.sync.managers import manager_signed
from safehaven.sync.protocol import ErrorCode
from safehaven.sync.reissue_protocol import Handoff, reissue_text
from safehaven.sync.replica import device_keys, peers, server_link
from safehaven.sync.rotation import rotate_site_key

log = logging.getLogger(__name__)


class HandoffClosed(SyncError):
    """This laptop's token was re-issued and the hand-off is not for whoever is unlocked
    (someone removed, or a server's forgery): nothing of the house moves."""

    def __init__(self) -> None:
        super().__init__(tr("This laptop's server token was replaced after someone was "
                            "removed, and the new one is not for you. Someone who works "
                            "here now unlocks and syncs it."), ErrorCode.TOKEN_REISSUED)


def prepare(vault: Vault) -> int:
    """After a removal: a new box key for every laptop of the house, a new site key
    granted only to those, and new tokens waiting for the next round to send them (with a
    manager's signature). Returns the new site key's version."""
    device_keys.ensure_site_key(vault)
    device_keys.signing_key(vault)
    pending = server_link.pending_reissue(vault.conn)
    waiting = {p["device"]: p for p in pending}
    listed = {d for d, *_ in peers.device_rows(vault.conn)}
    with vault.write() as tx:
        for device_id in sorted(set(peers.box_keys(tx.conn)) & listed):
            box, public = device_keys.new_box_key()
            tx.update(Device, device_id, box_key=public)
            if device_id == vault.device_id:
                device_keys.replace_box_key(tx.conn, box)
            # a second removal before the first went out: the laptop also needs the box
            # key the site key made at the first was granted to
            before = waiting.get(device_id)
            earlier = [*before.get("earlier", []), before["box"]] if before else []
            waiting[device_id] = {"device": device_id, "token": "dev_" + secrets.token_urlsafe(32),
                                  "box": box.hex(), "box_public": public,
                                  "earlier": earlier[-8:]}
        version = rotate_site_key(vault, tx)
        server_link.save_pending_reissue(tx.conn, list(waiting.values()))
        server_link.set_reissue_due(tx.conn, False)
    return version


def synced(vault: Vault) -> bool:
    """Whether this laptop syncs with a server (a house without one has no tokens, and
    no other laptop's copy to re-key)."""
    return server_link.server_link(vault.conn) is not None


def mark_due(vault: Vault) -> None:
    """A removal by someone who cannot sign for the server (an admin): the next round a
    manager runs on this laptop re-keys and re-issues."""
    server_link.set_reissue_due(vault.conn, True)


def is_due(vault: Vault) -> bool:
    return server_link.reissue_due(vault.conn)


def _aad(site_id: str, device_id: str, staff_id: str) -> bytes:
    return f"safehaven-handoff/1|{site_id}|{device_id}|{staff_id}".encode()


def send_pending(vault: Vault, api: SyncApi, manager: crypto.Identity) -> int:
    """The new tokens to the server, each with its hand-off sealed for everyone who
    remains; this laptop's own token is switched once the server took them."""
    pending = server_link.pending_reissue(vault.conn)
    if not pending:
        return 0
    people = roster_trust.check(vault.conn).people
    remaining = sorted((sid, m.box_key) for sid, m in people.items()
                       if m.active and m.box_key is not None)
    items = []
    for p in pending:
        plain = json.dumps({"token": p["token"], "box": p["box"],
                            "earlier": p.get("earlier", [])}).encode()
        sealed = [[sid, base64.b64encode(crypto.seal_to(
            box, plain, _aad(vault.site_id, p["device"], sid))).decode()]
            for sid, box in remaining]
        doc = {"device": p["device"], "token_hash": _hash(p["token"]),
               "box_public": p["box_public"], "sealed": sealed}
        items.append(manager_signed(vault, manager, doc,
                                    lambda d: reissue_text(vault.site_id, d)))
    done = api.reissue(items)
    own = next((p["token"] for p in pending if p["device"] == vault.device_id), None)
    with vault.write() as tx:
        if own is not None:
            server_link.save_token(tx.conn, own)
        server_link.save_pending_reissue(tx.conn, [])
    if own is not None:
        api.use_token(own)
    return done


def take_handoff(vault: Vault, api: SyncApi) -> None:
    """This laptop's new token and box key, from the hand-off its old token finds: only
    when a manager of the house signed it and it opens for whoever is unlocked."""
    item = api.handoff()["handoff"]
    staff_id, identity = vault.staff_id, vault.identity
    if staff_id is None or identity is None or item["device"] != vault.device_id \
            or not _signed(vault, item):
        raise HandoffClosed()
    for sid, blob in item["sealed"]:
        if sid != staff_id:
            continue
        try:
            doc = json.loads(crypto.open_from(identity.box, base64.b64decode(blob),
                                              _aad(vault.site_id, vault.device_id, sid)))
            token, box = str(doc["token"]), bytes.fromhex(str(doc["box"]))
            earlier = [bytes.fromhex(str(b)) for b in doc.get("earlier", [])][:8]
        except (crypto.SealError, ValueError, TypeError, KeyError):
            continue
        if _hash(token) != item["token_hash"] or _public(box) != item["box_public"]:
            continue
        with vault.write() as tx:
            for older in earlier:
                device_keys.replace_box_key(tx.conn, older)
            device_keys.replace_box_key(tx.conn, box)
            server_link.save_token(tx.conn, token)
        log.info("took this laptop's re-issued token")
        return
    raise HandoffClosed()


def _signed(vault: Vault, item: Handoff) -> bool:
    managers = {m.sign_key for m in roster_trust.check(vault.conn).people.values()
                if m.active and m.role == "manager" and m.sign_key}
    try:
        return item["by"] in managers and verify_text(
            item["by"], base64.b64decode(item["sig"], validate=True),
            reissue_text(vault.site_id, item))
    except (ValueError, SafeHavenError):
        return False


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _public(box: bytes) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    try:
        key = X25519PrivateKey.from_private_bytes(box)
    except ValueError:
        return ""
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()
