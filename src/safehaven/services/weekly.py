"""Figures for one ISO week, as the records stood at the end of that week.

Stages come from the stage changes, open needs from their opening and closing dates (and the
change log where a need was reopened), caps, sessions used, consents and trusted adults from
the change log replayed up to the end of the week (`store/history.py`). A week still running
is counted up to now, and its check-in completion only over the days already lived.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from safehaven.domain import alerts as rules
from safehaven.domain.dates import days_between
from safehaven.domain.models import (
    Alert,
    CaseNote,
    CheckIn,
    Consent,
    FollowUp,
    GroupAttendance,
    GroupSession,
    Incident,
    Need,
    Resident,
    Site,
    Staff,
    StageChange,
    TherapyPlan,
    TherapySession,
    TrustedAdult,
)
from safehaven.domain.vocab import (
    Attendance,
    CareStage,
    GroupStatus,
    NoteKind,
    VettingStatus,
)
from safehaven.services import (
    mar,
    medication_stock,
    weekly_attention,
    weekly_life,
    weekly_reprint,
    weekly_safeguarding,
)
from safehaven.services.context import Context
from safehaven.services.mar import MarLine
from safehaven.services.permissions import Action
from safehaven.services.week_figures import (
    Stages,
    WeekFigures,
    closed_days,
    count_week,
    week_cutoff,
)
from safehaven.services.weekly_life import LifeWeek
from safehaven.services.weekly_safeguarding import SafeguardingWeek
from safehaven.store import history, reads
from safehaven.store.reprint import Reprint


@dataclass(frozen=True, slots=True)
class Concern:
    """Someone who needs attention, named on the report's first page."""

    kind: str  # risk-flag, incident, overdue-need, follow-up, consent-missing,
    # consent-expiring, consent-expired, vetting, over-cap, cap-reached, cap-nearly-used,
    # missed-sessions
    resident_id: str
    day: date | None
    detail: str  # a vocabulary value, a count such as "13/12", a name or free text


@dataclass(frozen=True, slots=True)
class Change:
    """A line of "what changed": an arrival, a departure or a move between stages."""

    kind: str  # arrival, departure, move
    resident_id: str
    day: date
    from_stage: str | None = None
    to_stage: str | None = None
    reason: str = ""
    destination: str | None = None


@dataclass(frozen=True, slots=True)
class WeeklyData:
    """Everything the weekly house report shows, gathered in one read."""

    house: str
    generated_by: str
    generated_at: datetime
    figures: WeekFigures
    residents: list[Resident]  # in the house that week, as their records stood at its end
    checkins: list[CheckIn]
    sessions: list[TherapySession]  # statuses as of the end of the week
    next_week: list[TherapySession]
    plans: dict[str, TherapyPlan]  # as of the end of the week
    used: dict[str, int]  # sessions that used the cap, up to the end of the week
    open_needs: list[Need]  # open at the end of the week
    manager_notes: list[CaseNote]
    alerts: list[Alert]
    staff_names: dict[str, str]
    stage_moves: list[StageChange]
    concerns: list[Concern] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # every resident, by id
    as_of: date | None = None  # the last day counted
    groups: list[WeekGroup] = field(default_factory=list)  # this week's, as they stood
    next_groups: list[WeekGroup] = field(default_factory=list)  # booked for next week
    medicines: list[MarLine] = field(default_factory=list)  # doses due, given, missed…
    safeguarding: SafeguardingWeek = field(default_factory=SafeguardingWeek)  # issue 27
    life: LifeWeek = field(default_factory=LifeWeek)  # issue 31: hearings, school, goals
    attention: weekly_attention.Attention = field(default_factory=weekly_attention.Attention)
    adults: list[TrustedAdult] = field(default_factory=list)  # still being vetted then
    incidents: list[Incident] = field(default_factory=list)  # of the week, by time
    corrections: list[weekly_reprint.Correction] = field(default_factory=list)  # since


@dataclass(frozen=True, slots=True)
class WeekGroup:
    """A group session once, with the attendance of the residents in the house that week."""

    session: GroupSession
    attendance: list[GroupAttendance]

    def count(self, status: Attendance) -> int:
        return sum(1 for a in self.attendance if a.status is status)


