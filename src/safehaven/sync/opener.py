"""Opening a long pull's pages in a process of its own, on the other core.

A first pull (a laptop joining, or one back after months away) opens tens of thousands
of change sets: it verifies, decrypts, decompresses and parses them. Opening the next
page on a thread while this one is applied gained nothing, because the two threads took
turns with one GIL (measured in docs/benchmarks.md, "Opening in a process"). A process
has a GIL of its own.

The process gets the envelopes and what opening needs (the roster, the site keys and the
staff keys) through a pipe. It holds them in memory only, writes nothing, and sends the
opened change sets back the same way. It is started with "spawn", never "fork": a fork
of a process with Qt and worker threads can deadlock. It inherits the parent's limit of
no core dumps (`cli.harden_process`), as any child process does.

The process never outlives the laptop's app: on Linux the kernel kills it when its parent
dies (a parent-death signal); elsewhere a watchdog thread in it notices the parent gone.
It holds keys and opened records in memory, so an orphan left blocked would be a leak.

A pull uses it only when it is several pages behind, and opens pages on its thread until
the process is ready. If the process cannot start or dies, the pull opens on its
thread as before: the pull never depends on the process.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType

from safehaven.sync.engine import Known, Opened, open_all

log = logging.getLogger(__name__)

PAGES_BEHIND = 4  # pages (of the server's size) behind before a pull starts the process


WATCH_SECONDS = 1.0  # how often the watchdog (where there is no parent-death signal) looks
_PR_SET_PDEATHSIG = 1


def _ready() -> bool:
    return True


def _die_with(parent: int) -> None:
    """In the opening process, first thing: end when the process that started it ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the signal was asked for
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass  # no prctl: the watchdog below

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(WATCH_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="safehaven-orphan-watch", daemon=True).start()


class Opener:
    """Opens pages with `open_all`: in the process once it has started, else here."""

    def __init__(self, in_process: bool) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._started: Future[bool] | None = None
        if in_process:
            try:
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                    initializer=_die_with, initargs=(os.getpid(),))
                self._started = self._pool.submit(_ready)
            except (OSError, RuntimeError) as exc:  # no processes here: open on the thread
                log.warning("pages open on the pull's thread: %s", type(exc).__name__)
                self._pool = None

    @property
    def in_process(self) -> bool:
        """Whether the next page opens in the process (it has started and still runs)."""
        if self._pool is None or self._started is None or not self._started.done():
            return False
        if self._started.exception() is not None:
            self._give_up(self._started.exception())
            return False
        return True

    def started(self, timeout: float) -> bool:
        """Wait until the process has started; False if it will not (none was asked for,
        it failed) or did not within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while not self.in_process:
            if self._pool is None or time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def pids(self) -> list[int]:
        """The opening process's id, when it runs (for tests and diagnostics)."""
        processes = getattr(self._pool, "_processes", None) or {}
        return [int(pid) for pid in processes]

    def open(self, known: Known, envelopes: list[bytes]) -> Opened:
        if self.in_process:
            assert self._pool is not None
            try:
                return self._pool.submit(open_all, known, envelopes).result()
            except (BrokenProcessPool, OSError) as exc:  # it died: this page and the rest
                self._give_up(exc)                        # open here
        return open_all(known, envelopes)

    def _give_up(self, exc: BaseException | None) -> None:
        log.warning("the opening process stopped (%s): pages open on the pull's thread",
                    type(exc).__name__)
        self.close(wait=False)

    def close(self, wait: bool = True) -> None:
        """Stop the process (it is idle between pages: this is quick)."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Opener:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def process_starts(timeout: float = 60.0) -> bool:
    """Whether the opening process starts on this machine. The build checks it in the
    bundle, where the program starts the process by running itself again
    (`multiprocessing.freeze_support` in packaging/entry.py)."""
    with Opener(in_process=True) as op:
        return op.started(timeout)
