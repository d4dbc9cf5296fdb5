"""Store benchmarks, side by side in one run (see docs/benchmarks.md).

1. 100,000 check-ins through the repository writer (row + change_log + audit_log),
   SQLCipher vault vs the same schema on plain sqlite3, with our chosen settings.
   Also: one check-in per transaction (what a save from the form costs), and the cost of
   synchronous=FULL and cipher_memory_security.
2. Unlock: Argon2id with the default parameters + opening the database.
3. The residents overview on 2,000 residents with 365 days of check-ins.
4. Binding NULLs and blobs: the driver's own adapter lookup against `bind_fast`'s.
5. The big house from the command line (issue 35, item 8): 500 residents x 365 days, the
   default key derivation; `residents`, `today`, `backup` and `restore` as a person runs
   them (a process each), beside the key derivation alone and a command that opens no
   vault, so "after unlock" can be read off.

   With `--before SRC` (another tree's `src`, e.g. `git worktree add /tmp/old <commit>`),
   each command runs with that code and with this one in turns, on the same vault, and
   both columns are printed: before and after in one run, on one load.

Run: python bench/bench_store.py [--quick] [--house-only] [--house DIR] [--before SRC]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from safehaven.demo import generator
from safehaven.domain.models import CheckIn, Resident
from safehaven.domain.vocab import Shift
from safehaven.services.context import Context
from safehaven.store import connection, crypto, migrate, reads
from safehaven.store.hlc import HybridClock
from safehaven.store.ids import new_id
from safehaven.store.vault import Vault
from safehaven.store.vault_files import load_keys
from safehaven.store.writer import WriteContext, WriteTx

PASS = "benchmark passphrase"
TODAY = date(2026, 11, 26)


def plain_connection(path: Path, tuning: tuple[str, ...]) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in tuning:
        if "cipher" not in pragma:
            conn.execute(pragma).fetchall()
    return conn


def unkeyed_connection(path: Path, tuning: tuple[str, ...]) -> connection.Connection:
    """SQLCipher's own SQLite build with no key: isolates the cost of encryption itself."""
    conn = connection.sqlcipher.connect(str(path), isolation_level=None)
    for pragma in tuning:
        if "cipher" not in pragma:
            conn.execute(pragma).fetchall()
    return conn


def cipher_connection(path: Path, tuning: tuple[str, ...]) -> connection.Connection:
    return connection.open_encrypted(path, crypto.random_key(), create=True, tuning=tuning)


def tuned(**changes: str) -> tuple[str, ...]:
    out = []
    for pragma in connection.TUNING:
        name = pragma.split()[1]
        out.append(f"PRAGMA {name} = {changes[name]}" if name in changes else pragma)
    return tuple(out)


