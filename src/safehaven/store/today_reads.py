"""Today's reads of the open items only (issue 35, item 8).

Today's alerts were computed from every follow-up, incident and therapy plan of the house:
on the 500 x 365 house 3,504 + 996 + 991 rows, each made into a record, to find the few
that raise one. These queries leave out, in SQL, only rows the rules in `domain/alerts.py`
would pass over anyway (the rules still run on what is left, so Today is the same):
`tests/services/test_today_reads.py` compares both on a generated house.
"""

from __future__ import annotations

from datetime import date, timedelta

from safehaven.domain import models as m
from safehaven.domain.vocab import IncidentKind
from safehaven.store.connection import Connection
from safehaven.store.reads import _LIVE_CHECKIN, _select


def follow_ups(conn: Connection, today: date, risk_days: int) -> list[m.FollowUp]:
    """Overdue (not done, due before `today`), or done within the last `risk_days` (a risk
    found at the contact alerts for that long)."""
    since = (today - timedelta(days=risk_days)).isoformat()
    return [f for f in _select(conn, m.FollowUp, "deleted = 0 AND ((done_on IS NULL AND "
                               "due_date < ?) OR done_on > ?)", (today.isoformat(), since),
                               order="id")
            if isinstance(f, m.FollowUp)]


def incidents(conn: Connection, checkins_since: date) -> list[m.Incident]:
    """Open ones, every missing episode (a return interview may be owed after it closed),
    and those recorded from a check-in dated `checkins_since` or later (they answer the
    flags of the recent check-ins Today looks at)."""
    return [i for i in _select(
        conn, m.Incident, "deleted = 0 AND (closed_at IS NULL OR kind = ? OR checkin_id IN "
        "(SELECT id FROM check_ins WHERE date >= ?))",
        (IncidentKind.MISSING.value, checkins_since.isoformat()), order="id")
        if isinstance(i, m.Incident)]


def therapy_plans(conn: Connection, today: date) -> list[m.TherapyPlan]:
    """Plans neither ended before `today` nor closed by it: the only ones whose cap or
    consent can alert."""
    day = today.isoformat()
    return [p for p in _select(conn, m.TherapyPlan, "deleted = 0 AND (end_date IS NULL OR "
                               "end_date >= ?) AND (closed_on IS NULL OR closed_on > ?)",
                               (day, day), order="id")
            if isinstance(p, m.TherapyPlan)]


def recent_checkins(conn: Connection, since: date, today: date, low_mood: int,
                    low_since: date) -> list[m.CheckIn]:
    """The current check-ins from `since` to `today` that can raise an alert or put someone
    first in the list: a flag ticked, words in the incidents box, or (from `low_since`) a
    mood of `low_mood` or lower. Today read them all (2,703 on the 500 x 365 house, each
    made into a record) to find about a hundred."""
    return [c for c in _select(
        conn, m.CheckIn, "date BETWEEN ? AND ? AND " + _LIVE_CHECKIN + " AND (flags NOT IN "
        "('', '[]') OR trim(coalesce(incidents, '')) != '' OR (mood <= ? AND date >= ?))",
        (since.isoformat(), today.isoformat(), low_mood, low_since.isoformat()),
        order="date, id") if isinstance(c, m.CheckIn)]
