"""The demo's records are dated by their own moments (issue 26): its weekly report lists no
record of the week as "recorded late", while a real late record still is; a demo house
syncs like any other (covered by tests/sync/test_server_round.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

from safehaven.demo import timeline
from safehaven.domain import models as m
from safehaven.services import access, weekly
from safehaven.store import history, reads
from safehaven.store.hlc import physical


def _demo(folder: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(folder), "demo",
                           "--residents", "12", "--days", "30", "--seed", "4", "--no-gui"],
                          capture_output=True, text=True, env=env, timeout=300,
                          stdin=subprocess.DEVNULL)


def test_the_demo_weekly_report_has_no_false_late_records(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    done = _demo(folder)
    assert done.returncode == 0, done.stderr
    ctx = access.unlock(folder, "safehaven demo", None)
    with ctx.vault:
        assert ctx.today() == date(2026, 11, 26)  # the tests' pinned day (a Thursday)
        data = weekly.report_data(ctx, "2026-W47")  # Monday 16 to Sunday 22 November
        assert data.checkins and data.residents
        assert [c for c in data.corrections if c.late] == []
        # each check-in is dated at its own shift, after the house was founded
        founded = timeline.founding_moment(date(2026, 11, 26), 30)
        clocks = {rid: v[0][0] for rid, v in history.versions(
            ctx.conn, m.CheckIn, {c.id for c in reads.all_of(ctx.conn, m.CheckIn)}).items()}
        for c in reads.all_of(ctx.conn, m.CheckIn):
            at = datetime.fromtimestamp(physical(clocks[c.id]) / 1000)
            assert at.date() == c.date and at >= founded, (c.date, at)


def test_moments_of_records() -> None:
    checkin = m.CheckIn("c", "s", "r", date(2026, 11, 20), "night", 3, "staff")  # type: ignore[arg-type]
    assert timeline.moment_of(checkin) == datetime(2026, 11, 20, 22, 0)
    assert timeline.moment_of(object()) is None
    # a demo of a year is founded no earlier than the day SafeHaven's clocks begin
    assert timeline.founding_moment(date(2026, 3, 1), 365) >= datetime(2026, 1, 1)
    assert timeline.founding_moment(date(2026, 11, 26), 30) == datetime(2026, 10, 26, 8)
