"""The layering rules of DESIGN.md, checked on the source itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "safehaven"
CORE = ["domain", "store", "services", "demo", "sync", "reports", "server"]


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


# Where SQL may be written: the vault's store, sync's own bookkeeping in the same vault, and
# the server's storage.
WRITES_SQL = (("store",), ("sync", "replica"), ("server",))


def test_only_the_store_and_server_write_sql() -> None:
    writes = re.compile(r"\b(INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE TABLE)\b")
    offenders = [
        str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
        if not any(p.relative_to(SRC).parts[:len(place)] == place for place in WRITES_SQL)
        and writes.search(p.read_text())
    ]
    assert offenders == []


def test_replication_lives_in_sync() -> None:
    """The store keeps the vault; what exists only because laptops exchange change sets
    (applying, checking, parking, relaying, peers, the server link) lives in sync/replica."""
    replication = {"apply", "receive_check", "dose_check", "quarantine", "pending", "relay",
                   "outbox", "applied_log", "peers", "device_keys", "server_link", "conflicts"}
    assert {p.stem for p in (SRC / "store").glob("*.py")} & replication == set()
    assert replication <= {p.stem for p in (SRC / "sync" / "replica").glob("*.py")}


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
    offenders = [p.name for p in (SRC / "cli").glob("*.py") if direct.search(p.read_text())]
    assert offenders == []


# -- the import graph, from the source (in-function imports too) -------------------------------
def _module_of(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The safehaven modules a file imports when it runs, wherever the import statement is
    (`from safehaven import store` names the package `safehaven.store`); imports made
    only for the type checker do not run and are left out."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    out: set[str] = set()
    for node in ast.walk(tree):
        # the CLI's lazily loaded services (cli/lazy.py): services("funder", ...)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "services" and path.parent.name == "cli":
            out |= {f"safehaven.services.{a.value}" for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)}
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.split(".")[0] == "safehaven"}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                node.module.split(".")[0] == "safehaven":
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                as_path = SRC.parent / full.replace(".", "/")
                out.add(full if as_path.with_suffix(".py").exists() or as_path.is_dir()
                        else node.module)
    return out


def _graph() -> dict[str, set[str]]:
    return {_module_of(p): _imports(p) for p in SRC.rglob("*.py")}


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "safehaven"
    return "cli" if parts[1].startswith("cli") else parts[1]


# Each layer and what it must never import (DESIGN.md: arrows only point down).
FORBIDDEN = {
    "domain": {"store", "sync", "services", "demo", "reports", "ui", "server", "cli"},
    "store": {"sync", "services", "demo", "reports", "ui", "server", "cli"},
    "sync": {"services", "demo", "reports", "ui", "server", "cli"},
    "services": {"demo", "reports", "ui", "server", "cli"},
    "demo": {"reports", "ui", "server", "cli"},  # it writes through the services
    "reports": {"demo", "ui", "server", "cli"},
    "server": {"services", "demo", "reports", "ui", "store", "cli"},
    "ui": {"store", "sync", "demo", "server", "cli"},
    "cli": {"store"},
}


def test_imports_point_down_the_layers() -> None:
    wrong = sorted(f"{module} imports {target}" for module, targets in _graph().items()
                   for target in targets
                   if _layer(target) in FORBIDDEN.get(_layer(module), set()))
    assert wrong == []


def test_no_import_circles() -> None:
    """No two modules import each other, directly or round a longer circle."""
    graph = _graph()
    colour: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(module: str, path: list[str]) -> None:
        colour[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph:
                continue
            if colour.get(target) == 1:
                circles.append([*path[path.index(target):], target])
            elif target not in colour:
                visit(target, [*path, target])
        colour[module] = 2

    for module in sorted(graph):
        if module not in colour:
            visit(module, [module])
    assert circles == []


def test_the_graph_sees_the_clis_lazy_services() -> None:
    assert "safehaven.services.funder" in _imports(SRC / "cli" / "reports.py")


def test_the_graph_sees_package_imports() -> None:
    """`from safehaven import store` is an import of the store (the regexes missed it)."""
    assert _imports(SRC / "cli" / "main.py") >= {"safehaven.clock", "safehaven.i18n"}
    assert "safehaven.store.roster_trust" in _imports(SRC / "store" / "vault.py")
