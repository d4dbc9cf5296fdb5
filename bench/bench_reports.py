"""Report benchmarks (see docs/benchmarks.md).

- the weekly house report for a house of 40 residents with a year of history, and for one
  of 500 residents;
- a hand-off summary and a safety plan from the 40-resident house;
- the funder summary over a year for 500 residents.

Each is timed after unlock (the vault is open), as wall time and as this process's CPU
time (issue 26's targets are CPU: the machine is shared). To compare before and after a
change in one run, side by side on the same houses:

    PYTHONPATH=AFTER/src python bench/bench_reports.py --before BEFORE/src [--houses DIR]

Each round then times the weekly reports (40 and 500 residents) in a fresh process of each
tree in turn, so both see the same load; `--houses` keeps the generated houses (they take
minutes to make) for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from safehaven.demo import generator
from safehaven.domain.dates import week_of
from safehaven.reports import funder as funder_report
from safehaven.reports import weekly as weekly_report
from safehaven.services import funder, weekly
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 9, 0)


PASSPHRASE = "benchmark passphrase"


def house(folder: Path, residents: int) -> Context:
    if (folder / "vault.keys").exists():  # kept from an earlier run (--houses)
        return Context.for_vault(Vault.unlock(folder, PASSPHRASE), now=lambda: NOW)
    vault, _ = Vault.create(folder, house="Casa Esperanza", organisation="Harbour Network",
                            staff_name="Manager", passphrase=PASSPHRASE,
                            kdf=crypto.MIN_KDF)
    ctx = Context.for_vault(vault, now=lambda: NOW)
    generator.generate(ctx, residents=residents, days=365, seed=3, today=TODAY)
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


def weekly_cpu(folder: Path, runs: int) -> dict[str, float]:
    """The weekly report of last week in an existing house: median CPU and wall seconds."""
    ctx = Context.for_vault(Vault.unlock(folder, PASSPHRASE), now=lambda: NOW)
    week = week_of(TODAY - timedelta(days=7))
    used, wall = cpu(lambda: weekly_report.render(weekly.report_data(ctx, week)), runs=runs)
    residents = len(weekly.report_data(ctx, week).residents)
    ctx.vault.close()
    return {"cpu": used, "wall": wall, "residents": residents}


def compare(before: str, after: str, folder: Path, rounds: int) -> None:
    """The weekly reports from two trees, each round a fresh process of each in turn."""
    for residents in (92, 500):
        path = folder / f"h{residents}"
        house(path, residents).vault.close()
        found: dict[str, list[float]] = {"before": [], "after": []}
        for _ in range(rounds):
            for name, src in (("before", before), ("after", after)):
                done = subprocess.run(
                    [sys.executable, __file__, "--child", str(path),
                     "--runs", "3" if residents < 500 else "1"],
                    env={**os.environ, "PYTHONPATH": src}, capture_output=True, text=True,
                    check=True)
                answer = json.loads(done.stdout.strip().splitlines()[-1])
                found[name].append(answer["cpu"])
                print(f"   {answer['residents']} in the house, {name}: CPU {answer['cpu']:.2f} s"
                      f" (wall {answer['wall']:.2f} s; load {_load()})", flush=True)
        print(f"Weekly report, {residents} residents over the year: CPU median before "
              f"{statistics.median(found['before']):.2f} s, after "
              f"{statistics.median(found['after']):.2f} s ({rounds} rounds)\n", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", help="another tree's src folder, compared side by side")
    parser.add_argument("--houses", type=Path, help="keep the generated houses here")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--runs", type=int, default=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(weekly_cpu(args.child, args.runs)))
        return
    print(f"SafeHaven report benchmark on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.houses or Path(tmp)
        if args.before:
            after = str(Path(__file__).resolve().parent.parent / "src")
            compare(args.before, os.environ.get("PYTHONPATH", after), folder, args.rounds)
            return
        everything(folder)


def everything(folder: Path) -> None:
    # About half of a year's residents are still in the house on a given week; 92
    # residents over the year give a house of about 40 that week.
    ctx = house(folder / "h92", 92)
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

    ctx = house(folder / "h500", 500)
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
