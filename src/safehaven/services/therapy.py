"""Therapy plans, scheduled sessions and attendance, counted against funded caps."""

from __future__ import annotations

from datetime import date, datetime

from safehaven.domain import validate as v
from safehaven.domain.models import Resident, TherapyPlan, TherapySession
from safehaven.domain.vocab import Frequency, Modality, SessionStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def add_plan(ctx: Context, resident_id: str, modality: Modality | str, provider: str, *,
             frequency: Frequency | str = Frequency.WEEKLY, start_date: date | None = None,
             end_date: date | None = None, funding_source: str | None = None,
             session_cap: int | None = None, interpreter: str | None = None
             ) -> Result[TherapyPlan]:
    ctx.require(Action.MANAGE_THERAPY)
    start = start_date or ctx.today()
    if end_date is not None and end_date < start:
        raise InvalidValue("end_date", tr("The end date is before the start date."))
    plan = TherapyPlan(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                       modality=v.choice("modality", Modality, modality),
                       provider=v.name("provider", provider),
                       frequency=v.choice("frequency", Frequency, frequency),
                       start_date=start, end_date=end_date,
                       funding_source=v.text("funding_source", funding_source, max_len=200),
                       session_cap=v.positive("session_cap", session_cap),
                       interpreter=v.text("interpreter", interpreter, max_len=v.MAX_NAME))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(plan)
    return Result(plan, tuple(tx.changes))


def schedule(ctx: Context, plan_id: str, at: datetime, *, duration_min: int = 50,
             place: str | None = None) -> Result[TherapySession]:
    ctx.require(Action.SCHEDULE_SESSIONS)
    plan = reads.get(ctx.conn, TherapyPlan, plan_id)
    session = TherapySession(id=new_id(), site_id=plan.site_id, resident_id=plan.resident_id,
                             plan_id=plan.id, scheduled_at=at.replace(microsecond=0),
                             duration_min=v.positive("duration_min", duration_min) or 50,
                             place=v.text("place", place, max_len=200))
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
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, TherapyPlan, resident_id, "start_date, id")


def sessions_for(ctx: Context, resident_id: str) -> list[TherapySession]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, TherapySession, resident_id, "scheduled_at, id")


def used_by_plan(ctx: Context) -> dict[str, int]:
    """Funded sessions used (attended or missed) per plan."""
    ctx.require(Action.READ_RECORDS)
    return reads.sessions_used_by_plan(ctx.conn)
