"""The server under slow clients (issue 32, item 6), in its own process: resident memory
idle and at its peak under 200 slow unauthenticated bodies; health during 1,100
half-open connections under the shipped unit's LimitNOFILE and under the common default
of 1,024, with the "Too many open files" lines each wrote (docs/benchmarks.md).

Run: python bench/bench_slow_clients.py [--seconds 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.server.slow_load import half_open, raise_own_limit, slow_bodies, spawned, unit_nofile


def _probes(times: list[float | None]) -> str:
    return " ".join("none" if t is None else f"{t * 1000:.0f}" for t in times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    raise_own_limit(4000)
    with tempfile.TemporaryDirectory() as tmp:
        with spawned(Path(tmp) / "bodies") as server:
            idle = server.rss_mb()
            peak = slow_bodies(server, count=200, seconds=args.seconds)
            after = server.rss_mb()
        print(f"200 slow bodies for {args.seconds:.0f} s: idle {idle:.0f} MB, peak "
              f"{peak:.0f} MB, after {after:.0f} MB")
        print(f"{'LimitNOFILE':>12} {'opened':>7} {'health (ms)':>28} {'EMFILE lines':>13}")
        for nofile in (unit_nofile(), 1024):
            with spawned(Path(tmp) / f"open-{nofile}", nofile) as server:
                opened, times = half_open(server, count=1100)
            print(f"{nofile:>12} {opened:>7} {_probes(times):>28} "
                  f"{server.too_many_files():>13}")


if __name__ == "__main__":
    main()
