"""The desktop bundle's build checks: size limit, start-up check, pins, one version, ICU."""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import safehaven

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import check_build  # noqa: E402
import icu_slim  # noqa: E402

FAKE_PROGRAM = """#!{python}
import sys
from pathlib import Path
args = sys.argv[1:]
if args == ["--version"]:
    print("SafeHaven 0.1.0")
elif "check-start" in args:
    if {starts}:
        Path(args[args.index("--png") + 1]).write_bytes(b"png")
        print("reached the first-run screen")
    else:
        sys.exit(1)
elif "demo" in args:
    print("Demo vault created")
elif "report" in args:
    Path(args[args.index("--out") + 1]).write_bytes(b"%PDF-1.4 fake")
"""


def fake_bundle(folder: Path, *, megabytes: float, starts: bool = True) -> Path:
    """A one-folder layout like PyInstaller's: the program and an _internal folder."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libbig.so").write_bytes(b"\0" * int(megabytes * 1_000_000))
    program = folder / "safehaven"
    program.write_text(FAKE_PROGRAM.format(python=sys.executable, starts=starts))
    program.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a script")
def test_a_bundle_over_the_limit_fails_and_says_where_the_size_went(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = fake_bundle(tmp_path / "dist" / "safehaven", megabytes=2)
    assert check_build.main([str(bundle), "--max-mb", "1"]) == 1
    out, err = capsys.readouterr()
    assert "bundle" in out and "2.0 MB (limit 1 MB)" in out
    assert "over the 1 MB limit" in err and "libbig.so" in err
    assert check_build.main([str(bundle), "--max-mb", "3"]) == 0
    assert "reached the first-run screen" in capsys.readouterr().out


@pytest.mark.skipif(sys.platform == "win32", reason="the fake program is a script")
def test_a_bundle_that_does_not_reach_its_first_screen_fails(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path / "safehaven", megabytes=0.1, starts=False)
    assert check_build.main([str(bundle)]) == 1


def test_links_are_not_counted_twice_and_a_dangling_one_is_no_crash(tmp_path: Path) -> None:
    (tmp_path / "lib.so.6").write_bytes(b"\0" * 1000)
    (tmp_path / "lib.so").symlink_to("lib.so.6")
    (tmp_path / "gone.so").symlink_to("dropped.so.6")
    assert check_build.bundle_size(tmp_path) == 1000
    assert check_build.largest(tmp_path) == [(1000, "lib.so.6")]
    assert not check_build.check_size(tmp_path, max_mb=0.0005)


def test_the_version_is_typed_in_one_place() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "safehaven.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", safehaven.__version__)
    installer = (ROOT / "packaging" / "windows" / "safehaven.iss").read_text()
    assert safehaven.__version__ not in installer
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", installer, re.MULTILINE)
    # (a source tree that was never installed has no metadata to compare)
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        assert importlib.metadata.version("safehaven") == safehaven.__version__


def test_build_dependencies_are_pinned_and_the_server_stays_out() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^PYINSTALLER := pyinstaller==\d+\.\d+\.\d+$", makefile, re.MULTILINE)
    lock = (ROOT / "packaging" / "requirements-build.txt").read_text()
    pins = [line for line in lock.splitlines() if line and not line.startswith("#")]
    assert pins and all(re.match(r"^[A-Za-z0-9_.-]+==[\w.]+(; .+)?$", p) for p in pins)
    names = {p.split("==")[0].lower() for p in pins}
    assert {"pyside6-essentials", "pyside6-pdf", "sqlcipher3"} <= names
    assert not names & {"pyside6", "pyside6-addons", "starlette", "uvicorn", "psycopg"}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {re.split(r"[<>=;\[ ]", d)[0].lower() for d in project["dependencies"]}
    assert wanted <= names, "every runtime dependency has a pinned version"


ICU_PROBE = """
import functools
from PySide6.QtCore import QCollator, QLocale
names = ["Zoë", "Ñandú", "nube", "Ángel", "zorro", "Łukasz", "Андрей", "محمد", "สมชาย"]
for loc in ("es_ES", "en_US", "th_TH"):
    print(sorted(names, key=functools.cmp_to_key(QCollator(QLocale(loc)).compare)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("de_DE").toUpper("straße"))
"""


def _icu_library() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux") or not icu_slim.available()
                    or _icu_library() is None,
                    reason="needs Linux, Qt's ICU, icupkg and a C compiler")
def test_the_smaller_icu_data_sorts_and_cases_names_as_the_full_one(tmp_path: Path) -> None:
    full = _icu_library()
    assert full is not None
    small = icu_slim.slim(full, tmp_path)
    assert small.stat().st_size < full.stat().st_size / 2
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    before = subprocess.run([sys.executable, "-c", ICU_PROBE], env=env, check=True,
                            capture_output=True, text=True).stdout
    after = subprocess.run([sys.executable, "-c", ICU_PROBE], check=True, text=True,
                           env={**env, "LD_PRELOAD": str(small)}, capture_output=True)
    assert "Could not create collator" not in after.stderr
    assert after.stdout == before
    assert "İSTANBUL STRASSE" in after.stdout

