"""Report benchmarks (see docs/benchmarks.md).

- the weekly house report for a house of 40 residents with a year of history;
- the funder summary over a year for 500 residents.

Run: python bench/bench_reports.py
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
        ctx.vault.close()

        ctx = house(Path(tmp) / "h500", 500)
        period = (date(2025, 11, 27), TODAY)

        def funder_pdf() -> bytes:
            figures = funder.figures(ctx, *period)
            funder_report.csv_text(figures)
            return funder_report.render(figures, organisation="Harbour Network")

        med, worst, pdf = timed(funder_pdf)
        assert isinstance(pdf, bytes)
        print("\nFunder summary, 500 residents, one year (PDF and CSV):")
        print(f"   median {med:.2f} s, worst {worst:.2f} s; {len(pdf) / 1e3:.0f} kB")
        ctx.vault.close()


if __name__ == "__main__":
    main()
