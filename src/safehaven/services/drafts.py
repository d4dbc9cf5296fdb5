"""Half-typed check-ins, kept in the vault as they are typed.

A check-in form is saved here every few seconds while it is open, and at a lock, so a
quit, a crash or a power cut loses nothing; the vault is encrypted, so the draft never
touches the disk in the clear. A draft is given back to its author only, at their next
unlock on this laptop, and dropped once the check-in is saved or the form cancelled.
Drafts are this laptop's alone: they are never synced.
"""

from __future__ import annotations

import json
from typing import Any

from safehaven.domain.models import Resident, Staff
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.local_state import keep_local_value, local_value, local_values

PREFIX = "draft:checkin:"


def keep_checkin(ctx: Context, resident_id: str, name: str, fields: dict[str, Any]) -> None:
    """This person's open check-in, as typed so far (replacing what was kept before)."""
    ctx.require(Action.RECORD_CHECKIN)
    if ctx.actor is None:
        return
    doc = {"resident_id": resident_id, "name": name, "fields": fields,
           "at": ctx.now().isoformat()}
    keep_local_value(ctx.vault, PREFIX + ctx.actor.id, json.dumps(doc, default=str))


def checkin(ctx: Context) -> tuple[str, str, dict[str, Any]] | None:
    """This person's kept check-in (resident id, name, fields), if the resident is still
    here; nobody else's."""
    if ctx.actor is None:
        return None
    raw = local_value(ctx.conn, PREFIX + ctx.actor.id)
    try:
        doc = json.loads(raw) if raw else {}
        resident_id, name, fields = doc["resident_id"], doc["name"], doc["fields"]
    except (ValueError, KeyError, TypeError):
        return None  # damaged: nothing to give back
    if not reads.exists(ctx.conn, Resident, str(resident_id)) or not isinstance(fields, dict):
        return None
    return str(resident_id), str(name), fields


def drop_checkin(ctx: Context) -> None:
    if ctx.actor is not None:
        keep_local_value(ctx.vault, PREFIX + ctx.actor.id, None)


def holders(ctx: Context) -> list[str]:
    """Who has a check-in kept on this laptop (names only), e.g. to say so at quitting."""
    ids = [key[len(PREFIX):] for key in local_values(ctx.conn, PREFIX)]
    names = {s.id: s.display_name for s in reads.all_of(ctx.conn, Staff)}
    return sorted(names.get(i, "?") for i in ids)
