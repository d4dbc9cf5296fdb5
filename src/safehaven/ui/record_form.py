"""One form dialog for every record kind: fields from a list, errors beside the field.

A form never saves by itself: it emits `submitted(values)` and the caller saves through the
services (`run_form`), then closes it or shows the refusal next to the field it names.
What the user typed stays in the form until it is saved or cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from safehaven.errors import InvalidValue, NeedsConfirmation, SafeHavenError
from safehaven.ui.bidi import at_reading_edge, isolated, wrapping
from safehaven.ui.date_fields import NO_DATE, date_field, moment_field
from safehaven.ui.strength import StrengthMeter
from safehaven.ui.wrap_check import WrappingCheckBox


@dataclass
class FormField:
    """One input. `kind`: text, password, new-password (with a strength meter), long,
    choice, date, optional-date, datetime, number, flag or many.

    `options` are (label, value) pairs for choice and many; a number of 0 means "none"
    unless `minimum` is above 0. `show_if` shows the field only while another choice field
    holds one of the given values (a reintegration's destination, say).
    """

    name: str
    label: str
    kind: str = "text"
    value: Any = None
    options: Sequence[tuple[str, Any]] = ()
    hint: str = ""
    minimum: int = 0
    maximum: int = 999
    show_if: tuple[str, tuple[Any, ...]] | None = None
    widget: QWidget | None = field(default=None, repr=False)


class GuardedDialog(QDialog):
    """A form that asks before a half-written record is thrown away: Cancel and the
    window's close button ask (keeping it by default); an untouched form closes at once,
    and a close by the app (a lock, which keeps a draft) never asks."""

    def has_unsaved_input(self) -> bool:
        raise NotImplementedError

    def discard_question(self) -> str:
        raise NotImplementedError

    def may_discard(self) -> bool:
        return not self.has_unsaved_input() or ask(self, self.discard_question())

    def cancel(self) -> None:
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc does not throw away what was typed (Cancel does; Esc twice locks): the first
        says so, since a worker pressing Esc to close the form locked the app with the
        second (QA, session 12)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            # (translated by name: a subclass's own tr() would look in its own context)
            QToolTip.showText(self.mapToGlobal(self.rect().center()),
                              QCoreApplication.translate(
                                  "GuardedDialog", "Esc again locks SafeHaven at once (what "
                                  "you typed is kept). To close this form, press Cancel."),
                              self, QRect(), 5000)
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)


class RecordForm(GuardedDialog):
    submitted = Signal(dict)

    def __init__(self, title: str, fields: Sequence[FormField], parent: QWidget | None = None,
                 *, intro: str = "", save_label: str = "", subject: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{title}: {isolated(subject)}" if subject else title)
        self.title = title
        self.intro = intro
        self.subject = subject  # whose record: named in the form, not only its title bar
        self.fields = {f.name: f for f in fields}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self.hidden: set[str] = set()
        self.meters: dict[str, StrengthMeter] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            f.widget = self._make(f)
            ranged = f.kind == "number" and f.maximum < FormField.maximum
            label = QLabel(self.tr("{0} ({1}–{2})").format(f.label, max(f.minimum, 1),
                                                          f.maximum) if ranged else f.label)
            label.setBuddy(f.widget)
            wrapping(label)
            error = _error_label()
            form.addRow(label, f.widget)
            if f.kind == "new-password" and isinstance(f.widget, QLineEdit):
                self.meters[f.name] = StrengthMeter(f.widget, self._names)
                form.addRow("", self.meters[f.name])
            form.addRow("", error)
            self.errors[f.name] = error
            self.rows[f.name] = (label, f.widget, error)
        self.general = _error_label()
        body = QWidget()
        body.setLayout(form)
        scroll = self.scroll_area = QScrollArea()  # a long form stays usable 600 pixels high
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(save_label or self.tr("Save (Ctrl+Enter)"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)
        layout = QVBoxLayout(self)
        if subject:
            who = at_reading_edge(QLabel(isolated(subject)))
            who.setObjectName("heading")
            layout.addWidget(who)
        if intro:
            text = QLabel(intro)
            wrapping(text)
            layout.addWidget(text)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        for f in fields:
            if f.show_if is not None:
                source = self.fields[f.show_if[0]].widget
                assert isinstance(source, QComboBox)
                source.currentIndexChanged.connect(self._update_visibility)
        self._update_visibility()
        screen = self.screen().availableGeometry().height() if self.screen() else 768
        self.resize(540, min(body.sizeHint().height() + 110, screen - 60))
        if fields and fields[0].widget is not None:
            fields[0].widget.setFocus()
        self.restored = False  # a draft reopened after a lock: unsaved from the start
        self._initial = self._snapshot()

    # -- widgets ---------------------------------------------------------------------------
    def _make(self, f: FormField) -> QWidget:
        if f.kind == "long":
            edit = QPlainTextEdit(f.value or "")
            edit.setTabChangesFocus(True)  # Tab moves on; a form is keyboard-first
            edit.setPlaceholderText(f.hint)
            edit.setFixedHeight(72)
            return edit
        if f.kind == "choice":
            combo = QComboBox()
            for label, value in f.options:
                combo.addItem(label, value)
            values = [v for _, v in f.options]
            if f.value in values:
                combo.setCurrentIndex(values.index(f.value))
            return combo
        if f.kind == "datetime":
            return moment_field(f.value if isinstance(f.value, datetime) else None)
        if f.kind in ("date", "optional-date"):
            return date_field(f.value if isinstance(f.value, date) else None,
                              optional=f.kind == "optional-date")
        if f.kind == "number":
            spin = QSpinBox()
            spin.setRange(f.minimum, f.maximum)
            if f.minimum == 0:
                spin.setSpecialValueText("–")
            spin.setValue(int(f.value or f.minimum))
            # a number out of range cannot be typed (999 for at most 60 kept 9, silently):
            # the range is said in the field's label (above)
            return spin
        if f.kind == "flag":
            box = WrappingCheckBox(f.hint)
            box.setChecked(bool(f.value))
            return box
        if f.kind == "many":
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 0)
            chosen = set(f.value or ())
            for i, (label, value) in enumerate(f.options):
                box = WrappingCheckBox(label)
                box.setProperty("value", value)
                box.setChecked(value in chosen)
                grid.addWidget(box, i // 2, i % 2, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(0, 1)  # two even columns, each option's words wrapping
            grid.setColumnStretch(1, 1)  # within its own
            grid.setRowStretch((len(f.options) + 1) // 2, 1)  # spare height below, not between
            return holder
        line = QLineEdit(str(f.value) if f.value is not None else "")
        line.setPlaceholderText(f.hint)
        if f.kind in ("password", "new-password"):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def values(self) -> dict[str, Any]:
        """What the form holds now, as the services take it (hidden fields left out)."""
        out: dict[str, Any] = {}
        for name, f in self.fields.items():
            if name not in self.hidden:
                out[name] = _value(f)
        return out

    def _update_visibility(self, *_: object) -> None:
        for f in self.fields.values():
            if f.show_if is None:
                continue
            source = self.fields[f.show_if[0]].widget
            assert isinstance(source, QComboBox)
            shown = source.currentData() in f.show_if[1]
            (self.hidden.discard if shown else self.hidden.add)(f.name)
            for part in self.rows[f.name][:2]:
                part.setVisible(shown)
            if not shown:
                self.rows[f.name][2].hide()

    # -- discarding ------------------------------------------------------------------------
    def _snapshot(self) -> dict[str, Any]:
        return {name: _value(f) for name, f in self.fields.items()}

    def has_unsaved_input(self) -> bool:
        """Something typed or changed since the form opened (or a draft kept over a lock)."""
        return self.restored or self._snapshot() != self._initial

    def discard_question(self) -> str:
        return self.tr("Discard this record? What you typed will be lost.")

    def draft_fields(self) -> list[FormField]:
        """The fields as they are now, to build the same form again after a lock (a
        passphrase being typed is not kept: it is typed again)."""
        values = {name: _value(f) for name, f in self.fields.items()}
        return [replace(f, value=None if f.kind in ("password", "new-password")
                        else values[f.name],
                        widget=None) for f in self.fields.values()]

    # -- saving ----------------------------------------------------------------------------
    def _names(self) -> list[str]:
        """What the form's text fields hold (a name): a passphrase made of it is weak."""
        return [str(_value(f)) for f in self.fields.values() if f.kind == "text"]

    def submit(self) -> None:
        for label in (*self.errors.values(), self.general):
            label.hide()
        for name, meter in self.meters.items():  # refused here, in the user's language,
            problem = meter.problem()            # before any work starts
            if problem is not None:
                self.show_error(InvalidValue(name, problem))
                return
        self.save_button.setEnabled(False)
        self.submitted.emit(self.values())

    def show_error(self, error: BaseException) -> None:
        """The refusal beside the field it names (else under the form); typing is kept."""
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidValue) and error.field in self.errors:
            label = self.errors[error.field]
            label.setText(error.message)
            label.show()
            widget = self.fields[error.field].widget
            if widget is not None:  # below the fold on a low screen: brought into view
                body = self.scroll_area.widget()
                if body is not None and (layout := body.layout()) is not None:
                    layout.activate()
                self.scroll_area.ensureWidgetVisible(widget)
                self.scroll_area.ensureWidgetVisible(label)  # last: all of it, under its field
                widget.setFocus()
            return
        if isinstance(error, InvalidValue):
            text = f"{error.field}: {error.message}"
        elif isinstance(error, SafeHavenError):
            text = str(error)
        else:
            text = self.tr("Something went wrong ({0}); nothing was lost.").format(
                type(error).__name__)
        self.general.setText(text)
        self.general.show()


