"""`safehaven sync export` / `sync import` between two laptops of one house."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from safehaven.services import residents
from tests.sync.harness import PASSPHRASE, context, copy_house, make_template


def run(vault: Path, *args: str, **secrets: str) -> subprocess.CompletedProcess:
    """The CLI as a script runs it; `secrets` (code=..., house_token=...) through the
    environment, never the command line."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    env.update({f"SAFEHAVEN_{name.upper()}": value for name, value in secrets.items()})
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault), *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


def test_bundle_carries_a_new_resident_between_laptops(tmp_path: Path) -> None:
    template = make_template(tmp_path / "t", devices=2)
    a, b = copy_house(template, tmp_path / "h")
    residents.add(context(a), "Zeynep")
    folders = [a.folder, b.folder]
    a.close()
    b.close()
    stick = tmp_path / "usb.bundle"
    done = run(folders[0], "sync", "export", "--out", str(stick))
    assert done.returncode == 0, done.stderr
    done = run(folders[1], "sync", "import", str(stick), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["applied"] >= 1
    names = [r["preferred_name"] for r in json.loads(run(folders[1], "residents",
                                                          "--json").stdout)]
    assert names == ["Zeynep"]
    stick.write_bytes(stick.read_bytes()[:40])
    bad = run(folders[1], "sync", "import", str(stick))
    assert bad.returncode == 2 and "bundle" in bad.stderr


def test_server_and_client_from_the_command_line(tmp_path: Path) -> None:
    import time

    from tests.sync.server_harness import free_port

    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    data = tmp_path / "server"
    init = subprocess.run([sys.executable, "-m", "safehaven", "server", "init", "--data",
                           str(data), "--org", "Harbour"], capture_output=True, text=True,
                          env=env, timeout=60)
    assert init.returncode == 0, init.stderr
    org_token = init.stdout.split()[-1]  # the token is the last word printed
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "safehaven", "server", "--data", str(data),
                               "--port", str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        import httpx
        for _ in range(100):
            try:
                if httpx.get(url + "/v1/health").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        vault = tmp_path / "vault"
        assert run(vault, "init", "--house", "Casa", "--staff-name", "Rosa").returncode == 0
        assert run(vault, "resident", "add", "--preferred-name", "Ana").returncode == 0
        done = run(vault, "sync", "connect", "--server", url, house_token=org_token)
        assert done.returncode == 0, done.stderr
        again = run(vault, "sync", "connect", "--server", url, house_token=org_token)
        assert again.returncode == 2 and "refused" in again.stderr  # the token was one-time
        done = run(vault, "sync", "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["pushed"] >= 2 and report["digest_matches"]
        made = run(vault, "sync", "enrol-code", "--name", "Office laptop", "--for", "Lina")
        assert made.returncode == 0, made.stderr
        code = made.stdout.split()[-1]  # the code is the last word printed
        second = tmp_path / "second"
        joined = run(second, "sync", "join", "--server", url, "--staff-name", "Lina",
                     code=code)
        assert joined.returncode == 0, joined.stderr
        # the second laptop also holds a slot for Rosa (from the roster): say who you are
        names = [r["preferred_name"] for r in json.loads(run(second, "--staff", "Lina",
                                                              "residents", "--json").stdout)]
        assert names == ["Ana"]
        reused = run(tmp_path / "third", "sync", "join", "--server", url, "--staff-name",
                     "Mo", code=code)
        assert reused.returncode == 2 and "already used" in reused.stderr
        assert not (tmp_path / "third" / "vault.db").exists()
        listing = json.loads(run(vault, "--staff", "Rosa", "sync", "devices", "--json").stdout)
        office = next(d for d in listing if d["name"] == "Office laptop")
        revoked = run(vault, "--staff", "Rosa", "sync", "revoke", office["id"])
        assert revoked.returncode == 0, revoked.stderr
        cut_off = run(second, "--staff", "Lina", "sync")
        assert cut_off.returncode == 2 and "refused" in cut_off.stderr
    finally:
        server.terminate()
        server.wait(timeout=10)
    down = run(vault, "--staff", "Rosa", "sync")
    assert down.returncode == 1  # failed (out of reach), not refused
    assert down.stderr.strip().splitlines()[-1].startswith("safehaven: The server cannot be")
