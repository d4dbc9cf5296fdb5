"""`make demo` on a fresh machine says what it is doing while it installs (issue 15)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _recipe(target: str) -> list[str]:
    text = (ROOT / "Makefile").read_text()
    found = re.search(rf"^{re.escape(target)}:.*\n((?:\t.*\n)+)", text, re.MULTILINE)
    assert found, target
    return [line.strip() for line in found.group(1).splitlines()]


def test_the_first_install_shows_progress() -> None:
    steps = _recipe("$(VENV)/.installed")
    installs = [s for s in steps if "pip install" in s]
    assert installs and all("--quiet" not in s and "-q " not in s for s in installs)
    said = next(i for i, s in enumerate(steps) if s.startswith("@echo"))
    assert said < steps.index(installs[0])  # a line before the long, quiet-looking step
    assert "about a minute" in steps[said]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_prints_the_line_before_installing(tmp_path: Path) -> None:
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "VENV=" + str(tmp_path / "venv"),
                          str(tmp_path / "venv" / ".installed")], capture_output=True,
                         text=True, timeout=60)
    lines = dry.stdout.splitlines()
    install = next(i for i, s in enumerate(lines) if "pip install" in s and "-e" in s)
    assert any("Installing SafeHaven" in s for s in lines[:install])
