"""Stabilization needs: the board of open needs at the heart of the stabilization stage."""

from __future__ import annotations

from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Need, Resident
from safehaven.domain.vocab import NeedCategory, NeedStatus, Priority
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def add(ctx: Context, resident_id: str, category: NeedCategory | str, *,
        priority: Priority | str = Priority.MEDIUM, owner_id: str | None = None,
        due_date: date | None = None, notes: str | None = None) -> Result[Need]:
    ctx.require(Action.MANAGE_NEEDS)
    need = Need(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                category=v.choice("category", NeedCategory, category),
                priority=v.choice("priority", Priority, priority), status=NeedStatus.OPEN,
                opened_on=ctx.today(), owner_id=owner_id, due_date=due_date,
                notes=v.text("notes", notes))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(need)
    return Result(need, tuple(tx.changes))


def update(ctx: Context, need_id: str, **fields: Any) -> Result[Need]:
    """Change priority, owner, due date, notes or status; closing sets `closed_on`."""
    ctx.require(Action.MANAGE_NEEDS)
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key == "status":
            clean["status"] = v.choice("status", NeedStatus, value)
        elif key == "priority":
            clean["priority"] = v.choice("priority", Priority, value)
        elif key == "notes":
            clean["notes"] = v.text("notes", value)
        elif key in ("owner_id", "due_date"):
            clean[key] = value
        else:
            raise InvalidValue(key, tr("This cannot be changed here."))
    with ctx.write() as tx:
        current = tx.get(Need, need_id)
        if "status" in clean:
            closed = not clean["status"].is_open
            clean["closed_on"] = (current.closed_on or ctx.today()) if closed else None
        need = tx.update(Need, need_id, **clean)
    return Result(need, tuple(tx.changes))


STATUS_ORDER = [NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.MET,
                NeedStatus.NOT_APPLICABLE]


def for_resident(ctx: Context, resident_id: str) -> list[Need]:
    """The needs board's order: open, in progress, met, not applicable; soonest due first."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, Need, resident_id, "due_date IS NULL, due_date")
    return sorted(found, key=lambda n: STATUS_ORDER.index(n.status))
