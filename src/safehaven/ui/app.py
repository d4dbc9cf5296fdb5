"""The application window: first run, unlock, or the shell; locking and the quick exit."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase, QIcon, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QVBoxLayout, QWidget

from safehaven import formats, i18n, logs
from safehaven.errors import SafeHavenError
from safehaven.paths import resource_dir
from safehaven.services import access
from safehaven.ui.look import apply_look
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings
from safehaven.ui.shell_ready import ShellAhead
from safehaven.ui.tasks import Tasks
from safehaven.ui.unlock import UnlockView

# The lock screen needs none of these: the shell and its pages (reportlab, the sync client)
# are imported when the shell is made, behind the lock screen once it has painted; the first
# run's wizard only on a first run (start to lock screen, issue 25 item 10)
if TYPE_CHECKING:
    from safehaven.ui.record_form import Draft
    from safehaven.ui.shell import Shell

log = logging.getLogger(__name__)
QUICK_EXIT_SECONDS = 0.7


class IdleLock(QObject):
    """Locks after the chosen idle minutes; any key or mouse input restarts the count."""

    INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel})

    def __init__(self, minutes: int, on_idle: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.spontaneous() and event.type() in self.INPUT:
            self.timer.start()
        return False


class _Input(QObject):
    """The one filter on every event of the application, for the idle lock and the quick
    exit: only input from the person at the keyboard counts (the window system's, and the
    tests' QTest), asked first because it is cheap. Each widget made sends several events
    (child added, polish, layout): asking every one its type, twice, was a third of the
    time to open a resident's page (PySide makes an enum for each answer)."""

    def __init__(self, idle: IdleLock, quick_exit: QuickExit, parent: QObject) -> None:
        super().__init__(parent)
        self.idle, self.quick_exit = idle, quick_exit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not event.spontaneous():
            return False
        self.idle.eventFilter(watched, event)
        return self.quick_exit.eventFilter(watched, event)


@dataclass(frozen=True, slots=True)
class Kept:
    """What one person had open when the app locked."""

    place: tuple[int, str | None]
    checkin: tuple[str, str, dict[str, Any]] | None  # resident id, name, fields typed
    forms: list[Draft]
    tab: int = 0  # the resident page's tab

    def working(self) -> bool:
        """Something was open (a resident's page, a check-in, a form): it comes back as it
        was; otherwise the next unlock lands on Today, as every unlock does."""
        return self.place[1] is not None or self.checkin is not None or bool(self.forms)


class QuickExit(QObject):
    """Ctrl+L, or Esc twice in quick succession, locks from anywhere: the main window or
    any dialog, message box or file dialog in front of it (someone walked in)."""

    def __init__(self, lock: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.last_escape = 0.0
        self.seen: tuple[int, QObject | None, float] = (0, None, 0.0)

    def _again(self, key: int, watched: QObject) -> bool:
        """A key press a child ignored is delivered to its parent next: count it once."""
        last_key, last_widget, at = self.seen
        now = time.monotonic()
        self.seen = (key, watched, now)
        return (key == last_key and now - at < 0.03 and isinstance(watched, QWidget)
                and isinstance(last_widget, QWidget) and shiboken6.isValid(last_widget)
                and watched is not last_widget and watched.isAncestorOf(last_widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not event.spontaneous() or event.type() != QEvent.Type.KeyPress \
                or not isinstance(watched, QWidget):
            # a real key press comes to the window (a QWindow) first, then to the focused
            # widget: count it at the widget only, or one Esc counts as two
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or self._again(event.key(), watched):
            return False
        if event.key() == Qt.Key.Key_L and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lock()  # type: ignore[operator]
            return True
        if event.key() == Qt.Key.Key_Escape:
            now = time.monotonic()
            if now - self.last_escape < QUICK_EXIT_SECONDS:
                self.last_escape = 0.0
                self.lock()  # type: ignore[operator]
                return True
            self.last_escape = now
        return False


class Window(QMainWindow):
    def __init__(self, folder: Path, settings: Settings, tasks: Tasks, *,
                 who: str | None = None) -> None:
        super().__init__()
        self.setWindowTitle("SafeHaven")
        self.setWindowIcon(QIcon(str(resource_dir() / "icons" / "safehaven.png")))
        screen = self.screen().availableGeometry() if self.screen() else None
        # never larger than the screen (a 1024x600 netbook, a 1366x768 laptop)
        self.resize(min(1180, screen.width()) if screen else 1180,
                    min(760, screen.height() - 40) if screen else 760)
        self.last_user: str | None = who  # whom the unlock screen offers first
        self.settings = settings
        self.session = Session(folder, tasks, self)
        self.session.unlocked.connect(self._show_shell)
        self.shell: Shell | None = None
        self.ahead = ShellAhead(self, self.session, settings)  # made behind the lock screen
        # Per person: the page, an unsaved check-in and open forms at their last lock, in
        # memory only, given back to them alone (a colleague who unlocks next sees none).
        self.kept: dict[str, Kept] = {}
        self.cover: QWidget | None = None  # over the window while a lock takes it down
        self.idle = IdleLock(settings.lock_minutes, self.lock, self)
        self.quick_exit = QuickExit(self.lock, self)
        QApplication.instance().installEventFilter(  # type: ignore[union-attr]
            _Input(self.idle, self.quick_exit, self))
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
        from safehaven.ui.firstrun import FirstRunWizard

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
        view = UnlockView(house, staff, who=self.last_user)
        view.unlock_requested.connect(
            lambda passphrase, who: self.session.unlock(passphrase, who, view.show_error))
        # the shell's widgets while the person types (or, at the latest, while Argon2id
        # runs on the database thread): unlocking then reads and fills
        view.painted.connect(self.ahead.soon)
        view.unlock_requested.connect(self.ahead.make)
        view.reset_requested.connect(
            lambda key, who, passphrase: self.session.reset_passphrase(
                key, who, passphrase, lambda _: view.reset_done(), view.show_error))
        self._set_screen(view)
        self.unlock_view = view

    def _show_shell(self) -> None:
        from safehaven.services import drafts
        from safehaven.ui import own_settings
        from safehaven.ui.shell import Shell

        minutes = own_settings.apply_on_unlock(  # their language first: the shell speaks it
            self.session, self.settings, lambda code: apply_language(
                QApplication.instance(), code))  # type: ignore[arg-type]
        ctx = self.session.ctx
        who = ctx.actor.display_name if ctx and ctx.actor else ""
        self.last_user = who or None
        self.shell = self.ahead.take() or Shell(self.session, self.settings)
        self.shell.start(who)
        self.shell.lock_requested.connect(self.lock)
        self.shell.language_changed.connect(self.set_language)
        self.shell.lock_minutes_changed.connect(self.idle.set_minutes)
        self.shell.backup_settings_changed.connect(self.backup_if_due)
        self._set_screen(self.shell)
        self.shell.show()  # one made ahead was hidden in the window
        kept = self.kept.pop(ctx.actor.id if ctx and ctx.actor else "", None)
        if kept is not None and not kept.working():
            kept = None  # nothing open: Today first, like every other unlock (QA, issue 25)
        if kept is not None:  # only to whoever was at work: what they were doing, as it was
            self.shell.go_to(kept.place)
            if self.shell.detail is not None:
                self.shell.detail.tabs.setCurrentIndex(kept.tab)
            if kept.checkin is not None:
                self.shell.start_checkin(*kept.checkin)
            for draft in kept.forms:
                draft.reopen(self.session, self.shell)
        else:  # Today, the keyboard in the still-to-check-in list: Enter checks in the first
            self.shell.choose_page(0)
            self.shell.today.waiting_view.setFocus()
        if kept is None or kept.checkin is None:  # after a quit or a crash: the vault's
            self.session.call(drafts.checkin, on_done=self._give_back_checkin)
        self.idle.set_minutes(minutes)
        self.backup_if_due()

    def _give_back_checkin(self, kept: tuple[str, str, dict[str, Any]] | None) -> None:
        if kept is not None and self.shell is not None and self.shell.checkin_dialog is None:
            self.shell.start_checkin(*kept)

    def backup_if_due(self) -> None:
        """The daily backup to the chosen folder, in the background; a failure is logged."""
        from safehaven.services import backups

        if self.settings.backup_folder and self.session.is_open:
            self.session.call(backups.run_if_due, Path(self.settings.backup_folder),
                              self.settings.backup_keep,
                              on_error=lambda e: log.warning("automatic backup failed: %s",
                                                             type(e).__name__))

    # -- locking ------------------------------------------------------------------------------
    def lock(self) -> None:
        """Hide every record at once, then close the vault and destroy every widget that
        showed one. Whoever walked in sees the cover in the very next frame: the drafts
        are read from widgets still alive but already hidden, and the slower work (closing
        dialogs, the database, building the lock screen) happens behind it."""
        if self.shell is None:
            return
        hidden = self._cover()
        ctx = self.session.ctx
        detail = self.shell.detail
        kept = Kept(self.shell.current_place(), self.shell.unsaved_checkin(),
                    self.session.form_drafts(), detail.tabs.currentIndex() if detail else 0)
        if ctx is not None and ctx.actor is not None:
            self.kept[ctx.actor.id] = kept
        if self.shell.checkin_dialog is not None:
            self.shell.keep_checkin_draft(force=True)  # queued before the vault closes
            self.shell.locking = True
            self.shell.checkin_dialog.done(0)
        self.shell = None
        self.session.lock()
        for widget in QApplication.topLevelWidgets():  # message boxes, file and print
            if widget is not self and (widget in hidden or widget.isVisible()):  # dialogs:
                widget.close()  # none stays open
        self._show_unlock()
        if self.cover is not None:
            self.cover.deleteLater()
            self.cover = None

    def _cover(self) -> list[QWidget]:
        """Hide every other window and paint a blank cover over this one, now (not at the
        next turn of the event loop); returns the windows hidden."""
        hidden = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for widget in hidden:
            # blank before hidden: under X the window manager takes the dialog's frame away
            # a moment later, and what lay under it showed the dialog's last picture (a
            # half-typed note) until this window, busy locking, painted there: 3 s on a
            # loaded machine (seen under Xvfb with openbox)
            blank = QWidget(widget)
            blank.setAutoFillBackground(True)
            blank.setGeometry(widget.rect())
            blank.show()
            blank.raise_()
            blank.repaint()
            widget.hide()
        self.cover = QWidget(self)
        self.cover.setObjectName("lockCover")
        self.cover.setAutoFillBackground(True)
        self.cover.setGeometry(self.rect())
        self.cover.show()
        self.cover.raise_()
        self.cover.repaint()
        return hidden

    def set_language(self, language: str) -> None:
        """Switch language now: the shell is rebuilt in the new words, at the same place."""
        self.settings.language = language
        self.settings.save()
        apply_language(QApplication.instance(), language)  # type: ignore[arg-type]
        if self.shell is not None:
            place = self.shell.current_place()
            self._show_shell()
            assert self.shell is not None
            self.shell.go_to(place)

    def closeEvent(self, event: object) -> None:
        if self.shell is not None and self.shell.checkin_dialog is not None:
            self.shell.keep_checkin_draft(force=True)  # before the vault closes
            self.shell.locking = True
        self.session.lock()
        super().closeEvent(event)  # type: ignore[arg-type]


_translators: list[QTranslator] = []


def install_translator(app: QApplication, language: str) -> bool:
    """Load resources/translations/safehaven_<lang>.qm and Qt's own qtbase_<lang>.qm (OK,
    Cancel, Next, Back...). English loads one too: its source strings are the text, but
    counts ("%n minute(s)") take their forms from it."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    ours = QTranslator(app)
    loaded = ours.load(str(resource_dir() / "translations" / f"safehaven_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    if language != i18n.SOURCE_LANGUAGE:
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            _translators.append(qt)
        else:
            log.warning("Qt's own translations for %s not found in %s", language, qt_dir)
    return loaded or language == "en"  # without its file, English still reads


def apply_language(app: QApplication, language: str) -> str:
    """Speak `language` everywhere: the core's catalogues, the UI's and Qt's, dates and
    numbers (QLocale), and the layout direction (right to left for Arabic: the sidebar on
    the right, table columns mirrored). Returns the language in use."""
    code = i18n.set_language(language)
    install_translator(app, code)
    QLocale.setDefault(QLocale(formats.locale_name(code)))  # date fields, spin boxes
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_right_to_left(code)
                           else Qt.LayoutDirection.LeftToRight)
    return code


def install_fonts() -> None:
    """The report fonts serve the screens too: every resident's name renders on any laptop."""
    for path in sorted((resource_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def run(folder: Path, settings_path: Path | None = None, *, language: str | None = None,
        who: str | None = None) -> int:
    """The app on `folder`. `language` (the CLI's --lang) overrides the saved one for this
    run without changing it; `who` (--staff) is the person the unlock screen offers."""
    with contextlib.suppress(OSError):
        logs.setup()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SafeHaven")
    apply_look(app)  # type: ignore[arg-type]
    install_fonts()
    settings = Settings.load(settings_path)
    apply_language(app, language or settings.language)  # type: ignore[arg-type]
    tasks = Tasks()
    window = Window(folder, settings, tasks, who=who)
    window.show()
    code = app.exec()
    tasks.shutdown()
    return int(code)
