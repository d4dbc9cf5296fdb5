"""The main window's shell, made while the lock screen waits for a passphrase.

Unlocking costs Argon2id (about a second, on purpose) and then whatever the app adds: reading
Today, and making the shell's widgets. The widgets hold nothing until the vault is open, so
they are made ahead, once the lock screen has painted (or, at the latest, while Argon2id
runs on the database thread): unlocking then only reads and fills (issue 25, item 10).

The shell made ahead is empty: `Shell.start` is what reads records into it, and only the
window calls that, after the vault opened. A lock drops the shell that showed records, as
before, and the next one is made anew behind the lock screen."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from safehaven import formats, i18n
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings

if TYPE_CHECKING:
    from safehaven.ui.shell import Shell

WARM_MOMENT = datetime(2000, 1, 3, 9, 30)  # no record's: only to load the dates' words


class ShellAhead:
    """At most one empty shell, hidden in `window`, in the language it was made in."""

    def __init__(self, window: QWidget, session: Session, settings: Settings) -> None:
        self.window, self.session, self.settings = window, session, settings
        self.shell: Shell | None = None
        self.language = ""

    def soon(self) -> None:
        """Make it at the next turn of the event loop (after the lock screen's paint)."""
        QTimer.singleShot(0, self.window, self.make)

    def make(self) -> None:
        """Make it now, unless one waits already or the vault is open (a shell made then
        would be the one in use: the window makes that itself)."""
        if self.shell is not None or self.session.is_open or not shiboken6.isValid(self.window):
            return
        from safehaven.ui.shell import Shell  # its pages' modules too: not before the lock

        self.language = i18n.language()
        shell = Shell(self.session, self.settings, self.window)
        shell.hide()
        shell.ensurePolished()  # the style sheet's work, done now rather than at unlock
        # the dates' words for this language, read once (Babel's locale data, ~0.1 s)
        formats.day(WARM_MOMENT.date(), weekday=True, year=False)
        formats.day_time(WARM_MOMENT)
        formats.clock(WARM_MOMENT)
        self.shell = shell

    def take(self) -> Shell | None:
        """The shell made ahead, if it speaks the language now in use (the person who
        unlocked may speak another: then a new one is made in theirs)."""
        shell, self.shell = self.shell, None
        if shell is None or not shiboken6.isValid(shell):
            return None
        if self.language != i18n.language():
            shell.deleteLater()
            return None
        return shell
