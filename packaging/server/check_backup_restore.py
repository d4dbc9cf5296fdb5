"""Prove the server's backup and restore: back up, keep syncing, destroy the store,
restore the older copy, and watch the laptops refill what the copy lacked.

    python packaging/server/check_backup_restore.py               # SQLite, in a temp folder
    SAFEHAVEN_DB_URL=postgresql://... python packaging/server/check_backup_restore.py

With PostgreSQL the database named by SAFEHAVEN_DB_URL is emptied (use a scratch one).
The server side runs the real `safehaven server` commands (init, run, backup, restore,
houses); the two laptops are real vaults syncing over HTTP on loopback. Exit status 0
when every check holds.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.rounds import sync_round

PASSPHRASE = "backup check passphrase"


def server(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "safehaven", "server", *args], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"FAILED: safehaven server {' '.join(args)}: {done.stderr}")
    return done.stdout


def start(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, "-m", "safehaven", "server", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("FAILED: the server did not start")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGTERM)
    if proc.wait(timeout=30) != 0:
        raise SystemExit("FAILED: the server did not stop cleanly")


def changesets(env: dict[str, str]) -> int:
    return sum(h["changesets"] for h in json.loads(server(env, "houses", "--json")))


def names(vault: Vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def check(what: str, ok: bool) -> None:
    print(("ok      " if ok else "FAILED  ") + what, flush=True)
    if not ok:
        raise SystemExit(1)


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="safehaven-backup-check-"))
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_DB_URL", "SAFEHAVEN_LOG_DIR")}
    postgres = env.get("SAFEHAVEN_DB_URL")
    if not postgres:
        env["SAFEHAVEN_DATA"] = str(root / "store")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    try:
        token = server(env, "init", "--org", "Proof", "--house", "Casa Prueba").split()[-1]
        proc = start(env, port)
        a, _ = Vault.create(root / "a", house="Casa Prueba", organisation="Proof",
                            staff_name="Manager", passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
        connect(a, url, token)
        residents.add(Context.for_vault(a), "Before the backup")
        code = create_code(a, "laptop b", ("Worker", Role.STAFF))  # a code names its newcomer
        sync_round(a)
        b, _ = join(root / "b", url, code, "Worker", PASSPHRASE, kdf=crypto.MIN_KDF)
        sync_round(b)
        check("two laptops synced", names(b) == {"Before the backup"})

        copy = root / "nightly.backup"
        server(env, "backup", "--out", str(copy))
        check("backup taken while the server runs (0600)",
              copy.stat().st_mode & 0o777 == 0o600)
        residents.add(Context.for_vault(a), "After the backup, on a")
        residents.add(Context.for_vault(b), "After the backup, on b")
        for vault in (a, b, a):
            sync_round(vault)
        held = changesets(env)
        stop(proc)

        if postgres:
            import psycopg

            with psycopg.connect(postgres, autocommit=True) as conn:
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
        else:
            shutil.rmtree(root / "store")
        check("store destroyed", True)
        server(env, "restore", str(copy))
        restored = changesets(env)
        check(f"older copy restored ({restored} of {held} change sets)", restored < held)

        proc = start(env, port)
        reports = [sync_round(vault) for vault in (b, a, b)]
        check("laptops refilled the server", changesets(env) == held)
        check("every round ends with matching digests",
              all(r.digest_matches for r in reports))
        expected = {"Before the backup", "After the backup, on a", "After the backup, on b"}
        check("both laptops hold every record", names(a) == names(b) == expected)
        stop(proc)
        a.close()
        b.close()
        print("backup and restore: all checks passed")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
