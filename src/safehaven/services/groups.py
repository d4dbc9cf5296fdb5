"""Group sessions (peer group, art, yoga): one session, several residents, each on a plan
of that kind of therapy. Attendance is kept per resident; only those present use a funded
session of their own plan. The schedule shows the group once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import GroupAttendance, GroupSession, Resident, TherapyPlan
from safehaven.domain.vocab import GROUP_MODALITIES, Attendance, GroupStatus, Modality
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_MEMBERS = 40


@dataclass(frozen=True, slots=True)
class Group:
    """A group session with its attendance rows and the residents' preferred names."""

    session: GroupSession
    attendance: list[GroupAttendance]
    names: dict[str, str]  # resident id -> preferred name

    @property
    def id(self) -> str:
        return self.session.id

    def present(self) -> list[str]:
        return [a.resident_id for a in self.attendance if a.status is Attendance.PRESENT]


def _ids(value: Any) -> list[str]:
    items = value.split(",") if isinstance(value, str) else list(value or ())
    out: list[str] = []
    for item in (str(x).strip() for x in items):
        if item and item not in out:
            out.append(item)
    return out


def _plan_for(plans: Iterable[TherapyPlan], resident_id: str, modality: Modality,
              day: Any) -> TherapyPlan | None:
    """The resident's open plan of this kind on that day (the oldest, if several)."""
    fitting = [p for p in plans if p.resident_id == resident_id and p.modality is modality
               and p.open_on(day)]
    return min(fitting, key=lambda p: (p.start_date, p.id)) if fitting else None


def book(ctx: Context, residents: Any, at: datetime, *, modality: Modality | str,
         title: str | None = None, duration_min: int = 60, place: str | None = None,
         facilitator: str | None = None, confirmed: bool = False) -> Result[GroupSession]:
    """Book one session for several residents, each on their open plan of `modality`."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    kind = v.choice("modality", Modality, modality)
    if kind not in GROUP_MODALITIES:
        raise InvalidValue("modality", tr("This therapy is not run as a group; choose one "
                                          "of: {options}.", options=", ".join(
                                              m.value for m in GROUP_MODALITIES)))
    members = _ids(residents)
    if len(members) < 2:
        raise InvalidValue("residents", tr("A group session has two or more residents; "
                                           "book one resident's session on their plan."))
    if len(members) > MAX_MEMBERS:
        raise InvalidValue("residents", tr("At most {n} residents in one group.",
                                           n=MAX_MEMBERS))
    when = at.replace(second=0, microsecond=0)
    if not confirmed and when < ctx.now():
        raise NeedsConfirmation("at", tr("This time is in the past. Record the session "
                                         "anyway?"))
    people = {r.id: r for r in reads.all_of(ctx.conn, Resident)}
    plans = reads.all_of(ctx.conn, TherapyPlan)
    chosen: dict[str, TherapyPlan] = {}
    for rid in members:
        if rid not in people:
            raise InvalidValue("residents", tr("No resident with the id {id}.", id=rid))
        plan = _plan_for(plans, rid, kind, when.date())
        if plan is None:
            raise InvalidValue("residents", tr(
                "{name} has no open plan for {kind} on that day; add one first.",
                name=people[rid].preferred_name, kind=str(kind)))
        chosen[rid] = plan
    group = GroupSession(
        id=new_id(), site_id=ctx.vault.site_id, modality=kind,
        title=v.text("title", title, max_len=200) or str(kind), scheduled_at=when,
        duration_min=v.positive("duration_min", duration_min) or 60,
        place=v.text("place", place, max_len=200),
        facilitator=v.text("facilitator", facilitator, max_len=v.MAX_NAME))
    with ctx.write() as tx:
        tx.insert(group)
        for rid in members:
            tx.insert(GroupAttendance(id=new_id(), site_id=group.site_id, group_id=group.id,
                                      resident_id=rid, plan_id=chosen[rid].id))
    return Result(group, tuple(tx.changes))


def record_attendance(ctx: Context, group_id: str, *, present: Any = (), absent: Any = ()
                      ) -> Result[GroupSession]:
    """Who came and who did not; the group is then held. Residents not named keep what
    they had, so attendance can be filled in over two sittings."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    came, missed = _ids(present), _ids(absent)
    both = set(came) & set(missed)
    if both:
        raise InvalidValue("present", tr("A resident is named both present and absent."))
    if not came and not missed:
        raise InvalidValue("present", tr("Name who was present or absent."))
    rows = {a.resident_id: a for a in _attendance(ctx, group_id)}
    unknown = [rid for rid in came + missed if rid not in rows]
    if unknown:
        raise InvalidValue("present" if unknown[0] in came else "absent",
                           tr("{id} is not booked in this group.", id=unknown[0]))
    with ctx.write() as tx:
        group = tx.get(GroupSession, group_id)
        if group.status is GroupStatus.CANCELLED or group.deleted:
            raise InvalidValue("group_id", tr("This group session was cancelled."))
        if group.scheduled_at.date() > ctx.today():
            raise InvalidValue("group_id", tr("This group session has not happened yet."))
        for rid, status in [(r, Attendance.PRESENT) for r in came] + [
                (r, Attendance.ABSENT) for r in missed]:
            if rows[rid].status is not status:
                tx.update(GroupAttendance, rows[rid].id, status=status)
        if group.status is not GroupStatus.HELD:
            group = tx.update(GroupSession, group_id, status=GroupStatus.HELD)
    return Result(group, tuple(tx.changes))


def cancel(ctx: Context, group_id: str, reason: str) -> Result[GroupSession]:
    """Cancelled for everyone; nobody's cap is used."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    why = v.text("reason", reason, required=True, max_len=2000)
    with ctx.write() as tx:
        current = tx.get(GroupSession, group_id)
        if current.status is GroupStatus.HELD:
            raise InvalidValue("group_id", tr("This group session was held; correct its "
                                              "attendance instead."))
        group = tx.update(GroupSession, group_id, status=GroupStatus.CANCELLED, reason=why)
    return Result(group, tuple(tx.changes))


def _attendance(ctx: Context, group_id: str) -> list[GroupAttendance]:
    return [a for a in reads.group_attendance(ctx.conn, [group_id]) if not a.deleted]


def load(ctx: Context, groups: list[GroupSession]) -> list[Group]:
    names = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
    rows = reads.group_attendance(ctx.conn, [g.id for g in groups])
    by: dict[str, list[GroupAttendance]] = {g.id: [] for g in groups}
    for a in rows:
        by[a.group_id].append(a)
    return [Group(g, sorted(by[g.id], key=lambda a: names.get(a.resident_id, "").casefold()),
                  names) for g in groups]


def get(ctx: Context, group_id: str) -> Group:
    ctx.require(Action.READ_RECORDS)
    return load(ctx, [reads.get(ctx.conn, GroupSession, group_id)])[0]


def between(ctx: Context, start: datetime, end: datetime) -> list[Group]:
    ctx.require(Action.READ_RECORDS)
    return load(ctx, reads.groups_between(ctx.conn, start, end))


def for_resident(ctx: Context, resident_id: str) -> list[tuple[GroupSession, GroupAttendance]]:
    """A resident's group sessions with their own attendance, oldest first."""
    ctx.require(Action.READ_RECORDS)
    mine = reads.for_resident(ctx.conn, GroupAttendance, resident_id)
    groups = {g.id: g for g in reads.groups_by_id(ctx.conn, [a.group_id for a in mine])}
    pairs = [(groups[a.group_id], a) for a in mine if a.group_id in groups]
    return sorted(pairs, key=lambda p: (p[0].scheduled_at, p[0].id))
