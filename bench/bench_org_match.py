"""The duplicate check across houses (issue 30, item 3; docs/benchmarks.md): on a copy of
a house, the laptop's cost of making its published set (HMACs of every resident's name
words over their years of birth) and its size on the wire; then the server's cost of
storing that set for several houses of one organisation and of answering intake's
questions (the server's functions on an SQLite store, no HTTP). Wall and CPU time side by
side: the machine is shared.

Run: python bench/bench_org_match.py --house DIR [--houses 5] [--questions 200]
     (DIR: a house kept by `bench_destruction.py --make`, staff "M", the benchmark
     passphrase)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from safehaven.domain import org_match as om
from safehaven.domain.duplicates import Person
from safehaven.server import org_match as server_match
from safehaven.server.app import open_storage
from safehaven.services.context import Context
from safehaven.store import lifecycle_reads
from safehaven.store.vault import Vault

PASS = "benchmark passphrase"
KEY = bytes(range(32))


def clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def since(start: tuple[float, float]) -> tuple[float, float]:
    return time.perf_counter() - start[0], time.process_time() - start[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--house", type=Path, required=True)
    parser.add_argument("--houses", type=int, default=5, help="houses of the organisation")
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    print(f"Organisation duplicate check on {platform.node()}: {os.cpu_count()} cores "
          f"(shared), Python {platform.python_version()}; load {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "house"
        shutil.copytree(args.house, copy)
        vault = Vault.unlock(copy, PASS, "M", sleep=lambda s: None)
        ctx = Context.for_vault(vault)
        from safehaven.services import org_match

        start = clock()
        found = org_match.entries(ctx, KEY)
        wall, cpu = since(start)
        start = clock()  # what a round with nothing new does: read and digest the inputs
        same = org_match._people(ctx)
        hashlib.sha256(json.dumps([[p.name, str(p.date_of_birth), str(p.age_estimate),
                                    str(p.age_estimated_on)] for p in same]).encode())
        unchanged_wall, unchanged_cpu = since(start)
        people = [Person(r.preferred_name, r.date_of_birth, r.age_estimate,
                         r.age_estimated_on) for r in lifecycle_reads.residents_named(vault.conn)]
        vault.close()
        body = json.dumps({"entries": found}).encode()
        hashes = sum(len(g) for e in found for g in e)
        print(f"laptop: {len(people)} residents -> {len(found)} entries, {hashes} hashes, "
              f"{len(body) / 1e3:.0f} kB to publish; made in {wall * 1e3:.0f} ms wall, "
              f"{cpu * 1e3:.0f} ms CPU; a round with nothing new: "
              f"{unchanged_wall * 1e3:.0f} ms wall, {unchanged_cpu * 1e3:.0f} ms CPU")

        storage = open_storage(Path(tmp) / "server")
        publish: list[tuple[float, float]] = []
        for n in range(args.houses):  # every house publishes a set of this size
            start = clock()
            server_match.publish(storage, "org", f"site-{n}", found)
            publish.append(since(start))
        print(f"server: publish {len(found)} entries, median of {args.houses} houses: "
              f"{statistics.median(w for w, _ in publish) * 1e3:.0f} ms wall, "
              f"{statistics.median(c for _, c in publish) * 1e3:.0f} ms CPU")
        asked = [om.question(KEY, p) for p in people[:args.questions]]
        asked = [q for q in asked if q]
        times: list[tuple[float, float]] = []
        hits = 0
        for q in asked:  # each asked by one more house, so all the others answer
            start = clock()
            hits += len(server_match.ask(storage, "org", "site-asking", q))
            times.append(since(start))
        walls = sorted(w for w, _ in times)
        print(f"server: {len(asked)} questions, each matched in {hits / max(len(asked), 1):.1f}"
              f" houses; median {statistics.median(walls) * 1e3:.1f} ms wall "
              f"(worst {walls[-1] * 1e3:.1f}), median "
              f"{statistics.median(c for _, c in times) * 1e3:.1f} ms CPU; load "
              f"{os.getloadavg()[0]:.1f}")
        storage.close()


if __name__ == "__main__":
    main()
