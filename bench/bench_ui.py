"""Desktop app benchmarks, offscreen (see docs/benchmarks.md).

On a demo vault of 500 residents with 365 days of check-ins (or `--residents`, `--days`):
- Argon2id alone, beside the two the issue names (25, item 10): from the Unlock button to
  Today painted with its lists, through the app's own background thread; and from starting
  `python -m safehaven` to its lock screen painted (a new process each time);
- from unlock (after the key is derived) to the main window painted;
- a keystroke in the resident search;
- opening a resident's detail page;
- saving a check-in (what the form's save costs).

Run: python bench/bench_ui.py [--residents 40 --days 60] [--vault DIR] [--profile N]

`--vault DIR` keeps the demo vault in DIR (made there on the first run, reused after, so
two trees can be timed on one vault in turns); `--profile N` prints the N costliest
functions of one unlock (Unlock pressed to Today painted, the CPU clock) and of opening 20
residents, instead of the timings.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtCore import QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from safehaven.demo import generator
from safehaven.services import access, checkins, preferences
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.ui.app import Window, install_fonts
from safehaven.ui.look import apply_look
from safehaven.ui.settings import Settings
from safehaven.ui.tasks import Tasks

PASS = "benchmark passphrase"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# A new process that starts the app as `python -m safehaven` does and, instead of running
# its event loop, paints the lock screen once and prints the wall-clock time it was done.
_TO_LOCK_SCREEN = """
import runpy, sys, time
from PySide6.QtWidgets import QApplication

def painted(app):
    window = next(w for w in app.topLevelWidgets() if w.isVisible())
    app.processEvents()
    window.grab()
    print(time.time(), flush=True)
    return 0

QApplication.exec = painted
sys.argv = ["safehaven", "--vault", sys.argv[1]]
runpy.run_module("safehaven", run_name="__main__")
"""


def idle(seconds: float) -> None:
    """The event loop for `seconds`, as while someone types their passphrase (the window
    makes the shell's widgets then, behind the lock screen)."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def until_today(window: Window) -> None:
    """The event loop until Today shows its lists, asked every 2 ms (a loop of processEvents
    and sleep cost the GUI thread a tenth of a second a second, taken from Argon2id)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(lambda: loop.quit() if window.shell is not None
                          and window.shell.today.summary.text() else None)
    timer.start()
    loop.exec()
    timer.stop()


def start_to_lock_screen(folder: Path, runs: int = 3) -> tuple[list[float], list[float]]:
    """Seconds from starting the process to its lock screen painted, `runs` times; and the
    process's CPU seconds (it exits once the lock screen has painted)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(folder.parent)}
    times, cpus = [], []
    for _ in range(runs):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.time()
        out = subprocess.run([sys.executable, "-c", _TO_LOCK_SCREEN, str(folder)], env=env,
                             capture_output=True, text=True, check=True).stdout
        times.append(float(out.split()[-1]) - start)
        now = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime)
    return times, cpus


