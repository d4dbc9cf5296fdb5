"""The no-contact list: people a young person must not have contact with.

Kept by clinicians and managers. Every care role is warned when a visit or call matches an
entry (services/contacts.py), but only those roles read why someone is on the list: the
reason is sealed under the restricted key, in the vault and on the wire.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import NoContact, Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_ALIASES = 10


def _many(field: str, values: Any, max_len: int, *, phones: bool = False) -> tuple[str, ...]:
    """Several values, given as a list or as one text separated by commas or new lines;
    `phones`: each must look like a phone number (issue 25)."""
    items = re.split(r"[,;\n]", values) if isinstance(values, str) else list(values or ())
    cleaned = tuple(x for x in (
        v.contact(field, str(i), max_len=max_len, phone_only=True) if phones
        else v.text(field, str(i), max_len=max_len) for i in items) if x)
    if len(cleaned) > MAX_ALIASES:
        raise InvalidValue(field, tr("Keep this to {n} at most.", n=MAX_ALIASES))
    return cleaned


RULES: v.Rules = {
    "name": lambda x: v.name("name", x),
    "relationship": lambda x: v.name("relationship", x),
    "reason": lambda x: v.text("reason", x, max_len=2000),
    "aliases": lambda x: _many("aliases", x, v.MAX_NAME),
    "phones": lambda x: _many("phones", x, 40, phones=True),
    "description": lambda x: v.text("description", x, max_len=2000),
}


def add(ctx: Context, resident_id: str, name: str, relationship: str, *,
        reason: str | None = None, aliases: Any = (), phones: Any = (),
        description: str | None = None) -> Result[NoContact]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(RULES, {"name": name, "relationship": relationship, "reason": reason,
                             "aliases": aliases, "phones": phones,
                             "description": description})
    entry = NoContact(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                      added_by=ctx.actor.id if ctx.actor else "", added_on=ctx.today(),
                      **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(entry)
    return Result(shown(ctx, entry), tuple(tx.changes))


def edit(ctx: Context, entry_id: str, **fields: Any) -> Result[NoContact]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(RULES, fields)
    with ctx.write() as tx:
        entry = tx.update(NoContact, entry_id, **clean)
    return Result(shown(ctx, entry), tuple(tx.changes))


def remove(ctx: Context, entry_id: str) -> Result[NoContact]:
    """Taken off the list (kept in the history, as every record)."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    with ctx.write() as tx:
        entry = tx.tombstone(NoContact, entry_id)
    return Result(shown(ctx, entry), tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[NoContact]:
    """The list as this role may see it: the reason only for clinicians and managers."""
    ctx.require(Action.READ_RECORDS)
    entries = reads.for_resident(ctx.conn, NoContact, resident_id, "name, id")
    return [shown(ctx, e) for e in entries]


def shown(ctx: Context, entry: NoContact) -> NoContact:
    """The entry with its reason for the roles that may read it, without it for others."""
    if not ctx.may(Action.READ_RESTRICTED):
        return replace(entry, reason=None)
    return ctx.opened(entry)
