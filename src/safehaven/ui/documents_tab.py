"""The resident page's Documents tab: identity papers, orders, consent forms, photos.

A file is added from a dialog or dropped on the tab; it is checked, encrypted and kept by
the services (the photographs consent, the house's size limit, who may open it). Opening
shows it from memory: a picture scaled to the window, a PDF in the PDF viewer; nothing is
written to disk unless the user saves a copy, which is audited and says where it went.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehaven import formats
from safehaven.domain import documents as kinds
from safehaven.domain.models import Document
from safehaven.domain.vocab import DocumentAccess, DocumentKind
from safehaven.services import document_fetch, documents
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.content_mover import ContentMover
from safehaven.ui.models import Column
from safehaven.ui.pdf_pane import PdfPane
from safehaven.ui.record_form import FormField, RecordForm
from safehaven.ui.resident_tabs import RecordsTab, Section
from safehaven.ui.session import Session
from safehaven.ui.words import word

THUMB = 96  # pixels: the thumbnails' side on screen (they are made at 160)


class DocumentsTab(RecordsTab):
    def __init__(self, session: Session, resident_id: str) -> None:
        super().__init__(session, resident_id)
        self.setAcceptDrops(True)
        self.section = Section(self.tr("Documents (drop a file here to add it)"), [
            Column(self.tr("Added"), lambda x: formats.day(x.document.added_at.date())),
            Column(self.tr("Kind"), lambda x: word(x.document.kind)),
            Column(self.tr("Title"), lambda x: x.document.title),
            Column(self.tr("Dated"), lambda x: formats.day(x.document.dated)
                    if x.document.dated else ""),
            Column(self.tr("Who may open it"), lambda x: word(x.document.access)),
            Column(self.tr("Size"), lambda x: self._size(x.document.size)),
            Column(self.tr("State"), self._state),
        ])
        self.section.button(self.tr("Add a file…"), self.add, self.may(Action.ADD_DOCUMENT))
        self.section.button(self.tr("Open"), self.open_selected, True)
        self.section.button(self.tr("Save a copy…"), self.save_selected, True)
        self.section.button(self.tr("Correct…"), self.edit, self.may(Action.ADD_DOCUMENT))
        self.remove_button = self.section.button(self.tr("Remove…"), self.remove,
                                                 self.may(Action.REMOVE_DOCUMENT))
        self.section.view.doubleClicked.connect(lambda _: self.open_selected())
        # content not here is fetched before opening, off the database thread
        self.fetcher = ContentMover(session, self, step=document_fetch.fetch_step)
        self.fetcher.moved.connect(self._fetch_moved)
        self.fetcher.finished.connect(self._fetch_finished)
        self._opening: tuple[str, int] | None = None
        # the pictures' thumbnails (those this person may open and this laptop holds)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setIconSize(QSize(THUMB, THUMB))
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setFixedHeight(THUMB + 48)
        self.thumbs.setMovement(QListView.Movement.Static)
        self.thumbs.setAccessibleName(self.tr("Pictures"))
        self.thumbs.itemActivated.connect(self._open_thumb)
        self.thumbs.hide()
        self.layout_.addWidget(self.thumbs)
        self.layout_.addWidget(self.section)
        self.viewer: DocumentViewer | None = None

    # -- data -------------------------------------------------------------------------------
    def show_data(self, data: ResidentDetail) -> None:
        super().show_data(data)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(documents.for_resident, self.resident_id, on_done=self._show,
                          on_error=self._hint)

    def _show(self, rows: list[documents.Listed]) -> None:
        if shiboken6.isValid(self):
            self.section.model.set_rows(rows)
            self.session.call(documents.thumbnails, self.resident_id,
                              on_done=self._show_thumbs, on_error=self._hint)

    def _show_thumbs(self, found: dict[str, bytes]) -> None:
        if not shiboken6.isValid(self):
            return
        self.thumbs.clear()
        for listed in self.section.model.rows.values():
            data = found.get(listed.id)
            image = QImage.fromData(data) if data else QImage()
            if image.isNull():
                continue
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), listed.document.title)
            item.setData(Qt.ItemDataRole.UserRole, listed.id)
            item.setToolTip(listed.document.title)
            self.thumbs.addItem(item)
        self.thumbs.setVisible(self.thumbs.count() > 0)

    def _open_thumb(self, item: QListWidgetItem) -> None:
        model = self.section.model
        doc_id = str(item.data(Qt.ItemDataRole.UserRole))
        if doc_id in model.ids:
            self.section.view.setCurrentIndex(model.index(model.ids.index(doc_id), 0))
            self.open_selected()

    def _hint(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.section.hint.setText(str(error))
            self.section.hint.show()

    def _state(self, x: documents.Listed) -> str:
        if not x.may_open:
            return self.tr("Closed to your role")
        return "" if x.here else self.tr("Not on this laptop yet: fetched when opened")

    def _size(self, n: int) -> str:
        return self.tr("{0} KB").format(max(1, n // 1024)) if n < 1_048_576 else \
            self.tr("{0} MB").format(f"{n / 1_048_576:.1f}")

    # -- adding -----------------------------------------------------------------------------
    def add(self, path: Path | None = None) -> RecordForm | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Add a document"), "",
                self.tr("Pictures and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        picture = path.suffix.lower() in (".jpg", ".jpeg", ".png")
        access = [(word(a), a.value) for a in DocumentAccess
                  if a is DocumentAccess.CARE_TEAM
                  or self.may(documents.NEEDS[a])]
        fields = [
            FormField("kind", self.tr("What it is"), "choice",
                      value=(DocumentKind.PHOTO if picture else DocumentKind.OTHER).value,
                      options=[(word(k), k.value) for k in DocumentKind]),
            FormField("title", self.tr("Title"), value=path.name),
            FormField("dated", self.tr("Date on the document"), "optional-date"),
            FormField("access", self.tr("Who may open it"), "choice",
                      value=DocumentAccess.CARE_TEAM.value, options=access,
                      hint=self.tr("A photo of the young person needs a current consent "
                                   "to photographs.")),
        ]
        return self.open(self.tr("Add a document"), fields, documents.add_file,
                         self.resident_id, path=path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.may(Action.ADD_DOCUMENT) and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()
            self.add(Path(urls[0].toLocalFile()))

    # -- opening, saving, removing ----------------------------------------------------------
    def open_selected(self) -> None:
        """Content not on this laptop is fetched first, off the database thread (a big
        file on a slow link takes minutes; saves meanwhile go on), then opened."""
        chosen = self.section.selected()
        if chosen is None:
            return
        doc_id = chosen.document.id
        self.session.call(documents.lacking, doc_id, viewing=True, on_error=self._hint,
                          on_done=lambda ids: self._fetch_then_open(doc_id, ids))

    def _fetch_then_open(self, doc_id: str, ids: list[str]) -> None:
        if not shiboken6.isValid(self):
            return
        if not ids:
            self._open_here(doc_id)
            return
        if self.fetcher.running:
            return
        self.section.hint.setText(self.tr("Fetching the document from the server…"))
        self.section.hint.show()
        self._opening = (doc_id, len(ids))
        self.fetcher.start(ids)

    def _fetch_moved(self, _sent: int, fetched: int) -> None:
        if shiboken6.isValid(self) and self._opening is not None:
            self.section.hint.setText(self.tr(
                "Fetching the document from the server… {0} of {1} parts").format(
                    fetched, self._opening[1]))

    def _fetch_finished(self, done: bool) -> None:
        opening, self._opening = self._opening, None
        if not shiboken6.isValid(self) or opening is None:
            return
        if done:
            self.section.hint.hide()
            self._open_here(opening[0])
        else:
            self.section.hint.setText(self.tr(
                "This document's content is not on this laptop yet, and the server cannot "
                "be reached now. Connect to the house's network, then open it again."))

    def _open_here(self, doc_id: str) -> None:
        self.session.call(documents.content, doc_id, on_done=self._view,
                          on_error=self._hint, viewing=True)

    def _view(self, opened: tuple[Document, bytes]) -> None:
        if not shiboken6.isValid(self):
            return
        doc, data = opened
        self.viewer = DocumentViewer(doc, data, self)
        self.viewer.save_requested.connect(self.save_selected)
        self.viewer.show()

    def save_selected(self) -> None:
        chosen = self.section.selected()
        if chosen is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"),
                                              chosen.document.title)
        if not path:
            return
        self.session.call(documents.export, chosen.document.id, Path(path),
                          on_done=self._saved, on_error=self._hint)

    def _saved(self, where: Path) -> None:
        if shiboken6.isValid(self):
            self.section.hint.setText(self.tr("A copy in the clear is at {0}. Keep it safe "
                                              "and delete it when done.").format(where))
            self.section.hint.show()

    def edit(self) -> RecordForm | None:
        chosen = self.section.selected()
        if chosen is None:
            return None
        doc = chosen.document
        return self.open(self.tr("Correct “{0}”").format(doc.title), [
            FormField("kind", self.tr("What it is"), "choice", value=doc.kind.value,
                      options=[(word(k), k.value) for k in DocumentKind]),
            FormField("title", self.tr("Title"), value=doc.title),
            FormField("dated", self.tr("Date on the document"), "optional-date",
                      value=doc.dated)], documents.edit, doc.id)

    def remove(self) -> RecordForm | None:
        chosen = self.section.selected()
        if chosen is None:
            return None
        return self.open(self.tr("Remove “{0}”").format(chosen.document.title), [
            FormField("reason", self.tr("Why it is removed (kept in the record)"), "long")],
            documents.remove, chosen.document.id)


class DocumentViewer(QDialog):
    """A document shown from memory; closed (and its bytes dropped) when the app locks,
    like every dialog."""

    save_requested = Signal()

    def __init__(self, doc: Document, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(doc.title)
        layout = QVBoxLayout(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        save = QPushButton(self.tr("Save a copy…"))
        save.clicked.connect(self.save_requested)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        if doc.media_type == kinds.PDF:
            pane = PdfPane(doc.title, self)
            pane.show_pdf(data)
            buttons.addButton(pane.print_button, QDialogButtonBox.ButtonRole.ActionRole)
            layout.addWidget(pane, 1)
        elif doc.media_type in kinds.IMAGES and not (image := QImage.fromData(data)).isNull():
            picture = QLabel()
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            room = self.screen().availableGeometry() if self.screen() else None
            # fit the window; a small picture at most twice its size (no blur from guessing)
            width = min(900, room.width() - 80 if room else 900, image.width() * 2)
            height = min(700, room.height() - 140 if room else 700, image.height() * 2)
            picture.setPixmap(QPixmap.fromImage(image).scaled(
                width, height, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            scroll = QScrollArea()
            scroll.setWidget(picture)
            scroll.setWidgetResizable(True)
            layout.addWidget(scroll, 1)
        else:
            note = QLabel(self.tr("This kind of file cannot be shown here. Save a copy to "
                                  "open it with another program."))
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        layout.addWidget(QLabel(self.tr("Added {0}").format(
            formats.day_time(doc.added_at, weekday=False, year=True))))
        layout.addWidget(buttons)
        room = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(820, room.width() - 40) if room else 820,
                    min(760, room.height() - 60) if room else 760)
