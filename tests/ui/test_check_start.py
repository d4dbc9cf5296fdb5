"""`check-start`, which the packaging check runs on the built binary, also works from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_check_start_reaches_first_run_then_unlock(tmp_path: Path, vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    png = tmp_path / "first.png"
    fresh = subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(tmp_path / "new"),
                            "check-start", "--png", str(png)], capture_output=True, text=True,
                           env=env, timeout=120)
    assert fresh.returncode == 0, fresh.stderr
    assert "first-run" in fresh.stdout and png.stat().st_size > 1000
    assert "opens its pages in a process" in fresh.stdout  # spawned: the program again
    assert not (tmp_path / "new").exists()  # looking is not creating
    existing = subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(vault_dir),
                               "check-start"], capture_output=True, text=True, env=env,
                              timeout=120)
    assert existing.returncode == 0 and "unlock" in existing.stdout
