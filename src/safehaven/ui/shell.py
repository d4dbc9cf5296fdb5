"""The main window's content once unlocked: navigation on the left, one page at a time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import InvalidValue
from safehaven.services import checkins
from safehaven.ui.admin import AdminPage
from safehaven.ui.background_sync import BackgroundSync
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.reports_page import ReportsPage
from safehaven.ui.resident_detail import ResidentPage
from safehaven.ui.residents import ResidentsPage
from safehaven.ui.schedule import SchedulePage
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings
from safehaven.ui.sync_page import SyncPage
from safehaven.ui.today import TodayPage


class Shell(QWidget):
    """Hosts the pages. Destroyed whole when the app locks, so no record stays on screen."""

    lock_requested = Signal()
    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)
    backup_settings_changed = Signal()

    def __init__(self, session: Session, settings: Settings, who: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checkin_dialog: CheckInDialog | None = None
        self.checkin_target: tuple[str, str] | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        self.today = TodayPage(session)
        self.residents = ResidentsPage(session)
        self.background_sync = BackgroundSync(session, self)
        self.sync_page = SyncPage(session, self.background_sync)
        self.pages: list[QWidget] = [self.today, self.residents, SchedulePage(session),
                                     ReportsPage(session), self.sync_page,
                                     AdminPage(session, settings)]
        names = [self.tr("Today"), self.tr("Residents"), self.tr("Schedule"),
                 self.tr("Reports"), self.tr("Sync"), self.tr("Admin")]
        for name, page in zip(names, self.pages, strict=True):
            self.nav.addItem(name)
            self.stack.addWidget(page)
        self.detail: ResidentPage | None = None
        self.nav.currentRowChanged.connect(self._show_page)
        self.today.checkin_requested.connect(self.start_checkin)
        self.residents.open_requested.connect(self.open_resident)
        self.admin = self.pages[5]
        assert isinstance(self.admin, AdminPage)
        self.admin.language_changed.connect(self.language_changed)
        self.admin.lock_minutes_changed.connect(self.lock_minutes_changed)
        self.admin.backup_settings_changed.connect(self.backup_settings_changed)
        lock = QPushButton(self.tr("Lock (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        user = QLabel(who)
        user.setWordWrap(True)
        hint = QLabel(self.tr("Esc twice: hide everything now"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(user)
        side.addWidget(lock)
        side.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.nav.setCurrentRow(0)

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.pages[row])

    def current_place(self) -> tuple[int, str | None]:
        """Where the user is, to come back to after unlocking."""
        detail = self.detail.resident_id if self.detail is not None and \
            self.stack.currentWidget() is self.detail else None
        return self.nav.currentRow(), detail

    def go_to(self, place: tuple[int, str | None]) -> None:
        row, resident_id = place
        self.nav.setCurrentRow(row)
        if resident_id:
            self.open_resident(resident_id)

    def open_resident(self, resident_id: str) -> None:
        if self.detail is not None:
            self.stack.removeWidget(self.detail)
            self.detail.deleteLater()
        self.detail = ResidentPage(self.session, resident_id)
        self.detail.checkin_requested.connect(self.start_checkin)
        self.detail.back_requested.connect(lambda: self.stack.setCurrentWidget(self.residents))
        self.stack.addWidget(self.detail)
        self.stack.setCurrentWidget(self.detail)

    def start_checkin(self, resident_id: str, name: str, draft: dict | None = None) -> None:
        dialog = CheckInDialog(name, draft, self)
        self.checkin_dialog, self.checkin_target = dialog, (resident_id, name)

        def save(fields: dict) -> None:
            self.session.call(checkins.record, resident_id, fields.pop("mood"),
                              on_done=lambda _: dialog.accept(),
                              on_error=lambda e: dialog.show_error(
                                  e if isinstance(e, InvalidValue)
                                  else InvalidValue("note", str(e))), **fields)

        dialog.save_requested.connect(save)
        dialog.finished.connect(self._checkin_closed)
        dialog.open()

    def _checkin_closed(self) -> None:
        self.checkin_dialog, self.checkin_target = None, None

    def unsaved_checkin(self) -> tuple[str, str, dict] | None:
        """A check-in form still open: kept in memory across the lock, never on disk."""
        if self.checkin_dialog is None or self.checkin_target is None:
            return None
        return (*self.checkin_target, self.checkin_dialog.fields())
