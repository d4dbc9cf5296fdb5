"""Sync benchmarks: SQLite server, PostgreSQL server and PouchDB, in one run (docs/benchmarks.md).

From a demo vault (500 residents x 365 days by default), with the server in its own process
on loopback (`safehaven server`), as in a house:

1. the first push of everything: seal (compress, encrypt, sign), send, store;
2. the first pull into a new laptop (joined with an enrolment code): fetch, verify,
   decrypt, apply;
3. an incremental round with 50 new check-ins on the sending laptop, then the receiving
   laptop's round (medians of several rounds), and a round with nothing new;
4. bytes on the wire per check-in each way (requests and answers, headers included) and
   HTTP requests per round;
5. CPU seconds of the laptop and of the server for the first push and pull (the machine is
   shared: wall-clock rates move with its load, CPU time much less).

Then the PouchDB replication benchmark (../shared/peer-bench, node) on the same number of
records, and the ratios. `--slow-join KBIT` also joins a new laptop through a proxy limited
to KBIT kbit/s (bench/throttle_proxy.py), printing its progress, and reports the time.

Run: python bench/bench_sync.py [--residents N] [--days N] [--no-postgres] [--no-peer]
                                [--slow-join 256]
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
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # throttle_proxy

from tests import pg_cluster

from safehaven.demo import generator
from safehaven.domain.models import Resident
from safehaven.services import checkins
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync import client
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.rounds import sync_round

PASS = "benchmark passphrase"


class Counting(httpx.HTTPTransport):
    """Counts the bytes of every request and answer, as they cross the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = self.received = self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        request.read()
        self.sent += len(request.content) + _headers(request.headers) + len(
            f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n")
        response = super().handle_request(request)
        response.read()
        self.received += response.num_bytes_downloaded + _headers(response.headers) + 17
        return response


def _headers(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_env(data: Path, db: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHAVEN_")}
    if db:  # the address in the environment, never on the command line
        env["SAFEHAVEN_DB_URL"] = db
    else:
        env["SAFEHAVEN_DATA"] = str(data)
    return env


def serve(data: Path, db: str | None, log_level: str | None = None
          ) -> tuple[subprocess.Popen, str]:
    """`safehaven server` on an existing store, on a free loopback port, once it answers."""
    env = _server_env(data, db)
    if log_level:
        env["SAFEHAVEN_LOG_LEVEL"] = log_level
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "safehaven", "server", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            if httpx.get(url + "/v1/health").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    return proc, url


def start_server(data: Path, db: str | None) -> tuple[subprocess.Popen, str, str]:
    """A new store (`server init`) and its server: the process, its address, the org id."""
    init = subprocess.run([sys.executable, "-m", "safehaven", "server", "init", "--org",
                           "Bench"], capture_output=True, text=True,
                          env=_server_env(data, db), check=True)
    proc, url = serve(data, db)
    return proc, url, init.stdout.split()[-1]


def _cpu(pid: int) -> float:
    """CPU seconds (user + system) a process used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    """This process's CPU seconds and those of its children that ended (a long pull's
    opening process, `sync/opener.py`, ends with the pull)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


class Timed:
    """Wall time, this process's CPU (with the opening process's) and the server's CPU
    over a block."""

    def __init__(self, server_pid: int) -> None:
        self.pid = server_pid

    def __enter__(self) -> Timed:
        self.wall, self.cpu, self.server = (time.perf_counter(), _own_cpu(), _cpu(self.pid))
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = _own_cpu() - self.cpu
        self.server = _cpu(self.pid) - self.server


def run(label: str, template: Path, root: Path, db: str | None, rounds: int) -> dict:
    import shutil

    shutil.copytree(template, root / "a")
    proc, url, org = start_server(root / "server", db)
    try:
        a = Vault.unlock(root / "a", PASS)
        count = a.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
        client.connect(a, url, org)
        with Timed(proc.pid) as push:
            report = sync_round(a)
        assert report.pushed >= count, (report.pushed, count)
        code = create_code(a, "bench laptop")
        with Timed(proc.pid) as pull:  # joining makes the vault and pulls everything
            b, _ = join(root / "b", url, code, "Manager", PASS, kdf=crypto.MIN_KDF)
        pulled = b.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
        sync_round(b)  # a manager's laptop vouches for the managers once: not timed
        ctx = Context.for_vault(a)
        ids = [r.id for r in reads.all_of(a.conn, Resident)][:50]
        send_ms, recv_ms, sent_bytes, recv_bytes, send_req, recv_req = [], [], [], [], [], []
        for _ in range(rounds):
            for rid in ids:
                checkins.record(ctx, rid, 4, note="Slept well, ate breakfast.",
                                confirmed=True)
            for vault, ms, wire, requests in ((a, send_ms, sent_bytes, send_req),
                                              (b, recv_ms, recv_bytes, recv_req)):
                counter = Counting()
                started = time.perf_counter()
                done = sync_round(vault, counter)
                ms.append((time.perf_counter() - started) * 1000)
                assert done.digest_matches
                wire.append((counter.sent + counter.received) / len(ids))
                requests.append(counter.requests)
        idle = Counting()
        sync_round(b, idle)
        a.close()
        b.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"label": label, "changesets": count, "push_s": push.wall,
            "push_rate": report.pushed / push.wall, "push_cpu": push.cpu,
            "push_server_cpu": push.server,
            "push_per_cpu": report.pushed / (push.cpu + push.server),
            "pulled": pulled, "pull_s": pull.wall, "pull_rate": pulled / pull.wall,
            "pull_cpu": pull.cpu, "pull_server_cpu": pull.server,
            "pull_per_cpu": pulled / (pull.cpu + pull.server),
            "incremental_ms": statistics.median(send_ms),
            "incremental_worst_ms": max(send_ms), "receive_ms": statistics.median(recv_ms),
            "receive_worst_ms": max(recv_ms),
            "bytes_per_checkin": statistics.median(sent_bytes),
            "bytes_per_checkin_received": statistics.median(recv_bytes),
            "requests_send": statistics.median(send_req),
            "requests_receive": statistics.median(recv_req), "requests_idle": idle.requests}


def run_peer(count: int, rounds: int) -> dict | None:
    """The PouchDB replication benchmark on the same number of records (its last line is
    JSON); None when node or the benchmark is missing."""
    script = Path(__file__).resolve().parent.parent.parent / "shared" / "peer-bench" / "run.sh"
    if not script.exists():
        script = Path("/work/shared/peer-bench/run.sh")
    if not script.exists() or not shutil_which("node"):
        print("PouchDB benchmark skipped: node or ../shared/peer-bench missing")
        return None
    env = {**os.environ, "BENCH_N": str(count), "BENCH_BATCHES": "500", "BENCH_INCR": "50",
           "BENCH_INCR_ROUNDS": str(rounds)}
    done = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True,
                          timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        print(f"PouchDB benchmark failed: {done.stderr[-500:]}")
        return None
    for line in done.stdout.splitlines():
        if line.startswith("["):
            print("  pouchdb " + line)
    result = json.loads(lines[-1])["results"][0]
    return {"label": "PouchDB 9 (express-pouchdb, leveldb)", "changesets": count,
            "push_s": result["push_s"], "push_rate": result["push_docs_per_s"],
            "push_cpu": result["push_client_cpu_s"],
            "push_server_cpu": result["push_server_cpu_s"],
            "push_per_cpu": count / max(1e-9, result["push_client_cpu_s"] +
                                        result["push_server_cpu_s"]),
            "pulled": count, "pull_s": result["pull_s"], "pull_rate": result["pull_docs_per_s"],
            "pull_cpu": result["pull_client_cpu_s"],
            "pull_server_cpu": result["pull_server_cpu_s"],
            "pull_per_cpu": count / max(1e-9, result["pull_client_cpu_s"] +
                                        result["pull_server_cpu_s"]),
            "incremental_ms": result["incr_ms_median"], "incremental_worst_ms":
                max(result["incr_ms_rounds"]), "receive_ms": float("nan"),
            "receive_worst_ms": float("nan"),
            "bytes_per_checkin": result["push_wire_bytes_per_doc"],
            "bytes_per_checkin_received": result["pull_wire_bytes_per_doc"],
            "requests_send": result["incr_requests"], "requests_receive": float("nan"),
            "requests_idle": float("nan")}


def shutil_which(name: str) -> str | None:
    import shutil

    return shutil.which(name)


def slow_join(template: Path, root: Path, kbit: float) -> dict:
    """Join a new laptop through a link of `kbit` kbit/s, cut once midway."""
    import shutil

    from throttle_proxy import ThrottleProxy

    shutil.copytree(template, root / "a")
    proc, url, org = start_server(root / "server", None)
    proxy = ThrottleProxy(int(url.rsplit(":", 1)[1]), kbit).start()
    try:
        a = Vault.unlock(root / "a", PASS)
        client.connect(a, url, org)
        sync_round(a)
        code = create_code(a, "slow laptop")
        a.close()
        started = time.perf_counter()
        cut = [False]

        def progress(done: int, of: int) -> None:
            print(f"\r  slow join: {done:,} of about {of:,} change sets, "
                  f"{time.perf_counter() - started:.0f} s", end="", flush=True)
            if not cut[0] and done > of / 2:  # the link drops once: the join goes on
                cut[0] = True
                proxy.cut()

        b, _ = join(root / "b", f"http://127.0.0.1:{proxy.port}", code, "Manager", PASS,
                    kdf=crypto.MIN_KDF, progress=progress)
        seconds = time.perf_counter() - started
        print()
        held = b.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
        b.close()
    finally:
        proxy.stop()
        proc.terminate()
        proc.wait(timeout=30)
    return {"kbit": kbit, "seconds": seconds, "changesets": held, "bytes": proxy.bytes}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-peer", action="store_true", help="skip the PouchDB benchmark")
    parser.add_argument("--slow-join", type=float, default=0, metavar="KBIT",
                        help="also join through a link of KBIT kbit/s (e.g. 256)")
    parser.add_argument("--only-slow-join", action="store_true")
    parser.add_argument("--template", type=Path, metavar="DIR",
                        help="the demo vault: made there and kept if DIR does not exist, "
                             "else used as it is (so two runs, of two versions of the code, "
                             "sync the same records)")
    args = parser.parse_args()
    started_at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = args.template or root / "template"
        if template.exists():
            print(f"demo vault: {template}, made before")
        else:
            vault, _ = Vault.create(template, house="Casa Bench", organisation="Bench",
                                    staff_name="Manager", passphrase=PASS,
                                    kdf=crypto.MIN_KDF)
            started = time.perf_counter()
            made = generator.generate(Context.for_vault(vault), residents=args.residents,
                                      days=args.days, seed=2)
            vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            vault.close()
            print(f"demo vault: {made.residents} residents, {made.checkins} check-ins, "
                  f"{made.sessions} sessions ({time.perf_counter() - started:.0f} s to make)")
        if args.slow_join:
            slow = slow_join(template, root / "slow", args.slow_join)
            print(f"slow join through {slow['kbit']:.0f} kbit/s: {slow['changesets']:,} change "
                  f"sets in {slow['seconds']:.0f} s ({slow['bytes'] / 1e6:.1f} MB on the "
                  f"link, cut once midway)")
            if args.only_slow_join:
                return
        results = [run("SQLite server", template, root / "sqlite", None, args.rounds)]
        if not args.no_postgres:
            cluster, reason = pg_cluster.start()
            if cluster is None:
                print(f"PostgreSQL skipped: {reason}")
            else:
                try:
                    db = pg_cluster.fresh_database(cluster, "bench_sync")
                    results.append(run("PostgreSQL server", template,
                                       root / "pg", db, args.rounds))
                finally:
                    cluster.stop()
        if not args.no_peer:
            peer = run_peer(results[0]["changesets"], args.rounds)
            if peer is not None:
                results.append(peer)
    print(f"\nrun started {started_at}; load average now "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    rows = [
        ("change sets (documents) in the house", "changesets", "{:,.0f}"),
        ("first push of everything (s)", "push_s", "{:.1f}"),
        ("  per second (target >= 10,000)", "push_rate", "{:,.0f}"),
        ("  CPU s, laptop + server", "push_cpu", "{:.1f}"),
        ("  ", "push_server_cpu", "{:.1f}"),
        ("  per CPU-second, both processes", "push_per_cpu", "{:,.0f}"),
        ("first pull into a new laptop, joining (s)", "pull_s", "{:.1f}"),
        ("  per second (target >= 10,000)", "pull_rate", "{:,.0f}"),
        ("  CPU s, laptop + server", "pull_cpu", "{:.1f}"),
        ("  ", "pull_server_cpu", "{:.1f}"),
        ("  per CPU-second, both processes", "pull_per_cpu", "{:,.0f}"),
        ("round sending 50 new check-ins, median (ms; target <= 50)",
         "incremental_ms", "{:.0f}"),
        ("  worst (ms)", "incremental_worst_ms", "{:.0f}"),
        ("round receiving them, median (ms; target <= 50)", "receive_ms", "{:.0f}"),
        ("  worst (ms)", "receive_worst_ms", "{:.0f}"),
        ("bytes on the wire per check-in, sending (target <= 120)", "bytes_per_checkin",
         "{:.0f}"),
        ("bytes on the wire per check-in, receiving (target <= 120)",
         "bytes_per_checkin_received", "{:.0f}"),
        ("HTTP requests: sending round", "requests_send", "{:.0f}"),
        ("HTTP requests: receiving round", "requests_receive", "{:.0f}"),
        ("HTTP requests: a round with nothing new (target <= 2)", "requests_idle", "{:.0f}"),
    ]
    print()
    print("| measure | " + " | ".join(r["label"] for r in results) + " |")
    print("|---|" + "---:|" * len(results))
    for title, key, fmt in rows:
        if title == "  CPU s, laptop + server":
            cells = [f"{r[key]:.1f} + {r[key.replace('_cpu', '_server_cpu')]:.1f}"
                     for r in results]
        elif not title.strip():
            continue
        else:
            cells = [fmt.format(r[key]) if r[key] == r[key] else "—" for r in results]
        print(f"| {title} | " + " | ".join(cells) + " |")
    peer = next((r for r in results if r["label"].startswith("PouchDB")), None)
    if peer is not None:
        print()
        for r in results:
            if r is not peer:
                print(f"{r['label']} / PouchDB: push {r['push_rate'] / peer['push_rate']:.1f}x, "
                      f"pull {r['pull_rate'] / peer['pull_rate']:.1f}x (target >= 2x)")


if __name__ == "__main__":
    main()
