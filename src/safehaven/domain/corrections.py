"""Who may correct or void an append-only record: its author while the shift it belongs to
lasts, a manager at any time. The services ask this before they write; every receiving
laptop asks it again of each amendment (sync/replica/receive_check.py), so a staff member
cannot take back someone else's check-in past the app either."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from safehaven.domain.permissions import Action

# the hour each shift ends (the shift's own day; the night's end is the next morning)
_ENDS = {"morning": 14, "afternoon": 22, "night": 6}

# How far a receiver lets the change set's clock run past the shift's end: the app's
# clock said "in the shift" a moment before the change set was stamped.
RECEIVE_SLACK = timedelta(minutes=10)


def shift_end(day: date, shift: str) -> datetime:
    """When the shift a record is dated to ends. A night dated `day` may be the small hours
    of that day or its evening: its end is taken as the next morning, the later one."""
    hour = _ENDS.get(str(shift), 6)
    end = datetime.combine(day, time(hour))
    return end + timedelta(days=1) if str(shift) == "night" or str(shift) not in _ENDS else end


def in_own_shift(author: str | None, actor: str | None, day: date, shift: str,
                 at: datetime, slack: timedelta = timedelta(0)) -> bool:
    """The actor wrote it, and the shift it belongs to has not ended."""
    return bool(actor) and author == actor and at <= shift_end(day, shift) + slack


def needs(author: str | None, actor: str | None, day: date, shift: str, at: datetime,
          write: Action, slack: timedelta = timedelta(0)) -> set[Action]:
    """What correcting or voiding such a record needs: what writing it needed, and past the
    author's own shift (or for someone else's record) the manager's right too."""
    if in_own_shift(author, actor, day, shift, at, slack):
        return {write}
    return {write, Action.CORRECT_ANY}
