"""Supervision and a record's whole life, for managers (issue 30): the audit viewer with
CSV export, the complete file of a child, retention and legal holds, and which approvals
the house asks for. On the Admin page; each opens a dialog of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import formats
from safehaven.domain.retention import JURISDICTIONS
from safehaven.domain.vocab import ApprovalSubject
from safehaven.errors import InvalidValue
from safehaven.services import audit, house_settings, residents, retention, staff
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.ui.bidi import wrapping
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import fit_columns, table_view
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


def _people(ctx: Context) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(residents, staff) as (name, id) pairs, closed cases included."""
    kids = sorted(((r.preferred_name, r.id) for r in residents.overview(ctx)),
                  key=lambda p: p[0].casefold())
    people = sorted(((s.display_name, s.id) for s in staff.listing(ctx)),
                    key=lambda p: p[0].casefold())
    return kids, people


class SupervisionSection(QWidget):
    """Buttons for the audit, the complete file and retention; approval switches."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        ctx = session.ctx
        managing = ctx is not None and ctx.may(Action.READ_AUDIT)
        self.audit_button = QPushButton(self.tr("Audit…"))
        self.audit_button.setToolTip(self.tr("Who opened or changed a child's records, or "
                                             "what a staff member opened"))
        self.audit_button.clicked.connect(lambda _=False: self.open_audit())
        self.export_button = QPushButton(self.tr("Complete file…"))
        self.export_button.setToolTip(self.tr("Everything about one child, for a request for "
                                              "their records or a court"))
        self.export_button.clicked.connect(lambda _=False: self.open_export())
        self.retention_button = QPushButton(self.tr("Retention…"))
        self.retention_button.setToolTip(self.tr("How long closed cases are kept, legal "
                                                 "holds, and what is due for destruction"))
        self.retention_button.clicked.connect(lambda _=False: self.open_retention())
        self.techniques_button = QPushButton(self.tr("Restraint techniques…"))
        self.techniques_button.setToolTip(self.tr("The techniques the restraint form offers: "
                                                  "those the house trains in"))
        self.techniques_button.clicked.connect(lambda _=False: self.open_techniques())
        self.receive_button = QPushButton(self.tr("Receive a transfer…"))
        self.receive_button.clicked.connect(lambda _=False: self.open_receive())
        self.receipt_button = QPushButton(self.tr("Transfer receipt…"))
        self.receipt_button.setToolTip(self.tr("Record the receiving house's answer to a "
                                               "transfer this house sent"))
        self.receipt_button.clicked.connect(lambda _=False: self.record_receipt())
        self.switches: dict[ApprovalSubject, QCheckBox] = {}
        row = QHBoxLayout()
        for b in (self.audit_button, self.export_button, self.retention_button,
                  self.techniques_button):
            b.setEnabled(managing)
            row.addWidget(b)
        row.addStretch(1)
        moving = QHBoxLayout()  # a row of its own: five buttons overflow in Spanish
        for b in (self.receive_button, self.receipt_button):
            b.setEnabled(ctx is not None and ctx.may(Action.TRANSFER))
            moving.addWidget(b)
        moving.addStretch(1)
        approvals = QHBoxLayout()
        approvals.addWidget(QLabel(self.tr("A manager approves:")))
        for subject, label in ((ApprovalSubject.THERAPY_PLAN, self.tr("therapy plans")),
                               (ApprovalSubject.SAFETY_PLAN, self.tr("safety plans")),
                               (ApprovalSubject.CLOSURE, self.tr("closures"))):
            box = QCheckBox(label)
            box.setEnabled(managing)
            box.toggled.connect(lambda on, s=subject: self._switch(s, on))
            self.switches[subject] = box
            approvals.addWidget(box)
        approvals.addStretch(1)
        self.message = QLabel()
        wrapping(self.message)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(moving)
        layout.addLayout(approvals)
        layout.addWidget(self.message)
        if managing:
            session.call(house_settings.approvals_required, on_done=self._show_switches)

    def _show_switches(self, required: set[ApprovalSubject]) -> None:
        for subject, box in self.switches.items():
            box.blockSignals(True)
            box.setChecked(subject in required)
            box.blockSignals(False)

    def _switch(self, subject: ApprovalSubject, on: bool) -> None:
        self.session.call(house_settings.require_approval, subject, on,
                          on_error=self._say)

    def _say(self, error: BaseException) -> None:
        self.message.setText(str(error))
        self.message.show()

    def open_audit(self) -> AuditDialog:
        dialog = AuditDialog(self.session, self)
        dialog.open()
        return dialog

    def open_receive(self) -> QDialog:
        from safehaven.ui.transfer_dialogs import ReceiveDialog

        dialog = ReceiveDialog(self.session, self)
        dialog.open()
        return dialog

    def record_receipt(self) -> None:
        from safehaven.ui.transfer_dialogs import RecordReceipt

        RecordReceipt(self.session, self, self._said).start()

    def open_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self.session, self)
        dialog.open()
        return dialog

    def open_techniques(self) -> RecordForm:
        """The house's restraint techniques, one a line (issue 27)."""
        form = RecordForm(self.tr("Restraint techniques"), [
            FormField("names", self.tr("One technique a line"), "long"),
        ], self, intro=self.tr("What the restraint form offers. A shipped technique may be "
                               "written by its code: guiding, escort, standing-hold, "
                               "seated-hold, other-technique. Left empty, the shipped list. "
                               "Records keep the technique they were made with."))

        def show(names: list[str]) -> None:
            box = form.fields["names"].widget
            if shiboken6.isValid(box) and isinstance(box, QPlainTextEdit):
                box.setPlainText("\n".join(names))

        self.session.call(house_settings.restraint_techniques, on_done=show)
        return run_form(self.session, form, _set_techniques)

    def open_export(self) -> RecordForm:
        """Choose the child, then the folder; the PDF and JSON are written there."""
        form = RecordForm(self.tr("Complete file"), [
            FormField("resident_id", self.tr("Young person"), "choice", None, []),
            FormField("redact_known", self.tr("Take out the names of the other people her "
                                              "records name (trusted adults, the no-contact "
                                              "list, visitors and callers)"), "flag"),
            FormField("redact", self.tr("Other names to take out, one per line"), "long"),
        ], self, intro=self.tr("The folder you choose next receives a PDF and a JSON file "
                               "of everything about this young person, and copies of their "
                               "documents. They are not encrypted: choose a safe place, "
                               "such as an encrypted USB stick."))
        self.session.call(_people, on_done=lambda p: _fill(form, "resident_id", p[0]))

        def export(ctx: Context, resident_id: str, redact_known: bool = False,
                   redact: str | None = None) -> list[Path]:
            from safehaven.reports import complete_file
            from safehaven.services import export as gather

            if self._folder is None:
                raise InvalidValue("resident_id", self.tr("Choose a folder to write it to."))
            names = [n.strip() for n in (redact or "").splitlines() if n.strip()]
            if redact_known:
                names += gather.third_parties(ctx, resident_id)
            return complete_file.write_folder(gather.complete_file(ctx, resident_id, names),
                                              self._folder)

        def chosen(values: dict[str, Any]) -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the "
                                                                    "complete file"))
            self._folder = Path(folder) if folder else None
        self._folder = None
        form.submitted.connect(chosen)  # asked before the save runs (same signal, first)
        run_form(self.session, form, export)
        form.accepted.connect(lambda: self._said(self.tr(
            "The complete file was written to {0}.").format(self._folder)))
        return form

    def _said(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _set_techniques(ctx: Context, names: str | None = None) -> Any:
    return house_settings.set_restraint_techniques(ctx, (names or "").splitlines())


def _fill(form: RecordForm, name: str, pairs: list[tuple[str, str]]) -> None:
    box = form.fields[name].widget
    if isinstance(box, QComboBox):
        box.clear()
        for label, value in pairs:
            box.addItem(label, value)


class AuditDialog(QDialog):
    """Per child or per staff member, newest first, with CSV export."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Audit"))
        self.lines: list[audit.AuditLine] = []
        self.by = QComboBox()
        self.by.addItem(self.tr("A young person"), "resident")
        self.by.addItem(self.tr("A staff member"), "staff")
        self.who = QComboBox()
        self.who.setMinimumContentsLength(18)
        self.model = RowsModel([
            Column(self.tr("When"), lambda x: formats.day_time(x.at, year=True)),
            Column(self.tr("Who"), lambda x: x.staff),
            Column(self.tr("What"), lambda x: audit.action_words(x.action)),
            Column(self.tr("Record"), lambda x: _record_words(x.record)),
            Column(self.tr("Young person"), lambda x: x.resident),
        ])
        self.view = table_view(self.model)
        fit_columns(self.view, 0, 1, 2)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(lambda _=False: self.export_csv())
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.by)
        top.addWidget(self.who, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.csv_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.resize(860, 480)
        self.people: tuple[list[tuple[str, str]], list[tuple[str, str]]] = ([], [])
        self.by.currentIndexChanged.connect(lambda _: self._fill_who())
        self.who.activated.connect(lambda _: self.load())
        session.call(_people, on_done=self._got_people)

    def _got_people(self, people: tuple[list[tuple[str, str]], list[tuple[str, str]]]
                    ) -> None:
        self.people = people
        self._fill_who()

    def _fill_who(self) -> None:
        self.who.clear()
        for label, value in self.people[0 if self.by.currentData() == "resident" else 1]:
            self.who.addItem(label, value)
        self.load()

    def load(self) -> None:
        chosen = self.who.currentData()
        if not chosen:
            self.show_lines([])
            return
        fn = audit.for_resident if self.by.currentData() == "resident" else audit.for_staff
        self.session.call(fn, chosen, on_done=self.show_lines,
                          on_error=lambda e: self.count.setText(str(e)))

    def show_lines(self, lines: list[audit.AuditLine]) -> None:
        self.lines = lines
        self.model.set_rows([_Line(n, x) for n, x in enumerate(lines)])
        self.count.setText(self.tr("Entries: {0}").format(len(lines)))

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the audit as CSV"),
                                              "audit.csv", "CSV (*.csv)")
        if path:
            from safehaven.reports import save

            save(audit.to_csv(self.lines).encode(), Path(path))


class _Line:
    """An audit line with an id, as the table's model wants."""

    def __init__(self, n: int, line: audit.AuditLine) -> None:
        self.id = str(n)
        self.at, self.staff, self.action = line.at, line.staff, line.action
        self.record, self.resident = line.record, line.resident


def _record_words(table: str) -> str:
    from safehaven.reports.complete_file import title_of

    return title_of(table) if table else ""


class RetentionDialog(QDialog):
    """The rules in use, what is due for destruction (or held), and legal holds."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Retention"))
        self.rules = QLabel()
        wrapping(self.rules)
        self.model = RowsModel([
            Column(self.tr("Due"), lambda x: formats.day(x.due.due_on)),
            Column(self.tr("Young person"), lambda x: x.resident_name),
            Column(self.tr("Records"), lambda x: word(x.due.record_class)),
            Column(self.tr("Closed"), lambda x: formats.day(x.closed_on)),
            Column(self.tr("Legal hold"), lambda x: x.hold.reason if x.hold else ""),
        ])
        self.view = table_view(self.model)
        fit_columns(self.view, 0, 2, 3)
        self.jurisdiction = QComboBox()
        for name in JURISDICTIONS:
            self.jurisdiction.addItem(self.place(name), name)
        self.jurisdiction.setAccessibleName(self.tr("Whose law the defaults follow"))
        self.jurisdiction.activated.connect(lambda _: self._set_jurisdiction())
        self.hold_button = QPushButton(self.tr("Place a legal hold…"))
        self.hold_button.clicked.connect(lambda _=False: self.place_hold())
        self.lift_button = QPushButton(self.tr("Lift the hold"))
        self.lift_button.setToolTip(self.tr("Choose a held line in the list first."))
        self.lift_button.clicked.connect(lambda _=False: self.lift_hold())
        self.destroy_button = QPushButton(self.tr("Destroy…"))
        self.destroy_button.setToolTip(self.tr("Ask for the chosen young person's records to "
                                               "be destroyed; a second manager approves"))
        self.destroy_button.clicked.connect(lambda _=False: self.destroy_record())
        self.destructions_button = QPushButton(self.tr("Destructions…"))
        self.destructions_button.setToolTip(self.tr("Destructions asked for, and which "
                                                    "laptops have erased the records"))
        self.destructions_button.clicked.connect(lambda _=False: self.destructions())
        self.problem = QLabel()
        self.problem.setObjectName("error")
        wrapping(self.problem)
        note = QLabel(self.tr("Destroying a young person's records needs two managers, "
                              "reaches every laptop and the server, and cannot be undone; "
                              "a legal hold keeps them whatever the date."))
        wrapping(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Defaults of:")))
        top.addWidget(self.jurisdiction)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.rules)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        row.addWidget(self.hold_button)
        row.addWidget(self.lift_button)
        row.addStretch(1)
        row.addWidget(self.destroy_button)
        row.addWidget(self.destructions_button)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(760, 440)
        self.refresh()

    def refresh(self) -> None:
        self.session.call(lambda ctx: (retention.rules_in_use(ctx), retention.due(ctx, 365)),
                          on_done=self._show, on_error=lambda e: self.rules.setText(str(e)))

    def _show(self, found: tuple[tuple[str, list[retention.RuleInUse], int | None],
                                 list[retention.DueLine]]) -> None:
        (name, in_use, _), lines = found
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(name)))
        self.rules.setText(self.tr("Rules ({0}): {1}. Listed: due now or within a year.")
                           .format(self.place(name), "; ".join(f"{word(r.record_class)} {r.rule}"
                                                   for r in in_use)))
        self.model.set_rows([_Due(n, x) for n, x in enumerate(lines)])

    def place(self, name: str) -> str:
        """A jurisdiction's name in words."""
        return {"general": self.tr("none chosen"), "england": self.tr("England"),
                "scotland": self.tr("Scotland")}.get(name, name)

    def _set_jurisdiction(self) -> None:
        self.session.call(house_settings.set_jurisdiction, self.jurisdiction.currentData(),
                          on_done=lambda _: self.refresh(),
                          on_error=lambda e: self.problem.setText(str(e)))

    def lift_hold(self) -> None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.hold is None:
            self.problem.setText(self.tr("Choose a held line in the list first."))
            return
        self.session.call(retention.lift_hold, row.hold.id, on_done=lambda _: self.refresh(),
                          on_error=lambda e: self.problem.setText(str(e)))

    def destroy_record(self) -> RecordForm | None:
        from safehaven.ui import destruction_dialogs

        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None or row.hold is not None:
            self.problem.setText(self.tr("Choose a line that is not held in the list first."))
            return None
        form = destruction_dialogs.ask(self.session, self, row.due.resident_id,
                                       row.resident_name)
        form.accepted.connect(self.refresh)
        return form

    def destructions(self) -> QDialog:
        from safehaven.ui.destruction_dialogs import DestructionsDialog

        dialog = DestructionsDialog(self.session, self)
        dialog.finished.connect(lambda _: self.refresh())
        dialog.open()
        return dialog

    def place_hold(self) -> RecordForm:
        form = RecordForm(self.tr("Legal hold"), [
            FormField("resident_id", self.tr("Young person"), "choice", None, []),
            FormField("reason", self.tr("Why the records are kept"), "long")], self)
        self.session.call(_people, on_done=lambda p: _fill(form, "resident_id", p[0]))
        run_form(self.session, form, retention.place_hold)
        form.accepted.connect(self.refresh)
        return form


class _Due:
    def __init__(self, n: int, line: retention.DueLine) -> None:
        self.id = str(n)
        self.due, self.resident_name = line.due, line.resident_name
        self.closed_on, self.hold = line.closed_on, line.hold
