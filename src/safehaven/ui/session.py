"""The UI's handle on an unlocked vault, and the one place core events become Qt signals."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Signal

from safehaven.services import access
from safehaven.services.context import Context, Result
from safehaven.ui.tasks import Failed, Tasks, receiver_alive

if TYPE_CHECKING:  # imported when a vault opens, not before the lock screen shows
    from safehaven.services import preferences


class Session(QObject):
    """Owns the vault (on the database thread) and announces unlock, lock and changes."""

    unlocked = Signal()
    locked = Signal()
    changed = Signal(object)  # tuple[Changed, ...]: what a save or a sync round touched
    shift_started = Signal()  # this person's start mark is written (`shift_start` is set)

    def __init__(self, folder: Path, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.tasks = tasks
        self.ctx: Context | None = None
        # what applies to the person unlocked here (read at unlock): language, idle lock
        self.prefs: preferences.Effective | None = None
        self.open_forms: dict[QObject, Callable[[], Any]] = {}  # form -> its draft maker
        self.shift_start: int | None = None  # the clock of this session's start mark
        self.shift_pending = False  # unlocked, its start mark not yet written

    @property
    def is_open(self) -> bool:
        return self.ctx is not None

    def unlock(self, passphrase: str, staff: str | None, on_error: Failed) -> None:
        """Argon2id and opening run on the database thread; the window stays responsive."""
        from safehaven.services import preferences

        folder = self.folder

        def opening() -> tuple[Context, preferences.Effective]:
            # the daily page check waits until Today's reads are done (below)
            ctx = access.unlock(folder, passphrase, staff, defer_page_check=True)
            return ctx, preferences.effective(ctx)

        self.tasks.run(opening, self._opened, on_error)

    def create(self, on_done: Callable[[str], None], on_error: Failed, **fields: Any) -> None:
        """First run: make the vault; `on_done` receives the recovery key to show once."""
        folder = self.folder

        def done(result: tuple[Context, str]) -> None:
            self.ctx = result[0]
            on_done(result[1])

        self.tasks.run(lambda: access.create(folder, **fields), done, on_error)

    def reset_passphrase(self, recovery_key: str, staff_name: str, passphrase: str,
                         on_done: Callable[[Any], None], on_error: Failed) -> None:
        """Open with the recovery key, set a staff member's new passphrase, close again."""
        folder = self.folder
        self.tasks.run(lambda: access.reset_passphrase(folder, recovery_key, staff_name,
                                                       passphrase), on_done, on_error)

    def enter(self) -> None:
        """After first run's recovery-key page: show the app."""
        self.unlocked.emit()

    def _opened(self, opened: tuple[Context, preferences.Effective]) -> None:
        from safehaven.services import handover

        self.ctx, self.prefs = opened
        ctx = self.ctx
        self.shift_pending = True
        self.unlocked.emit()  # the shell queues Today's reads first on the database thread
        # Then the start of this person's shift ("since my last shift" reads up to here).
        # It is a write, and the first write runs the whole file's page check when a day has
        # passed since the last: queued before Today's reads it made the morning's first
        # unlock wait for both. The handover reads after it (`shift_started`): who is on
        # shift now counts this person
        self.tasks.run(lambda: handover.begin_session(ctx), self._shift_began,
                       self._shift_not_marked)
        self.tasks.run(lambda: access.check_pages_if_due(ctx), None, None)

    def _shift_began(self, start: int | None) -> None:
        """The start mark is written: "since my last shift" and "on shift now" read it."""
        self.shift_start, self.shift_pending = start, False
        self.shift_started.emit()

    def _shift_not_marked(self, error: BaseException) -> None:
        self._shift_began(None)
        if self.tasks.on_any_error is not None:
            self.tasks.on_any_error(error)

    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], object] | None
             = None, on_error: Failed | None = None, **kwargs: Any) -> None:
        """Run a service function `fn(ctx, ...)` in the background; announce what it changed
        (a save, or what a sync round or a bundle applied: `Changed.remote`)."""
        ctx = self.ctx
        if ctx is None:
            return

        def done(result: Any) -> None:
            if isinstance(result, Result) and result.changes:
                self.changed.emit(result.changes)  # saved, even if its page has gone
            if on_done is not None and receiver_alive(on_done):
                on_done(result)

        # on_error goes as it is: Tasks drops it too when its page has gone
        self.tasks.run(lambda: fn(ctx, *args, **kwargs), done, on_error)

    def form_drafts(self) -> list[Any]:
        """Every record form still open, as drafts to reopen after unlocking."""
        drafts = [make() for form, make in self.open_forms.items() if shiboken6.isValid(form)]
        self.open_forms.clear()
        return drafts

    def lock(self) -> None:
        """Close the database at once; widgets showing records are dropped by the window."""
        ctx, self.ctx, self.prefs = self.ctx, None, None
        self.shift_start, self.shift_pending = None, False  # the next person's: at their unlock
        if ctx is not None:
            self.tasks.run(lambda: _end_and_close(ctx))
            self.locked.emit()


def _end_and_close(ctx: Context) -> None:
    """The end of this person's shift is marked, then the database closes (whatever the
    mark does: a lock must never leave the vault open)."""
    try:
        with contextlib.suppress(Exception):  # the lock matters more than the mark
            from safehaven.services import handover  # (imported at unlock: no cost)

            handover.end_session(ctx)
    finally:
        ctx.vault.close()
