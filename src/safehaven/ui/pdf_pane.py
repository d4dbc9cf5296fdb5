"""A PDF shown from memory, with Save and Print: the report page and the printouts share it.

The bytes never touch the disk unless the user saves them somewhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import SafeHavenError
from safehaven.reports import save
from safehaven.ui.printing import print_pdf


class PdfPane(QWidget):
    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_name = file_name  # offered in the save dialog
        self.data = b""
        self._buffer: QBuffer | None = None
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.enable(False)

    def enable(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def show_pdf(self, data: bytes) -> None:
        self.data = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.status.setText(self.tr("%n page(s)", "", self.pdf.pageCount()))
        self.enable(True)

    def clear(self) -> None:
        """Nothing shown, nothing to save or print (the choice that made it changed)."""
        self.data = b""
        self.pdf.close()
        self._buffer = None
        self.status.setText("")
        self.enable(False)

    def save_as(self) -> None:
        if not self.data:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.file_name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            try:
                save(self.data, Path(path))
                self.status.setText(self.tr("Saved to {0}").format(path))
            except SafeHavenError as exc:
                self.status.setText(str(exc))

    def print_(self) -> None:
        print_pdf(self, self.pdf)


class PdfDialog(QDialog):
    """A printout to look at before printing or saving; closed (and its bytes dropped)
    when the app locks, like every dialog."""

    def __init__(self, title: str, data: bytes, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.pane = PdfPane(file_name, self)
        self.pane.show_pdf(data)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pane.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pane.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane, 1)
        layout.addWidget(buttons)
        # an A4 page's shape, but never taller or wider than the screen (1024x600 too):
        # Close, Print and Save stay on it
        room = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(720, room.width() - 40) if room else 720,
                    min(820, room.height() - 60) if room else 820)
