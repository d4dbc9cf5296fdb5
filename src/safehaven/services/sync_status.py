"""What the Sync page can say before the sync client exists: how much is waiting."""

from __future__ import annotations

from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


def pending_changes(ctx: Context) -> int:
    """Change sets written on this laptop (none has been shared yet)."""
    ctx.require(Action.READ_RECORDS)
    return reads.count(ctx.conn, "change_sets")
