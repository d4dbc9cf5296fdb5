"""The one clock: set by the environment or by the caller, running on from where it starts,
and the only way the code reads the local date (so the suite passes on any day)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from safehaven import clock

SRC = Path(__file__).resolve().parents[1] / "src" / "safehaven"
TESTS = Path(__file__).resolve().parent
# A local date or time read past the clock: `date.today()` or `datetime.now()` with no zone.
LOCAL_READ = re.compile(r"\bdate\.today\(\)|\bdatetime\.now\(\)")


def test_a_clock_starts_where_it_is_told_and_runs_on() -> None:
    start = datetime(2031, 2, 3, 21, 45)
    c = clock.Clock.starting_at(start)
    assert abs(c.now() - start) <= timedelta(seconds=2)
    assert c.today() == date(2031, 2, 3)
    assert clock.Clock.starting_at(date(2031, 2, 3)).now().hour == 9


@pytest.mark.parametrize(("value", "day"), [("2027-12-07", date(2027, 12, 7)),
                                            ("2027-12-07T23:10", date(2027, 12, 7)),
                                            ("", None)])
def test_the_environment_sets_the_start(value: str, day: date | None) -> None:
    c = clock.from_environment({clock.ENV: value})
    if day is None:
        assert c is clock.SYSTEM
    else:
        assert c.today() == day


def test_a_clock_that_is_not_a_date_is_refused() -> None:
    with pytest.raises(ValueError, match="SAFEHAVEN_NOW must be an ISO date"):
        clock.from_environment({clock.ENV: "next tuesday"})


def test_use_puts_the_clock_back() -> None:
    before = clock.current()
    with clock.use(clock.Clock.starting_at(date(2040, 1, 1))):
        assert clock.today() == date(2040, 1, 1)
    assert clock.current() is before


def test_the_suite_runs_on_a_fixed_day() -> None:
    """conftest starts every process of the run at the house fixture's day."""
    assert clock.today() == date(2026, 11, 26)


@pytest.mark.parametrize("root", [SRC, TESTS], ids=["src", "tests"])
def test_nothing_reads_the_local_date_past_the_clock(root: Path) -> None:
    found = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py")
             if p.name not in ("clock.py", "test_clock.py")
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if LOCAL_READ.search(line)]
    assert not found, f"read safehaven.clock instead: {found}"
