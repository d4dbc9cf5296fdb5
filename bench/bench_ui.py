"""Desktop app benchmarks, offscreen (see docs/benchmarks.md).

On a demo vault of 500 residents with 365 days of check-ins:
- from unlock (after the key is derived) to the main window painted, and from Enter
  (the key derivation included) to Today painted;
- a keystroke in the resident search;
- opening a resident's detail page;
- saving a check-in (what the form's save costs).

Run: python bench/bench_ui.py [VAULT-DIR]  (a vault made before, e.g. by bench_store.py
     section 5, passphrase "benchmark passphrase", is copied instead of made: 4 minutes)
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from PySide6.QtWidgets import QApplication

from safehaven.services import checkins, synthetic
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


def _enter_to_today(app: QApplication, folder: Path) -> float:
    """From Enter on the unlock screen to Today painted with its lists, the database work
    on the app's own thread (unlock, then Today's overview) while the window is built."""
    window = Window(folder, Settings(), Tasks())
    window.resize(1180, 760)
    window.show()
    app.processEvents()
    failed: list[object] = []
    start = time.perf_counter()
    window.session.unlock(PASS, None, failed.append)
    while not failed and (window.shell is None or not window.shell.today.summary.text()):
        app.processEvents()
        time.sleep(0.002)
    window.grab()
    took = time.perf_counter() - start
    assert not failed, failed
    window.session.lock()
    window.session.tasks.shutdown()  # the vault closed on the database thread
    window.close()
    return took


def main() -> None:
    app = QApplication.instance() or QApplication([])
    apply_look(app)  # as the app starts
    install_fonts()
    print(f"SafeHaven desktop benchmark on {platform.node()}: {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        if len(sys.argv) > 1:  # a vault made before (its passphrase PASS, one staff): a copy
            shutil.copytree(sys.argv[1], folder)
            print(f"vault: a copy of {sys.argv[1]}")
        else:
            vault, _ = Vault.create(folder, house="Casa", organisation="Org",
                                    staff_name="Manager", passphrase=PASS,
                                    kdf=crypto.DEFAULT_KDF)
            start = time.perf_counter()
            made = synthetic.generate(Context.for_vault(vault), residents=500, days=365,
                                      seed=2)
            vault.close()
            print(f"vault: {made.residents} residents, {made.checkins:,} check-ins, "
                  f"{made.sessions:,} sessions (made in {time.perf_counter() - start:.0f} s)")

        print(f"\nEnter to Today painted, as the app does it (the database work on its "
              f"thread): {ms(_enter_to_today(app, folder))} (load {os.getloadavg()[0]:.2f})")

        window = Window(folder, Settings(), Tasks(synchronous=True))
        window.resize(1180, 760)
        window.show()
        app.processEvents()
        kdf = time.perf_counter()
        crypto.derive_from_passphrase(PASS, os.urandom(16), crypto.DEFAULT_KDF)
        kdf = time.perf_counter() - kdf
        failed: list[object] = []
        start = time.perf_counter()
        # what Enter on the unlock screen does (the tasks run at once here)
        window.session.unlock(PASS, None, failed.append)
        window.grab()  # painted
        painted = time.perf_counter()
        assert not failed and window.session.ctx is not None, failed
        ctx = window.session.ctx
        print(f"the same with every task run at once, in order (the numbers below): "
              f"{ms(painted - start)}; the key derivation alone {ms(kdf)} "
              f"(load {os.getloadavg()[0]:.2f})")

        shell = window.shell
        assert shell is not None
        shell.nav.setCurrentRow(1)
        app.processEvents()
        times = []
        for text in ("a", "an", "ana", "an", "a", "", "m", "ma", "mar", ""):
            t = time.perf_counter()
            shell.residents.search.setText(text)
            shell.residents.view.viewport().repaint()
            times.append(time.perf_counter() - t)
        print(f"keystroke in resident search (filter + repaint): median "
              f"{ms(statistics.median(times))}, worst {ms(max(times))}")

        ids = shell.residents.model.ids[:20]
        times = []
        for rid in ids:
            t = time.perf_counter()
            shell.open_resident(rid)
            window.grab()
            times.append(time.perf_counter() - t)
        print(f"open a resident's detail page (load + paint): median "
              f"{ms(statistics.median(times))}, worst {ms(max(times))}")

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