def report_data(ctx: Context, week: str) -> WeeklyData:
    """The weekly report's content as of the end of the week; audited as one view."""
    ctx.require(Action.PRINT_WEEKLY)  # every child's flags and incidents: managers (#25)
    conn = ctx.conn
    start, end, cutoff, in_progress = week_cutoff(ctx, week)
    rp = Reprint(conn, history.clock_at(cutoff))  # every table read once, for this report
    stages = Stages(rp.rows(StageChange), closed_days(ctx))
    f = count_week(ctx, rp, week, start, end, cutoff, in_progress, stages)
    day = min(end, ctx.today())  # the last day counted
    days = [d for d in days_between(start, end) if d <= day]
    everyone = rp.rows(Resident)
    then = {r.id: stages.as_of(r, day) for r in everyone}
    present = [then[r.id] for r in everyone if any(stages.present(r, d) for d in days)]
    ids = {r.id for r in present}
    week_start = datetime.combine(start, time.min)
    week_end = week_start + timedelta(days=7)
    all_sessions = weekly_reprint.sessions_then(  # each by its own date (issue 26)
        rp, [s for s in rp.rows(TherapySession) if s.scheduled_at < week_end])
    sessions = sorted((s for s in all_sessions if week_start <= s.scheduled_at < cutoff),
                      key=lambda s: (s.scheduled_at, s.id))
    next_week = sorted((s for s in rp.as_of(TherapySession)
                        # as booked at the end of the week
                        if week_end <= s.scheduled_at < week_end + timedelta(days=7)
                        and s.resident_id in ids and then[s.resident_id].discharge_date is None),
                       key=lambda s: (s.scheduled_at, s.id))
    plans = {p.id: p for p in _plans_as_of(rp, day)}
    used: Counter[str] = Counter(s.plan_id for s in all_sessions
                                 if s.scheduled_at < cutoff and s.status.uses_cap)
    all_groups = [g for g in rp.rows(GroupSession) if not g.deleted]
    attendance = [a for a in rp.rows(GroupAttendance) if not a.deleted]
    held = {g.id for g in all_groups if g.scheduled_at < cutoff and g.status is GroupStatus.HELD}
    used.update(a.plan_id for a in attendance
                if a.group_id in held and a.status is Attendance.PRESENT)
    checkins = [c for c in reads.checkins_between(conn, start, day) if c.resident_id in ids]
    needs_now = [n for n in rp.rows(Need) if n.resident_id in ids]
    still_open = weekly_reprint.open_on(rp, needs_now, day)
    open_needs = sorted((n for n in needs_now if n.id in still_open),
                        key=lambda n: (n.due_date is None, n.due_date or day, n.id))
    notes = [ctx.opened(n) for n in rp.rows(CaseNote)
             if n.for_manager and n.resident_id in ids and start <= n.written_at.date() <= day
             and (n.kind is not NoteKind.CLINICAL or ctx.may(Action.READ_RESTRICTED))]
    consents = [c if c.revoked_on is not None or now_c.revoked_on is None
                or now_c.revoked_on > day else replace(c, revoked_on=now_c.revoked_on)
                for c, now_c in _paired(rp.as_of(Consent), rp.rows(Consent))]
    plans_here = [p for p in plans.values() if p.resident_id in ids]
    alerts = rules.risk_flag_alerts(checkins)
    alerts += rules.missed_session_alerts([s for s in sessions if s.resident_id in ids])
    alerts += rules.cap_alerts(day, plans_here, dict(used))
    alerts += rules.overdue_need_alerts(day, open_needs)
    alerts += [a for a in rules.consent_alerts(day, consents, list(then.values()),
                                               list(plans.values()))
               if a.resident_id in ids]
    follow_ups = [replace(u, done_on=None) if u.done_on and u.done_on > day else u
                  for u in rp.rows(FollowUp)
                  if u.resident_id in then and u.due_date <= day]
    alerts += rules.follow_up_alerts(day + timedelta(days=1), follow_ups)
    alerts += rules.follow_up_risk_alerts(day, [u for u in follow_ups if u.done_on is not None
                                                and u.done_on >= start])
    adults = [a for a in rp.as_of(TrustedAdult)
              if a.resident_id in ids and a.vetting_status in (VettingStatus.IN_PROGRESS,
                                                                VettingStatus.NOT_VETTED)]
    concerns = _concerns(checkins, alerts, plans_here, dict(used), open_needs, adults, day)
    week_incidents = sorted((i for i in rp.rows(Incident) if i.resident_id in ids
                             and week_start <= i.occurred_at < cutoff),
                            key=lambda i: (i.occurred_at, i.id))
    for i in week_incidents:
        state = "open" if i.closed_at is None or i.closed_at >= cutoff else "closed"
        concerns.append(Concern("incident", i.resident_id, i.occurred_at.date(),
                                f"{i.kind}|{state}|{' '.join(i.description.split())}"))
    medicines = mar.mar_lines(ctx, ids, start, cutoff)
    concerns += [Concern("doses-missed", m.resident_id, None, f"{m.medicine}|{m.missed}")
                 for m in medicines if m.missed]
    concerns += [Concern("stock-discrepancy", p.resident_id, st.counted_at.date(),
                         f"{p.medicine}|{st.counted}|{st.expected}")
                 for p, st in medication_stock.stock_mismatches(ctx, ids, week_start, cutoff)
                 if st.counted_at is not None]
    seen = {(c.resident_id, c.date) for c in checkins}
    missed: Counter[str] = Counter(r.id for r in present for d in f.checkins_expected
                                   if stages.present(r, d) and (r.id, d) not in seen)
    ordered = [r.id for r in sorted(present, key=lambda r: r.preferred_name.casefold())]
    attention = weekly_attention.for_week(
        ctx, ordered, day, checkins, dict(missed), plans_here,
        [(c.resident_id, weekly_attention.Reason(c.kind, c.day, c.detail,
                                                 weekly_attention.SOON))
         for c in concerns if c.kind in ("doses-missed", "stock-discrepancy")])
    site = rp.rows(Site)
    staff_names = {s.id: s.display_name for s in rp.rows(Staff)}
    week_needs = [n for n in needs_now if start <= n.opened_on <= end] + \
        weekly_reprint.needs_met(rp, needs_now, start, end)
    corrections = sorted(weekly_reprint.corrections(
        rp, [s for s in sessions if s.resident_id in ids], week_needs, staff_names,
        start, end) + weekly_reprint.checkin_corrections(rp, ids, start, end, staff_names)
        + weekly_reprint.incident_corrections(rp, week_incidents, staff_names),
        key=lambda c: c.at)
    moves = [m for m in rp.rows(StageChange)
             if start <= m.changed_on <= day and m.resident_id in ids]
    with ctx.write() as tx:
        tx.audit("report-weekly", None, None, None)
    return WeeklyData(
        house=site[0].name if site else "", generated_by=ctx.actor.display_name
        if ctx.actor else "", generated_at=ctx.now(), figures=f,
        residents=sorted(present, key=lambda r: r.preferred_name.casefold()),
        checkins=checkins, sessions=[s for s in sessions if s.resident_id in ids],
        next_week=next_week, plans=plans, used=dict(used), open_needs=open_needs,
        manager_notes=notes, alerts=alerts, staff_names=staff_names,
        stage_moves=sorted(moves, key=lambda m: (m.changed_on, m.id)), concerns=concerns,
        changes=_changes(present, moves, stages, start, day),
        names={r.id: r.preferred_name for r in everyone}, as_of=day,
        groups=_groups(all_groups, attendance, ids, week_start, cutoff),
        next_groups=_groups(all_groups, attendance, ids, week_end,
                            week_end + timedelta(days=7)),
        medicines=medicines,
        safeguarding=weekly_safeguarding.for_week(ctx, week_start, cutoff, ids),
        life=weekly_life.for_week(ctx, week_start, cutoff, ids),
        attention=attention, adults=adults, incidents=week_incidents,
        corrections=corrections,
    )


