"""The signed bodies of roster change sets received before laptops kept them.

Since schema 13 a received change set that writes `staff` or `restricted_grants` keeps the
body its author signed (store/roster_trust.py checks the roster against them at every
unlock). One received earlier has only its envelope: opened here once, with the house's
keys, and its body kept. Until then the roster counts it as unchecked and the laptop
grants no restricted key.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from safehaven.store import roster_trust

if TYPE_CHECKING:
    from safehaven.store.vault import Vault


def keep(vault: Vault) -> int:
    """Keep the bodies still missing; returns how many were found."""
    missing = roster_trust.missing_bodies(vault.conn)
    if not missing:
        return 0
    # the sync engine (a fifth of a second to import) only when there is something to open:
    # every unlock calls this, and almost every one finds nothing
    from safehaven.sync.engine import known_now, open_all
    from safehaven.sync.replica import relay

    envelopes = relay.envelopes(vault.conn, missing.values())
    found = {result[1].id: json.dumps(result[1].to_wire(), separators=(",", ":"))
             for _, result in open_all(known_now(vault), envelopes)
             if isinstance(result, tuple) and result[1].id in missing}
    roster_trust.keep_bodies(vault, found)
    return len(found)
