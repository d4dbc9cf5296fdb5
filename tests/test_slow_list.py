"""tests/slow_tests.txt names tests that exist: a renamed or deleted test must leave the
list, or `make test-fast` would quietly run it again."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import SLOW_TESTS, _slow_tests

ROOT = Path(__file__).resolve().parents[1]


def _defined(path: Path) -> set[str]:
    """`test` and `Class::test` for every test function of a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            out.add(node.name)
        elif isinstance(node, ast.ClassDef):
            out |= {f"{node.name}::{f.name}" for f in node.body
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)}
            out.add(node.name)  # unittest-style classes: the class is the test
    return out


def test_every_listed_slow_test_exists() -> None:
    missing = []
    for entry in sorted(_slow_tests()):
        file, _, name = entry.partition("::")
        path = ROOT / file
        if not path.is_file() or name not in _defined(path):
            missing.append(entry)
    assert missing == [], f"not in the tests any more, take out of {SLOW_TESTS.name}"


def test_the_list_has_no_duplicates() -> None:
    lines = [line.strip() for line in SLOW_TESTS.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) == len(set(lines))
