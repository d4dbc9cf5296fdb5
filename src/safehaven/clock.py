"""The one clock SafeHaven reads for "now" and "today" (check-in days, due dates, report
periods, ages), so that tests, the demo and a trainer's practice vault can set the date.

A clock is the system clock moved by a fixed offset: set to start at some moment, it then
runs on like any clock (idle locks and timers keep working). The process's clock is the
system's unless `SAFEHAVEN_NOW` (an ISO date or date-time, local time) says where it starts,
or a caller installs one with `use()` (`cli.main` takes one). Sync, the server and key
material keep to the system clock: their times are checked against other machines.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

ENV = "SAFEHAVEN_NOW"


@dataclass(frozen=True, slots=True)
class Clock:
    """The system clock plus `offset`."""

    offset: timedelta = timedelta(0)

    @classmethod
    def starting_at(cls, when: datetime | date) -> Clock:
        """A clock that reads `when` (local time) now and runs on from there."""
        if not isinstance(when, datetime):
            when = datetime.combine(when, datetime.min.time()).replace(hour=9)
        if when.tzinfo is not None:
            when = when.astimezone().replace(tzinfo=None)
        return cls(when - datetime.now())

    def now(self) -> datetime:
        """Local time, to the second (what a form or a record shows)."""
        return (datetime.now() + self.offset).replace(microsecond=0)

    def utcnow(self) -> datetime:
        return (datetime.now(UTC) + self.offset).replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()

    def local(self, timestamp: float) -> datetime:
        """A moment of the system clock (seconds since the epoch, e.g. a hybrid clock's
        physical part) as this clock reads it, local time to the second."""
        return (datetime.fromtimestamp(timestamp) + self.offset).replace(microsecond=0)


SYSTEM = Clock()


def from_environment(environ: dict[str, str] | None = None) -> Clock:
    """`SAFEHAVEN_NOW` if set (e.g. `2027-12-07` or `2027-12-07T21:30`), else the system's.
    A value that is not a date is refused loudly: a wrong date silently used would put
    check-ins on the wrong day."""
    value = (os.environ if environ is None else environ).get(ENV, "").strip()
    if not value:
        return SYSTEM
    try:
        when: datetime | date = (datetime.fromisoformat(value) if "T" in value or " " in value
                                 else date.fromisoformat(value))
    except ValueError as exc:
        raise ValueError(f"{ENV} must be an ISO date or date-time, not {value!r}") from exc
    return Clock.starting_at(when)


_current: Clock = from_environment()


def current() -> Clock:
    return _current


def now() -> datetime:
    return _current.now()


def utcnow() -> datetime:
    return _current.utcnow()


def today() -> date:
    return _current.today()


def local(timestamp: float) -> datetime:
    return _current.local(timestamp)


def install(clock: Clock) -> None:
    """Make `clock` the process's clock (all threads: the GUI and its database worker read
    the same day)."""
    global _current
    _current = clock


@contextmanager
def use(clock: Clock | None) -> Iterator[Clock]:
    """The process reads `clock` inside the block (None: leave it as it is)."""
    before = _current
    if clock is not None:
        install(clock)
    try:
        yield _current
    finally:
        install(before)
