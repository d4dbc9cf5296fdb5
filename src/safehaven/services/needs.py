"""Stabilization needs: the board of open needs at the heart of the stabilization stage."""

from __future__ import annotations

from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Need, Resident, Staff
from safehaven.domain.vocab import NeedCategory, NeedStatus, Priority
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

RULES: v.Rules = {
    "category": lambda x: v.choice("category", NeedCategory, x),
    "priority": lambda x: v.choice("priority", Priority, x),
    "status": lambda x: v.choice("status", NeedStatus, x),
    "notes": lambda x: v.text("notes", x), "close_note": lambda x: v.text("close_note", x),
    "owner_id": lambda x: x or None, "due_date": v.same,
}


def _clean(ctx: Context, fields: dict[str, Any]) -> dict[str, Any]:
    clean = v.fields(RULES, fields)
    if clean.get("owner_id") and not reads.exists(ctx.conn, Staff, clean["owner_id"]):
        raise InvalidValue("owner_id", tr("No staff member with this id."))
    return clean


def add(ctx: Context, resident_id: str, category: NeedCategory | str, *,
        priority: Priority | str = Priority.MEDIUM, owner_id: str | None = None,
        due_date: date | None = None, notes: str | None = None) -> Result[Need]:
    ctx.require(Action.MANAGE_NEEDS)
    clean = _clean(ctx, {"category": category, "priority": priority, "owner_id": owner_id,
                         "due_date": due_date, "notes": notes})
    need = Need(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                status=NeedStatus.OPEN, opened_on=ctx.today(), **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(need)
    return Result(need, tuple(tx.changes))


def update(ctx: Context, need_id: str, **fields: Any) -> Result[Need]:
    """Change category, priority, owner, due date, description or status; closing sets
    `closed_on`, reopening clears it."""
    ctx.require(Action.MANAGE_NEEDS)
    clean = _clean(ctx, fields)
    with ctx.write() as tx:
        current = tx.get(Need, need_id)
        if "status" in clean:
            closed = not clean["status"].is_open
            clean["closed_on"] = (current.closed_on or ctx.today()) if closed else None
        need = tx.update(Need, need_id, **clean)
    return Result(need, tuple(tx.changes))


def close(ctx: Context, need_id: str, status: NeedStatus | str, note: str | None = None
          ) -> Result[Need]:
    """Mark a need met or not applicable, with a note on how or why (needed for the latter)."""
    final = v.choice("status", NeedStatus, status)
    if final.is_open:
        raise InvalidValue("status", tr("Choose met or not applicable."))
    if final is NeedStatus.NOT_APPLICABLE and not (note or "").strip():
        raise InvalidValue("note", tr("Say why this need does not apply."))
    return update(ctx, need_id, status=final, close_note=note)


STATUS_ORDER = [NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.MET,
                NeedStatus.NOT_APPLICABLE]


def for_resident(ctx: Context, resident_id: str) -> list[Need]:
    """The needs board's order: open, in progress, met, not applicable; soonest due first."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, Need, resident_id, "due_date IS NULL, due_date")
    return sorted(found, key=lambda n: STATUS_ORDER.index(n.status))
