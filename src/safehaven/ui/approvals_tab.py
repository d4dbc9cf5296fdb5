"""Today's list of plans and closures waiting for the approver (issue 30): Enter opens the
decision, approve or return with a comment (a return needs one)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QVBoxLayout, QWidget

from safehaven import formats
from safehaven.services import approvals
from safehaven.services.approvals import Pending
from safehaven.services.context import Context
from safehaven.services.destruction import DestructionView
from safehaven.services.permissions import Action
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import fit_columns, table_view
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _Row:
    def __init__(self, pending: Pending) -> None:
        self.id = pending.step.id
        self.pending: Pending | None = pending
        self.destruction: DestructionView | None = None
        self.at, self.who = pending.step.at, pending.resident_name
        self.what = word(pending.step.subject)


class _Destruction(_Row):
    """A destruction another manager asked for (issue 30, item 5)."""

    def __init__(self, view: DestructionView, what: str) -> None:
        self.id = view.destruction.id
        self.pending, self.destruction = None, view
        self.at, self.who = view.destruction.request.at, view.resident_name
        self.what = what


def decide(ctx: Context, subject_id: str, decision: str, comment: str | None) -> Any:
    if decision == "approve":
        return approvals.approve(ctx, subject_id, comment)
    return approvals.return_(ctx, subject_id, comment or "")


class ApprovalsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown = False  # until `start`: the role is known once the vault is open
        self.model = RowsModel([
            Column(self.tr("Submitted"), lambda r: formats.day_time(r.at)),
            Column(self.tr("Who"), lambda r: r.who),
            Column(self.tr("What"), lambda r: r.what),
        ])
        self.view = table_view(self.model)
        fit_columns(self.view, 0, 2)
        self.view.setToolTip(self.tr("Enter: approve or return it"))
        self.view.activated.connect(self.open_decision)
        self.view.doubleClicked.connect(self.open_decision)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def start(self) -> bool:
        """Whether this person approves (managers: plans and closures waiting for them)."""
        ctx = self.session.ctx
        self.shown = ctx is not None and ctx.may(Action.APPROVE)
        return self.shown

    def title(self, n: int) -> str:
        return self.tr("Approvals ({0})").format(n)

    def tooltip(self) -> str:
        return self.tr("Plans and closures waiting for your approval")

    def set_rows(self, rows: list[Pending],
                 destructions: list[DestructionView] | None = None) -> None:
        what = self.tr("Destruction of all records")
        self.model.set_rows([_Destruction(d, what) for d in destructions or []]
                            + [_Row(p) for p in rows])

    def open_decision(self, index: QModelIndex | None = None) -> RecordForm | None:
        index = index if index is not None else self.view.currentIndex()
        if index is None or not index.isValid():
            return None
        row = self.model.row_at(index.row())
        if row.destruction is not None:
            from safehaven.ui.destruction_dialogs import decision_form

            return decision_form(self.session, self, row.destruction)
        assert row.pending is not None
        step = row.pending.step
        form = RecordForm(self.tr("Approval"), [
            FormField("decision", self.tr("Decision"), "choice", "approve",
                      [(self.tr("Approve"), "approve"),
                       (self.tr("Return with a comment"), "return")]),
            FormField("comment", self.tr("Comment (what to change, when returning)"),
                      "long"),
        ], self, intro=self.tr("{0}: {1}, submitted {2}").format(
            row.pending.resident_name, word(step.subject), formats.day_time(step.at)))
        return run_form(self.session, form, decide, step.subject_id)
