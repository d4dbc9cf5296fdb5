"""Search across notes (issue 25): Ctrl+F from any page, or the button on Residents. The
words go to `services/search.py` as a background task (the vault is read and matched off
the screen's thread); the hits come back newest first, and Enter on one opens the young
person's page at the tab that holds it. The dialog belongs to the window's content, so a
lock destroys it with everything it showed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import formats
from safehaven.services import search
from safehaven.ui.bidi import wrapping
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import table_view
from safehaven.ui.session import Session

LIMIT = 200

# the resident page's tab for a hit of each kind, as the alert kind that opens it there
# (ResidentPage.show_tab_for); kinds not listed open on the Notes tab's timeline
TAB_FOR = {"check-in": "risk-flag", "incident": "incident-open", "sighting": "incident-open",
           "contact": "unknown-contact", "no-contact": "no-contact-match",
           "restraint": "restraint-review-due", "debrief": "restraint-review-due",
           "restraint-review": "restraint-review-due", "safety-plan": "safety-plan-review",
           "need": "overdue-need", "follow-up": "follow-up-overdue",
           "referral": "follow-up-overdue", "trusted-adult": "consent-missing",
           "hearing": "hearing-tomorrow", "legal-case": "hearing-tomorrow",
           "complaint": "complaint-unanswered", "review": "review-due", "dose": "health",
           "measure": "measures", "goal": "life", "wish": "life", "school": "life",
           "school-week": "life", "decision": "life"}


class SearchDialog(QDialog):
    """Type words, Enter: the hits; Enter on a hit: that young person's page."""

    # resident id, the alert kind whose tab holds the hit, the record's id
    open_hit = Signal(str, str, str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Search notes"))
        self.kinds = self._kinds()
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Words in notes, check-ins, incidents, the "
                                              "house log…"))
        self.field.setAccessibleName(self.tr("Words to search for"))
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.run)
        self.go = QPushButton(self.tr("Search"))
        self.go.setAutoDefault(False)
        self.go.clicked.connect(self.run)
        self.model = RowsModel([
            Column(self.tr("When"), self._when),
            Column(self.tr("Where"), lambda h: self.kinds.get(h.kind, h.kind)),
            Column(self.tr("Young person"), lambda h: h.resident or "–"),
            Column(self.tr("By"), lambda h: h.who_name or "–"),
            Column(self.tr("Found"), lambda h: h.snippet),
        ])
        self.view = table_view(self.model, self)
        self.view.setAccessibleName(self.tr("What was found"))
        header = self.view.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        self.status = QLabel(self.tr("Enter: search. Enter on a line: open the young "
                                     "person's page there."))
        wrapping(self.status)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.go)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.resize(820, 460)

    def _kinds(self) -> dict[str, str]:
        return {"note": self.tr("Note"), "house-log": self.tr("House log"),
                "check-in": self.tr("Check-in"), "incident": self.tr("Incident"),
                "sighting": self.tr("Sighting"), "contact": self.tr("Contact"),
                "restraint": self.tr("Restraint"), "debrief": self.tr("Debrief"),
                "restraint-review": self.tr("Review of a restraint"),
                "need": self.tr("Need"), "stage": self.tr("Stage"),
                "follow-up": self.tr("Follow-up"), "referral": self.tr("Referral"),
                "safety-plan": self.tr("Safety plan"),
                "no-contact": self.tr("No-contact list"),
                "trusted-adult": self.tr("Trusted adult"), "dose": self.tr("Dose"),
                "measure": self.tr("Score"), "school": self.tr("School"),
                "school-week": self.tr("School attendance"), "goal": self.tr("Goal"),
                "wish": self.tr("Wish or feeling"), "complaint": self.tr("Complaint"),
                "review": self.tr("Case review"), "legal-case": self.tr("Legal case"),
                "hearing": self.tr("Hearing"), "decision": self.tr("Decision")}

    @staticmethod
    def _when(hit: search.Hit) -> str:
        return formats.day(hit.at.date()) if hit.day_only else formats.day_time(hit.at)

    def start(self) -> None:
        """Shown with the keyboard in the words (the last search's hits stay listed)."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        self.status.setText(self.tr("Searching…"))
        self.session.call(search.search, self.field.text(), LIMIT, on_done=self._show,
                          on_error=self._failed)

    def _show(self, found: search.Found) -> None:
        self.model.set_rows(found.hits)
        if found.more:
            said = self.tr("The newest %n shown: add words to find fewer.", "",
                           len(found.hits))
        elif found.hits:
            said = self.tr("%n found.", "", len(found.hits))
        else:
            said = self.tr("Nothing found. Every word must be in the same note.")
        self.status.setText(said)
        if found.hits:
            self.view.setFocus()
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        hit: search.Hit = self.model.row_at(index.row())
        if hit.resident_id is None:
            self.status.setText(self.tr("This house log entry names no young person."))
            return
        self.hide()
        self.open_hit.emit(hit.resident_id, TAB_FOR.get(hit.kind, "notes"), hit.record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in the words searches (the field's returnPressed); it never closes the
        dialog, which holds no default button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)
