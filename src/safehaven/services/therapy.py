"""Therapy plans, scheduled sessions and attendance, counted against funded caps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Resident, TherapyPlan, TherapySession
from safehaven.domain.vocab import ApprovalSubject, Frequency, Modality, SessionStatus
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr
from safehaven.services import approvals
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

PLAN_RULES: v.Rules = {
    "modality": lambda x: v.choice("modality", Modality, x),
    "frequency": lambda x: v.choice("frequency", Frequency, x),
    "provider": lambda x: v.name("provider", x),
    "place": lambda x: v.text("place", x, max_len=200),
    "funding_source": lambda x: v.text("funding_source", x, max_len=200),
    "interpreter": lambda x: v.text("interpreter", x, max_len=v.MAX_NAME),
    "goals": lambda x: v.text("goals", x, max_len=4000),
    "session_cap": lambda x: v.positive("session_cap", x),
    "start_date": v.same, "end_date": v.same,
}


def _check_dates(start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise InvalidValue("end_date", tr("The end date is before the start date."))


def add_plan(ctx: Context, resident_id: str, modality: Modality | str, provider: str, *,
             frequency: Frequency | str = Frequency.WEEKLY, start_date: date | None = None,
             end_date: date | None = None, funding_source: str | None = None,
             session_cap: int | None = None, interpreter: str | None = None,
             place: str | None = None, goals: str | None = None) -> Result[TherapyPlan]:
    """Only clinicians and managers make plans; staff book sessions against them."""
    ctx.require(Action.MANAGE_THERAPY)
    clean = v.fields(PLAN_RULES, {
        "modality": modality, "provider": provider, "frequency": frequency,
        "start_date": start_date or ctx.today(), "end_date": end_date,
        "funding_source": funding_source, "session_cap": session_cap,
        "interpreter": interpreter, "place": place, "goals": goals})
    _check_dates(clean["start_date"], end_date)
    plan = TherapyPlan(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id, **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(plan)
        approvals.submit_if_needed(ctx, tx, ApprovalSubject.THERAPY_PLAN, plan.id, resident_id)
    return Result(plan, tuple(tx.changes))


def edit_plan(ctx: Context, plan_id: str, **fields: Any) -> Result[TherapyPlan]:
    ctx.require(Action.MANAGE_THERAPY)
    clean = v.fields(PLAN_RULES, fields)
    with ctx.write() as tx:
        current = tx.get(TherapyPlan, plan_id)
        _check_dates(clean.get("start_date", current.start_date),
                     clean.get("end_date", current.end_date))
        plan = tx.update(TherapyPlan, plan_id, **clean)
        if plan != current:  # a changed plan goes back for approval
            approvals.submit_if_needed(ctx, tx, ApprovalSubject.THERAPY_PLAN, plan_id,
                                       plan.resident_id)
    return Result(plan, tuple(tx.changes))


def close_plan(ctx: Context, plan_id: str, reason: str, on: date | None = None
               ) -> Result[TherapyPlan]:
    """Completed or ended early: the plan takes no more bookings; its sessions stay."""
    ctx.require(Action.MANAGE_THERAPY)
    why = v.text("reason", reason, required=True, max_len=2000)
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    with ctx.write() as tx:
        current = tx.get(TherapyPlan, plan_id)
        if current.closed_on is not None:
            raise InvalidValue("on", tr("This plan is already closed."))
        if day < current.start_date:
            raise InvalidValue("on", tr("This date is before the plan started."))
        plan = tx.update(TherapyPlan, plan_id, closed_on=day, close_reason=why)
    return Result(plan, tuple(tx.changes))


def schedule(ctx: Context, plan_id: str, at: datetime, *, duration_min: int = 50,
             place: str | None = None, confirmed: bool = False) -> Result[TherapySession]:
    """Book a session on a plan. A time already past, or a resident who has left, is
    allowed only when `confirmed` (the user was asked)."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    plan = reads.get(ctx.conn, TherapyPlan, plan_id)
    when = at.replace(second=0, microsecond=0)
    if plan.deleted or (plan.closed_on is not None and when.date() >= plan.closed_on):
        raise InvalidValue("plan_id", tr("This therapy plan is closed; choose an open plan."))
    if when.date() < plan.start_date:
        raise InvalidValue("at", tr("This is before the plan starts ({day}).",
                                    day=plan.start_date.isoformat()))
    resident = reads.get(ctx.conn, Resident, plan.resident_id)
    if not confirmed:
        if when < ctx.now():
            raise NeedsConfirmation("at", tr("This time is in the past. Record the session "
                                             "anyway?"))
        if resident.discharge_date is not None or not resident.stage.in_house:
            raise NeedsConfirmation("plan_id", tr("{name} has left the house. Book anyway?",
                                                  name=resident.preferred_name))
    session = TherapySession(id=new_id(), site_id=plan.site_id, resident_id=plan.resident_id,
                             plan_id=plan.id, scheduled_at=when,
                             duration_min=v.positive("duration_min", duration_min) or 50,
                             place=v.text("place", place, max_len=200) or plan.place)
    with ctx.write() as tx:
        tx.insert(session)
    return Result(session, tuple(tx.changes))


def set_status(ctx: Context, session_id: str, status: SessionStatus | str,
               reason: str | None = None, *, moved_to: datetime | None = None
               ) -> Result[TherapySession]:
    """Attendance, a cancellation with its reason, or a move to a new time."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    new_status = v.choice("status", SessionStatus, status)
    why = v.text("reason", reason, max_len=2000)
    if new_status in (SessionStatus.CANCELLED_PROVIDER, SessionStatus.CANCELLED_RESIDENT,
                      SessionStatus.RESCHEDULED) and not why:
        raise InvalidValue("reason", tr("Say why the session did not happen as planned."))
    with ctx.write() as tx:
        session = tx.update(TherapySession, session_id, status=new_status, reason=why)
        if new_status is SessionStatus.RESCHEDULED and moved_to is not None:
            tx.insert(TherapySession(id=new_id(), site_id=session.site_id,
                                     resident_id=session.resident_id, plan_id=session.plan_id,
                                     scheduled_at=moved_to.replace(microsecond=0),
                                     duration_min=session.duration_min, place=session.place))
    return Result(session, tuple(tx.changes))


def plans_for(ctx: Context, resident_id: str) -> list[TherapyPlan]:
    """Open plans first, then closed ones; oldest first within each."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, TherapyPlan, resident_id,
                              "closed_on IS NOT NULL, start_date, id")


def sessions_for(ctx: Context, resident_id: str) -> list[TherapySession]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, TherapySession, resident_id, "scheduled_at, id")


def used_by_plan(ctx: Context) -> dict[str, int]:
    """Funded sessions used (attended or missed) per plan."""
    ctx.require(Action.READ_RECORDS)
    return reads.sessions_used_by_plan(ctx.conn)
