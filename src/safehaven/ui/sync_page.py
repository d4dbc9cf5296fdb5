"""Sync: until the sync update lands, say plainly what it will do and that nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from safehaven.services import sync_status
from safehaven.ui.page import Page, heading
from safehaven.ui.session import Session


class SyncPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.pending = QLabel()
        text = QLabel(self.tr(
            "This laptop keeps every change in an encrypted change log. When the sync update "
            "is installed, those changes travel end-to-end encrypted to your organisation's "
            "server whenever there is a connection, or on a USB stick when there is none. "
            "Nothing is lost while you wait."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sync")))
        layout.addWidget(text)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(sync_status.pending_changes, on_done=lambda n: self.pending.setText(
            self.tr("Changes waiting to be shared: {0}").format(n)))
