"""Who still needs a check-in, in the order a shift should see them: the young people most
at risk first, each with the reason, then by name. One rule for the app and `today --json`.

A missing check-in is not an alert of its own any more: at 05:30 ten of twenty-seven alerts
repeated this list, burying the ones that needed acting on (issue 25)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from safehaven.domain.models import Alert, CheckIn, Resident, SafetyPlan
from safehaven.domain.vocab import AlertKind

LOW_MOOD = 2  # a face of "low" or "very low"
LOW_MOOD_DAYS = 3  # today and the two days before
# open risk: what Today lists as urgent about the young person themselves
RISK_KINDS = (AlertKind.MISSING_NOW, AlertKind.INCIDENT_OPEN, AlertKind.RISK_FLAG,
              AlertKind.INCIDENT_NOTED, AlertKind.FOLLOW_UP_RISK)
LOW_MOOD_REASON = "low-mood-recently"
NO_SAFETY_PLAN_REASON = "no-safety-plan"


@dataclass(frozen=True, slots=True)
class Waiting:
    resident: Resident
    reasons: tuple[str, ...]  # alert kinds of open risk, then low mood, then no safety plan

    def key(self) -> tuple[object, ...]:
        risk = any(r in RISK_KINDS for r in self.reasons)
        return (not risk, LOW_MOOD_REASON not in self.reasons,
                NO_SAFETY_PLAN_REASON not in self.reasons,
                self.resident.preferred_name.casefold(), self.resident.id)


def in_risk_order(today: date, waiting: Iterable[Resident], alerts: Iterable[Alert],
                  checkins: Iterable[CheckIn], plans: Iterable[SafetyPlan]) -> list[Waiting]:
    """Open risk flags or incidents first, then low mood in the last days, then no safety
    plan; within each, by name. `checkins` are current versions (a corrected mood counts)."""
    risks: dict[str, list[str]] = {}
    for a in alerts:
        kind = str(a.kind)
        if kind in RISK_KINDS and kind not in risks.setdefault(a.resident_id, []):
            risks[a.resident_id].append(kind)
    since = today - timedelta(days=LOW_MOOD_DAYS - 1)
    low = {c.resident_id for c in checkins if since <= c.date <= today and c.mood <= LOW_MOOD}
    planned = {p.resident_id for p in plans if not p.deleted}
    rows = []
    for r in waiting:
        reasons = sorted(risks.get(r.id, ()), key=RISK_KINDS.index)
        if r.id in low:
            reasons.append(LOW_MOOD_REASON)
        if r.id not in planned:
            reasons.append(NO_SAFETY_PLAN_REASON)
        rows.append(Waiting(r, tuple(reasons)))
    return sorted(rows, key=Waiting.key)
