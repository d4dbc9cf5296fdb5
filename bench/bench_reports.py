"""Report benchmarks (see docs/benchmarks.md).

- the weekly house report for a house of 40 residents with a year of history, and for one
  of 500 residents;
- a hand-off summary and a safety plan from the 40-resident house;
- the funder summary over a year for 500 residents.

Each is timed after unlock (the vault is open), as wall time and as this process's CPU
time (issue 26's targets are CPU: the machine is shared). Run it from two trees to compare
before and after a change:

    PYTHONPATH=BEFORE/src python bench/bench_reports.py
    PYTHONPATH=AFTER/src python bench/bench_reports.py
"""

from __future__ import annotations

import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from safehaven.domain.dates import week_of
from safehaven.reports import funder as funder_report
from safehaven.reports import weekly as weekly_report
from safehaven.services import funder, synthetic, weekly
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 9, 0)


def house(folder: Path, residents: int) -> Context:
    vault, _ = Vault.create(folder, house="Casa Esperanza", organisation="Harbour Network",
                            staff_name="Manager", passphrase="benchmark passphrase",
                            kdf=crypto.MIN_KDF)
    ctx = Context.for_vault(vault, now=lambda: NOW)
    synthetic.generate(ctx, residents=residents, days=365, seed=3, today=TODAY)
    return ctx


def timed(fn: Callable[[], object], runs: int = 5) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def cpu(fn: Callable[[], object], runs: int = 5) -> tuple[float, float]:
    """Median CPU seconds of this process (user + system) and median wall seconds."""
    used, wall = [], []
    for _ in range(runs):
        start, start_wall = time.process_time(), time.perf_counter()
        fn()
        used.append(time.process_time() - start)
        wall.append(time.perf_counter() - start_wall)
    return statistics.median(used), statistics.median(wall)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _first_in_house(ctx: Context, day: date) -> str:
    from safehaven.domain.models import Resident, SafetyPlan
    from safehaven.store import reads

    planned = {p.resident_id for p in reads.all_of(ctx.conn, SafetyPlan)}
    here = sorted((r for r in reads.all_of(ctx.conn, Resident)
                   if r.intake_date <= day and r.discharge_date is None and r.id in planned),
                  key=lambda r: r.intake_date)
    return here[0].id


def main() -> None:
    print(f"SafeHaven report benchmark on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        # About half of a year's residents are still in the house on a given week; 92
        # residents over the year give a house of about 40 that week.
        ctx = house(Path(tmp) / "h40", 92)
        week = week_of(TODAY - timedelta(days=7))  # Monday's report covers last week

        def weekly_pdf() -> bytes:
            return weekly_report.render(weekly.report_data(ctx, week))

        med, worst, pdf = timed(weekly_pdf)
        assert isinstance(pdf, bytes)
        data = weekly.report_data(ctx, week)
        print(f"\nWeekly house report, a year of history, week {week}:")
        print(f"   gather figures + render PDF: median {med:.2f} s, worst {worst:.2f} s; "
              f"{len(pdf) / 1e6:.2f} MB, {len(data.residents)} residents in the house")
        med, _, _ = timed(lambda: weekly.report_data(ctx, week))
        print(f"   of which gathering the figures: median {med:.2f} s")
        used, wall = cpu(weekly_pdf)
        print(f"   CPU: median {used:.2f} s (wall {wall:.2f} s; load {_load()})")

        from safehaven.reports import resident as resident_report
        from safehaven.reports import safety_plan as safety_plan_report
        from safehaven.services import handoff, safety_plans

        rid = _first_in_house(ctx, TODAY)
        used, wall = cpu(lambda: resident_report.render(handoff.summary_data(ctx, rid)))
        print(f"\nHand-off summary (a year's records): CPU median {used:.2f} s "
              f"(wall {wall:.2f} s; load {_load()})")
        used, wall = cpu(lambda: safety_plan_report.render(safety_plans.printout(ctx, rid)))
        print(f"Safety plan: CPU median {used:.2f} s (wall {wall:.2f} s; load {_load()})")
        ctx.vault.close()

        ctx = house(Path(tmp) / "h500", 500)
        period = (date(2026, 7, 1), date(2026, 9, 30))  # a quarter: what the CLI accepts
        weekly500 = weekly.report_data(ctx, week)
        used, wall = cpu(lambda: weekly_report.render(weekly.report_data(ctx, week)), runs=3)
        print(f"\nWeekly house report, {len(weekly500.residents)} residents in the house "
              f"(500 over the year): CPU median {used:.2f} s (wall {wall:.2f} s; "
              f"load {_load()})")

        def funder_pdf() -> bytes:
            figures = funder.figures(ctx, *period)
            funder_report.csv_text(figures)
            return funder_report.render(figures, organisation="Harbour Network")

        med, worst, pdf = timed(funder_pdf)
        assert isinstance(pdf, bytes)
        print("\nFunder summary, 500 residents, July to September 2026 (PDF and CSV):")
        print(f"   median {med:.2f} s, worst {worst:.2f} s; {len(pdf) / 1e3:.0f} kB")
        ctx.vault.close()


if __name__ == "__main__":
    main()
