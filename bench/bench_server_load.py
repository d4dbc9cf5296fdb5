"""Server capacity: rounds per second and server CPU per round, beside express-pouchdb.

The real server (`safehaven server`, uvicorn) runs as its own process on loopback, on
SQLite and on PostgreSQL (tests/pg_cluster.py, when PostgreSQL is installed). M houses
with N laptops in all are set up by the real app: each house's first laptop connects with
the house's token, the others join with enrolment codes, every laptop runs a real round
(one is recorded, to print what a round sends). Each laptop then records check-ins and
seals them as the real push would (three check-ins a round), and the load generator
(bench/load_gen.py, in its own processes) replays those signed requests:

- closed loop: every laptop runs round after round (the server's ceiling);
- open loop: rounds due at a fixed rate (a share of that ceiling), whichever laptop is
  free; a round's time counts from when it was due, queueing included.

Printed: rounds/s, p50/p95/p99 round time, server CPU per round (user + system of the
server's process, from /proc, over the measured window), and the machine's load
(`uptime`) beside each figure. Then bench/peer_load.js runs express-pouchdb under the
equivalent load (a round = one incremental push and pull of a few documents) and the
ratios are printed.

Run: python bench/bench_server_load.py [--houses 10] [--laptops 40] [--seconds 20]
        [--open 0.5,0.8] [--procs 1] [--no-sqlite] [--no-postgres] [--no-peer]
        [--keep DIR] [--log-level warning] [--profile FILE] [--json FILE]
        [--base SRC --pairs 3]

`--keep DIR` keeps the SQLite set-up (store, sealed pushes) and starts later runs from
it: setting up is most of a run's time, and before/after comparisons then replay the
very same requests. `--profile FILE` starts the server under cProfile (the event loop's thread and
every storage worker thread) and writes its statistics over the closed loop to
FILE.<store>.prof (read with `python -m pstats`); cProfile's own cost inflates that run's
CPU per round, so take figures from a run without it.

`--base SRC` compares two versions of the server in one run: the houses are set up once
(by this tree's code), then each store's server runs `--pairs` times from this tree and
`--pairs` times from SRC (another tree's `src` folder, e.g. a `git worktree` of the base
commit), alternating (base first in odd pairs, this tree first in even ones), each run on
a fresh copy of the same set-up store (SQLite: a copy of the file; PostgreSQL: a database
made from it as a template) replaying the very same sealed requests. The medians per
version are printed with their ratio. The machine is shared: compare CPU per round within
one run, not across runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import pickle
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tests import pg_cluster

from bench_sync import _free_port, _server_env, serve, start_server
from load_gen import Laptop, drive
from safehaven.demo import generator
from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.server import admin
from safehaven.server.app import open_storage
from safehaven.services import checkins
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync import client, rounds
from safehaven.sync.engine import sealed_runs
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.replica import outbox, server_link

PASS = "benchmark passphrase"
CHECKINS_PER_ROUND = 3


class Recording(httpx.HTTPTransport):
    """Keeps each request's method, path and headers (a real round, to replay its kind)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str, httpx.Headers]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.headers))
        return super().handle_request(request)


# The server under cProfile: SIGUSR1 starts recording (the event loop's thread, and each
# storage worker thread around its work), SIGUSR2 stops and writes the statistics.
PROFILED = """
import cProfile, pstats, runpy, signal, sys, threading, time
from safehaven.server import edge
out = sys.argv.pop(1)
profs, state = {}, {"on": False}
loop_prof = cProfile.Profile(time.thread_time)  # CPU time, not time waited
held = edge.Edge._held
def _held(self, work, *args):
    if not state["on"]:
        return held(self, work, *args)
    prof = profs.setdefault(threading.get_ident(), cProfile.Profile(time.thread_time))
    prof.enable()
    try:
        return held(self, work, *args)
    finally:
        prof.disable()
edge.Edge._held = _held
def start(*_):
    state["on"] = True
    loop_prof.enable()
def stop(*_):
    state["on"] = False
    loop_prof.disable()
    stats = pstats.Stats(loop_prof)
    for prof in list(profs.values()):
        stats.add(prof)
    stats.dump_stats(out)
signal.signal(signal.SIGUSR1, start)
signal.signal(signal.SIGUSR2, stop)
sys.argv = ["safehaven", *sys.argv[1:]]
runpy.run_module("safehaven", run_name="__main__")
"""


