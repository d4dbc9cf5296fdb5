"""A resident's check-ins as written: the ones that count, and the corrected and voided ones
kept (struck through and labelled, the reason in the detail line), with Correct… and
Void… for the chosen one. The buttons (and the table's menu) are enabled only when the
services would allow it: its author while the shift lasts, a manager later; otherwise
they are disabled with the reason in their tooltip."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import formats
from safehaven.domain.models import CheckIn
from safehaven.errors import InvalidValue
from safehaven.i18n import joined
from safehaven.services import checkins
from safehaven.services.detail import ResidentDetail
from safehaven.ui.bidi import wrapping
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.models import Column, Index, RowsModel
from safehaven.ui.page import table_view
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class HistoryModel(RowsModel):
    """Check-ins, every version; those no longer counted are struck through."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(columns, parent)
        self.superseded: set[str] = set()  # ids a correction or a void names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid():
            row = self.row_at(index.row())
            if row.voided or row.id in self.superseded:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return super().data(index, role)


class CheckinsPanel(QWidget):
    def __init__(self, session: Session, resident_id: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session = session
        self.resident_id = resident_id
        self.data: ResidentDetail | None = None
        self.model = HistoryModel([
            Column(self.tr("Date"), lambda c: formats.day(c.date, weekday=True, year=False)),
            Column(self.tr("Shift"), lambda c: word(c.shift)),
            Column(self.tr("Mood"), lambda c: f"{c.mood}/5"),
            Column(self.tr("Feels safe"), lambda c: word(c.feels_safe) if c.feels_safe else ""),
            Column(self.tr("Flags"), lambda c: joined(word(f) for f in c.flags)),
            Column(self.tr("Note"), lambda c: c.note or ""),
            Column(self.tr("Status"), self.status),
        ])
        self.view = table_view(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._chosen())
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(lambda _=False: self.correct())
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.clicked.connect(lambda _=False: self.void())
        self.detail = QLabel()
        wrapping(self.detail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.void_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self._chosen()

    # -- showing --------------------------------------------------------------------------
    def show_data(self, data: ResidentDetail) -> None:
        self.data = data
        rows = data.checkin_history or data.checkins
        self.model.superseded = {c.amends_id for c in rows if c.amends_id}
        self.model.set_rows(rows)
        self._chosen()

    def status(self, c: CheckIn) -> str:
        """Counted (nothing said), corrected, voided, or a correction or a void itself."""
        if c.voided:
            return self.tr("void: {0}").format(c.amend_reason or "")
        if c.id in self.model.superseded:
            replaced_by = self._newer(c.id)
            return self.tr("voided") if replaced_by is not None and replaced_by.voided \
                else self.tr("corrected")
        if c.amends_id:
            return self.tr("correction: {0}").format(c.amend_reason or "")
        return ""

    def _newer(self, checkin_id: str) -> CheckIn | None:
        rows = self.data.checkin_history if self.data else []
        return next((c for c in rows if c.amends_id == checkin_id), None)

    def selected(self) -> CheckIn | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _chosen(self) -> None:
        """Enable Correct… and Void… for the chosen row as the services would decide, and
        say who wrote it and why it was corrected or voided."""
        chosen = self.selected()
        why = self.why_not(chosen)
        for button in (self.correct_button, self.void_button):
            button.setEnabled(why is None)
            button.setToolTip(why or "")
        if chosen is None:
            self.detail.clear()
            return
        names = self.data.staff_names if self.data else {}
        parts = [self.tr("Recorded by {0}").format(names.get(chosen.staff_id, "–"))]
        newer = self._newer(chosen.id)
        if newer is not None:
            parts.append((self.tr("Voided by {0}: {1}") if newer.voided
                          else self.tr("Corrected by {0}: {1}")).format(
                names.get(newer.staff_id, "–"), newer.amend_reason or ""))
        if chosen.incidents:
            parts.append(self.tr("Incidents: {0}").format(chosen.incidents))
        self.detail.setText(" · ".join(parts))

    def why_not(self, chosen: CheckIn | None) -> str | None:
        """Why the chosen check-in cannot be corrected or voided now, or None."""
        ctx = self.session.ctx
        if chosen is None or ctx is None:
            return self.tr("Choose a check-in in the table first.")
        refused = checkins.refusal(ctx, chosen, amended=chosen.id in self.model.superseded)
        return None if refused is None else str(refused)

    def _menu(self, at: QPoint) -> None:
        index = self.view.indexAt(at)
        if index.isValid():
            self.view.selectRow(index.row())
        menu = self.actions_menu()
        menu.popup(self.view.viewport().mapToGlobal(at))

    def actions_menu(self) -> QMenu:
        """The table's right-click menu: the same two actions, enabled as the buttons are."""
        menu = QMenu(self)
        why = self.why_not(self.selected())
        for label, slot in ((self.tr("Correct…"), self.correct), (self.tr("Void…"), self.void)):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, s=slot: s())
            action.setEnabled(why is None)
            action.setToolTip(why or "")
        menu.setToolTipsVisible(True)
        return menu

    # -- acting ---------------------------------------------------------------------------
    def correct(self) -> CheckInDialog | None:
        """The check-in form filled in as it was, with a line for why it is corrected."""
        chosen = self.selected()
        if chosen is None or self.why_not(chosen) is not None:
            return None
        name = self.data.resident.preferred_name if self.data else ""
        dialog = CheckInDialog(name, _as_draft(chosen), self)
        dialog.setWindowTitle(self.tr("Correct the check-in: {0}").format(name))
        reason = QLineEdit()
        reason.setObjectName("reason")
        reason.setPlaceholderText(self.tr("What was wrong"))
        error = QLabel()
        error.setObjectName("error")
        wrapping(error)
        error.hide()
        dialog.errors["reason"] = error
        dialog.form.addRow(self.tr("Why it is corrected"), reason)
        dialog.form.addRow("", error)
        dialog.reason = reason  # type: ignore[attr-defined]

        def save(fields: dict[str, Any]) -> None:
            why = reason.text()
            if not why.strip():
                dialog.show_error(InvalidValue("reason", self.tr("Say why it is corrected.")))
                return
            self.session.call(checkins.amend, chosen.id, why, **fields,
                              on_done=lambda _: saved(), on_error=refused)

        def saved() -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()

        def refused(error: BaseException) -> None:
            if not shiboken6.isValid(dialog):
                return  # locked meanwhile
            dialog.show_error(error if isinstance(error, InvalidValue)
                              and error.field in dialog.errors
                              else InvalidValue("reason", str(error)))

        dialog.save_requested.connect(save)
        dialog.open()
        return dialog

    def void(self) -> RecordForm | None:
        """Asks why (the wrong child, recorded in error), then voids it."""
        chosen = self.selected()
        if chosen is None or self.why_not(chosen) is not None:
            return None
        name = self.data.resident.preferred_name if self.data else ""
        form = RecordForm(self.tr("Void the check-in"), [
            FormField("reason", self.tr("Why it is voided"), "long",
                      hint=self.tr("recorded for the wrong child, or in error"))], self,
            intro=self.tr("The check-in of {0} ({1}) is kept in the history and counted "
                          "nowhere.").format(formats.day(chosen.date), word(chosen.shift)),
            save_label=self.tr("Void"), subject=name)
        return run_form(self.session, form, checkins.void, chosen.id)


def _as_draft(c: CheckIn) -> dict[str, Any]:
    """The check-in as the form's fields, to correct it."""
    return {"mood": c.mood, "sleep": c.sleep, "appetite": c.appetite,
            "feels_safe": c.feels_safe, "engagement": c.engagement,
            "flags": [str(f) for f in c.flags], "incidents": c.incidents or "",
            "note": c.note or ""}