def _value(f: FormField) -> Any:
    w = f.widget
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentData()
    if isinstance(w, QDateTimeEdit) and f.kind == "datetime":
        moment = w.dateTime().toPython()
        assert isinstance(moment, datetime)
        return moment.replace(second=0, microsecond=0)
    if isinstance(w, QDateEdit):
        chosen = w.date()
        return None if chosen == NO_DATE and f.kind == "optional-date" else chosen.toPython()
    if isinstance(w, QSpinBox):
        return w.value() or (None if f.minimum == 0 else w.value())
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, QLineEdit):
        return w.text()
    assert w is not None
    return tuple(box.property("value") for box in w.findChildren(QCheckBox) if box.isChecked())


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    wrapping(label)
    label.hide()
    return label


@dataclass
class Draft:
    """An unsaved form kept in memory (never on disk) across a lock."""

    title: str
    intro: str
    fields: list[FormField]
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    fixed: dict[str, Any]
    subject: str = ""

    def reopen(self, session: Any, parent: QWidget | None) -> RecordForm:
        form = RecordForm(self.title, self.fields, parent, intro=self.intro,
                          subject=self.subject)
        form.restored = True
        return run_form(session, form, self.fn, *self.args, **self.fixed)


def ask(parent: QWidget, question: str) -> bool:
    """Yes or No, with No the default: Enter pressed once too often saves nothing twice."""
    answer = QMessageBox.question(parent, parent.windowTitle(), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_form(session: Any, form: RecordForm, fn: Callable[..., Any], *args: Any,
             **fixed: Any) -> RecordForm:
    """Open `form`; each submit calls `fn(ctx, *args, **fixed, **values)` in the background.
    Saved: the form closes. Refused: the message goes beside its field. A value that needs
    confirming (a booking in the past) asks, then saves with `confirmed=True`. While open,
    the session can make a `Draft` of it, so a lock keeps what was typed."""

    def save(values: dict[str, Any], **extra: Any) -> None:
        session.call(fn, *args, **fixed, **values, **extra, on_done=saved,
                     on_error=lambda e: refused(e, values))

    def saved(_: Any) -> None:
        if shiboken6.isValid(form):
            form.accept()

    def refused(error: BaseException, values: dict[str, Any]) -> None:
        if not shiboken6.isValid(form):
            return  # locked meanwhile; its draft was kept
        if isinstance(error, NeedsConfirmation):
            answer = ask(form, error.message)
            if not shiboken6.isValid(form):
                return
            if answer:
                save(values, confirmed=True)
                return
            form.show_error(InvalidValue(error.field, error.message))
            return
        form.show_error(error)

    def draft() -> Draft:
        return Draft(form.title, form.intro, form.draft_fields(), fn, args, fixed,
                     form.subject)

    session.open_forms[form] = draft
    form.finished.connect(lambda _: session.open_forms.pop(form, None))
    form.submitted.connect(save)
    form.open()
    return form
