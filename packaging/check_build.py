"""Check a built SafeHaven bundle: its size is under the limit, `--version` answers, the
app reaches its first-run screen offscreen and can start the process a long pull opens
its pages in (the program run again), and a small demo vault gives a weekly report
(SQLCipher, Argon2id, reportlab, the fonts and text shaping all load from the bundle).

Usage: python packaging/check_build.py dist/safehaven [--max-mb 155]

A bundle that grows past the limit fails the build, so a new dependency that drags in
another hundred megabytes is noticed the day it is added, not on a shelter's slow link.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

MAX_MB = 150
MB = 1_000_000


def bundle_size(folder: Path) -> int:
    """Bytes of every file in the folder (what a download or a USB stick carries)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def largest(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest top-level entries of the bundle, to say where the size went."""
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    sizes = [(bundle_size(p) if p.is_dir() else p.lstat().st_size, p.name)
             for p in inner.iterdir() if not p.is_symlink()]
    return sorted(sizes, reverse=True)[:count]


def check_size(folder: Path, max_mb: float) -> bool:
    size = bundle_size(folder)
    print(f"bundle {folder}: {size / MB:.1f} MB (limit {max_mb:g} MB)")
    if size > max_mb * MB:
        print(f"the bundle is {size / MB:.1f} MB, over the {max_mb:g} MB limit; largest:",
              file=sys.stderr)
        for part, name in largest(folder):
            print(f"  {part / MB:7.1f} MB  {name}", file=sys.stderr)
        return False
    return True


def program(folder: Path) -> Path:
    """The console program: `safehaven` (Linux, macOS) or `safehaven.exe` (Windows)."""
    for name in ("safehaven", "safehaven.exe"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"no safehaven program in {folder}")


def check_starts(binary: Path) -> bool:
    version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=60)
    print(version.stdout.strip())
    if version.returncode != 0 or not version.stdout.startswith("SafeHaven "):
        print("--version failed:", version.stderr, file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SAFEHAVEN_LOG_DIR": tmp,
               "QT_LOGGING_RULES": "qt.qpa.*=false"}
        shot = Path(tmp) / "first-screen.png"
        start = subprocess.run([binary, "--vault", str(Path(tmp) / "vault"), "check-start",
                                "--png", str(shot)], capture_output=True, text=True,
                               env=env, timeout=120)
        print(start.stdout.strip())
        if start.returncode != 0 or "first-run" not in start.stdout or not shot.exists():
            print("the app did not reach its first-run screen, or cannot start the process "
                  "a long pull opens pages in:", start.stderr, file=sys.stderr)
            return False
        return check_report(binary, Path(tmp), env)


def check_report(binary: Path, tmp: Path, env: dict[str, str]) -> bool:
    vault, pdf = tmp / "demo", tmp / "week.pdf"
    env = {**env, "SAFEHAVEN_PASSPHRASE": "safehaven demo"}  # the demo's documented one
    year, week, _ = date.today().isocalendar()
    steps = ([binary, "--vault", str(vault), "demo", "--no-gui", "--residents", "3",
              "--days", "7"],
             [binary, "--vault", str(vault), "--staff", "Demo Manager", "report", "weekly",
              "--week", f"{year}-W{week:02d}", "--out", str(pdf)],
             # in Spanish: the gettext catalogue and Babel's CLDR data come from the bundle
             [binary, "--lang", "es", "--vault", str(vault), "--staff", "Demo Manager",
              "report", "weekly", "--week", f"{year}-W{week:02d}",
              "--out", str(tmp / "semana.pdf")])
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, env=env, timeout=300)
        if done.returncode != 0:
            print(f"{' '.join(map(str, step[1:]))} failed:", done.stderr, file=sys.stderr)
            return False
    if not pdf.read_bytes().startswith(b"%PDF"):
        print("the weekly report is not a PDF", file=sys.stderr)
        return False
    print(f"weekly report of a demo vault: {pdf.stat().st_size} bytes")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the one-folder bundle, e.g. dist/safehaven")
    parser.add_argument("--max-mb", type=float, default=MAX_MB,
                        help=f"fail when the bundle is larger (default {MAX_MB} MB)")
    args = parser.parse_args(argv)
    folder = args.folder if args.folder.is_dir() else args.folder.parent
    sized = check_size(folder, args.max_mb)
    started = check_starts(program(folder))
    return 0 if sized and started else 1


if __name__ == "__main__":
    raise SystemExit(main())
