"""The unlock screen: who you are, your passphrase; wrong guesses are told plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import SafeHavenError, Throttled, WrongPassphrase
from safehaven.ui.bidi import wrapping


class UnlockView(QWidget):
    unlock_requested = Signal(str, object)  # passphrase, staff name or None
    painted = Signal()  # the first time it painted: the window's idle work may begin
    reset_requested = Signal(str, str, str)  # recovery key, staff name, new passphrase

    def __init__(self, house: str, staff: list[str], parent: QWidget | None = None, *,
                 who: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.was_painted = False
        title = QLabel(self.tr("SafeHaven is locked"))
        title.setObjectName("title")
        subtitle = QLabel(house)
        self.staff = QComboBox()
        self.staff.addItems(staff)
        if who in staff:  # whoever locked is the likeliest to come back
            self.staff.setCurrentText(who)
        if len(staff) < 2:  # (shown before it had a parent, it flashed up as a window of
            self.staff.hide()  # its own at every lock, seen under X with openbox)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Your passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.error = QLabel()
        self.error.setObjectName("error")
        wrapping(self.error)
        # room for the longest message (three lines in Arabic) kept always: an error that
        # arrived later squeezed the fields and overlapped them, and moved the buttons up
        # under the pointer (QA, issue 25)
        self.error.setMinimumHeight(4 * self.error.fontMetrics().lineSpacing())
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        # words, not a moving bar: Qt repainted the bar's animation about 160 ms of CPU a
        # second, taken from Argon2id on a two-core laptop while the key was derived
        self.busy = QLabel(self.tr("Opening the vault…"))
        self.busy.hide()
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._submit)
        self.forgot = QPushButton(self.tr("Forgot the passphrase? Use the recovery key…"))
        self.forgot.setFlat(True)
        self.forgot.clicked.connect(self._reset)
        form = QFormLayout()
        if len(staff) > 1:
            form.addRow(self.tr("Who are you?"), self.staff)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        box = QWidget()
        # a fixed width, so the wrapped error and the longer words of other languages get
        # the height they need (a box that may shrink cut them off at 1024x600)
        box.setFixedWidth(460)
        inner = QVBoxLayout(box)
        for w in (title, subtitle):
            inner.addWidget(w)
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.busy)
        inner.addWidget(self.button)
        inner.addWidget(self.forgot)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the passphrase field, at start and after every lock."""
        super().showEvent(event)
        QTimer.singleShot(0, self.passphrase.setFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()

    def _submit(self) -> None:
        if not self.passphrase.text():
            self.error.setText(self.tr("Type your passphrase first."))
            return
        self.set_busy(True)
        staff = self.staff.currentText() if self.staff.count() > 1 else None
        self.unlock_requested.emit(self.passphrase.text(), staff)

    def _reset(self) -> None:
        """A manager sets a new passphrase for someone, with the printed recovery key."""
        key, ok = QInputDialog.getText(self, self.tr("Recovery key"),
                                       self.tr("Type the recovery key (groups of four):"))
        if not ok or not key.strip():
            return
        who = self.staff.currentText()
        passphrase, ok = QInputDialog.getText(
            self, self.tr("New passphrase"), self.tr("New passphrase for {0}:").format(who),
            QLineEdit.EchoMode.Password)
        if ok:
            self.set_busy(True)
            self.reset_requested.emit(key, who, passphrase)

    def reset_done(self) -> None:
        self.set_busy(False)
        self.error.setText(self.tr("The passphrase was changed. Unlock with the new one."))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if busy:
            self.error.clear()

    def show_error(self, error: BaseException) -> None:
        self.set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphrase):
            self.error.setText(self.tr("That passphrase does not open this vault. Check "
                                       "Caps Lock and try again; after a few tries each "
                                       "attempt waits a little longer."))
        elif isinstance(error, Throttled):
            self.error.setText(self.tr("Too many tries. Wait a moment and try again."))
        elif isinstance(error, SafeHavenError):
            self.error.setText(str(error))
        else:
            self.error.setText(self.tr("The vault could not be opened: {0}").format(
                type(error).__name__))
