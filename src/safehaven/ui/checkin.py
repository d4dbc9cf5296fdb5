"""The check-in form: a face for mood, quick toggles, flags, a note; Ctrl+Enter saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from safehaven.domain.vocab import FeelsSafe, Level, RiskFlag
from safehaven.errors import InvalidValue
from safehaven.ui.bidi import at_reading_edge, isolated, wrapping
from safehaven.ui.faces import FaceButton
from safehaven.ui.record_form import GuardedDialog
from safehaven.ui.words import word

LEVELS = [Level.GOOD, Level.FAIR, Level.POOR]


class RowKeys(QObject):
    """A row of answers (the mood faces, good / fair / poor) as one stop for Tab: only the
    chosen answer, or the first when none is, takes the focus from Tab, so Tab goes on to
    the next question (it stopped on "Very low", and Space there overwrote the mood a
    worker had just chosen with a digit). Left and Right choose along the row as it reads
    (mirrored in Arabic). Space chooses but never clears a chosen answer: a worker
    pressing it to "confirm" lost the answer (issue 25); a click still can."""

    def __init__(self, group: QButtonGroup, row: QWidget) -> None:
        super().__init__(row)
        self.group, self.row = group, row
        for button in self.buttons():
            button.installEventFilter(self)
        group.buttonToggled.connect(lambda *_: self._stops())
        self._stops()

    def buttons(self) -> list[QAbstractButton]:
        return sorted(self.group.buttons(), key=self.group.id)

    def stop(self) -> QAbstractButton:
        """The row's one Tab stop: the chosen answer, or the first."""
        buttons = self.buttons()
        return next((b for b in buttons if b.isChecked()), buttons[0])

    def _stops(self) -> None:
        buttons = self.buttons()
        chosen = self.stop()
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is chosen
                                  else Qt.FocusPolicy.ClickFocus)
        if any(b.hasFocus() for b in buttons) and not chosen.hasFocus():
            chosen.setFocus()  # a digit chose another face: Tab goes on from it, not onto it

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Space:
            return isinstance(watched, QAbstractButton) and watched.isChecked()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is None or event.type() != QEvent.Type.KeyPress:
            return False
        if self.row.isRightToLeft():  # the first answer is on the right
            step = -step
        buttons = self.buttons()
        current = next((i for i, b in enumerate(buttons) if b.isChecked()), None)
        start = current if current is not None else (-1 if step > 0 else len(buttons))
        button = buttons[min(max(start + step, 0), len(buttons) - 1)]
        button.setChecked(True)
        button.setFocus()
        return True


