"""Destroying a closed case's records, for managers (issue 30, item 5): asking for it from
the retention list on Admin, the second manager's decision (on Today, among the
approvals), and the list of destructions with each laptop's receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from safehaven import formats
from safehaven.services import destruction
from safehaven.services.context import Context
from safehaven.services.destruction import DestructionView
from safehaven.ui.bidi import wrapping
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import fit_columns, table_view
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session


def ask(session: Session, parent: QWidget, resident_id: str, name: str) -> RecordForm:
    """The first manager asks; nothing is erased until a second one approves."""
    translate = QCoreApplication.translate
    form = RecordForm(translate("DestructionForms", "Destroy records"), [
        FormField("reason", translate(
            "DestructionForms", "Why (do not name the young person: this stays after the "
            "records are gone)"), "long")], parent,
        intro=translate(
            "DestructionForms", "Ask for every record of {0} to be destroyed on every laptop "
            "and on the server. Another manager must approve; until then nothing is erased. "
            "It cannot be undone.").format(name))
    return run_form(session, form, destruction.request, resident_id)


def decide(ctx: Context, destruction_id: str, decision: str, comment: str | None) -> Any:
    if decision == "approve":
        return destruction.approve(ctx, destruction_id)
    return destruction.decline(ctx, destruction_id, comment or "")


def decision_form(session: Session, parent: QWidget, view: DestructionView) -> RecordForm:
    """The second manager's decision (Decline first: approving cannot be undone)."""
    translate = QCoreApplication.translate
    asked = view.destruction.request
    form = RecordForm(translate("DestructionForms", "Destruction of records"), [
        FormField("decision", translate("DestructionForms", "Decision"), "choice", "decline",
                  [(translate("DestructionForms", "Decline"), "decline"),
                   (translate("DestructionForms", "Approve: destroy every record now"),
                    "approve")]),
        FormField("comment", translate("DestructionForms", "Why not (when declining)"),
                  "long"),
    ], parent, intro=translate(
        "DestructionForms",
        "{0} asked on {1} to destroy every record of {2} (case closed {3}): \u201c{4}\u201d. "
        "Approving erases them on this laptop at once, and on every other laptop and the "
        "server at their next sync. It cannot be undone.").format(
        view.staff_names.get(asked.staff_id, "?"), formats.day(asked.at.date()),
        view.resident_name, formats.day(asked.closed_on) if asked.closed_on else "?",
        asked.reason or ""))
    return run_form(session, form, decide, view.destruction.id)


def state_words(view: DestructionView) -> str:
    d = view.destruction
    if d.declined is not None:
        return QCoreApplication.translate("DestructionForms", "declined")
    if d.approval is None:
        return QCoreApplication.translate("DestructionForms", "waiting for a second manager")
    if view.waiting_on:
        return QCoreApplication.translate(
            "DestructionForms", "erased on {0} of {1} laptops").format(
            len(view.done_on), len(view.done_on) + len(view.waiting_on))
    return QCoreApplication.translate("DestructionForms", "erased on every laptop")


class _Row:
    def __init__(self, view: DestructionView) -> None:
        self.id = view.destruction.id
        self.view = view


class DestructionsDialog(QDialog):
    """Every destruction asked for, its state, and which laptops have erased the records
    (each one's signed receipt) and which have not yet."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Destructions"))
        self.model = RowsModel([
            Column(self.tr("Asked"), lambda r: formats.day(r.view.destruction.request.at
                                                           .date())),
            Column(self.tr("Young person"),
                   lambda r: r.view.resident_name or self.tr("(records destroyed)")),
            Column(self.tr("State"), lambda r: state_words(r.view)),
            Column(self.tr("Laptops"), lambda r: self.laptops(r.view)),
        ])
        self.view = table_view(self.model)
        fit_columns(self.view, 0, 2)
        self.view.setToolTip(self.tr("Enter: approve or decline one waiting for you"))
        self.view.activated.connect(lambda index: self.open_decision())
        self.problem = QLabel()
        self.problem.setObjectName("error")
        wrapping(self.problem)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addWidget(close)
        self.resize(760, 360)
        self.refresh()

    def laptops(self, view: DestructionView) -> str:
        done = [self.tr("{0} at {1}").format(view.device_names.get(d, d),
                                             formats.day_time(t))
                for d, t in sorted(view.done_on.items(), key=lambda kv: kv[1])]
        waiting = [self.tr("not yet: {0}").format(view.device_names.get(d, d))
                   for d in view.waiting_on]
        return "; ".join(done + waiting)

    def refresh(self) -> None:
        self.session.call(destruction.listing, on_done=self._show,
                          on_error=lambda e: self.problem.setText(str(e)))

    def _show(self, views: list[DestructionView]) -> None:
        self.model.set_rows([_Row(v) for v in views])

    def open_decision(self) -> RecordForm | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or not row.view.destruction.waiting:
            return None
        form = decision_form(self.session, self, row.view)
        form.accepted.connect(self.refresh)
        return form
