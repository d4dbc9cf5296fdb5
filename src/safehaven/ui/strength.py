"""The passphrase strength meter: how guessable a new passphrase is (zxcvbn, through
services/passwords), shown as it is typed, with the reason in the user's words."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from safehaven.services import passwords
from safehaven.services.passwords import Weakness
from safehaven.ui.bidi import wrapping

BAR = {0: "#a8322d", 1: "#a8322d", 2: "#c0711f", 3: "#3d7f52", 4: "#2b6b45"}


class StrengthMeter(QWidget):
    """Follows `field`; `related()` gives the names an attacker would try first."""

    def __init__(self, field: QLineEdit,
                 related: Callable[[], Iterable[str]] = lambda: (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.related = related
        self.strength = passwords.judge("")
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()  # the words say it too: the colour is not the only sign
        wrapping(self.verdict)
        self.verdict.setObjectName("hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.verdict, 2)
        field.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.strength = passwords.judge(self.field.text(), self.related())
        score = self.strength.score
        self.bar.setValue(score)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {BAR[score]}; }}")
        easy = self.tr("Too easy to guess")
        words = [easy, easy, self.tr("Almost: not hard enough to guess yet"),
                 self.tr("Strong"), self.tr("Very strong")]
        text = "" if not self.field.text() else words[score]
        self.verdict.setText(text)
        self.bar.setAccessibleDescription(text)

    def problem(self) -> str | None:
        """Why the passphrase would be refused, in the user's words; None if it is fine."""
        self.refresh()
        weakness = self.strength.weakness
        if weakness is None:
            return None
        if weakness is Weakness.SHORT:
            return self.tr("Use at least %n character(s); a few words are easiest to "
                           "remember.", "", passwords.MIN_LENGTH)
        reasons = {
            Weakness.COMMON: self.tr("This is one of the passphrases people use most, so it "
                                     "would be guessed first."),
            Weakness.REPEAT: self.tr("Repeated letters or words are easy to guess."),
            Weakness.PATTERN: self.tr("Runs like “abcd”, “1234” or keyboard rows are easy to "
                                      "guess."),
            Weakness.DATE: self.tr("Dates and years are easy to guess."),
            Weakness.NAME: self.tr("Names, and your own or the house's name above all, are "
                                   "easy to guess."),
            Weakness.GUESSABLE: self.tr("This passphrase would be too easy to guess."),
        }
        return reasons[weakness] + " " + self.tr(
            "Add another uncommon word or two; a short sentence only you would think of "
            "works well.")
