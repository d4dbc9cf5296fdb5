"""`safehaven check-start`: open the window offscreen and say which screen it reached.

Used by packaging/check_build.py on a built binary: it proves Qt, its plugins, the fonts,
the translations and SQLCipher all load, without anyone at a screen.
"""

from __future__ import annotations

import os
from pathlib import Path

from safehaven.ui.firstrun import FirstRunWizard
from safehaven.ui.unlock import UnlockView


def check(folder: Path, png: Path | None) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from safehaven.ui.app import Window, install_fonts
    from safehaven.ui.look import apply_look
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks

    app = QApplication.instance() or QApplication([])
    apply_look(app)  # type: ignore[arg-type]
    install_fonts()
    window = Window(folder, Settings(), Tasks(synchronous=True))
    window.show()
    app.processEvents()
    screen: QWidget | None = window.centralWidget()
    wizard = screen.findChild(FirstRunWizard) if screen is not None else None
    if wizard is not None:
        screen = wizard
    name = ("first-run" if isinstance(screen, FirstRunWizard)
            else "unlock" if isinstance(screen, UnlockView) else type(screen).__name__)
    if png is not None:
        window.grab().save(str(png))
    window.close()
    return name
