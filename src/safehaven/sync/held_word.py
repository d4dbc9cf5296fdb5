"""The server's signed word on what it holds (issue 32, item 5), checked and kept.

A server that speaks protocol 3 signs each state answer's per-laptop highest numbers with
a key made with its store (server/held.py). The laptop pins that key with the server's
epoch the first time it sees it. When a round finds change sets the server listed but
did not send, the signed statement is kept (`withheld_statement`), as the server's own
word for the manager and the server's administrator; a statement under another key
than the one pinned for that epoch is not the server's word and is not kept.
"""

from __future__ import annotations

import base64
import json

from safehaven.store.crypto import verify
from safehaven.store.local_state import local_value, save_local_value
from safehaven.store.vault import Vault
from safehaven.sync.protocol import StateAnswer
from safehaven.sync.reissue_protocol import held_text


def signed(vault: Vault, state: StateAnswer) -> bool:
    """Whether the state's statement is signed by the key pinned for its epoch (the first
    seen for an epoch is pinned)."""
    held = state.get("held")
    if held is None:
        return False
    try:
        good = verify(held["key"], base64.b64decode(held["sig"], validate=True), held_text(
            vault.site_id, state["epoch"], state["highest"], state["count"], state["digest"]))
    except ValueError:
        return False
    if not good:
        return False
    pinned = local_value(vault.conn, "server_held_key")
    if pinned is None or not pinned.startswith(state["epoch"] + ":"):
        save_local_value(vault, "server_held_key", f"{state['epoch']}:{held['key']}")
        return True
    return pinned == f"{state['epoch']}:{held['key']}"


def keep_if_signed(vault: Vault, state: StateAnswer) -> bool:
    """Keep the statement when the server signed it; returns whether it did."""
    if not signed(vault, state):
        return False
    save_local_value(vault, "withheld_statement", json.dumps(
        {"epoch": state["epoch"], "highest": state["highest"], "count": state["count"],
         "digest": state["digest"], "held": state.get("held")}, sort_keys=True))
    return True
