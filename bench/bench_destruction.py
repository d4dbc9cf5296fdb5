"""What destroying one child's records costs on one laptop (issue 30, item 5;
docs/benchmarks.md): the erasing transaction, the compaction (VACUUM and an emptied WAL)
and the vault's size before and after, on demo houses of growing size. One closed child
(the demo's first) is destroyed in each. Wall and CPU time side by side (the machine is
shared: CPU time is the figure to compare when it is busy).

Run: python bench/bench_destruction.py [residents ...]   (default: 20 60)
     python bench/bench_destruction.py --make DIR --residents 500 --days 365
         (the big house once, kept in DIR: staff "M", the benchmark passphrase, seed 1)
     python bench/bench_destruction.py --house DIR   (on a copy of that house)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safehaven.demo import generator
from safehaven.domain.models import Resident
from safehaven.services import closures
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store import destruction as store
from safehaven.store.vault import Vault

NOW = datetime(2026, 11, 26, 9, 30)
PASS = "benchmark passphrase"  # as bench_store.py's big house


def timed(work: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = work()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def destroy_one(vault: Vault, ctx: Context, label: str) -> None:
    rid = reads.all_of(vault.conn, Resident)[0].id
    if rid not in closures.closed_map(vault.conn):
        closures.close(ctx, rid, "turned-18")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    before = (vault.folder / "vault.db").stat().st_size / 1e6

    def erase() -> store.Erased:
        with vault.transaction():
            return store.erase_resident(vault.conn, rid, "bench")

    gone, erase_wall, erase_cpu = timed(erase)
    _, compact_wall, compact_cpu = timed(lambda: store.compact(vault.conn))
    after = (vault.folder / "vault.db").stat().st_size / 1e6
    assert isinstance(gone, store.Erased)
    print(f"{label:>12} {gone.rows:>11} {len(gone.changesets):>11} {erase_wall:>8.2f} "
          f"{erase_cpu:>8.2f} {compact_wall:>10.2f} {compact_cpu:>10.2f} {before:>9.1f} "
          f"{after:>8.1f}   load {os.getloadavg()[0]:.1f}")


def header() -> None:
    print(f"Destruction on {platform.node()}: {os.cpu_count()} cores (shared), "
          f"Python {platform.python_version()}; load {os.getloadavg()[0]:.1f}")
    print(f"{'house':>12} {'rows erased':>11} {'change sets':>11} {'erase s':>8} "
          f"{'erase cpu':>8} {'compact s':>10} {'compact cpu':>10} {'MB before':>9} "
          f"{'MB after':>8}")


def demo_sizes(sizes: list[int]) -> None:
    header()
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            vault, _ = Vault.create(Path(tmp) / "v", house="Casa", organisation="Harbour",
                                    staff_name="Manager", passphrase=PASS,
                                    kdf=crypto.MIN_KDF)
            ctx = Context.for_vault(vault, now=lambda: NOW)
            generator.generate(ctx, residents=size, days=120, seed=7, today=NOW.date())
            destroy_one(vault, ctx, f"{size} x 120")
            vault.close()


def make(folder: Path, residents: int, days: int) -> None:
    vault, _ = Vault.create(folder, house="H", organisation="O", staff_name="M",
                            passphrase=PASS, kdf=crypto.MIN_KDF)
    start = time.perf_counter()
    generator.generate(Context.for_vault(vault, now=lambda: NOW), residents=residents,
                       days=days, seed=1, today=NOW.date())
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    vault.close()
    print(f"made {residents} x {days} in {folder} in {time.perf_counter() - start:.0f} s")


def on_copy(house: Path) -> None:
    header()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "house"
        shutil.copytree(house, copy)
        vault = Vault.unlock(copy, PASS, "M", sleep=lambda s: None)
        ctx = Context.for_vault(vault, now=lambda: NOW)
        destroy_one(vault, ctx, house.name)
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, help="demo houses of 120 days")
    parser.add_argument("--make", type=Path, help="make the big house in this folder")
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--house", type=Path, help="destroy one child on a copy of this")
    args = parser.parse_args()
    if args.make:
        make(args.make, args.residents, args.days)
    elif args.house:
        on_copy(args.house)
    else:
        demo_sizes(args.sizes or [20, 60])


if __name__ == "__main__":
    main()
