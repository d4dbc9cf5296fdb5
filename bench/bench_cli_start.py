"""How long a `safehaven` process takes to start (issue 26: ≤ 0.3 s), beside another tree.

Each round starts `python -X importtime -c "import safehaven.cli.main"` (every command's
parser is built from these imports) and `python -m safehaven --help` once per tree, the
trees taking turns so that the machine's load falls on both alike.

Run: python bench/bench_cli_start.py BEFORE/src AFTER/src [--rounds 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def _imports(src: str) -> float:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c",
                           "import safehaven.cli.main"], env={**os.environ, "PYTHONPATH": src},
                          capture_output=True, text=True, check=True)
    last = [ln for ln in done.stderr.splitlines() if ln.endswith("| safehaven.cli.main")][-1]
    return int(last.split("|")[1]) / 1e6


def _start(src: str) -> float:
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "safehaven", "--help"], check=True,
                   env={**os.environ, "PYTHONPATH": src}, capture_output=True)
    return time.perf_counter() - begin


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trees", nargs="+", help="src folders to compare")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    imports: dict[str, list[float]] = {t: [] for t in args.trees}
    starts: dict[str, list[float]] = {t: [] for t in args.trees}
    load = os.getloadavg()
    for _ in range(args.rounds):
        for tree in args.trees:
            imports[tree].append(_imports(tree))
            starts[tree].append(_start(tree))
    print(f"{os.cpu_count()} cores; load {load[0]:.2f} at the start, "
          f"{os.getloadavg()[0]:.2f} at the end; {args.rounds} rounds")
    print(f"{'tree':<40} {'imports median/min':>20} {'--help median/min':>20}")
    for tree in args.trees:
        print(f"{tree:<40} {statistics.median(imports[tree]):>12.3f} / "
              f"{min(imports[tree]):.3f} {statistics.median(starts[tree]):>12.3f} / "
              f"{min(starts[tree]):.3f}")


if __name__ == "__main__":
    main()
