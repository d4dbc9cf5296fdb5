"""Closing and reopening a case from the resident's page (issue 30): the button, the form,
the facts line and the timeline's words. Apart from `resident_detail.py`, which is long."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from safehaven import formats
from safehaven.domain.lifecycle import Approval, CaseClosure
from safehaven.domain.vocab import CaseAction, ClosureReason
from safehaven.services import closures
from safehaven.services.context import Context
from safehaven.services.detail import ResidentDetail
from safehaven.services.permissions import Action
from safehaven.ui.care_forms import options
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.words import word


class CaseActions(QObject):
    """A QObject only so that its words go through Qt's translator."""

    def __init__(self, ctx: Context | None) -> None:
        super().__init__()
        self.ctx = ctx

    def _may(self, action: Action) -> bool:
        return self.ctx is not None and self.ctx.may(action)

    def facts(self, data: ResidentDetail) -> list[str]:
        """What the header says of the case: closed (when, why), or waiting."""
        case = data.case
        if case.closure is not None:
            return [self.tr("Case closed on {0}: {1}").format(
                formats.day(case.closure.day), word(case.closure.reason))]
        if case.transfer is not None:
            return [self.tr("Transfer to {0} sent on {1}: waiting for its receipt").format(
                case.transfer.destination or "", formats.day(case.transfer.day))]
        if case.waiting is not None:
            return [self.tr("Closure waiting for a manager's approval")]
        if case.returned is not None:
            return [self.tr("Closure returned: {0}").format(case.returned.comment or "")]
        return []

    def show_button(self, button: QPushButton, data: ResidentDetail) -> None:
        """Close case… for an open case (clinicians, managers), Reopen case… for a closed
        one (managers), nothing to press while a closure waits for approval."""
        case = data.case
        if case.closure is not None:
            button.setText(self.tr("Reopen case…"))
            button.setEnabled(self._may(Action.REOPEN_CASE))
            button.setToolTip("" if button.isEnabled()
                              else self.tr("Only a manager reopens a case."))
        else:
            button.setText(self.tr("Close case…"))
            waits = case.waiting is not None or case.transfer is not None
            button.setEnabled(self._may(Action.CLOSE_CASE) and not waits)
            button.setToolTip("" if button.isEnabled() or waits
                              else self.tr("Clinicians and managers close cases."))

    def may_transfer(self, data: ResidentDetail) -> bool:
        """A manager may send an open case, with nothing waiting, to another house."""
        case = data.case
        return self._may(Action.TRANSFER) and case.closure is None and \
            case.waiting is None and case.transfer is None

    def fields(self, closing: bool, today: date) -> list[FormField]:
        if not closing:
            return [FormField("reason", self.tr("Why is the case reopened?"), "long"),
                    FormField("on", self.tr("Date"), "date", today)]
        return [
            FormField("reason", self.tr("Reason"), "choice", None,
                      options(ClosureReason, none=True)),
            FormField("on", self.tr("Date"), "date", today),
            FormField("destination", self.tr("Where the young person went")),
            FormField("note", self.tr("Anything else"), "long"),
        ]

    def form(self, parent: QWidget, session: Any, data: ResidentDetail, today: date
             ) -> RecordForm:
        r = data.resident
        closing = data.case.closure is None
        if closing:
            form = RecordForm(self.tr("Close case"), self.fields(True, today), parent,
                              intro=self.tr("{0} leaves Today and the weekly lists; "
                                            "follow-up contacts go on.").format(
                                                r.preferred_name))
            return run_form(session, form, closures.close, r.id)
        form = RecordForm(self.tr("Reopen case"), self.fields(False, today), parent,
                          intro=self.tr("{0}'s case was closed on {1}.").format(
                              r.preferred_name, formats.day(data.case.closure.day)
                              if data.case.closure else ""))
        return run_form(session, form, closures.reopen, r.id)

    def timeline(self, item: CaseClosure, who: str) -> tuple[str, str, str]:
        """(what, who, text) for the timeline."""
        if item.action is CaseAction.REOPEN:
            return self.tr("Case reopened"), who, item.note or ""
        what = self.tr("Case closed: {0}").format(word(item.reason))
        if item.needs_approval and item.reason is ClosureReason.TRANSFERRED:
            what = self.tr("Transfer sent")
        elif item.needs_approval:
            what = self.tr("Closure submitted: {0}").format(word(item.reason))
        return what, who, " · ".join(x for x in (item.destination, item.note) if x)

    def approval_step(self, item: Approval, who: str) -> tuple[str, str, str]:
        """(what, who, text) of an approval step: "Therapy plan: Approved"."""
        return (self.tr("{0}: {1}").format(word(item.subject), word(item.status)), who,
                item.comment or "")
