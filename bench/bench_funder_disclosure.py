"""How often differencing every printed funder period pins a small count (docs/benchmarks.md).

The test (`tests/reports/test_funder.py`) runs the interval solver once per house size with
a fixed cell-key key, so that it is repeatable; this script runs it under many random keys
(each key is another house's id, and so another set of adjustments) and prints how often a
count of 1 to 4, and how often a zero, was pinned to its true value, beside what the same
analyst pins when the counts are printed exactly with the small ones hidden.

Run: python bench/bench_funder_disclosure.py [runs per size, default 20]
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.reports import test_funder as attack

from safehaven.demo import generator
from safehaven.services import funder
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault

SIZES = ((6, 3), (14, 8), (30, 21))  # (residents, synthetic seed), as in the test


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    print(f"Funder disclosure check on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {runs} random keys per house")
    print(f"{'house':>6} {'small seen':>10} {'exact: pinned':>14} "
          f"{'adjusted: 1-4 pinned':>21} {'runs with any':>14} "
          f"{'zeros pinned':>13} {'runs with any':>14} {'most in a run':>14}")
    periods = attack._accepted(attack._months(date(2025, 1, 1), date(2026, 10, 31)), (4, 7))
    real_key = funder.house_key
    for size, seed in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            vault, _ = Vault.create(Path(tmp) / "v", house="Casa", organisation="Harbour",
                                    staff_name="Manager", passphrase="benchmark passphrase",
                                    kdf=crypto.MIN_KDF)
            ctx = Context.for_vault(vault, now=lambda: datetime.combine(attack.TODAY, time(9)))
            generator.generate(ctx, residents=size, days=(attack.TODAY - date(2025, 1, 1)).days,
                               seed=seed, today=attack.TODAY)
            exact, exact_zeros, seen = attack._attack(ctx, periods, 0, "exact")
            small = zeros = small_runs = zero_runs = most = 0
            for _ in range(runs):
                key = os.urandom(16)
                funder.house_key = lambda _ctx, key=key: key  # type: ignore[assignment]
                pinned, zero, _ = attack._attack(ctx, periods, 3, "adjusted")
                small += pinned
                zeros += zero
                small_runs += pinned > 0
                zero_runs += zero > 0
                most = max(most, zero)
            funder.house_key = real_key  # type: ignore[assignment]
            vault.close()
        print(f"{size:>6} {seen:>10} {exact + exact_zeros:>14} {small:>21} {small_runs:>14} "
              f"{zeros:>13} {zero_runs:>14} {most:>14}")


if __name__ == "__main__":
    main()
