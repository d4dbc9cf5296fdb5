"""Printing a PDF document through Qt's print dialog, page by page as images."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def print_pdf(parent: QWidget, pdf: QPdfDocument) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if not dialog.exec():
        return False
    painter = QPainter(printer)
    try:
        for page in range(pdf.pageCount()):
            if page:
                printer.newPage()
            rect = painter.viewport()
            size = pdf.pagePointSize(page).toSize().scaled(rect.size(),
                                                           Qt.AspectRatioMode.KeepAspectRatio)
            image = pdf.render(page, size)
            painter.drawImage(0, 0, image)
    finally:
        painter.end()
    return True
