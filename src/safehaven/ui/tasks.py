"""The one background-task API of the UI.

All vault work runs on one thread (an SQLite connection belongs to the thread that made
it); results come back to the GUI thread through a queued signal. Tests make it
synchronous, so they need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


def receiver_alive(callback: Callable[..., Any] | None) -> bool:
    """False when a callback belongs to a widget Qt has already deleted (a page torn down
    by a lock while its load was running): its result has nowhere to go and is dropped.

    The owner is a bound method's object, or the `self` a lambda or closure written in a
    method captures (`lambda e: self.message.setText(...)`). Other widgets it refers to do
    not count: a closure may check them itself and still have work to do (show a code)."""
    if callback is None:
        return True
    owner = getattr(callback, "__self__", None)
    code = getattr(callback, "__code__", None)
    cells = getattr(callback, "__closure__", None) or ()
    if owner is None and code is not None and "self" in code.co_freevars:
        try:
            owner = cells[code.co_freevars.index("self")].cell_contents
        except ValueError:  # not filled yet
            owner = None
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Tasks(QObject):
    """`run(work, on_done, on_error)`: work on the database thread, callbacks on the GUI's."""

    busy = Signal(bool)
    _finished = Signal(object, object, object)  # callbacks, result, error

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = None if synchronous else ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="safehaven-db")
        self._pending = 0
        self._finished.connect(self._deliver)
        self.on_any_error: Failed | None = None

    def run(self, work: Callable[[], Any], on_done: Done | None = None,
            on_error: Failed | None = None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)
        if self._executor is None:
            try:
                result, error = work(), None
            except Exception as exc:  # delivered to on_error, like the threaded path
                result, error = None, exc
            self._deliver((on_done, on_error), result, error)
            return
        future: Future[object] = self._executor.submit(work)
        future.add_done_callback(lambda f: self._finished.emit(
            (on_done, on_error), None if f.exception() else f.result(), f.exception()))

    def _deliver(self, callbacks: tuple[Done | None, Failed | None], result: Any,
                 error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy.emit(False)
        on_done, on_error = callbacks
        if not receiver_alive(on_done if error is None else on_error):
            log.debug("result for a closed page dropped")
            return
        if error is not None:
            handler = on_error or self.on_any_error
            if handler is None:
                log.error("background task failed: %s", type(error).__name__)
            else:
                handler(error)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
