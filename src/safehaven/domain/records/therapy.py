"""Therapy: plans and their sessions, outcome measures on built-in or house scales, and
the group sessions with who attended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import (
    Attendance,
    Frequency,
    GroupStatus,
    Modality,
    SessionStatus,
)


@dataclass(frozen=True, slots=True)
class TherapyPlan:
    id: str
    site_id: str
    resident_id: str
    modality: Modality
    provider: str
    frequency: Frequency
    start_date: date
    end_date: date | None = None
    funding_source: str | None = None
    session_cap: int | None = None  # authorised funded sessions; None = no cap
    interpreter: str | None = None
    deleted: bool = False
    place: str | None = None
    goals: str | None = None
    closed_on: date | None = None  # ended early or completed; takes no more bookings
    close_reason: str | None = None

    def open_on(self, day: date) -> bool:
        """Takes bookings and counts for consent on `day`."""
        return (not self.deleted and self.start_date <= day
                and (self.end_date is None or day <= self.end_date)
                and (self.closed_on is None or day < self.closed_on))


@dataclass(frozen=True, slots=True)
class TherapySession:
    id: str
    site_id: str
    resident_id: str
    plan_id: str
    scheduled_at: datetime
    duration_min: int = 50
    place: str | None = None
    status: SessionStatus = SessionStatus.SCHEDULED
    reason: str | None = None  # why missed, cancelled or moved
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class CustomScale:
    """A house's own outcome scale, made by a manager: range and bands, scores only.
    `bands` are "lowest=label" from the lowest score up."""

    id: str
    site_id: str
    name: str
    min_score: int
    max_score: int
    bands: tuple[str, ...] = ()
    higher_is_better: bool = False
    created_by: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class OutcomeMeasure:
    """One administration of a standardized measure: its total (and subscale totals as
    "name=score"), never the items or their wording. `instrument` is a shipped
    instrument's code or a custom scale's id."""

    id: str
    site_id: str
    resident_id: str
    instrument: str
    taken_on: date
    total: int
    administered_by: str  # staff id
    subscales: tuple[str, ...] = ()
    note: str | None = None
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class GroupSession:
    """One session for several residents (peer group, art, yoga): one row here, one
    `GroupAttendance` per resident, so the schedule shows it once."""

    id: str
    site_id: str
    modality: Modality
    title: str
    scheduled_at: datetime
    duration_min: int = 60
    place: str | None = None
    facilitator: str | None = None
    status: GroupStatus = GroupStatus.SCHEDULED
    reason: str | None = None  # why cancelled
    deleted: bool = False


@dataclass(frozen=True, slots=True)
class GroupAttendance:
    """One resident at a group session, on their plan: present uses one funded session."""

    id: str
    site_id: str
    group_id: str
    resident_id: str
    plan_id: str
    status: Attendance = Attendance.BOOKED
    deleted: bool = False
