"""Figures for one ISO week: what the weekly house report and the funder summary count."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from safehaven.domain import alerts as rules
from safehaven.domain.dates import days_between, week_bounds
from safehaven.domain.models import (
    Alert,
    CaseNote,
    CheckIn,
    Consent,
    Need,
    Resident,
    Site,
    Staff,
    StageChange,
    TherapyPlan,
    TherapySession,
)
from safehaven.domain.vocab import CareStage, NeedStatus, NoteKind
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class WeekFigures:
    week: str
    start: date
    end: date
    residents: int  # in the house on at least one day of the week
    intakes: int
    exits: int
    stage_moves: int
    checkins_expected: dict[date, int] = field(default_factory=dict)
    checkins_done: dict[date, int] = field(default_factory=dict)
    flags: Counter[str] = field(default_factory=Counter)
    sessions: Counter[str] = field(default_factory=Counter)  # by status
    needs_opened: Counter[str] = field(default_factory=Counter)  # by category
    needs_met: Counter[str] = field(default_factory=Counter)

    @property
    def completion(self) -> float:
        expected = sum(self.checkins_expected.values())
        return sum(self.checkins_done.values()) / expected if expected else 1.0


def in_house_on(resident: Resident, day: date) -> bool:
    """Present that day: arrived on or before it, not yet left (the exit day counts)."""
    if resident.deleted or resident.intake_date > day:
        return False
    if resident.discharge_date is not None:
        return day <= resident.discharge_date
    return CareStage(resident.stage).in_house


def figures(ctx: Context, week: str) -> WeekFigures:
    ctx.require(Action.READ_RECORDS)
    conn = ctx.conn
    start, end = week_bounds(week)
    days = days_between(start, end)
    residents = reads.all_of(conn, Resident)
    present = {d: {r.id for r in residents if in_house_on(r, d)} for d in days}
    checkins = reads.checkins_between(conn, start, end)
    done: dict[date, set[str]] = {d: set() for d in days}
    flags: Counter[str] = Counter()
    for c in checkins:
        if c.resident_id in present[c.date]:
            done[c.date].add(c.resident_id)
        flags.update(str(f) for f in c.flags)
    moves = [s for s in reads.all_of(conn, StageChange) if start <= s.changed_on <= end]
    sessions = reads.sessions_between(conn, datetime.combine(start, time.min),
                                      datetime.combine(end + timedelta(days=1), time.min))
    needs = reads.all_of(conn, Need)
    return WeekFigures(
        week=week, start=start, end=end,
        residents=len(set().union(*present.values())),
        intakes=sum(1 for r in residents if not r.deleted and start <= r.intake_date <= end),
        exits=sum(1 for r in residents if not r.deleted and r.discharge_date
                  and start <= r.discharge_date <= end),
        stage_moves=sum(1 for s in moves if s.from_stage is not None),
        checkins_expected={d: len(present[d]) for d in days},
        checkins_done={d: len(done[d]) for d in days},
        flags=flags,
        sessions=Counter(str(s.status) for s in sessions),
        needs_opened=Counter(str(n.category) for n in needs if start <= n.opened_on <= end),
        needs_met=Counter(str(n.category) for n in needs if n.status is NeedStatus.MET
                          and n.closed_on and start <= n.closed_on <= end),
    )


@dataclass(frozen=True, slots=True)
class WeeklyData:
    """Everything the weekly house report shows, gathered in one read."""

    house: str
    generated_by: str
    generated_at: datetime
    figures: WeekFigures
    residents: list[Resident]  # in the house on at least one day of the week
    checkins: list[CheckIn]
    sessions: list[TherapySession]
    next_week: list[TherapySession]
    plans: dict[str, TherapyPlan]
    used: dict[str, int]
    open_needs: list[Need]
    manager_notes: list[CaseNote]
    alerts: list[Alert]
    staff_names: dict[str, str]
    stage_moves: list[StageChange]

    @property
    def alerts_by_kind(self) -> Counter[str]:
        return Counter(str(a.kind) for a in self.alerts)


def report_data(ctx: Context, week: str) -> WeeklyData:
    """The weekly report's content; the report itself is audited as one view."""
    ctx.require(Action.READ_RECORDS)
    conn = ctx.conn
    f = figures(ctx, week)
    days = days_between(f.start, f.end)
    everyone = reads.all_of(conn, Resident)
    present = [r for r in everyone if any(in_house_on(r, d) for d in days)]
    ids = {r.id for r in present}
    week_start = datetime.combine(f.start, time.min)
    week_end = week_start + timedelta(days=7)
    sessions = reads.sessions_between(conn, week_start, week_end)
    next_week = reads.sessions_between(conn, week_end, week_end + timedelta(days=7))
    plans = {p.id: p for p in reads.all_of(conn, TherapyPlan)}
    used = reads.sessions_used_by_plan(conn)
    checkins = [c for c in reads.checkins_between(conn, f.start, f.end) if c.resident_id in ids]
    open_needs = [n for n in reads.open_needs(conn) if n.resident_id in ids]
    notes = [n for n in reads.all_of(conn, CaseNote)
             if n.for_manager and n.resident_id in ids and f.start <= n.written_at.date() <= f.end
             and (n.kind is not NoteKind.CLINICAL or ctx.may(Action.READ_RESTRICTED))]
    alerts = rules.risk_flag_alerts(checkins)
    alerts += rules.missed_session_alerts([s for s in sessions if s.resident_id in ids])
    alerts += rules.cap_alerts(f.end, [p for p in plans.values() if p.resident_id in ids], used)
    alerts += rules.overdue_need_alerts(f.end, open_needs)
    alerts += [a for a in rules.consent_alerts(f.end, reads.all_of(conn, Consent),
                                               everyone,
                                               list(plans.values()))
               if a.resident_id in ids]
    site = reads.all_of(conn, Site)
    staff_names = {s.id: s.display_name for s in reads.all_of(conn, Staff)}
    with ctx.write() as tx:
        tx.audit("report-weekly", None, None, None)
    return WeeklyData(
        house=site[0].name if site else "", generated_by=ctx.actor.display_name
        if ctx.actor else "", generated_at=ctx.now(), figures=f,
        residents=sorted(present, key=lambda r: r.preferred_name.casefold()),
        checkins=checkins, sessions=sessions, next_week=next_week, plans=plans, used=used,
        open_needs=open_needs, manager_notes=notes, alerts=alerts, staff_names=staff_names,
        stage_moves=[m for m in reads.all_of(conn, StageChange)
                     if f.start <= m.changed_on <= f.end and m.resident_id in ids],
    )
