"""Alert rules. Pure: the caller passes the records, the rules say what needs attention."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from safehaven.domain.models import (
    Alert,
    AlertAck,
    CheckIn,
    Consent,
    Contact,
    FollowUp,
    Incident,
    Need,
    Resident,
    Restraint,
    SafetyPlan,
    TherapyPlan,
    TherapySession,
)
from safehaven.domain.vocab import (
    AlertKind,
    CareStage,
    ConsentPurpose,
    IncidentKind,
    NeedStatus,
    Priority,
    RiskLevel,
    SessionStatus,
)

CAP_WARNING_SHARE = 0.8
RETURN_INTERVIEW_WITHIN = timedelta(hours=72)  # English guidance on children missing from care
DEBRIEF_WITHIN = timedelta(hours=24)  # after a restraint (England 2015 reg. 35)
CONSENT_WARNING_DAYS = 14
MISSED_IN_A_ROW = 2


# How soon an alert needs someone, most urgent first; within a level, kinds in this order.
URGENT, SOON, ROUTINE = "urgent", "soon", "routine"
URGENCY: dict[str, tuple[str, ...]] = {
    URGENT: (AlertKind.MISSING_NOW, AlertKind.INCIDENT_OPEN, AlertKind.RISK_FLAG,
             AlertKind.NO_CONTACT_MATCH, AlertKind.INCIDENT_NOTED, AlertKind.FOLLOW_UP_RISK,
             AlertKind.DOSE_OVERDUE, AlertKind.DOSES_TOO_CLOSE,
             AlertKind.RETURN_INTERVIEW_OVERDUE, AlertKind.DEBRIEF_OVERDUE,
             AlertKind.HEARING_ALONE),
    SOON: (AlertKind.HEARING_TOMORROW, AlertKind.COMPLAINT_UNANSWERED,
           AlertKind.RETURN_INTERVIEW_DUE, AlertKind.DEBRIEF_DUE, AlertKind.RESTRAINT_REVIEW,
           AlertKind.DOSES_REFUSED, AlertKind.STOCK_DISCREPANCY, AlertKind.STOCK_EXPIRED,
           AlertKind.UNKNOWN_CONTACT, AlertKind.UNVETTED_CONTACT, AlertKind.CONSENT_MISSING,
           AlertKind.CONSENT_EXPIRED, AlertKind.FOLLOW_UP_OVERDUE,
           AlertKind.SAFETY_PLAN_REVIEW, AlertKind.MISSED_SESSIONS),
    ROUTINE: (AlertKind.REVIEW_DUE, AlertKind.STOCK_EXPIRING, AlertKind.OVERDUE_NEED,
              AlertKind.CONSENT_EXPIRING,
              AlertKind.CAP_NEARLY_USED, AlertKind.NO_CHECKIN),
}
_RANK = {str(kind): (level, n) for level, (_, kinds) in enumerate(URGENCY.items())
         for n, kind in enumerate(kinds)}
_LEVELS = tuple(URGENCY)
_EPOCH = datetime(2000, 1, 1)


def urgency(alert: Alert) -> str:
    return _LEVELS[_RANK.get(str(alert.kind), (len(_LEVELS) - 1, 0))[0]]


def in_order(alerts: Iterable[Alert]) -> list[Alert]:
    """Most urgent first. Open incidents and risk flags: newest first, by the time of day
    (what happened tonight comes before last week's); everything else: by kind, then the
    longest waiting first. A young person missing from care now comes before everything.
    Ties by resident and record, so the order never wobbles."""
    def key(a: Alert) -> tuple[object, ...]:
        level, n = _RANK.get(str(a.kind), (len(_LEVELS), 0))
        if a.kind == AlertKind.MISSING_NOW:
            level = -1
        if level <= 0:
            moment = a.at or datetime.combine(a.day, time.max)  # time unknown: any time
            return (level, -(moment - _EPOCH).total_seconds(), n, a.resident_id,
                    a.source_id or "", a.detail)
        return (level, n, a.day.toordinal(), a.resident_id, a.source_id or "", a.detail)
    return sorted(alerts, key=key)


def not_acknowledged(alerts: Iterable[Alert], acks: Iterable[AlertAck]) -> list[Alert]:
    """Alerts nobody has acknowledged in their present condition."""
    seen = {(a.resident_id, str(a.kind), a.condition) for a in acks}
    return [a for a in alerts if (a.resident_id, str(a.kind), a.condition) not in seen]


def risk_flag_alerts(checkins: Iterable[CheckIn],
                     recorded: dict[str, datetime] | None = None) -> list[Alert]:
    """One alert per flag raised in a check-in (callers pass the recent ones), at the time
    the check-in was recorded when known."""
    when = recorded or {}
    out = []
    for c in checkins:
        at = when.get(c.id)
        if at is not None and at.date() != c.date:
            at = None  # recorded on another day (late): its time says nothing of the day's
        out += [Alert(AlertKind.RISK_FLAG, c.resident_id, c.date, str(flag), c.id, at)
                for flag in c.flags]
    return out


def unanswered_flag_alerts(checkins: Iterable[CheckIn], incidents: Iterable[Incident],
                           recorded: dict[str, datetime] | None = None) -> list[Alert]:
    """Risk flags nobody has recorded an incident for yet (callers pass the recent ones)."""
    answered = {i.checkin_id for i in incidents if i.checkin_id and not i.deleted}
    return risk_flag_alerts((c for c in checkins if c.id not in answered), recorded)


def incident_text_alerts(checkins: Iterable[CheckIn], incidents: Iterable[Incident],
                         recorded: dict[str, datetime] | None = None) -> list[Alert]:
    """Something written in a check-in's incidents box with no flag ticked and no incident
    recorded from it: what a worker wrote happened must not vanish into the record (a
    flagged check-in already raises its flag's alert)."""
    answered = {i.checkin_id for i in incidents if i.checkin_id and not i.deleted}
    when = recorded or {}
    out = []
    for c in checkins:
        if c.flags or not (c.incidents or "").strip() or c.id in answered:
            continue
        at = when.get(c.id)
        out.append(Alert(AlertKind.INCIDENT_NOTED, c.resident_id, c.date,
                         _first_words(c.incidents or ""), c.id,
                         at if at is not None and at.date() == c.date else None))
    return out


def _first_words(text: str, most: int = 80) -> str:
    """What was written, on one line and short enough for Today's detail column."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[:most - 1].rstrip() + "…"


FOLLOW_UP_RISK_DAYS = 30  # a contact's risk stays on Today until acknowledged, a month at most
ELEVATED = (RiskLevel.MEDIUM, RiskLevel.HIGH)


def follow_up_risk_alerts(today: date, follow_ups: Iterable[FollowUp]) -> list[Alert]:
    """A follow-up contact that found medium or high re-trafficking risk, or any of its
    signs, in the last month: as urgent as a risk flag at a check-in."""
    out = []
    for f in follow_ups:
        if f.deleted or f.done_on is None or not (
                today - timedelta(days=FOLLOW_UP_RISK_DAYS) < f.done_on <= today):
            continue
        if f.risk_level in ELEVATED:
            out.append(Alert(AlertKind.FOLLOW_UP_RISK, f.resident_id, f.done_on,
                             str(f.risk_level), f.id))
        elif f.risk_indicators:
            out.append(Alert(AlertKind.FOLLOW_UP_RISK, f.resident_id, f.done_on,
                             str(f.risk_indicators[0]), f.id))
    return out


def incident_alerts(incidents: Iterable[Incident]) -> list[Alert]:
    """Every incident not yet closed, whatever its age."""
    return [Alert(AlertKind.INCIDENT_OPEN, i.resident_id, i.occurred_at.date(), str(i.kind),
                  i.id, i.occurred_at) for i in incidents if i.is_open]


def missing_episode_alerts(now: datetime, incidents: Iterable[Incident]) -> list[Alert]:
    """A young person still missing (top of Today until the return is recorded), and a
    return interview not yet recorded: due within 72 hours of the return, then overdue."""
    out = []
    for i in incidents:
        if i.deleted or i.kind is not IncidentKind.MISSING:
            continue
        if i.still_missing:
            since = i.last_seen_at or i.occurred_at
            out.append(Alert(AlertKind.MISSING_NOW, i.resident_id, since.date(), "", i.id,
                             since))
        elif i.returned_at is not None and i.interview_at is None:
            due = i.returned_at + RETURN_INTERVIEW_WITHIN
            kind = (AlertKind.RETURN_INTERVIEW_OVERDUE if now > due
                    else AlertKind.RETURN_INTERVIEW_DUE)
            out.append(Alert(kind, i.resident_id, due.date(), "", i.id, due))
    return out


def contact_alerts(contacts: Iterable[Contact]) -> list[Alert]:
    """Contact with someone on the no-contact list (urgent: a manager must hear of it),
    attempts by people the house does not know, and contact with an adult whose vetting is
    not done (callers pass the recent ones)."""
    out = []
    for c in contacts:
        if c.no_contact_id:
            out.append(Alert(AlertKind.NO_CONTACT_MATCH, c.resident_id, c.at.date(),
                             str(c.kind), c.id, c.at))
        elif c.unknown_person:
            out.append(Alert(AlertKind.UNKNOWN_CONTACT, c.resident_id, c.at.date(),
                             str(c.kind), c.id, c.at))
        elif c.unvetted_adult_id:
            out.append(Alert(AlertKind.UNVETTED_CONTACT, c.resident_id, c.at.date(),
                             str(c.kind), c.id, c.at))
    return out


def restraint_alerts(now: datetime, restraints: Iterable[tuple[Restraint, str]],
                     debriefed: set[str], reviewed: set[str]) -> list[Alert]:
    """Each restraint (its current version, with the id of its first) without the young
    person's debrief: due for 24 hours after it ended, then overdue; and without a
    manager's review. Both stay until done."""
    out = []
    for r, first in restraints:
        ended = r.started_at + timedelta(minutes=r.duration_min)
        if first not in debriefed:
            due = ended + DEBRIEF_WITHIN
            kind = AlertKind.DEBRIEF_OVERDUE if now > due else AlertKind.DEBRIEF_DUE
            out.append(Alert(kind, r.resident_id, due.date(), "", first, due))
        if first not in reviewed:
            out.append(Alert(AlertKind.RESTRAINT_REVIEW, r.resident_id, r.started_at.date(),
                             "", first, r.started_at))
    return out


def missing_checkin_alerts(today: date, residents: Iterable[Resident],
                           checked_in_today: set[str]) -> list[Alert]:
    return [
        Alert(AlertKind.NO_CHECKIN, r.id, today, "")
        for r in residents
        if not r.deleted and CareStage(r.stage).in_house and r.discharge_date is None
        and r.intake_date <= today and r.id not in checked_in_today
    ]


def missed_session_alerts(sessions: Iterable[TherapySession]) -> list[Alert]:
    """Alert when a resident's last sessions that took place or were missed were all missed."""
    by_resident: dict[str, list[TherapySession]] = defaultdict(list)
    for s in sessions:
        if not s.deleted and s.status in (SessionStatus.ATTENDED, SessionStatus.MISSED):
            by_resident[s.resident_id].append(s)
    alerts = []
    for resident_id, held in by_resident.items():
        held.sort(key=lambda s: s.scheduled_at)
        last = held[-MISSED_IN_A_ROW:]
        if len(last) == MISSED_IN_A_ROW and all(s.status is SessionStatus.MISSED for s in last):
            alerts.append(Alert(AlertKind.MISSED_SESSIONS, resident_id,
                                last[-1].scheduled_at.date(), str(MISSED_IN_A_ROW), last[-1].id))
    return alerts


def sessions_used(plan: TherapyPlan, sessions: Iterable[TherapySession]) -> int:
    return sum(1 for s in sessions if s.plan_id == plan.id and not s.deleted
               and SessionStatus(s.status).uses_cap)


def cap_alerts(today: date, plans: Iterable[TherapyPlan],
               used_by_plan: dict[str, int]) -> list[Alert]:
    alerts = []
    for p in plans:
        if (p.deleted or not p.session_cap or (p.end_date and p.end_date < today)
                or (p.closed_on and p.closed_on <= today)):
            continue
        used = used_by_plan.get(p.id, 0)
        if used >= CAP_WARNING_SHARE * p.session_cap:
            alerts.append(Alert(AlertKind.CAP_NEARLY_USED, p.resident_id, today,
                                f"{used}/{p.session_cap}", p.id))
    return alerts


def overdue_need_alerts(today: date, needs: Iterable[Need]) -> list[Alert]:
    return [
        Alert(AlertKind.OVERDUE_NEED, n.resident_id, n.due_date, str(n.category), n.id)
        for n in needs
        if not n.deleted and n.priority is Priority.HIGH and NeedStatus(n.status).is_open
        and n.due_date is not None and n.due_date < today
    ]


def safety_plan_alerts(today: date, plans: Iterable[SafetyPlan],
                       residents: Iterable[Resident]) -> list[Alert]:
    """A safety plan due for review, for a young person still in the house."""
    here = {r.id for r in residents if not r.deleted and CareStage(r.stage).in_house}
    newest: dict[str, SafetyPlan] = {}
    for p in plans:
        if not p.deleted and (p.resident_id not in newest
                              or p.reviewed_on > newest[p.resident_id].reviewed_on):
            newest[p.resident_id] = p
    return [Alert(AlertKind.SAFETY_PLAN_REVIEW, p.resident_id, p.review_due, "", p.id)
            for p in newest.values() if p.review_due <= today and p.resident_id in here]


def one_line_per_resident(alerts: list[Alert]) -> list[Alert]:
    """Overdue needs folded into one line per resident (its detail: the need's category,
    or how many there are), so that a house's Today is not a wall of them."""
    overdue: dict[str, list[Alert]] = defaultdict(list)
    rest: list[Alert] = []
    for a in alerts:
        (overdue[a.resident_id] if a.kind == AlertKind.OVERDUE_NEED else rest).append(a)
    for group in overdue.values():
        oldest = min(group, key=lambda a: a.day)
        rest.append(oldest if len(group) == 1 else Alert(
            AlertKind.OVERDUE_NEED, oldest.resident_id, oldest.day, str(len(group)),
            oldest.source_id))
    return rest


def consent_alerts(today: date, consents: Iterable[Consent], residents: Iterable[Resident],
                   plans: Iterable[TherapyPlan]) -> list[Alert]:
    """Expiring within 14 days (unless already renewed), expired while the young person is
    still in care, and missing for a therapy plan that is running."""
    horizon = today + timedelta(days=CONSENT_WARNING_DAYS)
    people = [r for r in residents if not r.deleted]
    in_care = {r.id for r in people if CareStage(r.stage).in_house and r.discharge_date is None}
    live = [c for c in consents if not c.deleted]
    by_purpose: dict[tuple[str, str], list[Consent]] = defaultdict(list)
    for c in live:
        by_purpose[(c.resident_id, str(c.purpose))].append(c)
    alerts = []
    expired_therapy: set[str] = set()
    for (resident_id, purpose), group in by_purpose.items():
        active = [c for c in group if c.active_on(today)]
        if active:
            latest = max(active, key=lambda c: c.expires_on)
            if latest.expires_on <= horizon:
                alerts.append(Alert(AlertKind.CONSENT_EXPIRING, resident_id,
                                    latest.expires_on, purpose, latest.id))
            continue
        newest = max(group, key=lambda c: (c.expires_on, c.granted_on))
        if (newest.revoked_on is None and newest.expires_on < today
                and resident_id in in_care):
            alerts.append(Alert(AlertKind.CONSENT_EXPIRED, resident_id, newest.expires_on,
                                purpose, newest.id))
            if purpose == ConsentPurpose.THERAPY:
                expired_therapy.add(resident_id)
    consented = {c.resident_id for c in live
                 if c.purpose == ConsentPurpose.THERAPY and c.active_on(today)}
    live_residents = {r.id for r in people}
    missing: dict[str, TherapyPlan] = {}
    for p in plans:
        if (p.open_on(today) and p.resident_id in live_residents
                and p.resident_id not in consented and p.resident_id not in expired_therapy):
            missing.setdefault(p.resident_id, p)
    alerts += [Alert(AlertKind.CONSENT_MISSING, rid, plan.start_date,
                     str(ConsentPurpose.THERAPY), plan.id) for rid, plan in missing.items()]
    return alerts


def follow_up_alerts(today: date, follow_ups: Iterable[FollowUp]) -> list[Alert]:
    return [
        Alert(AlertKind.FOLLOW_UP_OVERDUE, f.resident_id, f.due_date, "", f.id)
        for f in follow_ups
        if not f.deleted and f.done_on is None and f.due_date < today
    ]
