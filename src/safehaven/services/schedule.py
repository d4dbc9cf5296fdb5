"""The schedule: a week of sessions, and warnings before a booking is made."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from safehaven.domain.life import Hearing
from safehaven.domain.models import GroupSession, Resident, TherapyPlan, TherapySession
from safehaven.domain.vocab import Modality
from safehaven.i18n import tr
from safehaven.services import groups, legal
from safehaven.services.context import Context
from safehaven.services.groups import Group
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class Booking:
    """A session with what the schedule shows beside it; a group session is one booking
    whose `resident` names everyone in it."""

    id: str
    session: TherapySession | GroupSession
    resident: str
    plan: TherapyPlan | None
    group: Group | None = None

    @property
    def modality(self) -> Modality | None:
        if isinstance(self.session, GroupSession):
            return self.session.modality
        return self.plan.modality if self.plan else None

    @property
    def provider(self) -> str:
        if isinstance(self.session, GroupSession):
            return self.session.facilitator or ""
        return self.plan.provider if self.plan else ""


def week(ctx: Context, monday: date) -> list[Booking]:
    ctx.require(Action.READ_RECORDS)
    start = datetime.combine(monday, time.min)
    return between(ctx, start, start + timedelta(days=7))


def hearings_week(ctx: Context, monday: date) -> list[tuple[Hearing, str]]:
    """The week's hearings and legal appointments with the young person's preferred name
    (who goes with them is on the hearing), by time: the schedule shows them beside
    therapy, as the day's plans depend on both."""
    ctx.require(Action.READ_RECORDS)
    start = datetime.combine(monday, time.min)
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    return [(h, names.get(h.resident_id, ""))
            for h in legal.hearings_between(ctx, start, start + timedelta(days=7))]


def between(ctx: Context, start: datetime, end: datetime) -> list[Booking]:
    """Single sessions and group sessions (each group once), by time."""
    sessions = reads.sessions_between(ctx.conn, start, end)
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    plans = {p.id: p for p in reads.all_of(ctx.conn, TherapyPlan)}
    out = [Booking(s.id, s, names.get(s.resident_id, ""), plans.get(s.plan_id))
           for s in sessions]
    out += [Booking(g.id, g.session, ", ".join(g.names.get(a.resident_id, "")
                                                for a in g.attendance), None, g)
            for g in groups.between(ctx, start, end)]
    return sorted(out, key=lambda b: (b.session.scheduled_at, b.id))


def warnings(ctx: Context, plan_id: str, at: datetime, duration_min: int = 50) -> list[str]:
    """Why a booking may be a mistake: the resident is busy then, or the cap would be passed."""
    ctx.require(Action.READ_RECORDS)
    plan = reads.get(ctx.conn, TherapyPlan, plan_id)
    out = []
    end = at + timedelta(minutes=duration_min)
    day = datetime.combine(at.date(), time.min)
    for other in reads.sessions_between(ctx.conn, day, day + timedelta(days=1)):
        if other.resident_id != plan.resident_id or str(other.status) != "scheduled":
            continue
        other_end = other.scheduled_at + timedelta(minutes=other.duration_min)
        if other.scheduled_at < end and at < other_end:
            out.append(tr("Already booked at {time} that day.",
                          time=other.scheduled_at.strftime("%H:%M")))
    if plan.session_cap:
        used = reads.sessions_used_by_plan(ctx.conn).get(plan.id, 0)
        booked = sum(1 for s in reads.for_resident(ctx.conn, TherapySession, plan.resident_id)
                     if s.plan_id == plan.id and str(s.status) == "scheduled")
        booked += reads.booked_in_groups(ctx.conn, plan.id)
        if used + booked + 1 > plan.session_cap:
            out.append(tr("This would pass the funded cap ({used} used, {booked} booked, "
                          "cap {cap}).", used=used, booked=booked, cap=plan.session_cap))
    return out


def open_plans(ctx: Context, resident_id: str | None = None) -> list[tuple[str, TherapyPlan]]:
    """Plans that can take a booking (of one resident, when given), with the resident's
    preferred name, by name."""
    ctx.require(Action.READ_RECORDS)
    today = ctx.today()
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    plans = [p for p in reads.all_of(ctx.conn, TherapyPlan)
             if p.resident_id in names and (resident_id is None or p.resident_id == resident_id)
             and (p.end_date is None or p.end_date >= today) and p.closed_on is None]
    return sorted(((names[p.resident_id], p) for p in plans),
                  key=lambda item: item[0].casefold())
