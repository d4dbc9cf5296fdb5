"""Incidents: what happened, what was done, who was told; open on Today until a manager
has acknowledged and closed them. A young person missing from care gets the fields the
police ask for first."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import CheckIn, Incident, Resident
from safehaven.domain.vocab import INCIDENT_FOR_FLAG, IncidentKind, Notified
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import sealed
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

CLOCK_SLACK = timedelta(minutes=10)  # "just now" on a laptop whose clock is a little slow

RULES: v.Rules = {
    "kind": lambda x: v.choice("kind", IncidentKind, x),
    "occurred_at": v.same, "notified_at": v.same, "last_seen_at": v.same,
    "description": lambda x: v.text("description", x, required=True),
    "actions": lambda x: v.text("actions", x),
    "notified": lambda x: v.choices("notified", Notified, x),
    "checkin_id": v.same,
    "last_seen_place": lambda x: v.text("last_seen_place", x, max_len=500),
    "appearance": lambda x: v.text("appearance", x, max_len=2000),
    "police_reference": lambda x: v.text("police_reference", x, max_len=100),
}


def _check(ctx: Context, i: Incident) -> None:
    latest = ctx.now() + CLOCK_SLACK
    for name in ("occurred_at", "notified_at", "last_seen_at"):
        moment = getattr(i, name)
        if moment is not None and moment > latest:
            raise InvalidValue(name, tr("This time is in the future."))
    if i.notified and i.notified_at is None:
        raise InvalidValue("notified_at", tr("Say when they were told."))
    if i.kind is IncidentKind.MISSING:
        if i.last_seen_at is None:
            raise InvalidValue("last_seen_at", tr("When was the young person last seen?"))
        if not i.last_seen_place:
            raise InvalidValue("last_seen_place", tr("Where was the young person last seen?"))


def record(ctx: Context, resident_id: str, kind: IncidentKind | str, *,
           occurred_at: datetime, description: str, **fields: Any) -> Result[Incident]:
    ctx.require(Action.RECORD_INCIDENT)
    clean = v.fields(RULES, {"kind": kind, "occurred_at": occurred_at,
                             "description": description, **fields})
    if not clean.get("notified"):
        clean["notified_at"] = None  # nobody told yet: no time to keep
    incident = Incident(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                        recorded_by=ctx.actor.id if ctx.actor else "", **clean)
    _check(ctx, incident)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        if incident.checkin_id:
            tx.get(CheckIn, incident.checkin_id)
        tx.insert(incident)
    return Result(incident, tuple(tx.changes))


def edit(ctx: Context, incident_id: str, **fields: Any) -> Result[Incident]:
    """Add what became known later (who was told, the description for the police)."""
    return edit_record(ctx, Incident, incident_id, Action.RECORD_INCIDENT,
                       v.fields(RULES, fields), _check)


def draft_from_checkin(ctx: Context, checkin_id: str) -> dict[str, Any]:
    """The incident form filled from a risk-flagged check-in."""
    ctx.require(Action.RECORD_INCIDENT)
    checkin: CheckIn = reads.get(ctx.conn, CheckIn, checkin_id)
    flag = checkin.flags[0] if checkin.flags else None
    return {"resident_id": checkin.resident_id, "checkin_id": checkin.id,
            "kind": INCIDENT_FOR_FLAG.get(flag, IncidentKind.OTHER) if flag else
            IncidentKind.OTHER,
            "occurred_at": ctx.now() if checkin.date == ctx.today()
            else datetime.combine(checkin.date, datetime.min.time()).replace(hour=12),
            "description": "; ".join(x for x in (checkin.incidents, checkin.note) if x)}


def acknowledge(ctx: Context, incident_id: str) -> Result[Incident]:
    """A manager has seen it and taken charge; it stays on Today until closed."""
    ctx.require(Action.CLOSE_INCIDENT)
    with ctx.write() as tx:
        current = tx.get(Incident, incident_id)
        if current.acknowledged_at is not None:
            raise InvalidValue("acknowledged_at", tr("This incident was already "
                                                     "acknowledged."))
        incident = tx.update(Incident, incident_id, acknowledged_at=ctx.now(),
                             acknowledged_by=ctx.actor.id if ctx.actor else None)
    return Result(incident, tuple(tx.changes))


def close(ctx: Context, incident_id: str, outcome: str) -> Result[Incident]:
    """Closed with its outcome (acknowledged too, if that had not been done)."""
    ctx.require(Action.CLOSE_INCIDENT)
    why = v.text("outcome", outcome, required=True)
    me = ctx.actor.id if ctx.actor else None
    with ctx.write() as tx:
        current = tx.get(Incident, incident_id)
        if current.closed_at is not None:
            raise InvalidValue("outcome", tr("This incident is already closed."))
        changes: dict[str, Any] = {"closed_at": ctx.now(), "closed_by": me, "outcome": why}
        if current.acknowledged_at is None:
            changes |= {"acknowledged_at": ctx.now(), "acknowledged_by": me}
        incident = tx.update(Incident, incident_id, **changes)
    return Result(incident, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[Incident]:
    """Newest first; a missing episode's sealed parts open only for clinicians and
    managers (left out for staff: `sealed.shown`)."""
    ctx.require(Action.READ_RECORDS)
    return [sealed.shown(ctx, i) for i in reads.for_resident(
        ctx.conn, Incident, resident_id, "occurred_at DESC, id DESC")]
