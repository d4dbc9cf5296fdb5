"""Trusted adults for warm hand-offs, and their vetting: who checked, how and when."""

from __future__ import annotations

from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Resident, Staff, TrustedAdult
from safehaven.domain.vocab import VettingMethod, VettingStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

RULES: v.Rules = {
    "name": lambda x: v.name("name", x),
    "relationship": lambda x: v.name("relationship", x),
    "phone": lambda x: v.contact("phone", x, max_len=200),
}


def add(ctx: Context, resident_id: str, name: str, relationship: str,
        phone: str | None = None) -> Result[TrustedAdult]:
    """A new adult starts as not vetted, and is shown so everywhere until vetting is done."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(RULES, {"name": name, "relationship": relationship, "phone": phone})
    adult = TrustedAdult(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                         **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(adult)
    return Result(adult, tuple(tx.changes))


def edit(ctx: Context, adult_id: str, **fields: Any) -> Result[TrustedAdult]:
    return edit_record(ctx, TrustedAdult, adult_id, Action.MANAGE_SAFEGUARDING,
                       v.fields(RULES, fields))


def vet(ctx: Context, adult_id: str, status: VettingStatus | str, methods: Any = (), *,
        on: date | None = None, checked_by: str | None = None, notes: str | None = None
        ) -> Result[TrustedAdult]:
    """Record a vetting: a warm hand-off needs one completed, with its methods named."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    result = v.choice("status", VettingStatus, status)
    how = v.choices("methods", VettingMethod, methods)
    if result in (VettingStatus.VETTED, VettingStatus.REJECTED) and not how:
        raise InvalidValue("methods", tr("Say how the adult was checked."))
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    who = checked_by or (ctx.actor.id if ctx.actor else None)
    if who is not None and not reads.exists(ctx.conn, Staff, who):
        raise InvalidValue("checked_by", tr("No staff member with this id."))
    with ctx.write() as tx:
        adult = tx.update(TrustedAdult, adult_id, vetting_status=result, vetting_methods=how,
                          vetting_notes=v.text("notes", notes), vetted_by=who,
                          vetted_on=day)
    return Result(adult, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[TrustedAdult]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, TrustedAdult, resident_id, "name COLLATE NOCASE, id")
