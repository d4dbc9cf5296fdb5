"""The application window: first run, unlock, or the shell; locking and the quick exit."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from safehaven import logs
from safehaven.errors import SafeHavenError
from safehaven.paths import resource_dir
from safehaven.services import access, backups
from safehaven.ui.firstrun import FirstRunWizard
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings
from safehaven.ui.shell import Shell
from safehaven.ui.tasks import Tasks
from safehaven.ui.unlock import UnlockView

log = logging.getLogger(__name__)
STYLE = """
QWidget { font-size: 10.5pt; color: #1d2b36; }
QLabel#heading { font-size: 16pt; font-weight: 600; color: #1f5f6b; padding: 4px 0; }
QLabel#title { font-size: 20pt; font-weight: 600; color: #1f5f6b; }
QLabel#error { color: #a8322d; }
QLabel#hint { color: #5d6b75; font-size: 9pt; }
QListWidget#nav { font-size: 12pt; border: none; background: #eef4f5; }
QListWidget#nav::item { padding: 10px 12px; }
QListWidget#nav::item:selected { background: #1f5f6b; color: white; }
QTableView { gridline-color: #dde6e9; alternate-background-color: #f5f9fa; }
QHeaderView::section { background: #1f5f6b; color: white; padding: 4px; border: none; }
QPushButton { padding: 5px 12px; }
QPushButton:checked { background: #1f5f6b; color: white; border: 1px solid #1f5f6b; }
QPushButton:disabled { color: #8a9499; }
QToolButton:checked { background: #cfe3e6; border: 2px solid #1f5f6b; border-radius: 6px; }
"""
QUICK_EXIT_SECONDS = 0.7


class IdleLock(QObject):
    """Locks after the chosen idle minutes; any key or mouse input restarts the count."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})

    def __init__(self, minutes: int, on_idle: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)  # type: ignore[arg-type]
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.INPUT:
            self.timer.start()
        return False


class Window(QMainWindow):
    def __init__(self, folder: Path, settings: Settings, tasks: Tasks) -> None:
        super().__init__()
        self.setWindowTitle("SafeHaven")
        self.setWindowIcon(QIcon(str(resource_dir() / "icons" / "safehaven.png")))
        self.resize(1180, 760)
        self.settings = settings
        self.session = Session(folder, tasks, self)
        self.session.unlocked.connect(self._show_shell)
        self.shell: Shell | None = None
        self.place: tuple[int, str | None] = (0, None)
        self.draft: tuple[str, str, dict] | None = None
        self.idle = IdleLock(settings.lock_minutes, self.lock, self)
        QApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        self._last_escape = 0.0
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(60 * 60_000)  # look once an hour; one backup a day
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.backup_timer.start()
        if access.exists(folder):
            self._show_unlock()
        else:
            self._show_first_run()

    # -- screens ------------------------------------------------------------------------------
    def _set_screen(self, widget: QWidget) -> None:
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setCentralWidget(widget)

    def _show_first_run(self) -> None:
        wizard = FirstRunWizard()
        wizard.create_requested.connect(lambda fields: self.session.create(
            wizard.show_recovery_key, lambda e: wizard.show_error(str(e)), **fields))
        wizard.accepted.connect(self.session.enter)
        wizard.setMaximumSize(720, 560)
        frame = QWidget()
        layout = QVBoxLayout(frame)
        layout.addWidget(wizard, 0, Qt.AlignmentFlag.AlignCenter)
        self.wizard = wizard
        self._set_screen(frame)

    def _show_unlock(self) -> None:
        try:
            staff = access.staff_names(self.session.folder)
            house = ""
        except SafeHavenError as exc:
            staff, house = [], str(exc)
        view = UnlockView(house, staff)
        view.unlock_requested.connect(
            lambda passphrase, who: self.session.unlock(passphrase, who, view.show_error))
        view.reset_requested.connect(
            lambda key, who, passphrase: self.session.reset_passphrase(
                key, who, passphrase, lambda _: view.reset_done(), view.show_error))
        self._set_screen(view)
        self.unlock_view = view

    def _show_shell(self) -> None:
        ctx = self.session.ctx
        who = ctx.actor.display_name if ctx and ctx.actor else ""
        self.shell = Shell(self.session, self.settings, who)
        self.shell.lock_requested.connect(self.lock)
        self.shell.language_changed.connect(self.set_language)
        self.shell.lock_minutes_changed.connect(self.idle.set_minutes)
        self.shell.backup_settings_changed.connect(self.backup_if_due)
        self._set_screen(self.shell)
        self.shell.go_to(self.place)
        if self.draft is not None:
            resident_id, name, fields = self.draft
            self.draft = None
            self.shell.start_checkin(resident_id, name, fields)
        self.idle.set_minutes(self.settings.lock_minutes)
        self.backup_if_due()

    def backup_if_due(self) -> None:
        """The daily backup to the chosen folder, in the background; a failure is logged."""
        if self.settings.backup_folder and self.session.is_open:
            self.session.call(backups.run_if_due, Path(self.settings.backup_folder),
                              self.settings.backup_keep,
                              on_error=lambda e: log.warning("automatic backup failed: %s",
                                                             type(e).__name__))

    # -- locking ------------------------------------------------------------------------------
    def lock(self) -> None:
        """Close the vault and destroy every widget that showed a record."""
        if self.shell is None:
            return
        self.place = self.shell.current_place()
        self.draft = self.shell.unsaved_checkin()
        if self.shell.checkin_dialog is not None:
            self.shell.checkin_dialog.done(0)
        self.shell = None
        self.session.lock()
        self._show_unlock()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc twice in quick succession: hide every record at once (someone walked in)."""
        if event.key() == Qt.Key.Key_Escape:
            now = time.monotonic()
            if now - self._last_escape < QUICK_EXIT_SECONDS:
                self.lock()
            self._last_escape = now
        super().keyPressEvent(event)

    def set_language(self, language: str) -> None:
        """Switch language now: the shell is rebuilt in the new words, at the same place."""
        self.settings.language = language
        self.settings.save()
        install_translator(QApplication.instance(), language)  # type: ignore[arg-type]
        if self.shell is not None:
            self.place = self.shell.current_place()
            self._show_shell()

    def closeEvent(self, event: object) -> None:
        self.session.lock()
        super().closeEvent(event)  # type: ignore[arg-type]


_translator: QTranslator | None = None


def install_translator(app: QApplication, language: str) -> bool:
    """Load resources/translations/safehaven_<lang>.qm; English needs none."""
    global _translator
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if language == "en":
        return True
    translator = QTranslator(app)
    if translator.load(str(resource_dir() / "translations" / f"safehaven_{language}.qm")):
        app.installTranslator(translator)
        _translator = translator
        return True
    return False


def install_fonts() -> None:
    """The report fonts serve the screens too: every resident's name renders on any laptop."""
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def run(folder: Path, settings_path: Path | None = None) -> int:
    with contextlib.suppress(OSError):
        logs.setup()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SafeHaven")
    app.setStyleSheet(STYLE)
    install_fonts()
    settings = Settings.load(settings_path)
    install_translator(app, settings.language)
    tasks = Tasks()
    window = Window(folder, settings, tasks)
    window.show()
    code = app.exec()
    tasks.shutdown()
    return int(code)
