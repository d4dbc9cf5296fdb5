"""The main window's content once unlocked: navigation on the left, one page at a time."""

from __future__ import annotations

import time
from typing import Any, cast

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.services import access, checkins, drafts, health, incidents
from safehaven.services.permissions import Action
from safehaven.ui.admin import AdminPage
from safehaven.ui.background_sync import BackgroundSync
from safehaven.ui.bidi import in_screen_direction, isolated, wrapping
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.page import Page
from safehaven.ui.record_form import ask
from safehaven.ui.reports_page import ReportsPage
from safehaven.ui.resident_detail import ResidentPage, tab_for
from safehaven.ui.residents import ResidentsPage
from safehaven.ui.schedule import SchedulePage
from safehaven.ui.search_notes import SearchDialog
from safehaven.ui.session import Session
from safehaven.ui.settings import Settings
from safehaven.ui.sync_page import SyncPage
from safehaven.ui.today import TodayPage

TODAY, RESIDENTS, SCHEDULE, REPORTS, SYNC, ADMIN = range(6)  # the pages' rows in the navigation
REPEAT_GUARD_SECONDS = 0.5  # a key pressed twice within this opens no new check-in
DRAFT_EVERY_MS = 3000  # an open check-in is kept in the vault this often, when it changed

class PageFrame(QScrollArea):
    """A page as tall as the screen, scrolling only below its *minimum* height. Qt's own
    resizable scroll area made a page with wrapping words as tall as its tables' preferred
    heights (1,100 pixels for a resident), so at 1024x600 "Save note", "Add need" and the
    other buttons under the tables sat below the fold (issue 25)."""

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # not once the frame is gone
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        page = self.widget()
        if page is None or not shiboken6.isValid(page):
            return
        room = self.viewport().size()
        least = page.minimumSizeHint().expandedTo(page.minimumSize())
        page.resize(max(room.width(), least.width()), max(room.height(), least.height()))


class PageStack(QStackedWidget):
    """The pages, each in a scroll area: on a 1024x600 screen a page scrolls rather than
    push the window past the screen's edge."""

    def __init__(self) -> None:
        super().__init__()
        self.frames: dict[QWidget, QScrollArea] = {}

    def add(self, page: QWidget) -> None:
        frame = PageFrame()
        frame.setFrameShape(QScrollArea.Shape.NoFrame)
        frame.setWidget(page)
        self.frames[page] = frame
        self.addWidget(frame)

    def show_page(self, page: QWidget) -> None:
        self.setCurrentWidget(self.frames[page])

    def current(self) -> QWidget | None:
        frame = self.currentWidget()
        return frame.widget() if isinstance(frame, QScrollArea) else None

    def remove(self, page: QWidget) -> None:
        frame = self.frames.pop(page)
        self.removeWidget(frame)
        frame.deleteLater()


