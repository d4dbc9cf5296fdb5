"""A round with nothing new, beside a quarantine of 220,000 junk change sets (issue 32,
item 5): its time (median of several rounds) and its requests, with an empty quarantine
and a full one, on one laptop against a real server on loopback (docs/benchmarks.md).

Run: python bench/bench_quarantine.py [--rows 220000] [--rounds 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.sync.harness import make_template
from tests.sync.junk import Counting, fill
from tests.sync.server_harness import LiveServer, enrolled_house

from safehaven.sync.rounds import sync_round


def rounds(vault: object, n: int) -> tuple[float, int]:
    """(median seconds, requests of the last) of `n` rounds with nothing new."""
    times, counted = [], Counting()
    for _ in range(n):
        counted = Counting()
        start = time.perf_counter()
        report = sync_round(vault, counted)  # type: ignore[arg-type]
        times.append(time.perf_counter() - start)
        assert report.digest_matches and not report.pulled
    print("  rounds (ms):", " ".join(f"{t * 1000:.0f}" for t in times))
    return statistics.median(times), len(counted.requests)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=220_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = make_template(root / "template", devices=1)
        server = LiveServer(root / "server")
        (vault,) = enrolled_house(server, template, root, laptops=1)
        try:
            sync_round(vault)
            empty = rounds(vault, args.rounds)
            start = time.perf_counter()
            fill(server, vault, args.rows)
            filled = time.perf_counter() - start
            sync_round(vault)  # the first round after: what a pull would have folded in
            full = rounds(vault, args.rounds)
        finally:
            vault.close()
            server.stop()
    print(f"junk rows written to server and quarantine: {args.rows:,} in {filled:.1f} s")
    print(f"{'quarantine':>12} {'round (median)':>15} {'requests':>9}")
    print(f"{'empty':>12} {empty[0] * 1000:>12.1f} ms {empty[1]:>9}")
    print(f"{args.rows:>12,} {full[0] * 1000:>12.1f} ms {full[1]:>9}")


if __name__ == "__main__":
    main()
