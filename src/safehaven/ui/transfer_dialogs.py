"""Transfers between houses in the app (issue 30, item 1), for managers: send a child (from
their page: choose the receiving house's card, confirm its fingerprint, save the package),
receive one (open, see who sent it and what it holds, accept or decline, save the
receipt), and record the receipt at the sending house. The services do the work and
the checks; these only ask for files and confirmation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import SafeHavenError
from safehaven.services import transfers
from safehaven.ui.bidi import wrapping
from safehaven.ui.session import Session


def _problem(say: Callable[[str], None], otherwise: str) -> Callable[[BaseException], None]:
    """A refusal in its own words; anything else as `otherwise` (with the error's kind)."""
    def show(error: BaseException) -> None:
        say(str(error) if isinstance(error, SafeHavenError)
            else otherwise.format(type(error).__name__))
    return show


class SendTransfer(QWidget):
    """Not shown: a QWidget so that its words go through Qt's translator and its dialogs
    have a parent."""

    def __init__(self, session: Session, parent: QWidget, say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.session = session
        self.say = say

    def start(self, resident_id: str, name: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parentWidget(), self.tr(
            "The receiving house's card"))
        if not path:
            return
        self.session.call(transfers.read_card, Path(path),
                          on_done=lambda card: self._confirm(resident_id, name, card),
                          on_error=_problem(self.say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))

    def _confirm(self, resident_id: str, name: str, card: Any) -> None:
        text = self.tr("Send {0}'s whole record to {1} ({2})? The card was signed by {3}.\n\n"
                       "Fingerprint: {4}\n\nIs it the fingerprint the receiving house's "
                       "manager read to you?").format(name, card.house, card.organisation,
                                                      card.signed_by, card.fingerprint)
        if QMessageBox.question(self.parentWidget(), self.tr("Transfer to another house"),
                                text) != QMessageBox.StandardButton.Yes:
            return
        out, _ = QFileDialog.getSaveFileName(self.parentWidget(), self.tr(
            "Save the transfer file"), f"{name}.transfer")
        if not out:
            return
        self.session.call(transfers.send, resident_id, card, Path(out),
                          on_done=lambda _: self.say(self.tr(
                              "The transfer was saved to {0}. It opens only for {1}'s "
                              "managers; the case waits for their receipt.").format(
                                  out, card.house)),
                          on_error=_problem(self.say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))


class ReceiveDialog(QDialog):
    """Open a package, see who sent it and what it holds, accept or decline it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.incoming: transfers.Incoming | None = None
        self.setWindowTitle(self.tr("Receive a transfer"))
        choose = QPushButton(self.tr("Open a transfer file…"))
        choose.clicked.connect(lambda _=False: self.choose())
        self.preview = QLabel(self.tr("Open the file the sending house gave you."))
        wrapping(self.preview)
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("Why it is declined"))
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.accept_button.clicked.connect(lambda _=False: self.answer(True))
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.clicked.connect(lambda _=False: self.answer(False))
        self.message = QLabel()
        wrapping(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.why, 1)
        row.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.addWidget(choose)
        layout.addWidget(self.preview)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._enable()

    def _enable(self) -> None:
        ready = self.incoming is not None and not self.incoming.answered
        self.accept_button.setEnabled(ready)
        self.decline_button.setEnabled(ready)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Transfer file"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.incoming = None
        self._enable()
        self.session.call(transfers.open_package, path, on_done=self._show,
                          on_error=_problem(self._say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))

    def _show(self, incoming: transfers.Incoming) -> None:
        self.incoming = incoming
        lines = [self.tr("{0}, from {1} ({2}), signed by {3}.").format(
            incoming.preferred_name, incoming.from_house, incoming.from_organisation,
            incoming.signed_by),
            self.tr("Signer's fingerprint: {0}").format(incoming.signer_fingerprint),
            self.tr("Records: {0} · documents: {1}").format(sum(incoming.counts.values()),
                                                              incoming.documents)]
        if incoming.answered:
            lines.append(self.tr("This transfer was already accepted or declined here."))
        if incoming.known_words:
            lines.append(incoming.known_words)
        self.preview.setText("\n".join(lines))
        self._enable()

    def answer(self, accept: bool) -> None:
        incoming = self.incoming
        if incoming is None:
            return
        if not accept and not self.why.text().strip():
            self._say(self.tr("Say why it is declined."))
            return
        if accept and QMessageBox.question(self, self.tr("Accept the transfer"), self.tr(
                "Is {0} the fingerprint the sending house's manager read to you?").format(
                    incoming.signer_fingerprint)) != QMessageBox.StandardButton.Yes:
            return
        if accept and incoming.known and QMessageBox.question(
                self, self.tr("Accept the transfer"),
                incoming.known_words) != QMessageBox.StandardButton.Yes:
            return
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt for the "
                                                           "sending house"), "receipt")
        if not out:
            return
        done = self.tr("{0} is now a resident of this house. Give the receipt ({1}) to the "
                       "sending house.").format(incoming.preferred_name, out) if accept \
            else self.tr("Declined. Give the receipt ({0}) to the sending house.").format(out)

        def finished(_: Any) -> None:
            self._say(done)
            self.accept_button.setEnabled(False)
            self.decline_button.setEnabled(False)
        if accept:
            self.session.call(transfers.accept, incoming, Path(out), on_done=finished,
                              on_error=_problem(self._say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")),
                              confirmed=bool(incoming.known))
        else:
            self.session.call(transfers.decline, incoming, self.why.text(), Path(out),
                              on_done=finished, on_error=_problem(self._say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))


class RecordReceipt(QWidget):
    """Not shown: asks for the receipt file and confirmation, then records it."""

    def __init__(self, session: Session, parent: QWidget, say: Callable[[str], None]) -> None:
        super().__init__(parent)
        self.session = session
        self.say = say

    def start(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.parentWidget(), self.tr("Transfer receipt"))
        if not path:
            return
        self.session.call(transfers.read_receipt, Path(path),
                          on_done=lambda answer: self._confirm(Path(path), answer),
                          on_error=_problem(self.say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))

    def _confirm(self, path: Path, answer: transfers.Answer) -> None:
        r = answer.receipt
        what = (self.tr("{0} accepted {1}: the case will close as transferred.")
                if r.accepted else
                self.tr("{0} declined {1}: the case stays open.")).format(
                    r.card.house, answer.preferred_name)
        text = self.tr("{0}\n\nSigned by {1}. Fingerprint of {2}'s card: {3}\n\nRecord it?"
                       ).format(what, r.signed_by, r.card.house, r.card.fingerprint)
        if QMessageBox.question(self.parentWidget(), self.tr("Transfer receipt"),
                                text) != QMessageBox.StandardButton.Yes:
            return
        self.session.call(transfers.record_receipt, path,
                          on_done=lambda _: self.say(self.tr("The receipt was recorded.")),
                          on_error=_problem(self.say, self.tr(
                              "Something went wrong ({0}); nothing was changed.")))
