"""Servers for the server tests: `safehaven server` as its own process (real settings,
real logs), or the app in a thread with a given configuration."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import uvicorn

from safehaven.server import logjson
from safehaven.server.app import create_app
from safehaven.server.config import ServerConfig
from safehaven.server.storage import Storage
from tests.cli_inproc import run_cli
from tests.sync.server_harness import free_port


def clean_env(**extra: str) -> dict[str, str]:
    """The test's environment without any SAFEHAVEN_* setting of the developer's own."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env.update(extra)
    return env


def admin(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """`safehaven server ARGS` as an admin would type it: its environment, output and exit
    code as a process's, run in the test's process (see tests/cli_inproc.py; each process
    paid about 0.8 CPU s of interpreter start and server imports for a command of a few
    milliseconds). The server itself stays a real process (ServerProcess)."""
    with _logging_kept():  # an admin command sends the server's logs to its own stderr
        return run_cli(["server", *args], env)


@contextmanager
def _logging_kept() -> Iterator[None]:
    """Put back what logjson.setup changes in this process: the handlers, levels and
    propagation of the loggers it takes over, and logging's module switches."""
    loggers = [logging.getLogger(name) for name in (*logjson.LOGGERS, "uvicorn.access")]
    saved = [(lg, list(lg.handlers), lg.level, lg.propagate, lg.disabled) for lg in loggers]
    switches = (logging._srcfile, logging.logThreads, logging.logMultiprocessing)
    try:
        yield
    finally:
        for lg, handlers, level, propagate, disabled in saved:
            for handler in lg.handlers:
                if handler not in handlers:
                    handler.close()
            lg.handlers[:] = handlers
            lg.setLevel(level)
            lg.propagate, lg.disabled = propagate, disabled
        logging._srcfile, logging.logThreads, logging.logMultiprocessing = switches


class ServerProcess:
    """`safehaven server` on a free loopback port; `lines` holds its stdout once stopped."""

    def __init__(self, env: dict[str, str], *args: str, scheme: str = "http",
                 verify: str | bool = True) -> None:
        self.port = free_port()
        self.url = f"{scheme}://127.0.0.1:{self.port}"
        self.env = env
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "safehaven", "server", "--port", str(self.port), *args],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stdout = ""
        self.stderr = ""
        deadline = time.time() + 30
        while True:
            try:
                if httpx.get(self.url + "/v1/health", timeout=2,
                             verify=verify).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.time() > deadline:
                self.stop()
                raise RuntimeError(f"server did not start: {self.stderr}{self.stdout}")
            time.sleep(0.1)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)  # what systemd and containers send
        out, err = self.proc.communicate(timeout=30)
        self.stdout += out
        self.stderr += err
        return int(self.proc.returncode)


class ThreadServer:
    """The app with a given configuration, served on loopback from a thread; with `tls`
    (certificate, key) over HTTPS."""

    def __init__(self, storage: Storage, config: ServerConfig | None = None,
                 port: int | None = None, tls: tuple[Path, Path] | None = None) -> None:
        self.storage = storage
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(
            create_app(storage, config), host="127.0.0.1", port=self.port,
            log_level="warning", lifespan="off",
            ssl_certfile=str(tls[0]) if tls else None, ssl_keyfile=str(tls[1]) if tls else None))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.storage.close()


def store_at(tmp: Path, db: str | None) -> str:
    """Where a test's store lives: its PostgreSQL database, or an SQLite file."""
    if db is not None:
        return db
    tmp.mkdir(parents=True, exist_ok=True)
    return str(tmp / "server.db")
