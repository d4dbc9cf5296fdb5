"""A throwaway PostgreSQL cluster for the server tests, started once per test run.

PostgreSQL refuses to run as root, so as root the cluster runs as `nobody` in a folder of
its own under /tmp; it listens on a free loopback port and is stopped (and deleted) when
the run ends. SAFEHAVEN_TEST_PG=postgresql://... uses a server of your own instead;
SAFEHAVEN_TEST_PG=off skips the PostgreSQL tests.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

NOBODY = 65534


@dataclass
class Cluster:
    url: str               # the maintenance database; tests create their own
    folder: Path | None    # None when the server is not ours to stop

    def stop(self) -> None:
        if self.folder is None:
            return
        pg_ctl = _tool("pg_ctl")
        if pg_ctl:
            subprocess.run([pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60, **_as_unprivileged())
        shutil.rmtree(self.folder, ignore_errors=True)


def _tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def _as_unprivileged() -> dict[str, int]:
    return {"user": NOBODY, "group": NOBODY} if os.geteuid() == 0 else {}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start() -> tuple[Cluster | None, str]:
    """(cluster, "") or (None, the reason the PostgreSQL tests skip)."""
    wanted = os.environ.get("SAFEHAVEN_TEST_PG", "")
    if wanted == "off":
        return None, "SAFEHAVEN_TEST_PG=off"
    if wanted:
        return Cluster(wanted, None), ""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[test]')"
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    if not initdb or not pg_ctl:
        return None, ("PostgreSQL's initdb/pg_ctl are not on this machine (apt-get install "
                      "postgresql, or set SAFEHAVEN_TEST_PG=postgresql://...)")
    folder = Path(tempfile.mkdtemp(prefix="safehaven-pg-"))
    os.chmod(folder, 0o700)
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, NOBODY)
    data, port = folder / "data", _free_port()
    user = _as_unprivileged()
    try:
        subprocess.run([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                        "--no-sync"], check=True, capture_output=True, timeout=120, **user)
        subprocess.run([pg_ctl, "-D", str(data), "-l", str(folder / "log"), "-w", "-t", "60",
                        "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
                              "-c fsync=off -c max_connections=200", "start"],
                       check=True, capture_output=True, timeout=90, **user)
    except (subprocess.SubprocessError, OSError) as exc:
        log = (folder / "log").read_text(errors="replace")[-400:] if (
            folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        return None, f"could not start a PostgreSQL cluster ({exc}) {log}".strip()
    return Cluster(f"postgresql://postgres@127.0.0.1:{port}/postgres", folder), ""


def fresh_database(cluster: Cluster, name: str) -> str:
    """A new empty database on the cluster; returns its address."""
    import psycopg

    with psycopg.connect(cluster.url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    return cluster.url.rsplit("/", 1)[0] + "/" + name