def _groups(groups: list[GroupSession], attendance: list[GroupAttendance], ids: set[str],
            start: datetime, before: datetime) -> list[WeekGroup]:
    """Groups between `start` and `before` with someone of the week's residents booked."""
    by_group: defaultdict[str, list[GroupAttendance]] = defaultdict(list)
    for a in attendance:
        if a.resident_id in ids:
            by_group[a.group_id].append(a)
    return [WeekGroup(g, sorted(by_group[g.id], key=lambda a: a.resident_id))
            for g in sorted(groups, key=lambda g: (g.scheduled_at, g.id))
            if start <= g.scheduled_at < before and by_group[g.id]]


def _paired(then: list[Any], now: list[Any]) -> list[tuple[Any, Any]]:
    current = {r.id: r for r in now}
    return [(r, current[r.id]) for r in then if r.id in current]


def _plans_as_of(rp: Reprint, day: date) -> list[TherapyPlan]:
    """Plans as they stood then; one closed since with a date on or before `day` was closed."""
    now = {p.id: p for p in rp.rows(TherapyPlan)}
    out = []
    for p in rp.as_of(TherapyPlan):
        if p.id not in now:
            continue
        closed = now[p.id].closed_on
        if p.closed_on is None and closed is not None and closed <= day:
            p = replace(p, closed_on=closed, close_reason=now[p.id].close_reason)
        out.append(p)
    return out


