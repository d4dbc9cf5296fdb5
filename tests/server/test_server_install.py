"""The server as the image installs it starts and syncs: exactly what
packaging/server/Containerfile installs (the wheel built from pyproject.toml, README.md and
src/ with --no-deps, plus packaging/server/requirements.txt) goes into a fresh venv, which
then runs `server init`, the server, its health check and a laptop's sync round, and has
no PySide6. Where a container runtime answers, the image itself is built and run too.

Both need PyPI (pip fetches the pinned requirements and the build backend): without it
they skip and say so."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from safehaven.sync.rounds import sync_round
from tests.server.live import clean_env
from tests.sync.server_harness import free_port

pytestmark = pytest.mark.slow
ROOT = Path(__file__).parents[2]
SERVER = ROOT / "packaging" / "server"


def _outside(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment without this checkout on the path: the venv must run (and pip must
    see) only what was installed into it, not src/ through PYTHONPATH."""
    env = dict(os.environ if env is None else env)
    for name in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"):
        env.pop(name, None)
    return env


def _run(*args: str | Path, timeout: int = 900,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True,
                          timeout=timeout, check=False, env=_outside(env), cwd="/")


@pytest.fixture(scope="module")
def pypi(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Skip unless pip can fetch from PyPI (the pinned requirements come from there)."""
    probe = tmp_path_factory.mktemp("probe")
    done = _run(sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--dest",
                probe, "prometheus-client==0.26.0", timeout=120)
    if done.returncode != 0:
        pytest.skip("PyPI cannot be reached from this machine, and the server's install "
                    "needs its pinned packages: " + done.stderr.strip()[-300:])


def _source_tree(into: Path) -> Path:
    """What the Containerfile's build stage copies: pyproject.toml, README.md, src/."""
    into.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, into / name)
    shutil.copytree(ROOT / "src", into / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    return into


@pytest.fixture(scope="module")
def server_venv(pypi: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv (no system site packages) with what the image installs, in its order."""
    base = tmp_path_factory.mktemp("install")
    venv = base / "venv"
    done = _run(sys.executable, "-m", "venv", venv)
    assert done.returncode == 0, done.stderr
    pip = venv / "bin" / "pip"
    wheels = base / "wheels"
    done = _run(pip, "wheel", "--no-cache-dir", "--no-deps", "--wheel-dir", wheels,
                _source_tree(base / "src-tree"))
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    done = _run(pip, "install", "-r", SERVER / "requirements.txt")
    assert done.returncode == 0, done.stderr[-2000:]
    done = _run(pip, "install", "--no-deps", *sorted(wheels.glob("*.whl")))
    assert done.returncode == 0, done.stderr[-2000:]
    return venv


class InstalledServer:
    """`safehaven server` from the venv, on a free loopback port."""

    def __init__(self, venv: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([str(venv / "bin" / "safehaven"), "server", "--port",
                                      str(self.port)], env=_outside(env), cwd="/",
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + "/v1/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                out, err = self.stop()
                raise AssertionError(f"the installed server did not start: {err}{out}")
            time.sleep(0.2)

    def stop(self) -> tuple[str, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.communicate(timeout=30)


def _laptop_syncs(tmp: Path, url: str, token: str) -> str:
    vault, _ = Vault.create(tmp / "laptop", house="Casa Norte", organisation="Harbour",
                            staff_name="Manager", passphrase="installed server passphrase",
                            kdf=crypto.MIN_KDF)
    try:
        connect(vault, url, token)
        assert sync_round(vault).digest_matches
        return vault.device_id
    finally:
        vault.close()


def test_the_images_install_starts_syncs_a_round_and_has_no_qt(
        server_venv: Path, tmp_path: Path) -> None:
    python = server_venv / "bin" / "python"
    qt = _run(python, "-c", "import PySide6")
    assert qt.returncode != 0 and "ModuleNotFoundError" in qt.stderr, "no Qt on a server"
    pg = _run(python, "-c", "import psycopg, psycopg_pool; print(psycopg.pq.version())")
    assert pg.returncode == 0, pg.stderr  # PostgreSQL works from the image too

    env = clean_env(SAFEHAVEN_DATA=str(tmp_path / "store"))
    safehaven = server_venv / "bin" / "safehaven"
    init = _run(safehaven, "server", "init", "--org", "Harbour", "--house", "Casa Norte",
                env=env, timeout=120)
    assert init.returncode == 0, init.stderr
    server = InstalledServer(server_venv, env)
    try:
        device = _laptop_syncs(tmp_path, server.url, init.stdout.split()[-1])
    finally:
        out, err = server.stop()
    assert server.proc.returncode == 0, err
    assert all(json.loads(line) for line in out.splitlines() if line.strip())
    listed = _run(safehaven, "server", "devices", "--json", env=env, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert [d["id"] for d in json.loads(listed.stdout)] == [device]
    # asked for the desktop app, a server install says how to get it
    gui = _run(safehaven, "--vault", tmp_path / "v", "check-start", env=env, timeout=120)
    assert gui.returncode == 1 and "safehaven[desktop]" in gui.stderr, gui.stderr


def _runtime() -> tuple[str | None, str]:
    """A container runtime that answers, or why there is none."""
    found = [tool for tool in ("podman", "docker") if shutil.which(tool)]
    if not found:
        return None, "neither podman nor docker is installed"
    for tool in found:
        if _run(tool, "info", timeout=60).returncode == 0:
            return tool, ""
    return None, f"{' and '.join(found)} installed, but none answers (no daemon running?)"


@pytest.fixture
def image(pypi: None) -> Iterator[tuple[str, str]]:
    tool, reason = _runtime()
    if tool is None:
        pytest.skip(f"the image is not built here: {reason}")
    tag = "safehaven-server-test:latest"
    done = _run(tool, "build", "-f", SERVER / "Containerfile", "-t", tag, ROOT, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    yield tool, tag
    _run(tool, "rmi", "-f", tag, timeout=120)


def test_the_image_builds_starts_and_syncs_a_round(image: tuple[str, str],
                                                    tmp_path: Path) -> None:
    tool, tag = image
    volume = f"safehaven-test-{free_port()}"
    port = free_port()
    name = volume + "-server"
    try:
        init = _run(tool, "run", "--rm", "-v", f"{volume}:/var/lib/safehaven", tag, "init",
                    "--org", "Harbour", "--house", "Casa Norte", timeout=300)
        assert init.returncode == 0, init.stderr
        started = _run(tool, "run", "-d", "--name", name, "-p", f"127.0.0.1:{port}:8765",
                       "-v", f"{volume}:/var/lib/safehaven", tag, timeout=300)
        assert started.returncode == 0, started.stderr
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, _run(tool, "logs", name).stdout[-3000:]
            time.sleep(0.5)
        _laptop_syncs(tmp_path, url, init.stdout.split()[-1])
        qt = _run(tool, "exec", name, "python", "-c", "import PySide6", timeout=120)
        assert qt.returncode != 0
    finally:
        _run(tool, "rm", "-f", name, timeout=120)
        _run(tool, "volume", "rm", "-f", volume, timeout=120)
