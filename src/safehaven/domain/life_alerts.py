"""Alert rules for a child's life beyond therapy (issue 31). Pure: callers pass records.

- A hearing or appointment tomorrow is for the manager (transport, who goes, preparation).
- One within two days with nobody to go with the child is urgent for every care role: a
  child is never sent to court alone.
- A complaint not answered within the house's days is for managers only: it may be about
  the staff who would otherwise see it.
- A case review whose next date has come, until the next one is held.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from safehaven.domain.life import CaseReview, Complaint, Hearing, HearingStatus
from safehaven.domain.models import Alert
from safehaven.domain.vocab import AlertKind

ALONE_WITHIN = timedelta(days=2)
COMPLAINT_DAYS = 7  # a house sets its own (house setting "complaint-days")
REVIEW_WEEKS = 6  # a house sets its own (house setting "review-weeks")

# What only a manager is alerted to (Today leaves them out for other roles).
MANAGER_ONLY = frozenset({AlertKind.HEARING_TOMORROW, AlertKind.COMPLAINT_UNANSWERED})


def hearing_alerts(now: datetime, hearings: Iterable[Hearing]) -> list[Alert]:
    """Callers pass the hearings of the coming days; past and cancelled ones raise none."""
    tomorrow = now.date() + timedelta(days=1)
    out = []
    for h in hearings:
        if h.deleted or h.status is not HearingStatus.SCHEDULED or h.at < now:
            continue
        if h.at.date() == tomorrow:
            out.append(Alert(AlertKind.HEARING_TOMORROW, h.resident_id, h.at.date(),
                             str(h.kind), h.id, h.at))
        if h.at - now <= ALONE_WITHIN and not (h.accompanied_by or "").strip():
            out.append(Alert(AlertKind.HEARING_ALONE, h.resident_id, h.at.date(),
                             str(h.kind), h.id, h.at))
    return out


def complaint_alerts(today: date, complaints: Iterable[Complaint], days: int) -> list[Alert]:
    """Complaints with no answer more than `days` days after they were made."""
    return [Alert(AlertKind.COMPLAINT_UNANSWERED, c.resident_id, c.made_on,
                  str((today - c.made_on).days), c.id)
            for c in complaints
            if not c.deleted and c.answered_on is None and (today - c.made_on).days > days]


def review_alerts(today: date, reviews: Iterable[CaseReview], in_house: set[str]
                  ) -> list[Alert]:
    """The newest review of each young person in the house whose next date has come."""
    newest: dict[str, CaseReview] = {}
    for r in reviews:
        if r.deleted:
            continue
        best = newest.get(r.resident_id)
        if best is None or (r.held_on, r.id) > (best.held_on, best.id):
            newest[r.resident_id] = r
    return [Alert(AlertKind.REVIEW_DUE, r.resident_id, r.next_review, "", r.id)
            for r in newest.values()
            if r.resident_id in in_house and r.next_review and r.next_review <= today]
