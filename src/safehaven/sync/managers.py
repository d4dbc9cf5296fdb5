"""What a manager's laptop signs for the server: the house's manager keys, and requests
only a manager may make (revoking or enrolling laptops)."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from safehaven.store import local_state
from safehaven.store.crypto import Identity
from safehaven.store.vault import Vault
from safehaven.sync.api import SyncApi
from safehaven.sync.client import SyncError
from safehaven.sync.envelope import manager_text
from safehaven.sync.replica import peers

log = logging.getLogger(__name__)


def manager_identity(vault: Vault) -> Identity | None:
    """This session's identity when its person is a manager (who may revoke laptops)."""
    if vault.identity is None or not vault.staff_id:
        return None
    keys = peers.manager_keys(vault.conn)
    return vault.identity if vault.identity.sign_public in keys else None


def manager_signed(vault: Vault, manager: Identity, doc: dict[str, Any],
                   text: Callable[[dict[str, Any]], bytes]) -> dict[str, Any]:
    """`doc` with the manager's key, the time and the signature over `text(doc)`."""
    doc = {**doc, "by": manager.sign_public,
           "at": datetime.now(UTC).isoformat(timespec="seconds")}
    return {**doc, "sig": base64.b64encode(manager.signer.sign(text(doc))).decode()}


def vouch_for_managers(vault: Vault, api: SyncApi, manager: Identity) -> None:
    """Tell the server who the house's managers are, when that changed (the keys that may
    revoke laptops there)."""
    keys = peers.manager_keys(vault.conn)
    said = ",".join(keys)
    if local_state.local_value(vault.conn, "managers_vouched") == said:
        return
    try:
        api.managers(manager_signed(vault, manager, {"keys": keys},
                                    lambda doc: manager_text(vault.site_id, doc, keys)))
    except SyncError:  # a house connected before manager keys: the server keeps none
        log.info("the server did not take this house's manager keys")
        return
    local_state.save_local_value(vault, "managers_vouched", said)
