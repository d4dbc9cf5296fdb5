"""Sync benchmarks, SQLite server and PostgreSQL server side by side (docs/benchmarks.md).

From a demo vault (500 residents x 365 days by default), with the server in its own process
on loopback (`safehaven server`), as in a house:

1. the first push of everything: seal (compress, encrypt, sign), send, store;
2. the first pull into a new laptop (joined with an enrolment code): fetch, verify,
   decrypt, apply;
3. an incremental round with 50 new check-ins (median of several rounds);
4. bytes on the wire per check-in (requests and answers, headers included).

Run: python bench/bench_sync.py [--residents N] [--days N] [--no-postgres]
"""

from __future__ import annotations

import argparse
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

from tests import pg_cluster

from safehaven.domain.models import Resident
from safehaven.services import checkins, synthetic
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync import client
from safehaven.sync.enrolment import create_code, join

PASS = "benchmark passphrase"


class Counting(httpx.HTTPTransport):
    """Counts the bytes of every request and answer, as they cross the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = self.received = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
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


def start_server(data: Path, db: str | None) -> tuple[subprocess.Popen, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHAVEN_")}
    if db:  # the address in the environment, never on the command line
        env["SAFEHAVEN_DB_URL"] = db
    else:
        env["SAFEHAVEN_DATA"] = str(data)
    init = subprocess.run([sys.executable, "-m", "safehaven", "server", "init", "--org",
                           "Bench"], capture_output=True, text=True, env=env, check=True)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "safehaven", "server", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(url + "/v1/health").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    return proc, url, init.stdout.split()[-1]


def run(label: str, template: Path, root: Path, db: str | None, rounds: int) -> dict:
    import shutil

    shutil.copytree(template, root / "a")
    proc, url, org = start_server(root / "server", db)
    try:
        a = Vault.unlock(root / "a", PASS)
        count = a.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
        client.connect(a, url, org)
        started = time.perf_counter()
        report = client.sync_round(a)
        push_s = time.perf_counter() - started
        assert report.pushed >= count, (report.pushed, count)
        code = create_code(a, "bench laptop")
        started = time.perf_counter()  # joining makes the vault and pulls everything
        b, _ = join(root / "b", url, code, "Bench Reader", PASS, kdf=crypto.MIN_KDF)
        pull_s = time.perf_counter() - started
        pulled = b.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
        ctx = Context.for_vault(a)
        ids = [r.id for r in reads.all_of(a.conn, Resident)][:50]
        incremental, wire = [], []
        for _ in range(rounds):
            for rid in ids:
                checkins.record(ctx, rid, 4, note="Slept well, ate breakfast.",
                                confirmed=True)
            counter = Counting()
            started = time.perf_counter()
            client.sync_round(a, counter)
            incremental.append(time.perf_counter() - started)
            wire.append((counter.sent + counter.received) / len(ids))
        started = time.perf_counter()
        received = client.sync_round(b)
        receive_s = time.perf_counter() - started
        a.close()
        b.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"label": label, "changesets": count, "push_s": push_s,
            "push_rate": report.pushed / push_s, "pulled": pulled, "pull_s": pull_s,
            "pull_rate": pulled / pull_s, "incremental_ms": statistics.median(incremental) * 1000,
            "incremental_worst_ms": max(incremental) * 1000,
            "receive_ms": receive_s * 1000, "received": received.applied,
            "bytes_per_checkin": statistics.median(wire)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {platform.platform()}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vault, _ = Vault.create(root / "template", house="Casa Bench", organisation="Bench",
                                staff_name="Manager", passphrase=PASS, kdf=crypto.MIN_KDF)
        started = time.perf_counter()
        made = synthetic.generate(Context.for_vault(vault), residents=args.residents,
                                  days=args.days, seed=2)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        vault.close()
        print(f"demo vault: {made.residents} residents, {made.checkins} check-ins, "
              f"{made.sessions} sessions ({time.perf_counter() - started:.0f} s to make)")
        results = [run("SQLite server", root / "template", root / "sqlite", None, args.rounds)]
        if not args.no_postgres:
            cluster, reason = pg_cluster.start()
            if cluster is None:
                print(f"PostgreSQL skipped: {reason}")
            else:
                try:
                    db = pg_cluster.fresh_database(cluster, "bench_sync")
                    results.append(run("PostgreSQL server", root / "template",
                                       root / "pg", db, args.rounds))
                finally:
                    cluster.stop()
    rows = [
        ("change sets in the vault", "changesets", "{:,.0f}"),
        ("first push of everything (s)", "push_s", "{:.1f}"),
        ("  change sets per second (target >= 5,000)", "push_rate", "{:,.0f}"),
        ("first pull into a new laptop (s)", "pull_s", "{:.1f}"),
        ("  change sets per second (target >= 5,000)", "pull_rate", "{:,.0f}"),
        ("incremental round, 50 new check-ins, median (ms; target <= 300)",
         "incremental_ms", "{:.0f}"),
        ("  worst (ms)", "incremental_worst_ms", "{:.0f}"),
        ("the other laptop's round receiving them all (ms)", "receive_ms", "{:.0f}"),
        ("bytes on the wire per check-in (target <= 400)", "bytes_per_checkin", "{:.0f}"),
    ]
    print()
    print("| measure | " + " | ".join(r["label"] for r in results) + " |")
    print("|---|" + "---:|" * len(results))
    for title, key, fmt in rows:
        print(f"| {title} | " + " | ".join(fmt.format(r[key]) for r in results) + " |")


if __name__ == "__main__":
    main()