def argon2id_alone(runs: int = 3) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of the derivation, `runs` times."""
    times, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        crypto.derive_from_passphrase(PASS, crypto.random_salt(), crypto.DEFAULT_KDF)
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return times, cpus


def _at_lock_screen(app: QApplication, folder: Path, tasks: Tasks) -> Window:
    """The app at its lock screen, idle half a second (as while someone types), with the
    passphrase typed."""
    window = Window(folder, Settings(path=folder.parent / "settings.json"), tasks)
    window.resize(1024, 600)
    window.show()
    app.processEvents()
    idle(0.5)
    window.unlock_view.passphrase.setText(PASS)
    return window


def _close(app: QApplication, window: Window, tasks: Tasks) -> None:
    window.session.lock()
    tasks.shutdown()
    window.close()
    window.deleteLater()
    # gone now (processEvents alone does not delete): a window left behind kept its
    # application-wide event filters, and every later measure paid for them
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def unlock_to_today(app: QApplication, folder: Path, runs: int = 3
                    ) -> tuple[list[float], list[float]]:
    """Seconds from pressing Unlock to Today painted with its lists filled, through the
    app's own background thread (as a worker waits for it): wall, and the process's CPU
    (both threads; the waiting loop sleeps)."""
    times, cpus = [], []
    for _ in range(runs):
        tasks = Tasks()
        window = _at_lock_screen(app, folder, tasks)
        view = window.unlock_view
        start, cpu = time.perf_counter(), time.process_time()
        view.button.click()
        until_today(window)
        window.grab()
        times.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        _close(app, window, tasks)
    return times, cpus


def profiled(what: str, run: object, top: int) -> None:
    """`run()` under cProfile on the CPU clock; its `top` costliest functions printed."""
    profile = cProfile.Profile(time.process_time)
    cpu = time.process_time()
    profile.runcall(run)  # type: ignore[arg-type]
    cpu = time.process_time() - cpu
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"\n== {what}: {cpu * 1000:.0f} ms of CPU (profiled) ==")
    print(out.getvalue())


def profile_unlock(app: QApplication, folder: Path, top: int) -> None:
    """One unlock to Today painted as the app does it, and 20 residents opened, profiled."""
    tasks = Tasks()
    window = _at_lock_screen(app, folder, tasks)
    view = window.unlock_view

    def unlock() -> None:
        view.button.click()
        until_today(window)
        window.grab()

    profiled("Unlock pressed to Today painted (the CPU clock counts the database thread "
             "too)", unlock, top)
    _close(app, window, tasks)
    # opening residents as the timings below do: the database work on this thread
    window = Window(folder, Settings(path=folder.parent / "settings.json"),
                    Tasks(synchronous=True))
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    ctx = access.unlock(folder, PASS, None)
    window.session._opened((ctx, preferences.effective(ctx)))
    shell = window.shell
    assert shell is not None
    ids = shell.residents.model.ids[:20]

    def open_all() -> None:
        for rid in ids:
            shell.open_resident(rid)
            window.grab()

    profiled(f"opening {len(ids)} residents (with their data read)", open_all, top)
    window.session.lock()


def demo_vault(folder: Path, residents: int, days: int) -> None:
    vault, _ = Vault.create(folder, house="Casa", organisation="Org", staff_name="Manager",
                            passphrase=PASS, kdf=crypto.DEFAULT_KDF)
    start = time.perf_counter()
    made = generator.generate(Context.for_vault(vault), residents=residents, days=days,
                              seed=2)
    vault.close()
    print(f"vault: {made.residents} residents, {made.checkins:,} check-ins, "
          f"{made.sessions:,} sessions (made in {time.perf_counter() - start:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--residents", type=int, default=500)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--vault", type=Path, help="keep the demo vault here (made on the "
                        "first run, a copy of it used by each run)")
    parser.add_argument("--profile", type=int, metavar="N", help="profile one unlock and "
                        "20 residents opened; print the N costliest functions")
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    app = QApplication.instance() or QApplication([])
    apply_look(app)  # type: ignore[arg-type]
    install_fonts()
    print(f"SafeHaven desktop benchmark on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        if args.vault is None:
            demo_vault(folder, args.residents, args.days)
        else:
            if not args.vault.exists():
                demo_vault(args.vault, args.residents, args.days)
            shutil.copytree(args.vault, folder)  # each run writes (shift marks, check-ins)
            print(f"vault: a copy of {args.vault}")
        if args.profile:
            profile_unlock(app, folder, args.profile)
            return

        load = os.getloadavg()
        print(f"load average before (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        argon, argon_cpu = argon2id_alone()
        today, today_cpu = unlock_to_today(app, folder)
        start, start_cpu = start_to_lock_screen(folder)
        print(f"\nArgon2id alone (default parameters): median {ms(statistics.median(argon))}, "
              f"runs {', '.join(ms(t) for t in argon)}; CPU median "
              f"{ms(statistics.median(argon_cpu))}")
        print(f"Unlock pressed to Today painted: median {ms(statistics.median(today))}, "
              f"runs {', '.join(ms(t) for t in today)}; without Argon2id "
              f"{ms(statistics.median(today) - statistics.median(argon))}")
        print(f"  the same in CPU time (both threads): median "
              f"{ms(statistics.median(today_cpu))}; without Argon2id "
              f"{ms(statistics.median(today_cpu) - statistics.median(argon_cpu))}")
        print(f"start to the lock screen painted: median {ms(statistics.median(start))}, "
              f"runs {', '.join(ms(t) for t in start)}; the process's CPU median "
              f"{ms(statistics.median(start_cpu))}")
        load = os.getloadavg()
        print(f"load average after (1, 5, 15 min): {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")

        window = Window(folder, Settings(), Tasks(synchronous=True))
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        idle(0.5)
        start = time.perf_counter()
        ctx = access.unlock(folder, PASS, None)
        derived = time.perf_counter()
        window.session._opened((ctx, preferences.effective(ctx)))
        window.grab()  # painted
        painted = time.perf_counter()
        print(f"\nunlock: key derivation and open {ms(derived - start)}; "
              f"then to the main window painted {ms(painted - derived)}")

        shell = window.shell
        assert shell is not None
        shell.nav.setCurrentRow(1)
        app.processEvents()
        times, cpus = [], []
        for text in ("a", "an", "ana", "an", "a", "", "m", "ma", "mar", ""):
            t, c = time.perf_counter(), time.process_time()
            shell.residents.search.setText(text)
            shell.residents.view.viewport().repaint()
            times.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        print(f"keystroke in resident search (filter + repaint): median "
              f"{ms(statistics.median(times))}, worst {ms(max(times))}; CPU median "
              f"{ms(statistics.median(cpus))}, worst {ms(max(cpus))}")

        ids = shell.residents.model.ids[:20]
        times, cpus = [], []
        for rid in ids:
            t, c = time.perf_counter(), time.process_time()
            shell.open_resident(rid)
            window.grab()
            times.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
        print(f"open a resident's detail page (load + paint): median "
              f"{ms(statistics.median(times))}, worst {ms(max(times))}; CPU median "
              f"{ms(statistics.median(cpus))}, worst {ms(max(cpus))}")

        times = []
        for rid in ids:
            t = time.perf_counter()
            checkins.record(ctx, rid, 4, note="bench", day=datetime.now().date(),
                            confirmed=True)
            times.append(time.perf_counter() - t)
        print(f"save a check-in (validate, write, change log, audit, commit): median "
              f"{ms(statistics.median(times))}, worst {ms(max(times))}")
        window.session.lock()


if __name__ == "__main__":
    main()
