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

With --disasters (issue 35) the rare events come on top (tests/sync/campaign.py,
`Disasters`): a backup of laptop 0 at 10 % of the rounds, restored from that same backup
at 40 % and 80 %; laptop 1's clock (its hybrid clock and the server's time as it reads it)
8 hours ahead from 45 % to 55 % of the rounds, 8 hours behind from 60 % to 70 %, then
right; laptops editing each other's residents. At
the end the network heals, then the receivers' clocks move 2.5 hours on (the saves made 8
hours ahead are taken once no more than 6 hours ahead) and it heals again; "late after the
fix" counts saves the moved laptop made after its clock was right that were still missing
somewhere before that (bounded drift: 0).

Run: python bench/fault_campaign.py [--rounds 10000] [--rate 0.2] [--seed N] [--postgres]
     [--disasters]
It prints a progress line every 500 rounds and a summary table (for docs/benchmarks.md);
it exits 1 when anything was lost, duplicated or stuck.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import pg_cluster
from tests.sync.campaign import Campaign, Disasters, run_rounds, settle
from tests.sync.harness import make_template
from tests.sync.server_harness import LiveServer, enrolled_house
from tests.sync.test_faults import FaultProxy

from safehaven.sync import client as sync_client


def campaign(rounds: int, rate: float, seed: int, root: Path, db: str | None,
             disasters: bool = False) -> dict[str, int]:
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

    plan = None
    if disasters:
        plan = Disasters(template, root, backup_at=rounds // 10,
                         restores_at=(rounds * 4 // 10, rounds * 8 // 10),
                         clock_phases=((rounds * 45 // 100, rounds * 55 // 100, 8),
                                       (rounds * 60 // 100, rounds * 70 // 100, -8)))
    try:
        run = run_rounds(server, vaults, proxy, rng, rounds, progress, disasters=plan)
        server = run.server
        out = settle(vaults, run, time_passes_h=2.5 if disasters else 0)
        result = {"rounds": rounds, "requests": proxy.requests,
                  "faults": sum(proxy.counts.values()), "failed rounds": run.failed,
                  "server restarts": run.restarts, "store rollbacks": run.rollbacks,
                  "residents written": len(run.written), "check-ins written": run.check_ins}
        if disasters:
            result |= {"edits (pronouns)": run.edits, "restores of one backup": run.restores,
                       "rounds stopped by the clock check": run.clock_stopped,
                       "set aside as dated ahead, before 2.5 h pass": (
                           out.ahead_before_time_passed),
                       "saved after the clock fix": len(run.after_fix),
                       "late after the fix": out.late_after_fix,
                       "laptops differing": out.differing}
        return result | {"lost": out.lost, "duplicated": out.duplicated, "stuck": out.stuck,
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
    parser.add_argument("--disasters", action="store_true",
                        help="restores of one backup and a clock 8 hours off (issue 35)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, cluster = None, None
        if args.postgres:
            cluster, reason = pg_cluster.start()
            if cluster is None:
                sys.exit(f"PostgreSQL unavailable: {reason}")
            db = pg_cluster.fresh_database(cluster, "fault_campaign")
        try:
            result = campaign(args.rounds, args.rate, args.seed, Path(tmp), db, args.disasters)
        finally:
            if cluster is not None:
                cluster.stop()
    print()
    print(f"| fault campaign ({'PostgreSQL' if args.postgres else 'SQLite'} server, "
          f"rate {args.rate:.0%}, seed {args.seed}"
          f"{', with disasters' if args.disasters else ''}) | |")
    print("|---|---:|")
    for key, value in result.items():
        print(f"| {key} | {value:,} |")
    if result["lost"] or result["duplicated"] or result["stuck"] or result.get(
            "laptops differing") or result.get("late after the fix"):
        sys.exit(1)


if __name__ == "__main__":
    main()
