"""Documents' content moved off the database thread, a step at a time.

A chunk takes seconds on a slow link and a request cannot be stopped once sent; on the
database thread it held up every save. Here the database thread only reads a step's
sealed chunks and writes what came back; the request runs on a thread of its own with
its own connection. Used after each background round (what the house's fetch policy
wants, and what this laptop has to send) and when a document being opened is not here.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from safehaven.services import sync_status
from safehaven.ui.session import Session


class ContentMover(QObject):
    """Steps until nothing is left (`finished(True)`), the link fails or the vault locks
    (`finished(False)`; the next round or opening starts again)."""

    moved = Signal(int, int)  # chunks sent, fetched so far in this burst
    finished = Signal(bool)
    _carried = Signal(object)

    def __init__(self, session: Session, parent: QObject | None = None,
                 step: Callable[..., Any] = sync_status.content_step) -> None:
        super().__init__(parent)
        self.session = session
        self.step = step  # step(ctx, burst, *args) on the database thread
        self.running = False
        self.sent = self.fetched = 0
        self.carrier = sync_status.ContentCarrier()
        self._burst = sync_status.ContentBurst()
        self._args: tuple[Any, ...] = ()
        self._carried.connect(self._settle)

    def start(self, *args: Any) -> None:
        if self.running or not self.session.is_open:
            return
        self.running = True
        self.sent = self.fetched = 0
        self._burst, self._args = sync_status.ContentBurst(), args
        self._ask()

    def stop(self, done: bool = False) -> None:
        was = self.running
        self.running = False
        self.carrier.close()
        if was:
            self.finished.emit(done)

    def _ask(self) -> None:
        if not (self.running and self.session.is_open):
            self.stop()
            return
        self.session.call(self.step, self._burst, *self._args, on_done=self._carry,
                          on_error=lambda _e: self.stop())

    def _carry(self, step: sync_status.ContentStep | None) -> None:
        if not (self.running and self.session.is_open):
            self.stop()
            return
        if step is None:
            self.stop(done=True)
            return
        carrier, carried = self.carrier, self._carried

        def carry() -> None:
            done = carrier.carry(step)
            with contextlib.suppress(RuntimeError):  # the mover went with a lock meanwhile
                carried.emit(done)
        threading.Thread(target=carry, daemon=True, name="safehaven-content").start()

    def _settle(self, step: sync_status.ContentStep) -> None:
        if not (self.running and self.session.is_open):
            self.stop()  # locked meanwhile: what came is fetched again another time
            return
        self.session.call(sync_status.content_settle, step, self._burst,
                          on_done=self._settled, on_error=lambda _e: self.stop())

    def _settled(self, moved: Any) -> None:
        self.sent += moved.sent
        self.fetched += moved.fetched
        self.moved.emit(self.sent, self.fetched)
        if moved.more:
            self._ask()
        else:
            self.stop()