def cap_state(used: int, cap: int | None) -> str | None:
    """over-cap, cap-reached, cap-nearly-used, or None."""
    if not cap:
        return None
    if used > cap:
        return "over-cap"
    if used == cap:
        return "cap-reached"
    if used >= rules.CAP_WARNING_SHARE * cap:
        return "cap-nearly-used"
    return None


def _concerns(checkins: list[CheckIn], alerts: list[Alert], plans: list[TherapyPlan],
              used: dict[str, int], open_needs: list[Need], adults: list[TrustedAdult],
              day: date) -> list[Concern]:
    out = [Concern("risk-flag", c.resident_id, c.date, str(flag))
           for c in checkins for flag in c.flags]
    out += [Concern("incident", c.resident_id, c.date, f"||{' '.join(c.incidents.split())}")
            for c in checkins if c.incidents and c.incidents.strip()]
    out += [Concern("overdue-need", n.resident_id, n.due_date, str(n.category))
            for n in open_needs if n.due_date is not None and n.due_date < day]
    kinds = {"follow-up-overdue": "follow-up", "consent-missing": "consent-missing",
             "consent-expiring": "consent-expiring", "consent-expired": "consent-expired",
             "missed-sessions": "missed-sessions", "follow-up-risk": "follow-up-risk"}
    out += [Concern(kinds[str(a.kind)], a.resident_id, a.day, a.detail)
            for a in alerts if str(a.kind) in kinds]
    out += [Concern("vetting", a.resident_id, a.vetted_on, f"{a.name}|{a.vetting_status}")
            for a in adults]
    for p in plans:
        if p.deleted or not p.session_cap or not p.open_on(day):
            continue
        state = cap_state(used.get(p.id, 0), p.session_cap)
        if state:
            out.append(Concern(state, p.resident_id, None,
                               f"{p.modality}|{used.get(p.id, 0)}/{p.session_cap}"))
    return out


def _changes(present: list[Resident], moves: list[StageChange], stages: Stages,
             start: date, day: date) -> list[Change]:
    out = [Change("arrival", r.id, r.intake_date) for r in present
           if start <= r.intake_date <= day]
    for m in sorted(moves, key=lambda m: (m.changed_on, m.id)):
        if m.from_stage is None:
            continue
        if m.to_stage is CareStage.FOLLOW_UP and CareStage(m.from_stage).in_house:
            earlier = [c for c in stages.by_resident.get(m.resident_id, [])
                       if c.destination is not None and c.changed_on <= m.changed_on]
            goes = m.destination or (earlier[-1].destination if earlier else None)
            out.append(Change("departure", m.resident_id, m.changed_on, str(m.from_stage),
                              str(m.to_stage), m.reason, str(goes) if goes else None))
        else:
            out.append(Change("move", m.resident_id, m.changed_on, str(m.from_stage),
                              str(m.to_stage), m.reason,
                              str(m.destination) if m.destination else None))
    return out