def serve_profiled(data: Path, db: str | None, log_level: str | None, out: Path | None,
                   src: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`safehaven server` as bench_sync.serve starts it, under PROFILED when `out` is
    given; from the source tree `src` when given (else this process's)."""
    env = _server_env(data, db)
    if log_level:
        env["SAFEHAVEN_LOG_LEVEL"] = log_level
    if src is not None:
        env["PYTHONPATH"] = str(src)
    port = _free_port()
    command = ["-c", PROFILED, str(out)] if out is not None else ["-m", "safehaven"]
    proc = subprocess.Popen([sys.executable, *command, "server", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            if httpx.get(url + "/v1/health").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    return proc, url


def load() -> str:
    return Path("/proc/loadavg").read_text().split(" ", 3)[:3].__str__()


def _cpu(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds a process used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(fields[11]) / tick, int(fields[12]) / tick


def server_cpu(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds of the server process and its children (uvicorn's
    workers, if any)."""
    user, system = _cpu(pid)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            more = _cpu(int(stat.parent.name))
            user, system = user + more[0], system + more[1]
    return user, system


def _headers(seen: httpx.Headers) -> bytes:
    keep = ("authorization", "safehaven-version", "safehaven-protocol", "safehaven-device-name",
            "accept-encoding", "user-agent")
    return b"".join(f"{k}: {v}\r\n".encode() for k, v in seen.items() if k in keep)


def _checkins(vault: Vault, residents: list[str], n: int) -> None:
    ctx = Context.for_vault(vault)
    for i in range(n):
        checkins.record(ctx, residents[i % len(residents)], 1 + i % 5,
                        note="Slept well, ate breakfast, joined the group.", confirmed=True)


def setup_houses(root: Path, url: str, tokens: list[str], laptops: int, rounds_each: int
                 ) -> tuple[list[Laptop], list[str]]:
    """The houses as the real app makes them; returns each laptop's plan and the
    requests of one real incremental round."""
    per_house = [laptops // len(tokens) + (1 if h < laptops % len(tokens) else 0)
                 for h in range(len(tokens))]
    plans: list[Laptop] = []
    recorded: list[str] = []
    for h, (token, count) in enumerate(zip(tokens, per_house, strict=True)):
        first, _ = Vault.create(root / f"h{h}l0", house=f"House {h}", organisation="Bench",
                                staff_name="Manager", passphrase=PASS, kdf=crypto.MIN_KDF)
        generator.generate(Context.for_vault(first), residents=4, days=2, seed=h)
        client.connect(first, url, token)
        rounds.sync_round(first)
        vaults = [first]
        for i in range(1, count):
            code = create_code(first, f"laptop {i}", (f"Worker {i}", Role.STAFF))
            vault, _ = join(root / f"h{h}l{i}", url, code, f"Worker {i}", PASS,
                            kdf=crypto.MIN_KDF)
            vaults.append(vault)
        residents = [r.id for r in reads.all_of(first.conn, Resident)]
        for vault in vaults:
            rounds.sync_round(vault)
        source = f"127.0.{1 + h // 250}.{1 + h % 250}"
        for vault in vaults:
            _checkins(vault, residents, CHECKINS_PER_ROUND)
            recorder = Recording()
            rounds.sync_round(vault, recorder)
            if not recorded:
                recorded = [f"{m} {p}" for m, p, _ in recorder.seen]
            headers = _headers(recorder.seen[0][2])
            link = server_link.server_link(vault.conn)
            assert link is not None
            epoch, cursor = link.epoch, link.cursor
            plans.append(Laptop(headers, source, epoch, cursor, _sealed(vault, residents,
                                                                       rounds_each)))
        for vault in vaults:
            vault.close()
        print(f"  house {h + 1}/{len(tokens)}: {count} laptops ready", flush=True)
    return plans, recorded


def _sealed(vault: Vault, residents: list[str], rounds_each: int) -> list[bytes]:
    """Push bodies of `rounds_each` rounds, sealed and signed as rounds._push seals them."""
    conn, me = vault.conn, vault.device_id
    has = int(conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets WHERE "
                           "device_id = ?", (me,)).fetchone()[0])
    key = rounds._public_key(vault)
    bodies = []
    for _ in range(rounds_each):
        _checkins(vault, residents, CHECKINS_PER_ROUND)
        sets = outbox.local_changesets(conn, me, has, rounds.PUSH_BATCH)
        envelopes = [e.decode() for e, _ in sealed_runs(vault, sets)]
        has = sets[-1].device_seq
        bodies.append(gzip.compress(json.dumps({"envelopes": envelopes,
                                                "public_key": key}).encode(), 6))
    return bodies


def measure(pid: int, port: int, plans: list[Laptop], seconds: float, procs: int,
            rate: float | None, profile: Path | None = None) -> dict[str, Any]:
    """One closed- or open-loop run: generator processes, server CPU over the window;
    `profile`: the server runs under PROFILED, which records over the window."""
    shares = [plans[i::procs] for i in range(procs)]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(procs) as pool:
        # the generators start (and import this module) before the window is set: on a
        # loaded machine that took longer than the 2 s allowed before, and the window
        # began with nobody sending
        pool.map(abs, range(procs * 4))
        start = time.time() + 1.0
        pending = [pool.apply_async(drive, (share, "127.0.0.1", port, start, seconds,
                                            rate / procs if rate else None))
                   for share in shares]
        time.sleep(max(0.0, start - time.time()))
        cpu0 = server_cpu(pid)
        if profile:
            os.kill(pid, signal.SIGUSR1)
        time.sleep(seconds)
        cpu1, load_at = server_cpu(pid), load()
        if profile:
            os.kill(pid, signal.SIGUSR2)
        outs = [p.get(timeout=seconds + 60) for p in pending]
    for share, out in zip(shares, outs, strict=True):
        for laptop, cursor, used in zip(share, out["cursors"], out["used"], strict=True):
            laptop.cursor, laptop.used = cursor, used
    lat = sorted(x for out in outs for x in out["latencies"])
    done = len(lat)
    errors: dict[str, int] = {}
    for out in outs:
        for k, v in out["errors"].items():
            errors[k] = errors.get(k, 0) + v
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    cpu = sum(cpu1) - sum(cpu0)
    system = cpu1[1] - cpu0[1]
    return {"mode": "closed" if rate is None else f"open {rate:.0f}/s", "rounds": done,
            "rounds_per_s": done / seconds, "p50_ms": q[49], "p95_ms": q[94],
            "p99_ms": q[98], "server_cpu_ms_per_round": cpu * 1000 / max(1, done),
            "server_cpu_share": cpu / seconds,
            "server_system_ms_per_round": system * 1000 / max(1, done),
            "pushed_rounds": sum(o["pushed_rounds"] for o in outs),
            "requests": sum(o["requests"] for o in outs), "errors": errors,
            "load": load_at,
            "client_cpu_share": sum(o["cpu"] for o in outs) / seconds}


def show(label: str, r: dict[str, Any]) -> None:
    print(f"{label:<10} {r['mode']:<12} {r['rounds_per_s']:7.1f} rounds/s  p50 "
          f"{r['p50_ms']:7.1f}  p95 {r['p95_ms']:7.1f}  p99 {r['p99_ms']:7.1f} ms  server CPU "
          f"{r['server_cpu_ms_per_round']:5.2f} ms/round (system "
          f"{r.get('server_system_ms_per_round', 0):4.2f}; {r['server_cpu_share'] * 100:3.0f}% "
          f"of a core, generator {r['client_cpu_share'] * 100:3.0f}%)  {r['requests']} "
          f"requests, {r['pushed_rounds']} pushed  errors {r['errors'] or 0}  load "
          f"{r['load']}", flush=True)


def _serve(label: str, data: Path, db: str | None, args: argparse.Namespace
           ) -> tuple[subprocess.Popen[bytes], str]:
    if args.profile:
        return serve_profiled(data, db, args.log_level, args.profile.with_suffix(
            f".{label}.prof"))
    return serve(data, db, args.log_level)


def _set_up(label: str, root: Path, db: str | None, args: argparse.Namespace
            ) -> tuple[subprocess.Popen[bytes], str, list[Laptop]]:
    """A server with the houses set up; with `--keep DIR` (SQLite) the houses, the store
    and the sealed pushes are kept there after the first run and put back for the next."""
    data = root / "server"
    kept = args.keep / label if args.keep and db is None else None
    if kept is not None and (kept / "plans.pickle").exists():
        shutil.copytree(kept / "server", data)
        proc, url = _serve(label, data, db, args)
        print(f"[{label}] houses, store and sealed pushes from {kept}", flush=True)
        return proc, url, pickle.loads((kept / "plans.pickle").read_bytes())
    rounds_each = args.rounds_each or max(10, int(args.seconds * 200 * (1 + len(args.open))
                                                  / args.laptops))
    proc, url, first = start_server(data, db)
    storage = open_storage(data, db)  # the houses' tokens, with the admin code
    tokens = [first] + [admin.add_house(storage, "Bench", f"House {h}")[1]
                        for h in range(1, args.houses)]
    storage.close()
    print(f"[{label}] setting up {args.houses} houses, {args.laptops} laptops, "
          f"{rounds_each} sealed rounds each", flush=True)
    plans, recorded = setup_houses(root / "laptops", url, tokens, args.laptops, rounds_each)
    print(f"[{label}] a real incremental round sends: {', '.join(recorded)}")
    if kept is not None:
        proc.terminate()
        proc.wait(timeout=30)
        shutil.copytree(data, kept / "server")
        (kept / "plans.pickle").write_bytes(pickle.dumps(plans))
        proc, url = _serve(label, data, db, args)
    return proc, url, plans


def _pristine(label: str, root: Path, db: str | None, args: argparse.Namespace
              ) -> tuple[Path | str, bytes]:
    """The houses set up once (by this tree), the server stopped: the SQLite store's folder
    or the PostgreSQL database's address, and the laptops' plans, pickled."""
    proc, _, plans = _set_up(label, root, db, args)
    proc.terminate()
    proc.wait(timeout=30)
    return (db if db is not None else root / "server"), pickle.dumps(plans)


def _copy(pristine: Path | str, root: Path, n: int) -> tuple[Path, str | None]:
    """A fresh copy of the set-up store for run `n`: (SQLite data folder, PostgreSQL
    address or None)."""
    if isinstance(pristine, Path):
        data = root / f"run{n}"
        shutil.copytree(pristine, data)
        return data, None
    import psycopg

    base, name = pristine.rsplit("/", 1)
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        for _ in range(100):  # the stopped server's sessions may take a moment to end
            try:
                conn.execute(f'CREATE DATABASE "{name}_run{n}" TEMPLATE "{name}"')
                break
            except psycopg.errors.ObjectInUse:
                time.sleep(0.1)
    return root / f"run{n}", f"{base}/{name}_run{n}"


def run_paired(label: str, root: Path, db: str | None, args: argparse.Namespace
               ) -> list[dict[str, Any]]:
    """This tree's server and `--base`'s, alternating on copies of one set-up store."""
    pristine, plans = _pristine(label, root, db, args)
    trees = {"new": None, "base": args.base}
    out: list[dict[str, Any]] = []
    for pair in range(args.pairs):
        order = ["base", "new"] if pair % 2 == 0 else ["new", "base"]
        for code in order:
            data, address = _copy(pristine, root, len(out))
            proc, url = serve_profiled(data, address, args.log_level, None, trees[code])
            laptops = pickle.loads(plans)
            try:
                port = int(url.rsplit(":", 1)[1])
                closed = measure(proc.pid, port, laptops, args.seconds, args.procs, None)
                show(f"{label}/{code}", closed)
                out.append({"store": label, "code": code, "pair": pair, **closed})
                for share in args.open if pair == 0 else []:
                    r = measure(proc.pid, port, laptops, args.seconds, args.procs,
                                max(1.0, closed["rounds_per_s"] * share))
                    show(f"{label}/{code}", r)
                    out.append({"store": label, "code": code, "pair": pair, **r})
            finally:
                proc.terminate()
                proc.wait(timeout=30)
            if address is None:
                shutil.rmtree(data, ignore_errors=True)
    for key in ("server_cpu_ms_per_round", "rounds_per_s", "p50_ms", "p95_ms", "p99_ms"):
        medians = {code: statistics.median(r[key] for r in out if r["code"] == code
                                           and r["mode"] == "closed") for code in trees}
        print(f"{label} closed, median of {args.pairs}: {key} base {medians['base']:.2f}, "
              f"new {medians['new']:.2f} (new/base {medians['new'] / medians['base']:.2f})",
              flush=True)
    return out


def run(label: str, root: Path, db: str | None, args: argparse.Namespace
        ) -> list[dict[str, Any]]:
    proc, url, plans = _set_up(label, root, db, args)
    try:
        port = int(url.rsplit(":", 1)[1])
        closed = measure(proc.pid, port, plans, args.seconds, args.procs, None,
                         args.profile)
        show(label, closed)
        out = [closed]
        for share in args.open:
            r = measure(proc.pid, port, plans, args.seconds, args.procs,
                        max(1.0, closed["rounds_per_s"] * share))
            show(label, r)
            out.append(r)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return [{"store": label, **r} for r in out]


def run_peer(args: argparse.Namespace) -> dict[str, Any] | None:
    """express-pouchdb under the same shape of load (bench/peer_load.js); None when node
    or the pinned packages cannot be had."""
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "peer-bench"
    if not shared.exists():
        shared = Path("/work/shared/peer-bench")
    if not shared.exists() or not shutil.which("node"):
        print("PouchDB skipped: node or ../shared/peer-bench missing")
        return None
    work = Path(os.environ.get("PEER_BENCH_DIR", Path(tempfile.gettempdir())
                               / "safehaven-peer-bench"))
    if not (work / "node_modules").is_dir():
        work.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            shutil.copy(shared / name, work / name)
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=work, check=True,
                       capture_output=True)
    script = Path(__file__).resolve().parent / "peer_load.js"
    env = {**os.environ, "NODE_PATH": str(work / "node_modules"),
           "LOAD_HOUSES": str(args.houses), "LOAD_LAPTOPS": str(args.laptops),
           "LOAD_SECONDS": str(args.seconds), "LOAD_DOCS": str(CHECKINS_PER_ROUND),
           "LOAD_OPEN": ",".join(str(x) for x in args.open)}
    done = subprocess.run(["node", str(script)], env=env, capture_output=True, text=True,
                          timeout=600)
    if done.returncode != 0:
        print("PouchDB run failed:", done.stderr[-2000:])
        return None
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    for r in rows:
        r["load"] = str(r["load"])
        show("pouchdb", r)
    return {"rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--houses", type=int, default=10)
    parser.add_argument("--laptops", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--procs", type=int, default=1, help="generator processes")
    parser.add_argument("--rounds-each", type=int, default=0,
                        help="sealed push bodies per laptop (default: enough for the run)")
    parser.add_argument("--open", type=lambda s: [float(x) for x in s.split(",") if x],
                        default=[0.5, 0.8], help="open-loop rates, as shares of closed")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-peer", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--log-level", default="info",
                        help="the server's log level with --keep (warning: no request log)")
    parser.add_argument("--keep", type=Path,
                        help="keep the SQLite set-up here and reuse it in later runs")
    parser.add_argument("--profile", type=Path,
                        help="cProfile statistics of the closed loop, to FILE.<store>.prof")
    parser.add_argument("--base", type=Path,
                        help="another tree's src folder: its server and this one's, paired")
    parser.add_argument("--pairs", type=int, default=3, help="runs of each with --base")
    args = parser.parse_args()
    print(f"# bench_server_load {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} "
          f"cpus={os.cpu_count()} load={load()} houses={args.houses} laptops={args.laptops} "
          f"seconds={args.seconds} generator processes={args.procs}", flush=True)
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="safehaven-load-") as tmp:
        measured = run_paired if args.base else run
        if not args.no_sqlite:
            results += measured("sqlite", Path(tmp) / "sqlite", None, args)
        if not args.no_postgres:
            cluster, why = pg_cluster.start()
            if cluster is None:
                print(f"PostgreSQL skipped: {why}")
            else:
                try:
                    db = pg_cluster.fresh_database(cluster, "safehaven_load")
                    results += measured("postgresql", Path(tmp) / "pg", db, args)
                finally:
                    cluster.stop()
    peer = None if args.no_peer else run_peer(args)
    if peer:
        pc = next(r for r in peer["rows"] if r["mode"] == "closed")
        for r in results:
            if r["mode"] == "closed":
                rate = r["rounds_per_s"] / max(pc["rounds_per_s"], 1e-9)
                cpu = r["server_cpu_ms_per_round"] / max(pc["server_cpu_ms_per_round"], 1e-9)
                label = r["store"] + (f"/{r['code']}" if "code" in r else "")
                print(f"ratio {label}/pouchdb (closed loop): rounds/s {rate:.2f}x, "
                      f"server CPU per round {cpu:.2f}x")
    if args.json:
        args.json.write_text(json.dumps({"safehaven": results, "peer": peer}, indent=1))


if __name__ == "__main__":
    main()