class Shell(QWidget):
    """Hosts the pages. Destroyed whole when the app locks, so no record stays on screen."""

    lock_requested = Signal()
    language_changed = Signal(str)
    lock_minutes_changed = Signal(int)
    backup_settings_changed = Signal()

    def __init__(self, session: Session, settings: Settings,
                 parent: QWidget | None = None) -> None:
        """Widgets only: nothing is read until `start` (the window makes one while the
        lock screen waits for a passphrase, so unlocking only reads and fills)."""
        super().__init__(parent)
        self.session = session
        self.checkin_dialog: CheckInDialog | None = None
        self.checkin_saved_at = float("-inf")
        self.checkin_target: tuple[str, str] | None = None
        # the open check-in is kept in the vault as it is typed (services/drafts.py)
        self.draft_timer = QTimer(self)
        self.draft_timer.setInterval(DRAFT_EVERY_MS)
        self.draft_timer.timeout.connect(self.keep_checkin_draft)
        self.kept_fields: dict[str, Any] | None = None
        self.locking = False  # a lock closes the form: its draft is kept, not dropped
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(170)
        self.stack = PageStack()
        self.today = TodayPage(session)
        self.background_sync = BackgroundSync(session, self)
        self.settings = settings
        # Today is made at once; every other page when first shown (or asked for): the
        # first paint after unlocking waits for Today alone (issue 25, item 10)
        self.made: list[QWidget | None] = [self.today, None, None, None, None, None]
        names = [self.tr("Today"), self.tr("Residents"), self.tr("Schedule"),
                 self.tr("Reports"), self.tr("Sync"), self.tr("Admin")]
        for n, name in enumerate(names, 1):
            # Ctrl+1 ... Ctrl+6: a page from anywhere in the window, Today first
            keys = QKeySequence(f"Ctrl+{n}")
            self.nav.addItem(name)
            self.nav.item(n - 1).setToolTip(self.tr("{0} ({1})").format(
                name, keys.toString(QKeySequence.SequenceFormat.NativeText)))
            QShortcut(keys, self, lambda row=n - 1: self.choose_page(row))
        self.stack.add(self.today)
        self.detail: ResidentPage | None = None
        # Ctrl+F: search across notes from any page (issue 25)
        self.search_dialog: SearchDialog | None = None
        QShortcut(QKeySequence("Ctrl+F"), self, self.search_notes)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.itemClicked.connect(self._clicked)
        self.today.checkin_requested.connect(self.start_checkin)
        self.today.incident_requested.connect(self.record_incident)
        self.today.alert_opened.connect(self.open_alert)
        lock = QPushButton(self.tr("Lock (Ctrl+L)"))
        lock.clicked.connect(self.lock_requested)
        lock.setAccessibleDescription(self.tr("Hides every record at once; a passphrase "
                                              "opens them again."))
        self.user = QLabel()
        wrapping(self.user)
        hint = QLabel(self.tr("Esc twice: hide everything now"))
        hint.setObjectName("hint")
        wrapping(hint)
        # said at unlock, in the core's words: this laptop's clock reads earlier than the
        # newest record (set back, or a flat battery), before anyone saves with it
        self.clock_notice = QLabel()
        self.clock_notice.setObjectName("warning")
        wrapping(self.clock_notice)
        self.clock_notice.hide()
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.clock_notice)
        side.addWidget(self.user)
        side.addWidget(lock)
        side.addWidget(hint)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.nav.setCurrentRow(0)

    def start(self, who: str) -> None:
        """The vault is open for `who`: the side panel and Today read what they show."""
        self.today.start()  # first on the database thread: what the first paint waits for
        self.user.setText(who)
        self.session.call(access.clock_warning, on_done=self._clock_said)
        self.background_sync.start()

    # -- the pages, made when first shown ----------------------------------------------------
    def page(self, row: int) -> QWidget:
        """The page of the navigation's `row`, made now if it was not."""
        made = self.made[row]
        if made is not None:
            return made
        session = self.session
        page: QWidget
        if row == RESIDENTS:
            page = ResidentsPage(session)
            page.open_requested.connect(self.open_resident)
            page.search_requested.connect(self.search_notes)
        elif row == SCHEDULE:
            page = SchedulePage(session)
        elif row == REPORTS:
            page = ReportsPage(session)
        elif row == SYNC:
            page = SyncPage(session, self.background_sync)
        else:
            admin = AdminPage(session, self.settings)
            admin.language_changed.connect(self.language_changed)
            admin.lock_minutes_changed.connect(self.lock_minutes_changed)
            admin.backup_settings_changed.connect(self.backup_settings_changed)
            page = admin
        self.made[row] = page
        self.stack.add(page)
        return page

    @property
    def pages(self) -> list[QWidget]:
        """Every page, made now if it was not."""
        return [self.page(row) for row in range(len(self.made))]

    @property
    def residents(self) -> ResidentsPage:
        return cast(ResidentsPage, self.page(RESIDENTS))

    @property
    def sync_page(self) -> SyncPage:
        return cast(SyncPage, self.page(SYNC))

    @property
    def admin(self) -> AdminPage:
        return cast(AdminPage, self.page(ADMIN))

    def _clock_said(self, warning: str | None) -> None:
        self.clock_notice.setText(warning or "")
        self.clock_notice.setVisible(bool(warning))

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.show_page(self.page(row))

    def _clicked(self, item: QListWidgetItem) -> None:
        """A click shows the page even from a resident's page opened from it, and gives
        the page the keyboard (Enter checks in, typing searches); arrow keys in the list
        keep moving through it."""
        page = self.page(self.nav.row(item))
        self.stack.show_page(page)
        landing = page.landing() if isinstance(page, Page) else page
        landing.setFocus()

    def choose_page(self, row: int) -> None:
        """As a click on the page's name: shown, with the keyboard in it."""
        self.nav.setCurrentRow(row)
        self._clicked(self.nav.item(row))

    def current_place(self) -> tuple[int, str | None]:
        """Where the user is, to come back to after unlocking."""
        detail = self.detail.resident_id if self.detail is not None and \
            self.stack.current() is self.detail else None
        return self.nav.currentRow(), detail

    def go_to(self, place: tuple[int, str | None]) -> None:
        row, resident_id = place
        self.nav.setCurrentRow(row)
        if resident_id:
            self.open_resident(resident_id)

    def open_resident(self, resident_id: str, tab: str | None = None) -> None:
        """The resident's page, on its `tab` (a key of resident_detail.TAB_OF's values; the
        Profile when None): the only tab made until another is chosen."""
        if self.detail is not None:
            self.stack.remove(self.detail)
        self.detail = ResidentPage(self.session, resident_id, first=tab or "profile")
        self.detail.checkin_requested.connect(self.start_checkin)
        self.detail.back_requested.connect(lambda: self.stack.show_page(self.residents))
        self.stack.add(self.detail)
        self.stack.show_page(self.detail)
        # the keyboard on the tabs (ringed): Ctrl+Tab or the arrows pick one, Tab goes in.
        # It stayed on the hidden list: Ctrl+Tab did nothing and no widget showed focus
        self.detail.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        with QSignalBlocker(self.nav):  # a resident's page belongs under Residents
            self.nav.setCurrentRow(RESIDENTS)

    def search_notes(self) -> SearchDialog:
        """The search dialog, kept while unlocked so its last hits stay for the next look."""
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.session, self)
            self.search_dialog.open_hit.connect(self.open_hit)
        self.search_dialog.start()
        return self.search_dialog

    def open_alert(self, resident_id: str, kind: str) -> None:
        """The record an alert on Today is about: the resident, on the tab that holds it."""
        ctx = self.session.ctx
        self.open_resident(resident_id, tab_for(kind, ctx is not None and
                                                ctx.may(Action.READ_MEASURES)))
        assert self.detail is not None
        self.detail.show_tab_for(kind)

    def open_hit(self, resident_id: str, kind: str, record_id: str) -> None:
        """A search hit: the resident on the tab that holds it, its row chosen and focused
        (the keyboard stays there, not in the page list)."""
        self.open_alert(resident_id, kind)
        assert self.detail is not None
        self.detail.select_record(record_id)

    def record_incident(self, resident_id: str, checkin_id: str | None) -> None:
        """From an alert on Today: the resident's Safety tab, with the incident form filled
        from the flagged check-in when there is one."""
        self.open_resident(resident_id, "safety")
        detail = self.detail
        assert detail is not None
        detail.tabs.setCurrentWidget(detail.safety_tab)
        if checkin_id is None:
            detail.safety_tab.record()
            return
        self.session.call(incidents.draft_from_checkin, checkin_id,
                          on_done=lambda draft: detail.safety_tab.record(draft)
                          if shiboken6.isValid(detail) else None)

    def start_checkin(self, resident_id: str, name: str,
                      draft: dict[str, Any] | None = None) -> None:
        """One check-in form at a time: asking again (a double-click, a second click on
        Today) brings the open one forward instead of opening a second."""
        if self.checkin_dialog is not None:
            self.checkin_dialog.raise_()
            self.checkin_dialog.activateWindow()
            return
        if time.monotonic() - self.checkin_saved_at < REPEAT_GUARD_SECONDS:
            return  # the save key pressed twice: the second press opens nothing
        dialog = CheckInDialog(name, draft, self)
        self.checkin_dialog, self.checkin_target = dialog, (resident_id, name)
        self.kept_fields = dialog.fields() if draft is None else None
        self.draft_timer.start()

        def save(fields: dict[str, Any], confirmed: bool = False) -> None:
            mood = fields["mood"]
            rest = {k: v for k, v in fields.items() if k != "mood"}
            self.session.call(checkins.record, resident_id, mood, confirmed=confirmed,
                              on_done=lambda result: saved(result.record),
                              on_error=lambda e: refused(e, fields), **rest)

        def saved(checkin: Any) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
            if checkin.flags:
                self._offer_incident(resident_id, name, checkin.id)

        def refused(error: BaseException, fields: dict[str, Any]) -> None:
            if not shiboken6.isValid(dialog):
                return  # locked meanwhile: the draft was kept
            if isinstance(error, NeedsConfirmation):
                if ask(dialog, error.message) and shiboken6.isValid(dialog):
                    save(fields, confirmed=True)
                    return
                error = InvalidValue("note", error.message)
            if shiboken6.isValid(dialog):
                dialog.show_error(error if isinstance(error, InvalidValue)
                                  else InvalidValue("note", str(error)))

        def allergies(facts: Any) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_allergies(facts.allergies, facts.reactions)

        self.session.call(health.safety_facts, resident_id, on_done=allergies)
        dialog.save_requested.connect(save)
        dialog.accepted.connect(self._checkin_saved)
        dialog.finished.connect(self._checkin_closed)
        dialog.open()

    def _offer_incident(self, resident_id: str, name: str, checkin_id: str) -> None:
        """A risk flag is a moment to record what happened and who was told: offered at
        once (it also stays on Today until an incident answers it)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Risk flag"), in_screen_direction(
            self.tr("{0}'s check-in has a risk flag. Record an incident now: what happened, "
                    "what was done and who was told?").format(isolated(name))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        record = box.button(QMessageBox.StandardButton.Yes)
        record.setText(self.tr("Record incident"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Later, from Today"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        record.clicked.connect(lambda: self.record_incident(resident_id, checkin_id))
        box.open()
        self.incident_offer = box

    def _checkin_saved(self) -> None:
        self.checkin_saved_at = time.monotonic()

    def _checkin_closed(self) -> None:
        self.draft_timer.stop()
        if not self.locking and self.session.is_open:  # saved or cancelled: nothing to keep
            self.session.call(drafts.drop_checkin)
        self.checkin_dialog, self.checkin_target = None, None

    def keep_checkin_draft(self, force: bool = False) -> None:
        """Keep the open check-in in the vault, when it changed since it was last kept."""
        if self.checkin_dialog is None or self.checkin_target is None or \
                not self.session.is_open:
            return
        fields = self.checkin_dialog.fields()
        if force or fields != self.kept_fields:
            self.kept_fields = fields
            self.session.call(drafts.keep_checkin, *self.checkin_target, fields)

    def unsaved_checkin(self) -> tuple[str, str, dict[str, Any]] | None:
        """A check-in form still open: kept in memory across the lock, never on disk."""
        if self.checkin_dialog is None or self.checkin_target is None:
            return None
        return (*self.checkin_target, self.checkin_dialog.fields())