class FlagKeys(QObject):
    """A risk flag is a check box, not one of a row of answers: Space ticks it and unticks
    it as every check box does (it could tick but not untick one, session 14); Delete or
    Backspace also clears it. The answers' rows keep their rule (RowKeys: Space never
    clears a chosen answer, issue 25)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) \
                or not isinstance(event, QKeyEvent) or not isinstance(watched, QCheckBox):
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            if event.type() == QEvent.Type.KeyPress:
                watched.setChecked(False)
            return True
        return False


class Choice(QWidget):
    """A row of exclusive toggle buttons (e.g. good / fair / poor); none chosen is allowed."""

    def __init__(self, values: list[Any], labels: list[str]) -> None:
        super().__init__()
        self.values = values
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, label in enumerate(labels):
            button = QPushButton(label)
            button.setCheckable(True)
            self.group.addButton(button, i)
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.idToggled.connect(self._only_one)
        self.keys = RowKeys(self.group, self)

    def _only_one(self, chosen: int, checked: bool) -> None:
        if checked:
            for button in self.group.buttons():
                if self.group.id(button) != chosen:
                    button.setChecked(False)

    def value(self) -> Any:
        return self.values[self.group.checkedId()] if self.group.checkedId() >= 0 else None

    def set_value(self, value: Any) -> None:
        if value in self.values:
            self.group.button(self.values.index(value)).setChecked(True)


class CheckInDialog(GuardedDialog):
    """Emits `save_requested(fields)`; the page saves through the services and reports back."""

    save_requested = Signal(dict)

    def __init__(self, resident_name: str, draft: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check-in: {0}").format(isolated(resident_name)))
        self.mood = QButtonGroup(self)
        moods = QHBoxLayout()
        moods_said = [self.tr("Very low"), self.tr("Low"), self.tr("Okay"), self.tr("Good"),
                      self.tr("Very good")]
        for mood in range(1, 6):
            button = FaceButton(mood, moods_said[mood - 1])
            # chosen at once (a button's own shortcut clicks 100 ms later, after a quick
            # Ctrl+Enter has already found no mood)
            QShortcut(QKeySequence(str(mood)), self, button.click)
            self.mood.addButton(button, mood)
            moods.addWidget(button)
        self.mood.idClicked.connect(lambda _: self._hide_error("mood"))
        self.mood_keys = RowKeys(self.mood, self)
        moods.addStretch(1)
        level_words = [self.tr("Good"), self.tr("Fair"), self.tr("Poor")]
        self.sleep = Choice(LEVELS, level_words)
        self.appetite = Choice(LEVELS, level_words)
        self.engagement = Choice(LEVELS, level_words)
        self.feels_safe = Choice([FeelsSafe.YES, FeelsSafe.SOMEWHAT, FeelsSafe.NO],
                                 [self.tr("Yes"), self.tr("Somewhat"), self.tr("No")])
        self.flags = {flag: QCheckBox(word(flag)) for flag in RiskFlag}
        flags = QVBoxLayout()
        self.flag_keys = FlagKeys(self)
        for box in self.flags.values():
            box.setToolTip(self.tr(
                "A risk that goes on: it stays on Today, for the manager too, until an "
                "incident is recorded for it. Space ticks or unticks it."))
            box.installEventFilter(self.flag_keys)
            flags.addWidget(box)
        self.incidents = QLineEdit()
        # QA: the box was unexplained. Say what writing there does, and how it differs
        # from a flag (a flag is a risk that goes on until an incident answers it)
        self.incidents.setPlaceholderText(self.tr("What happened, if anything: alerts the "
                                                  "manager"))
        self.incidents.setToolTip(self.tr(
            "Something that happened this shift (a fight, a visitor, an injury). Text here "
            "puts an alert on Today for the manager until an incident is recorded from "
            "it. A risk flag is different: a risk that goes on, not one event."))
        self.incidents.setAccessibleDescription(self.incidents.toolTip())
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)  # Tab goes on to Save, never types a tab
        self.errors = {name: self._error_label() for name in ("mood", "note", "incidents",
                                                             "flags", "date")}
        who = at_reading_edge(QLabel(resident_name))  # whose check-in: in the form itself
        who.setObjectName("heading")
        who.setAccessibleName(self.tr("Check-in for {0}").format(isolated(resident_name)))
        # allergies under the name: filled in once read (`show_allergies`)
        self.allergies = QLabel()
        self.allergies.setObjectName("error")
        wrapping(self.allergies)
        self.allergies.hide()
        form = self.form = QFormLayout()  # a correction adds its reason here (checkins_panel)
        form.addRow(who)
        form.addRow(self.allergies)
        form.addRow(self.tr("Mood"), moods)
        form.addRow("", self.errors["mood"])
        form.addRow(self.tr("Sleep"), self.sleep)
        form.addRow(self.tr("Appetite"), self.appetite)
        form.addRow(self.tr("Feels safe"), self.feels_safe)
        form.addRow(self.tr("Engagement"), self.engagement)
        form.addRow(self.tr("Risk flags"), flags)
        form.addRow("", self.errors["flags"])
        form.addRow(self.tr("Incidents"), self.incidents)
        form.addRow("", self.errors["incidents"])
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.errors["note"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Save (Ctrl+Enter)"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        # the answers scroll; Save and Cancel stay below them, on screen at 1024x600 (the
        # form was 594 pixels tall, its Save button under a taskbar)
        body = QWidget()
        body.setLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        self.resize(body.sizeHint().width() + bar
                    + 2 * layout.contentsMargins().left(),
                    min(body.sizeHint().height() + buttons.sizeHint().height() + 40,
                        screen - 60))
        self._blank = self.fields()  # a draft kept over a lock counts as unsaved
        # the keyboard starts on the mood row: a digit (or the arrows) chooses, Tab goes on
        # to Sleep. It started nowhere, so "4, Tab, Right" landed on the mood row and the
        # arrow changed the mood just chosen (found driving the app by keyboard)
        self.mood_keys.stop().setFocus(Qt.FocusReason.OtherFocusReason)
        if draft:
            self.restore(draft)

    def show_allergies(self, allergies: tuple[str, ...], reactions: str | None) -> None:
        """The child's allergies in red under their name: care given here must know them."""
        if not allergies:
            self.allergies.hide()
            return
        text = self.tr("ALLERGIES: {0}").format(", ".join(allergies))
        self.allergies.setText(f"{text} ({reactions})" if reactions else text)
        self.allergies.show()

    def has_unsaved_input(self) -> bool:
        return self.fields() != self._blank

    def discard_question(self) -> str:
        return self.tr("Discard this check-in? What you typed will be lost.")

    def _hide_error(self, name: str) -> None:
        self.errors[name].hide()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("error")
        wrapping(label)
        label.hide()
        return label

    def fields(self) -> dict[str, Any]:
        """What the user typed so far (also the draft kept across a lock)."""
        return {
            "mood": self.mood.checkedId() if self.mood.checkedId() > 0 else None,
            "sleep": self.sleep.value(), "appetite": self.appetite.value(),
            "feels_safe": self.feels_safe.value(), "engagement": self.engagement.value(),
            "flags": [str(f) for f, box in self.flags.items() if box.isChecked()],
            "incidents": self.incidents.text(), "note": self.note.toPlainText(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        if draft.get("mood"):
            self.mood.button(draft["mood"]).setChecked(True)
        self.sleep.set_value(draft.get("sleep"))
        self.appetite.set_value(draft.get("appetite"))
        self.feels_safe.set_value(draft.get("feels_safe"))
        self.engagement.set_value(draft.get("engagement"))
        for flag, box in self.flags.items():
            box.setChecked(str(flag) in draft.get("flags", []))
        self.incidents.setText(draft.get("incidents", ""))
        self.note.setPlainText(draft.get("note", ""))
        if draft.get("note"):  # back where the writing stopped: a digit typed now must not
            self.note.moveCursor(QTextCursor.MoveOperation.End)  # change the mood
            self.note.setFocus()

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return  # a save is on its way: a second Ctrl+Enter must not send it twice
        for label in self.errors.values():
            label.hide()
        fields = self.fields()
        if fields["mood"] is None:
            self.show_error(InvalidValue("mood", self.tr("Choose a face for today's mood.")))
            return
        self.save_button.setEnabled(False)
        self.save_requested.emit(fields)

    def show_error(self, error: InvalidValue) -> None:
        """A refused value: the message goes next to its field; nothing typed is lost."""
        self.save_button.setEnabled(True)
        label = self.errors.get(error.field, self.errors["note"])
        label.setText(error.message)
        label.show()
        body = self.scroll_area.widget()  # below the fold: brought into view
        if body is not None and (layout := body.layout()) is not None:
            layout.activate()
        self.scroll_area.ensureWidgetVisible(label)