def insert_checkins(conn: object, n: int, batch: int) -> float:
    """Check-ins/s through WriteTx on a fresh schema; `batch` check-ins per transaction."""
    migrate.migrate(conn)  # type: ignore[arg-type]
    clock = HybridClock()
    ctx = WriteContext(device_id=new_id(), site_id=new_id(), staff_id=new_id())
    residents = [new_id() for _ in range(200)]
    setup = WriteTx(conn, clock, ctx)  # type: ignore[arg-type]
    conn.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
    for rid in residents:
        setup.insert(Resident(rid, ctx.site_id, "Bench", TODAY))
    setup.finish()
    conn.execute("COMMIT")  # type: ignore[attr-defined]
    start = time.perf_counter()
    done = 0
    while done < n:
        tx = WriteTx(conn, clock, ctx)  # type: ignore[arg-type]
        conn.execute("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        for i in range(done, min(n, done + batch)):
            tx.insert(CheckIn(new_id(), ctx.site_id, residents[i % 200],
                              TODAY - timedelta(days=i // 200), Shift.MORNING, 1 + i % 5,
                              ctx.staff_id, note="slept well, ate breakfast" if i % 7 else None))
        tx.finish()
        conn.execute("COMMIT")  # type: ignore[attr-defined]
        done = min(n, done + batch)
    return n / (time.perf_counter() - start)


def compare_inserts(n: int, folder: Path) -> None:
    print(f"\n1. {n:,} check-ins through the repository writer (row + change_log + audit)")
    print(f"   {'configuration':<58}{'sqlite3':>11}{'no key':>11}{'SQLCipher':>11}"
          f"{'ratio':>7}{'vs no key':>10}")
    cases: list[tuple[str, tuple[str, ...], int, int]] = [
        ("chosen: WAL, synchronous=FULL, memory_security=OFF, 1,000/tx",
         connection.TUNING, n, 1000),
        ("synchronous=NORMAL, 1,000/tx", tuned(synchronous="NORMAL"), n, 1000),
        ("chosen settings, 1 check-in per transaction (form save)", connection.TUNING,
         min(n, 2000), 1),
        ("synchronous=NORMAL, 1 check-in per transaction", tuned(synchronous="NORMAL"),
         min(n, 2000), 1),
    ]
    for i, (label, tuning, count, batch) in enumerate(cases):
        plain = insert_checkins(plain_connection(folder / f"p{i}.db", tuning), count, batch)
        bare = insert_checkins(unkeyed_connection(folder / f"u{i}.db", tuning), count, batch)
        cipher = insert_checkins(cipher_connection(folder / f"c{i}.db", tuning), count, batch)
        print(f"   {label:<58}{plain:>9,.0f}/s{bare:>9,.0f}/s{cipher:>9,.0f}/s"
              f"{plain / cipher:>7.2f}{bare / cipher:>10.2f}")
    # cipher_memory_security is process-wide in SQLCipher: measure it in a process of its own.
    out = subprocess.run([sys.executable, __file__, "--memory-security", str(n)],
                         capture_output=True, text=True, check=True).stdout.split()
    plain, cipher = float(out[0]), float(out[1])
    print(f"   {'memory_security=ON, 1,000/tx (own process)':<58}{plain:>9,.0f}/s{'':>11}"
          f"{cipher:>9,.0f}/s{plain / cipher:>7.2f}")


def memory_security(n: int) -> None:
    tuning = tuned(cipher_memory_security="ON")
    with tempfile.TemporaryDirectory() as tmp:
        cipher = insert_checkins(cipher_connection(Path(tmp) / "c.db", tuning), n, 1000)
        plain = insert_checkins(plain_connection(Path(tmp) / "p.db", tuning), n, 1000)
    print(plain, cipher)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def unlock(folder: Path) -> None:
    print("\n2. Unlock (Argon2id with default parameters + open the database)")
    vault, _ = Vault.create(folder / "unlock", house="H", organisation="O", staff_name="M",
                            passphrase=PASS)
    vault.close()
    kdf = crypto.DEFAULT_KDF
    med, worst = timed(lambda: crypto.derive_from_passphrase(PASS, os.urandom(16), kdf), 5)
    print(f"   Argon2id {kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes}: "
          f"median {med * 1000:.0f} ms, worst {worst * 1000:.0f} ms")
    med, worst = timed(lambda: Vault.unlock(folder / "unlock", PASS, sleep=lambda s: None)
                       .close(), 5)
    print(f"   unlock + open + schema check: median {med * 1000:.0f} ms, "
          f"worst {worst * 1000:.0f} ms")


def overview(folder: Path, residents: int, days: int) -> None:
    print(f"\n3. Residents overview, {residents:,} residents x {days} days of check-ins")
    vault, _ = Vault.create(folder / "big", house="H", organisation="O", staff_name="M",
                            passphrase=PASS, kdf=crypto.MIN_KDF)
    now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    ctx = Context.for_vault(vault, now=lambda: now)
    start = time.perf_counter()
    made = generator.generate(ctx, residents=residents, days=days, seed=1, today=TODAY)
    gen = time.perf_counter() - start
    print(f"   generated {made.checkins:,} check-ins, {made.sessions:,} sessions in {gen:.1f} s"
          f" ({(made.checkins + made.sessions) / gen:,.0f} records/s)")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    plain = folder / "big-plain.db"
    _plain_copy(vault, plain)
    vault.close()
    vault = Vault.unlock(folder / "big", PASS, sleep=lambda s: None)
    pconn = plain_connection(plain, connection.TUNING)
    for label, conn in (("SQLCipher", vault.conn), ("plain sqlite3", pconn)):
        reads.residents_overview(conn, now)  # warm the page cache, as a screen would
        med, worst = timed(lambda c=conn: reads.residents_overview(c, now), 20)
        print(f"   {label:<14} median {med * 1000:6.1f} ms, worst {worst * 1000:6.1f} ms")
    first = _cold(folder / "big")
    print(f"   SQLCipher, first query after unlock (cold cache): {first * 1000:.1f} ms")
    vault.conn.execute("PRAGMA cache_size = -2000")  # SQLite's default page cache
    vault.conn.execute("PRAGMA shrink_memory")
    reads.residents_overview(vault.conn, now)
    med, worst = timed(lambda: reads.residents_overview(vault.conn, now), 20)
    print(f"   SQLCipher with SQLite's default 2 MiB cache instead of 32 MiB: "
          f"median {med * 1000:.1f} ms, worst {worst * 1000:.1f} ms")
    vault.close()


def _plain_copy(vault: Vault, dest: Path) -> None:
    vault.conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
    vault.conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    vault.conn.execute("DETACH DATABASE plain")


def _cold(folder: Path) -> float:
    vault = Vault.unlock(folder, PASS, sleep=lambda s: None)
    start = time.perf_counter()
    reads.residents_overview(vault.conn, datetime.now())
    took = time.perf_counter() - start
    vault.close()
    return took


def binding(n: int) -> None:
    """Rows shaped like a pulled check-in's change-log and change-set rows (text, numbers,
    NULLs and a blob), inserted with and without `connection.bind_fast`'s adapters."""
    print(f"\n4. Binding {n:,} rows of 4 text, 2 integer, 3 NULL and 1 blob values")
    module = connection.sqlcipher
    ours = {key: module.adapters[key] for key in list(module.adapters)
            if key[0] in (type(None), bytes)}
    row = ("check_ins", "0193c2d4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", "*", '{"mood": 3}',
           1, 7, None, None, None, b"\x01" * 32)
    for label, adapters in (("the driver's own lookup", {}), ("bind_fast", ours)):
        for key in ours:
            module.adapters.pop(key, None)
        module.adapters.update(adapters)
        conn = module.connect(":memory:")
        conn.execute("CREATE TABLE t (a, b, c, d, e, f, g, h, i, j)")
        start = time.perf_counter()
        conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [row] * n)
        took = time.perf_counter() - start
        conn.close()
        print(f"   {label:<26}{n / took:>12,.0f} rows/s")
    module.adapters.update(ours)


def _cli(folder: Path, *args: str, src: Path | None = None) -> tuple[float, float]:
    """One command as a person runs it: a process of its own, passphrase from the
    environment; its wall time and its CPU time (user + system: on a shared machine the
    steadier of the two). `src`: another tree's code instead of this one's."""
    env = {**_env(src), "SAFEHAVEN_PASSPHRASE": PASS, "SAFEHAVEN_NOW": "2026-11-26T09:30"}
    return _child([sys.executable, "-m", "safehaven", "--vault", str(folder), "--staff", "M",
                   *args], env)


def _env(src: Path | None = None) -> dict[str, str]:
    """As an installed app runs: with its bytecode (a first run writes it, so commands are
    run once before they are timed), not compiling every module each time."""
    path = [str(src)] if src is not None else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*path, *sys.path])}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _child(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, env=env, stdout=subprocess.DEVNULL,
                   stdin=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def big_house(folder: Path, residents: int, days: int, runs: int = 3,
              made_before: Path | None = None, before: Path | None = None) -> None:
    print(f"\n5. The big house from the command line: {residents:,} residents x {days} days, "
          f"default key derivation (load: {os.getloadavg()[0]:.2f})")
    house = folder / "house"
    start = time.perf_counter()
    if made_before is not None:  # one this section made before (staff "M", PASS): a copy
        shutil.copytree(made_before, house)
    else:
        vault, _ = Vault.create(house, house="H", organisation="O", staff_name="M",
                                passphrase=PASS, kdf=crypto.DEFAULT_KDF)
        now = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
        generator.generate(Context.for_vault(vault, now=lambda: now), residents=residents,
                           days=days, seed=1, today=TODAY)
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        vault.close()
    vault = Vault.unlock(house, PASS, sleep=lambda s: None)
    sets = vault.conn.execute("SELECT count(*) FROM change_sets").fetchone()[0]
    checkins = vault.conn.execute("SELECT count(*) FROM check_ins").fetchone()[0]
    vault.close()
    size = sum(f.stat().st_size for f in house.iterdir() if f.is_file()) / 1e6
    print(f"   {checkins:,} check-ins, {sets:,} change sets, {size:.0f} MB "
          f"(made in {time.perf_counter() - start:.0f} s)")
    # the derivation the commands pay: M's slot's own parameters (a house made elsewhere
    # may have been made at the floor rather than the default)
    params = next(s.kdf for s in load_keys(house).slots if s.label == "M" and s.kdf)
    if params != crypto.DEFAULT_KDF:
        print(f"   M's slot is derived at {params.as_dict()}, not the default")
    kdf, _ = timed(lambda: crypto.derive_from_passphrase(PASS, os.urandom(16), params), runs)
    cpu0 = time.process_time()
    for _ in range(runs):
        crypto.derive_from_passphrase(PASS, os.urandom(16), params)
    kdf_cpu = (time.process_time() - cpu0) / runs
    if before is not None:
        _compare(folder, house, before, kdf, kdf_cpu, runs)
        return
    env = _env()
    _cli(house, "residents")  # writes the bytecode
    bare = [_child([sys.executable, "-m", "safehaven", "--version"], env) for _ in range(runs)]
    print(f"   key derivation alone: {kdf * 1000:.0f} ms wall, {kdf_cpu * 1000:.0f} ms CPU; "
          f"a command that opens no vault (Python and imports): "
          f"{statistics.median(w for w, _ in bare) * 1000:.0f} ms wall, "
          f"{statistics.median(c for _, c in bare) * 1000:.0f} ms CPU")
    print(f"   {'command':<24}{'wall median':>12}{'worst':>9}{'CPU median':>12}"
          f"{'wall minus key derivation':>27}")
    rows: list[tuple[str, list[tuple[float, float]]]] = [
        ("residents", [_cli(house, "residents") for _ in range(runs)]),
        ("today", [_cli(house, "today") for _ in range(runs)]),
        ("backup", [_cli(house, "backup", "--out", str(folder / f"b{n}.shbak"))
                    for n in range(runs)]),
        ("restore (a new folder)", [_cli(folder / f"r{n}", "restore", str(folder / "b0.shbak"))
                                    for n in range(runs)]),
    ]
    for label, times in rows:
        med = statistics.median(w for w, _ in times)
        print(f"   {label:<24}{med * 1000:>9.0f} ms{max(w for w, _ in times) * 1000:>6.0f} ms"
              f"{statistics.median(c for _, c in times) * 1000:>9.0f} ms"
              f"{(med - kdf) * 1000:>24.0f} ms")
    print(f"   (load after: {os.getloadavg()[0]:.2f})")


def _compare(folder: Path, house: Path, before: Path, kdf: float, kdf_cpu: float,
             runs: int) -> None:
    """Each command with the code in `before` and with this tree's, taking turns on the
    same vault; medians of `runs`, and CPU minus the key derivation ("after unlock")."""
    trees: dict[str, Path | None] = {"before": before, "after": None}
    for src in trees.values():
        _cli(house, "residents", src=src)  # bytecode; the first unlock's check (a new copy)
        _cli(house, "residents", src=src)
    print(f"   key derivation alone: {kdf * 1000:.0f} ms wall, {kdf_cpu * 1000:.0f} ms CPU")
    commands: list[tuple[str, Callable[[int, str, Path | None], tuple[float, float]]]] = [
        ("--version (no vault)", lambda n, t, src: _child(
            [sys.executable, "-m", "safehaven", "--version"], _env(src))),
        ("residents", lambda n, t, src: _cli(house, "residents", src=src)),
        ("today", lambda n, t, src: _cli(house, "today", src=src)),
        ("backup", lambda n, t, src: _cli(house, "backup", "--out",
                                          str(folder / f"b-{t}{n}.shbak"), src=src)),
        ("restore (a new folder)", lambda n, t, src: _cli(
            folder / f"r-{t}{n}", "restore", str(folder / f"b-{t}0.shbak"), src=src)),
    ]
    print(f"   {'command':<24}{'before: wall':>13}{'CPU':>8}{'after: wall':>13}{'CPU':>8}"
          f"{'CPU after unlock, before / after':>36}")
    for label, run in commands:
        times: dict[str, list[tuple[float, float]]] = {t: [] for t in trees}
        for n in range(runs):
            for tree, src in trees.items():
                times[tree].append(run(n, tree, src))
        cells, unlocked = "", []
        for tree in trees:
            wall = statistics.median(w for w, _ in times[tree])
            cpu = statistics.median(c for _, c in times[tree])
            cells += f"{wall * 1000:>10.0f} ms{cpu * 1000:>6.0f} ms"
            unlocked.append(f"{(cpu - kdf_cpu) * 1000:.0f}")
        after = " / ".join(unlocked) + " ms" if label != "--version (no vault)" else "—"
        print(f"   {label:<24}{cells}{after:>33}")
    print(f"   (load after: {os.getloadavg()[0]:.2f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--house-only", action="store_true",
                        help="only section 5, the big house from the command line")
    parser.add_argument("--house", type=Path, help="section 5 on a copy of this vault, made "
                        "by it before (staff M, the benchmark passphrase)")
    parser.add_argument("--before", type=Path, metavar="SRC",
                        help="section 5 also with another tree's src, side by side")
    parser.add_argument("--memory-security", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_security:
        memory_security(args.memory_security)
        return
    n, residents, days = (5_000, 100, 60) if args.quick else (100_000, 2_000, 365)
    print(f"SafeHaven store benchmark on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
          f"SQLCipher {_cipher_version()} (SQLite {connection.sqlcipher.sqlite_version})")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not args.house_only:
            compare_inserts(n, folder)
            unlock(folder)
            overview(folder, residents, days)
        big_house(folder, 50 if args.quick else 500, 30 if args.quick else 365,
                  made_before=args.house, before=args.before)
    if not args.house_only:
        binding(n)



def _cipher_version() -> str:
    conn = connection.sqlcipher.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


if __name__ == "__main__":
    main()
