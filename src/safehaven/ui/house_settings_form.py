"""The house's settings in one form (issue 31), from the Admin page: how often case reviews
come round, how long a complaint may wait, the financial year, the largest document, which
plans a manager approves, the kinds of identification decision and the restraint
techniques. A manager changes them (a refusal lands beside its field); anyone else sees
them greyed, with why. Read and saved through the session's background tasks."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from safehaven.domain.vocab import ApprovalSubject, FetchPolicy
from safehaven.services import house_config, house_settings
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _Limits(TypedDict):
    minimum: int
    maximum: int


class HouseSettingsForm(QObject):
    """Opens the form once the settings are read (`opened` carries it)."""

    opened = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.form: RecordForm | None = None

    def open(self) -> None:
        self.session.call(house_config.load, on_done=self._show)

    def fields(self, c: house_config.HouseConfig) -> list[FormField]:
        def limits(field: str) -> _Limits:
            _, low, high = house_settings.SETTINGS[house_config.NUMBERS[field]]
            return {"minimum": low, "maximum": high}

        locale = QLocale()
        months = [(locale.standaloneMonthName(m), m) for m in range(1, 13)]
        return [
            FormField("review_weeks", self.tr("Weeks between case reviews"), "number",
                      c.numbers["review_weeks"], **limits("review_weeks")),
            FormField("complaint_days", self.tr("Days a complaint may wait for an answer"),
                      "number", c.numbers["complaint_days"], **limits("complaint_days")),
            FormField("financial_year_start", self.tr("The financial year starts in"),
                      "choice", c.numbers["financial_year_start"], months,
                      hint=self.tr("for the funder summary")),
            FormField("document_max_mb", self.tr("Largest document (MB)"), "number",
                      c.numbers["document_max_mb"], **limits("document_max_mb")),
            FormField("document_fetch", self.tr("Laptops fetch in the background"), "choice",
                      c.document_fetch, [(word(p), p.value) for p in FetchPolicy],
                      hint=self.tr("the rest of a document comes when it is opened; one "
                                   "laptop may choose less on its Sync page")),
            FormField("approvals", self.tr("A manager approves"), "many", c.approvals, [
                (self.tr("therapy plans"), ApprovalSubject.THERAPY_PLAN.value),
                (self.tr("safety plans"), ApprovalSubject.SAFETY_PLAN.value),
                (self.tr("closures"), ApprovalSubject.CLOSURE.value)]),
            FormField("first_stage", self.tr("First-stage identification decisions"),
                      "long", "\n".join(c.first_stage),
                      hint=self.tr("one a line; a later decision confirms them (the NRM's "
                                   "reasonable grounds, say)")),
            FormField("final", self.tr("Final identification decisions"), "long",
                      "\n".join(c.final),
                      hint=self.tr("one a line: a shipped decision by its code, the "
                                   "house's own in its words")),
            FormField("techniques", self.tr("Restraint techniques"), "long",
                      "\n".join(c.techniques),
                      hint=self.tr("one a line: those the house trains in")),
        ]

    def _show(self, c: house_config.HouseConfig) -> None:
        intro = self.tr("These apply on every laptop of the house. Both lists of decisions "
                        "or the techniques left empty: the shipped list. Records keep the "
                        "decision or technique they were made with. The idle-lock limit and "
                        "the house's language are on the Admin page; retention rules under "
                        "Retention.")
        if not c.may_change:
            intro = self.tr("Only a manager changes the house's settings: you can see "
                            "them here.") + " " + intro
        form = RecordForm(self.tr("House settings"), self.fields(c), self.parent_widget,
                          intro=intro)
        self.form = form
        if c.may_change:
            run_form(self.session, form, house_config.save)
        else:
            for f in form.fields.values():
                if isinstance(f.widget, QPlainTextEdit):
                    f.widget.setReadOnly(True)  # still scrolls, still selectable
                elif f.widget is not None:
                    f.widget.setEnabled(False)
                    f.widget.setToolTip(self.tr("Only a manager changes this."))
            form.save_button.setEnabled(False)
            form.open()
        self.opened.emit(form)
