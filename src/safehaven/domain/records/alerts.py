"""Alerts the house raises and the acknowledgements staff give them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import AlertKind


@dataclass(frozen=True, slots=True)
class AlertAck:
    """Someone has seen an alert and acted (the note says how). Append-only. It holds
    while the alert's condition (`kind`, source, detail, day) stays the same."""

    id: str
    site_id: str
    resident_id: str
    kind: AlertKind
    condition: str
    note: str
    acked_by: str
    acked_at: datetime


@dataclass(frozen=True, slots=True)
class Alert:
    """Something that needs attention today, derived from the records by domain.alerts."""

    kind: str  # an AlertKind value
    resident_id: str
    day: date
    detail: str  # a flag, category, count or consent purpose: what the alert is about
    source_id: str | None = None  # the record that raised it
    at: datetime | None = None  # time of day, where known (an incident, a flag's check-in)

    @property
    def condition(self) -> str:
        """What an acknowledgement holds for: when any part changes (another overdue need,
        a new day without a check-in, one more session used) the alert is new again."""
        return f"{self.source_id or ''}|{self.detail}|{self.day.isoformat()}"
