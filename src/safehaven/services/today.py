"""The Today screen: who still needs a check-in, what needs attention, today's sessions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from safehaven.domain import alerts as rules
from safehaven.domain import life_alerts, lifecycle
from safehaven.domain import medication as med_rules
from safehaven.domain.life import CaseReview, Complaint, Hearing
from safehaven.domain.medication import DueDose
from safehaven.domain.models import (
    Alert,
    AlertAck,
    Consent,
    Contact,
    HouseLogEntry,
    Resident,
    SafetyPlan,
    TherapySession,
)
from safehaven.services import (
    approvals,
    closures,
    destruction,
    groups,
    house_log,
    house_settings,
    legal,
    medication,
    medication_stock,
    restraints,
)
from safehaven.services.approvals import Pending
from safehaven.services.context import Context
from safehaven.services.destruction import DestructionView
from safehaven.services.groups import Group
from safehaven.services.permissions import Action
from safehaven.services.waiting import LOW_MOOD, LOW_MOOD_DAYS, in_risk_order
from safehaven.store import reads, today_reads

RISK_FLAG_DAYS = 14  # a flag stays until an incident answers it (two weeks at most)


@dataclass(frozen=True, slots=True)
class TodayView:
    needs_checkin: list[Resident]
    alerts: list[Alert]  # most urgent first (`domain.alerts.in_order`), none acknowledged
    sessions: list[TherapySession]
    acknowledged: int = 0  # alerts left off because someone acknowledged them
    groups: list[Group] = field(default_factory=list)  # today's group sessions
    doses: list[DueDose] = field(default_factory=list)  # scheduled, not yet recorded
    house_log: list[HouseLogEntry] = field(default_factory=list)  # last 24 hours, newest first
    hearings: list[Hearing] = field(default_factory=list)  # today's and tomorrow's, by time
    approvals: list[Pending] = field(default_factory=list)  # waiting for this approver
    # why each one still to check in comes where it does (`waiting.in_risk_order`)
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # destructions another manager asked for, waiting for this manager's decision
    destructions: list[DestructionView] = field(default_factory=list)


def overview(ctx: Context) -> TodayView:
    ctx.require(Action.READ_RECORDS)
    conn, today = ctx.conn, ctx.today()
    closed = closures.closed_map(conn)  # closed cases leave Today, their follow-ups stay
    residents = [r for r in reads.in_house_residents(conn) if r.id not in closed]
    done = reads.checked_in_on(conn, today)
    waiting = [r for r in residents if r.id not in done and r.intake_date <= today]
    in_house = {r.id for r in residents}
    alerts: list[Alert] = []
    since = today - timedelta(days=RISK_FLAG_DAYS - 1)  # the recent check-ins' first day
    incidents = today_reads.incidents(conn, since)  # the open ones, and what alerts after
    alerts += rules.incident_alerts(incidents)
    alerts += rules.missing_episode_alerts(ctx.now(), incidents)
    waiting_restraints = restraints.open_ones(ctx)
    alerts += rules.restraint_alerts(
        ctx.now(), [(r.restraint, r.first_id) for r in waiting_restraints],
        {r.first_id for r in waiting_restraints if r.debrief},
        {r.first_id for r in waiting_restraints if r.review})
    alerts += rules.contact_alerts(reads.current_between(
        conn, Contact, "at", datetime.combine(today - timedelta(days=RISK_FLAG_DAYS - 1),
                                              time.min), ctx.now() + timedelta(days=1)))
    # only those the rules below can act on: flagged, with incident words, or a low mood
    recent = today_reads.recent_checkins(conn, since, today, LOW_MOOD,
                                         today - timedelta(days=LOW_MOOD_DAYS - 1))
    flagged = [c.id for c in recent if c.flags]
    noted = [c.id for c in recent if not c.flags and (c.incidents or "").strip()]
    times = reads.recorded_at(conn, "check_ins", flagged + noted)
    alerts += rules.unanswered_flag_alerts(recent, incidents, times)
    alerts += rules.incident_text_alerts(recent, incidents, times)
    # no "no check-in today" alerts: `waiting` is that list, most at risk first
    alerts += rules.missed_session_alerts(reads.recent_held_sessions(conn))
    plans = today_reads.therapy_plans(conn, today)
    alerts += rules.cap_alerts(today, plans, reads.sessions_used_by_plan(conn))
    alerts += rules.one_line_per_resident(rules.overdue_need_alerts(today,
                                                                    reads.open_needs(conn)))
    alerts += rules.consent_alerts(today, reads.all_of(conn, Consent),
                                   reads.all_of(conn, Resident), plans)
    follow_ups = today_reads.follow_ups(conn, today, rules.FOLLOW_UP_RISK_DAYS)
    alerts += rules.follow_up_alerts(today, follow_ups)
    alerts += rules.follow_up_risk_alerts(today, follow_ups)
    safety_plans = reads.all_of(conn, SafetyPlan)
    alerts += rules.safety_plan_alerts(today, safety_plans, residents)
    doses = medication.due(ctx)
    alerts += med_rules.overdue_alerts(doses)
    alerts += medication.refused_alerts(ctx)
    alerts += medication_stock.stock_alerts(ctx)
    coming = legal.coming(ctx)
    alerts += life_alerts.hearing_alerts(ctx.now(), coming)
    alerts += life_alerts.complaint_alerts(today, reads.all_of(conn, Complaint),
                                           house_settings.get(ctx, "complaint-days"))
    alerts += life_alerts.review_alerts(today, reads.all_of(conn, CaseReview), in_house)
    if not ctx.may(Action.ANSWER_COMPLAINT):  # the manager's, and maybe about staff
        alerts = [a for a in alerts if a.kind not in life_alerts.MANAGER_ONLY]
    start = datetime.combine(today, time.min)
    sessions = [s for s in reads.sessions_between(conn, start, start + timedelta(days=1))
                if s.resident_id not in closed]
    alerts = lifecycle.without_closed(alerts, closed)
    open_alerts = rules.not_acknowledged(alerts, reads.all_of(conn, AlertAck))
    ordered = in_risk_order(today, waiting, open_alerts, recent, safety_plans)
    return TodayView([w.resident for w in ordered], rules.in_order(open_alerts), sessions,
                     len(alerts) - len(open_alerts),
                     groups.between(ctx, start, start + timedelta(days=1)),
                     [d for d in doses if d.prescription.resident_id in in_house],
                     house_log.recent(ctx),
                     [h for h in coming if h.at.date() <= today + timedelta(days=1)],
                     approvals.pending(ctx), {w.resident.id: w.reasons for w in ordered},
                     destruction.waiting_for(ctx))
