"""`safehaven sync export` / `sync import` between two laptops of one house."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from safehaven.services import residents
from tests.sync.harness import PASSPHRASE, context, copy_house, make_template


def run(vault: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_LOG_DIR"}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
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
