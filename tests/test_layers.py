"""The layering rules of DESIGN.md, checked on the source itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "safehaven"
CORE = ["domain", "store", "services", "sync", "reports", "server"]


def _modules(package: str) -> list[str]:
    return [
        "safehaven." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for p in (SRC / package).rglob("*.py") if p.name != "__init__.py"
    ] + [f"safehaven.{package}"]


def test_core_imports_without_qt() -> None:
    """Import every core module in a process where Qt cannot be imported at all."""
    modules = [m for pkg in CORE for m in _modules(pkg)] + ["safehaven.cli"]
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt is blocked in the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_only_the_store_and_server_write_sql() -> None:
    writes = re.compile(r"\b(INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if p.relative_to(SRC).parts[0] not in ("store", "server") and writes.search(p.read_text())
    ]
    assert offenders == []


def test_domain_does_no_io() -> None:
    banned = re.compile(r"^\s*(import|from)\s+(os|io|pathlib|sqlite3|sqlcipher3|socket|httpx)\b",
                        re.M)
    offenders = [p.name for p in (SRC / "domain").rglob("*.py") if banned.search(p.read_text())]
    assert offenders == []


def test_ui_reaches_the_store_only_through_services() -> None:
    direct = re.compile(r"^\s*(from|import)\s+safehaven\.store\b", re.M)
    offenders = [p.name for p in (SRC / "ui").rglob("*.py") if direct.search(p.read_text())]
    assert offenders == []


def test_the_command_line_reaches_the_store_only_through_services() -> None:
    """The CLI is a screen like the app's: the services check roles for both."""
    direct = re.compile(r"^\s*(from|import)\s+safehaven\.store\b", re.M)
    offenders = [p.name for p in SRC.glob("cli*.py") if direct.search(p.read_text())]
    assert offenders == []
