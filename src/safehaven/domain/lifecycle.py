"""A child's record over its whole life (issue 30): closing and reopening a case, approvals
a house can ask for and legal holds, as records (the house's settings are
`domain.life.HouseSetting`); and the pure rules that say which cases are closed and what
is waiting for approval.

Kept apart from `models.py` (already long); the store maps these like any record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.models import Alert
from safehaven.domain.vocab import (
    ApprovalStatus,
    ApprovalSubject,
    CaseAction,
    ClosureReason,
)


@dataclass(frozen=True, slots=True)
class CaseClosure:
    """A case closed (with its reason, date and where the young person went) or reopened
    (with why). Append-only: the case's state is its latest event that counts, so a close
    and a reopen on two laptops apart never overwrite each other."""

    id: str
    site_id: str
    resident_id: str
    action: CaseAction
    day: date  # when the case closed or reopened (may be before it was recorded)
    staff_id: str  # who recorded it
    reason: ClosureReason | None = None  # a closure's reason; None for a reopening
    destination: str | None = None  # where they went: a family's town, a service's name
    note: str | None = None  # why it was reopened; anything else about the closure
    needs_approval: bool = False  # the house asks a manager to approve closures


@dataclass(frozen=True, slots=True)
class Approval:
    """One step of an approval: submitted, then approved or returned with a dated comment.
    Append-only: the subject's state is its latest step."""

    id: str
    site_id: str
    resident_id: str
    subject: ApprovalSubject
    subject_id: str  # the therapy plan, safety plan or closure
    status: ApprovalStatus
    at: datetime
    staff_id: str  # who submitted, approved or returned it
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class LegalHold:
    """A child's records kept past their retention period (a court case, an inquiry)."""

    id: str
    site_id: str
    resident_id: str
    reason: str
    placed_on: date
    placed_by: str
    lifted_on: date | None = None
    lifted_by: str | None = None
    deleted: bool = False

    @property
    def active(self) -> bool:
        return not self.deleted and self.lifted_on is None


def latest_steps(approvals: Iterable[Approval]) -> dict[str, Approval]:
    """Each subject's latest step: the one written last (ids are UUIDv7, later written
    larger), whatever date a laptop's clock put on it."""
    out: dict[str, Approval] = {}
    for a in sorted(approvals, key=lambda a: a.id):
        out[a.subject_id] = a
    return out


def counts(closure: CaseClosure, steps: Mapping[str, Approval]) -> bool:
    """A closing counts unless it waits for approval or was returned."""
    if closure.action is CaseAction.REOPEN or not closure.needs_approval:
        return True
    step = steps.get(closure.id)
    return step is not None and step.status is ApprovalStatus.APPROVED


def closed_cases(events: Iterable[CaseClosure], approvals: Iterable[Approval]
                 ) -> dict[str, CaseClosure]:
    """The closure in force for each closed case; open cases are absent. The latest event
    written decides (a closure waiting for approval, or returned, decides nothing)."""
    steps = latest_steps(approvals)
    last: dict[str, CaseClosure] = {}
    for event in sorted(events, key=lambda e: e.id):
        if counts(event, steps):
            last[event.resident_id] = event
    return {r: e for r, e in last.items() if e.action is CaseAction.CLOSE}


def pending(approvals: Iterable[Approval]) -> list[Approval]:
    """Submissions waiting for an approver, oldest first."""
    return sorted((a for a in latest_steps(approvals).values()
                   if a.status is ApprovalStatus.SUBMITTED), key=lambda a: (a.at, a.id))


# What a closed case keeps on Today: the follow-up contacts after a reintegration go on
# after the case closes (alert kinds, as `AlertKind` values).
KEPT_AFTER_CLOSURE = frozenset({"follow-up-overdue", "follow-up-risk"})


def without_closed(alerts: Iterable[Alert], closed: Mapping[str, object]) -> list[Alert]:
    """Today's alerts less those of closed cases, their follow-ups kept."""
    return [a for a in alerts
            if a.resident_id not in closed or str(a.kind) in KEPT_AFTER_CLOSURE]
