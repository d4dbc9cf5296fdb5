"""Sync in the background while the vault is open, never blocking the window.

A short health probe runs on a thread of its own (no database involved), so a dead
network costs the database thread nothing. Only when the server answers does a round run,
on the database thread, in quick mode (one short try per request). Rounds come every
minute, a few seconds after a save, and at once when the server comes back; while the
server is away the probe backs off to every two minutes. A round does at most a couple
of batches (a second or so of database work) and the next follows at once, so a first
sync of a whole house never holds up a save.

Documents' content moves after a round, apart from it (`ContentMover`): the database
thread reads a step's sealed chunks and writes what came back, and the request itself
runs on a thread of its own. A chunk takes seconds on a slow link and a request cannot be
stopped once sent; it no longer holds up a save or the next round's check-ins.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from safehaven.services import sync_status
from safehaven.services.context import Changed, Result
from safehaven.ui.content_mover import ContentMover
from safehaven.ui.session import Session

EVERY_MS = 60_000
AFTER_SAVE_MS = 5_000
LONGEST_WAIT_MS = 2 * 60_000
PROBE_TIMEOUT = 3.0
MORE_MS = 200


class BackgroundSync(QObject):
    """Owned by the shell: it lives exactly as long as the vault is open."""

    finished = Signal(object)   # the round's report (dict)
    failed = Signal(str)        # a plain-words reason
    _probed = Signal(bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.url: str | None = None
        self.running = False
        self.wait_ms = EVERY_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_now)
        self._probed.connect(self._after_probe)
        session.changed.connect(self._changed)
        self.content = ContentMover(session, self)

    def start(self) -> None:
        """The vault is open: look up the server (made before unlock, it had none to read)."""
        self.session.call(sync_status.server_url, on_done=self._have_url)

    def _have_url(self, url: str | None) -> None:
        self.url = url
        if url:
            self.timer.start(1_000)

    def _changed(self, changes: tuple[Changed, ...]) -> None:
        """A save here goes out soon; what sync itself brought needs no round."""
        if any(not c.remote for c in changes):
            self.soon()

    def soon(self) -> None:
        """A save happened: send it within a few seconds (several saves make one round)."""
        if self.url and not self.running:
            self.timer.start(min(self.timer.remainingTime() if self.timer.isActive()
                                 else AFTER_SAVE_MS, AFTER_SAVE_MS))

    def run_now(self) -> None:
        if self.running or not self.session.is_open:
            return
        if self.url is None:
            self.session.call(sync_status.server_url, on_done=self._have_url)
            return
        self.running = True
        url = self.url
        threading.Thread(target=lambda: self._probed.emit(
            sync_status.server_reachable(url, PROBE_TIMEOUT)), daemon=True,
                         name="safehaven-sync-probe").start()

    def _after_probe(self, reachable: bool) -> None:
        if not self.session.is_open:
            self.running = False
            return
        if not reachable:
            self._done_with(self.tr("The server cannot be reached; changes wait here safely "
                                    "and go out when it can."), failed=True)
            return
        self.session.call(sync_status.sync_now, quick=True, content=False,
                          on_done=self._round_done,
                          on_error=lambda e: self._done_with(str(e), failed=True))

    def _round_done(self, result: Result[dict[str, Any]]) -> None:
        """The session has already announced what the round applied (screens refresh)."""
        report = result.record
        self._done_with("", failed=False)
        if report.get("more"):  # a big first sync goes in short steps; the window stays free
            self.timer.start(MORE_MS)
        self.content.start()
        self.finished.emit(report)

    def _done_with(self, reason: str, *, failed: bool) -> None:
        self.running = False
        self.wait_ms = min(self.wait_ms * 2, LONGEST_WAIT_MS) if failed else EVERY_MS
        if failed:
            self.failed.emit(reason)
        self.timer.start(self.wait_ms)

    def stop(self) -> None:
        self.timer.stop()
        self.url = None
        self.content.stop()
