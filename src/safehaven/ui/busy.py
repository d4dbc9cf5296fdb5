"""A busy sign for work that takes seconds (a USB bundle, a backup): without one, a tired
user clicks again or pulls the stick out while the file is still being written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel


class Busy:
    """While it lasts: a wait cursor, the button that started the work disabled, and a line
    saying what is happening. `finish(text)` undoes all three and shows the outcome."""

    def __init__(self, button: QAbstractButton, status: QLabel, text: str) -> None:
        self.button, self.status = button, status
        self.active = True
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        button.setEnabled(False)
        status.setText(text)
        status.repaint()  # seen before the work starts, even if the GUI thread waits

    def finish(self, text: str) -> None:
        if not self.active:
            return
        self.active = False
        QApplication.restoreOverrideCursor()
        for widget in (self.button, self.status):
            if not shiboken6.isValid(widget):
                return  # locked meanwhile: nothing left to tell
        self.button.setEnabled(True)
        self.status.setText(text)

    def done(self, text: Callable[[Any], str]) -> Callable[[Any], None]:
        return lambda result: self.finish(text(result))

    def failed(self, text: Callable[[BaseException], str]) -> Callable[[BaseException], None]:
        return lambda error: self.finish(text(error))
