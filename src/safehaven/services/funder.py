"""De-identified figures for funders: counts only, small numbers suppressed.

Nothing here carries a name, an id, a date of birth or free text; every count under
`SUPPRESS_BELOW` is shown as "<5", so no child can be picked out of a small group.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from safehaven.domain.dates import age_on
from safehaven.domain.models import (
    CheckIn,
    Need,
    Referral,
    Resident,
    StageChange,
    TherapyPlan,
)
from safehaven.domain.vocab import NeedStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads

SUPPRESS_BELOW = 5
SUPPRESSED = "<5"


@dataclass(frozen=True, slots=True)
class FunderFigures:
    start: date
    end: date
    rows: list[tuple[str, str, int]]  # (section, item, count), before suppression

    def shown(self) -> list[tuple[str, str, str]]:
        return [(section, item, suppress(n)) for section, item, n in self.rows]


def suppress(count: int) -> str:
    return SUPPRESSED if count < SUPPRESS_BELOW else str(count)


AGE_BANDS = ("under 12", "12-14", "15-17", "18 and over", "unknown")


def _age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    if age < 12:
        return "under 12"
    if age < 15:
        return "12-14"
    if age < 18:
        return "15-17"
    return "18 and over"


def figures(ctx: Context, start: date, end: date) -> FunderFigures:
    ctx.require(Action.READ_RECORDS)
    if end < start:
        raise InvalidValue("to", tr("The end of the period is before its start."))
    conn = ctx.conn
    residents = [r for r in reads.all_of(conn, Resident)
                 if r.intake_date <= end and (r.discharge_date is None
                                              or r.discharge_date >= start)]
    served = {r.id for r in residents}
    rows: list[tuple[str, str, int]] = [
        ("residents", "served in the period", len(residents)),
        ("residents", "new intakes", sum(1 for r in residents if start <= r.intake_date <= end)),
        ("residents", "left the house", sum(1 for r in residents if r.discharge_date
                                            and start <= r.discharge_date <= end)),
    ]
    ages = Counter(_age_band(age_on(end, r.date_of_birth, r.age_estimate, r.age_estimated_on))
                   for r in residents)
    rows += [("age at end of period", band, ages[band]) for band in AGE_BANDS if ages[band]]
    moves = [m for m in reads.all_of(conn, StageChange)
             if m.resident_id in served and start <= m.changed_on <= end]
    rows += _counted("stage reached in the period", Counter(str(m.to_stage) for m in moves))
    checkins: list[CheckIn] = [c for c in reads.checkins_between(conn, start, end)
                               if c.resident_id in served]
    rows.append(("check-ins", "recorded", len(checkins)))
    rows += _counted("risk flags raised", Counter(str(f) for c in checkins for f in c.flags))
    sessions = [s for s in reads.sessions_between(conn, datetime.combine(start, time.min),
                                                  datetime.combine(end + timedelta(days=1),
                                                                   time.min))
                if s.resident_id in served]
    rows += _counted("therapy sessions", Counter(str(s.status) for s in sessions))
    plans = {p.id: p for p in reads.all_of(conn, TherapyPlan)}
    rows += _counted("sessions attended by modality",
                     Counter(str(plans[s.plan_id].modality) for s in sessions
                             if str(s.status) == "attended" and s.plan_id in plans))
    needs = [n for n in reads.all_of(conn, Need) if n.resident_id in served]
    rows += _counted("needs opened", Counter(str(n.category) for n in needs
                                             if start <= n.opened_on <= end))
    rows += _counted("needs met", Counter(str(n.category) for n in needs
                                          if n.status is NeedStatus.MET and n.closed_on
                                          and start <= n.closed_on <= end))
    referrals = [r for r in reads.all_of(conn, Referral)
                 if r.resident_id in served and start <= r.made_on <= end]
    rows += _counted("referrals made", Counter(str(r.kind) for r in referrals))
    with ctx.write() as tx:
        tx.audit("report-funder")
    return FunderFigures(start, end, rows)


def _counted(section: str, counts: Counter[str]) -> list[tuple[str, str, int]]:
    return [(section, item, n) for item, n in sorted(counts.items())]
