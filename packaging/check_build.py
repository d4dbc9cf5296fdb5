"""Check a built SafeHaven binary: `--version` answers, and the app reaches its first screen.

Usage: python packaging/check_build.py dist/safehaven/safehaven
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(binary: str) -> int:
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60)
    print(version.stdout.strip())
    if version.returncode != 0 or not version.stdout.startswith("SafeHaven "):
        print("--version failed:", version.stderr, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAFEHAVEN_LOG_DIR": tmp,
               "QT_LOGGING_RULES": "qt.qpa.*=false"}
        shot = Path(tmp) / "first-screen.png"
        start = subprocess.run([binary, "--vault", str(Path(tmp) / "vault"), "check-start",
                                "--png", str(shot)], capture_output=True, text=True,
                               env=env, timeout=120)
        print(start.stdout.strip())
        if start.returncode != 0 or "first-run" not in start.stdout or not shot.exists():
            print("the app did not reach its first-run screen:", start.stderr, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
