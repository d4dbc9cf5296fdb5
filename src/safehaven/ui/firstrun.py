"""First run: create the house's vault, then show the recovery key once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from safehaven.ui.bidi import wrapping
from safehaven.ui.strength import StrengthMeter


class StartPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to SafeHaven"))
        self.create_new = QRadioButton(self.tr("Set up this laptop for a new house"))
        self.join = QRadioButton(self.tr("Join an existing house"))
        self.create_new.setChecked(True)
        self.join_note = QLabel(self.tr(
            "Joining needs a one-time code from your house manager's laptop (Sync page, “Add "
            "a laptop”) and a connection to your organisation's server. The house's records "
            "then arrive on this laptop, encrypted."))
        wrapping(self.join_note)
        self.join_note.setVisible(False)
        self.join.toggled.connect(self.join_note.setVisible)
        self.join.toggled.connect(lambda _: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Records stay encrypted on this laptop. Nobody can "
                                        "read them without a passphrase.")))
        layout.addWidget(self.create_new)
        layout.addWidget(self.join)
        layout.addWidget(self.join_note)

class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your house and you"))
        self.organisation = QLineEdit()
        self.house = QLineEdit()
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://")
        self.code = QLineEdit()
        self.code.setPlaceholderText("xxxxx-xxxxx-…")
        self.joining = False
        self.name = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self.passphrase, lambda: (
            self.name.text(), self.house.text(), self.organisation.text()))
        self.hint = QLabel()
        self.hint.setObjectName("error")
        wrapping(self.hint)
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("House name"), self.house)
        form.addRow(self.tr("Server address"), self.server)
        form.addRow(self.tr("Enrolment code"), self.code)
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Passphrase again"), self.confirm)
        form.addRow("", self.hint)
        for field in (self.house, self.name, self.passphrase, self.confirm, self.server,
                      self.code):
            field.textChanged.connect(self._check)
        self.set_joining(False)

    def set_joining(self, joining: bool) -> None:
        """A new house asks for its names; joining asks for the server and the code."""
        self.joining = joining
        for field in (self.organisation, self.house):
            self.form.setRowVisible(field, not joining)
        for field in (self.server, self.code):
            self.form.setRowVisible(field, joining)
        self.setTitle(self.tr("Join your house") if joining else self.tr("Your house and you"))
        self._check()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard):
            self.set_joining(wizard.start.join.isChecked())

    def _check(self) -> None:
        self.hint.setText(self._problem() or "")
        self.completeChanged.emit()

    def _problem(self) -> str | None:
        if self.joining:
            if not self.server.text().strip() or not self.code.text().strip() or \
                    not self.name.text().strip():
                return self.tr("Fill in the server address, the code and your name.")
        elif not self.house.text().strip() or not self.name.text().strip():
            return self.tr("Fill in the house name and your name.")
        problem = self.meter.problem()
        if problem is not None:
            return problem
        if self.passphrase.text() != self.confirm.text():
            return self.tr("The two passphrases differ.")
        return None

    def isComplete(self) -> bool:
        return self._problem() is None


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your recovery key"))
        self.key = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.key.setFont(font)
        wrapping(self.key)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.clicked.connect(self._print)
        self.written = QCheckBox(self.tr("I have written it down and will keep it locked away"))
        self.written.toggled.connect(lambda _: self.completeChanged.emit())
        text = QLabel(self.tr(
            "If every passphrase is forgotten, this key is the only way back into the "
            "records. It is shown only once. Write it down or print it, and keep it locked "
            "away from this laptop."))
        wrapping(text)
        layout = QVBoxLayout(self)
        for w in (text, self.key, self.print_button, self.written):
            layout.addWidget(w)

    def set_key(self, key: str) -> None:
        groups = key.split("-")
        self.key.setText("\n".join(" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5)))

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            doc = QTextDocument()
            doc.setPlainText(self.tr("SafeHaven recovery key") + "\n\n" + self.key.text())
            doc.print_(printer)

    def isComplete(self) -> bool:
        return self.written.isChecked() and bool(self.key.text())


class FirstRunWizard(QWizard):
    """Emits `create_requested` with the form (a new house, or joining one with a code);
    the app answers with the recovery key."""

    create_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up SafeHaven"))
        self.start, self.details, self.recovery = StartPage(), DetailsPage(), RecoveryPage()
        for page in (self.start, self.details, self.recovery):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.error = ""

    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.details and not self.recovery.key.text():
            fields = {"staff_name": self.details.name.text().strip(),
                      "passphrase": self.details.passphrase.text()}
            if self.details.joining:
                fields |= {"server": self.details.server.text().strip(),
                           "code": self.details.code.text().strip()}
                self.details.hint.setText(self.tr("Joining: fetching the house's records…"))
            else:
                fields |= {"organisation": self.details.organisation.text().strip(),
                           "house": self.details.house.text().strip()}
            self.create_requested.emit(fields)
            return bool(self.recovery.key.text())
        return super().validateCurrentPage()

    def show_recovery_key(self, key: str) -> None:
        self.recovery.set_key(key)
        if self.currentPage() is self.details:
            self.next()
        self.details.passphrase.clear()  # not kept in memory longer than needed
        self.details.confirm.clear()

    def show_error(self, message: str) -> None:
        self.details.hint.setText(message)
