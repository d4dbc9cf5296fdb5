"""A long fault campaign (issue 14, item 5; not in CI, which keeps its 500 rounds).

Three laptops sync through the fault proxy of `tests/sync/test_faults.py` with a real server
on loopback: at a 20 % fault rate requests and answers are dropped, doubled, delayed,
truncated or answered 500 (before or after the server acted). Every 100 rounds the server is
stopped and started again, and every 200 its store is rolled back to an early copy. At the
end the network heals and every laptop is compared with what was written:

- lost: a resident or check-in written somewhere that some laptop lacks;
- duplicated: one that a laptop holds twice (by name, or more check-ins than written);
- stuck: a laptop whose digest still differs from the server's after the healing rounds,
  or that keeps a change set in quarantine.

Run: python bench/fault_campaign.py [--rounds 10000] [--rate 0.2] [--seed N] [--postgres]
It prints a progress line every 500 rounds and a summary table (for docs/benchmarks.md);
it exits 1 when anything was lost, duplicated or stuck.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import pg_cluster
from tests.sync.campaign import Campaign, run_rounds
from tests.sync.harness import make_template
from tests.sync.server_harness import LiveServer, enrolled_house
from tests.sync.test_faults import FaultProxy

from safehaven.domain.models import Resident
from safehaven.store import reads
from safehaven.sync import client as sync_client
from safehaven.sync.replica import quarantine
from safehaven.sync.rounds import sync_round


def campaign(rounds: int, rate: float, seed: int, root: Path, db: str | None) -> dict[str, int]:
    sync_client.BACKOFF = 0.001  # the proxy's faults are instant: no need to wait them out
    rng = random.Random(seed)
    template = make_template(root / "template", devices=1)
    server = LiveServer(root / "server", db=db)
    vaults = enrolled_house(server, template, root / "house")
    proxy = FaultProxy(rng, rate)
    started = time.perf_counter()

    def progress(n: int, run: Campaign) -> None:
        if (n + 1) % 500 == 0:
            print(f"  round {n + 1:,}: {sum(proxy.counts.values()):,} faults, "
                  f"{run.failed:,} rounds failed, {run.restarts} restarts, "
                  f"{run.rollbacks} rollbacks, {time.perf_counter() - started:.0f} s",
                  flush=True)

    try:
        run = run_rounds(server, vaults, proxy, rng, rounds, progress)
        server = run.server
        written, check_ins = run.written, run.check_ins
        matched = [False] * len(vaults)
        for _ in range(8):  # the network heals: a few plain rounds for everyone
            reports = [sync_round(v) for v in vaults]
            matched = [r.digest_matches for r in reports]
            if all(matched) and not any(r.pulled for r in reports):
                break
        lost = duplicated = stuck = 0
        for vault, ok in zip(vaults, matched, strict=True):
            names = Counter(r.preferred_name for r in reads.all_of(vault.conn, Resident))
            lost += len(written - set(names))
            duplicated += sum(c - 1 for c in names.values() if c > 1)
            held = reads.count(vault.conn, "check_ins")
            lost += max(0, check_ins - held)
            duplicated += max(0, held - check_ins)
            stuck += int(not ok) + len(quarantine.quarantined(vault.conn))
        return {"rounds": rounds, "requests": proxy.requests,
                "faults": sum(proxy.counts.values()), "failed rounds": run.failed,
                "server restarts": run.restarts, "store rollbacks": run.rollbacks,
                "residents written": len(written), "check-ins written": check_ins,
                "lost": lost, "duplicated": duplicated, "stuck": stuck,
                "seconds": round(time.perf_counter() - started)} | {
                    f"fault {k}": v for k, v in proxy.counts.items()}
    finally:
        for vault in vaults:
            vault.close()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--postgres", action="store_true", help="a PostgreSQL server store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, cluster = None, None
        if args.postgres:
            cluster, reason = pg_cluster.start()
            if cluster is None:
                sys.exit(f"PostgreSQL unavailable: {reason}")
            db = pg_cluster.fresh_database(cluster, "fault_campaign")
        try:
            result = campaign(args.rounds, args.rate, args.seed, Path(tmp), db)
        finally:
            if cluster is not None:
                cluster.stop()
    print()
    print(f"| fault campaign ({'PostgreSQL' if args.postgres else 'SQLite'} server, "
          f"rate {args.rate:.0%}, seed {args.seed}) | |")
    print("|---|---:|")
    for key, value in result.items():
        print(f"| {key} | {value:,} |")
    if result["lost"] or result["duplicated"] or result["stuck"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
