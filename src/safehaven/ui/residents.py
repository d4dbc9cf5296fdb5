"""Residents: the table with instant search and a stage filter; add a resident."""

from __future__ import annotations

from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.models import Resident
from safehaven.domain.vocab import CareStage
from safehaven.errors import InvalidValue, PossibleDuplicate
from safehaven.services import org_match, residents
from safehaven.services.context import Result
from safehaven.services.permissions import Action
from safehaven.services.residents import OverviewRow
from safehaven.ui.bidi import wrapping
from safehaven.ui.date_fields import NO_DATE, date_field
from safehaven.ui.intake_profile import IntakeProfileBox
from safehaven.ui.models import Column, ResidentsFilter, RowsModel, age_of
from safehaven.ui.page import Page, fit_columns, heading, table_view
from safehaven.ui.record_form import ask
from safehaven.ui.session import Session
from safehaven.ui.words import word


def _since(day: date | None) -> str:
    return formats.day(day, year=False) if day else "–"


class ResidentsPage(Page):
    open_requested = Signal(str)  # resident id
    search_requested = Signal()  # search across notes (the window's Ctrl+F)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        today = clock.today()
        self.model = RowsModel([
            Column(self.tr("Preferred name"), lambda r: r.preferred_name,
                   lambda r: r.preferred_name.casefold()),
            Column(self.tr("Age"), lambda r: str(age_of(r, today) or "–"),
                   lambda r: age_of(r, today) or 0),
            Column(self.tr("Stage"), lambda r: self.tr("Closed {0}").format(
                formats.day(r.closed_on, year=False)) if r.closed_on else word(r.stage),
                lambda r: list(CareStage).index(r.stage)),
            Column(self.tr("Days since intake"), lambda r: str((today - r.intake_date).days),
                   lambda r: (today - r.intake_date).days),
            Column(self.tr("Last check-in"), lambda r: _since(r.last_checkin_date)
                   + (f"  ({r.last_mood}/5)" if r.last_mood else ""),
                   lambda r: r.last_checkin_date or date.min),
            Column(self.tr("Open needs"), lambda r: str(r.open_needs), lambda r: r.open_needs),
            Column(self.tr("Next session"), lambda r: formats.day_time(r.next_session)
                   if r.next_session else "–", lambda r: str(r.next_session or "~")),
        ])
        self.filter = ResidentsFilter(self)
        self.filter.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search residents by name"))
        for clear in self.search.findChildren(QToolButton):  # an icon only: say what it does
            clear.setAccessibleName(self.tr("Clear the search"))
        self.search.textChanged.connect(self.filter.set_search)
        self.search.returnPressed.connect(self._to_results)
        self.search.installEventFilter(self)
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in CareStage:
            self.stage.addItem(word(stage), str(stage))
        self.stage.currentIndexChanged.connect(
            lambda _: self.filter.set_stage(self.stage.currentData()))
        self.cases = QComboBox()
        for label, value in ((self.tr("Open cases"), "open"), (self.tr("Closed cases"), "closed"),
                             (self.tr("Open and closed"), "all")):
            self.cases.addItem(label, value)
        self.cases.setAccessibleName(self.tr("Show open or closed cases"))
        self.cases.currentIndexChanged.connect(
            lambda _: self.filter.set_cases(self.cases.currentData()))
        add = QPushButton(self.tr("Add resident…"))
        add.clicked.connect(self.add_resident)
        self.search_notes = QPushButton(self.tr("Search notes…"))
        self.search_notes.setToolTip(self.tr("Search the notes, check-ins, incidents and "
                                             "house log (Ctrl+F)"))
        self.search_notes.clicked.connect(self.search_requested)
        self.view = table_view(self.filter)  # type: ignore[arg-type]
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        # the next session's day and time whole, the age and counts as narrow as they are:
        # at 1024x600 "Wed 9 Dec 15:30" was cut to "Wed 9 Dec 15:..." (QA, issue 25)
        fit_columns(self.view, 1, 3, 5, 6)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.stage, 1)
        top.addWidget(self.cases, 1)
        top.addWidget(add)
        top.addWidget(self.search_notes)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Residents")))
        layout.addLayout(top)
        layout.addWidget(self.view)
        layout.addWidget(self.count)
        self.filter.rowsInserted.connect(self._count)
        self.filter.rowsRemoved.connect(self._count)
        self.filter.modelReset.connect(self._count)
        self.filter.layoutChanged.connect(self._count)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the results, as Enter does."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and \
                isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self._to_results()
            return True
        return super().eventFilter(watched, event)

    def _to_results(self) -> None:
        if self.filter.rowCount():
            self.view.setFocus()
            self.view.setCurrentIndex(self.filter.index(0, 0))

    def landing(self) -> QWidget:
        return self.search

    def refresh(self) -> None:
        self.session.call(residents.overview, on_done=self._show)

    def _show(self, rows: list[OverviewRow]) -> None:
        """The list as now read, the keyboard's row kept: a refresh arriving after Enter in
        the search box had moved to the list left it with no current row, and the next
        Enter opened nobody (found driving the app by keyboard)."""
        current = self.view.currentIndex()
        chosen = self.model.row_at(self.filter.mapToSource(current).row()).id \
            if current.isValid() else None
        self.model.set_rows(rows)
        if chosen in self.model.rows:
            source = self.model.index(self.model.ids.index(chosen), 0)
            self.view.setCurrentIndex(self.filter.mapFromSource(source))
        elif self.view.hasFocus() and self.filter.rowCount():
            self.view.setCurrentIndex(self.filter.index(0, 0))

    def _count(self, *args: object) -> None:
        self.count.setText(self.tr("{0} of %n resident(s)", "", self.model.rowCount()).format(
            self.filter.rowCount()))

    def _open(self, index: QModelIndex) -> None:
        source = self.filter.mapToSource(index)
        self.open_requested.emit(self.model.row_at(source.row()).id)

    def add_resident(self) -> AddResidentDialog:
        ctx = self.session.ctx
        dialog = AddResidentDialog(self, keeps_profile=ctx is not None
                                   and ctx.may(Action.MANAGE_LEGAL))

        def save(fields: dict[str, Any]) -> None:
            """The organisation's other houses first (issue 30, item 3): offline, or with
            no key, the dialog says they were not checked and the house's own check runs."""
            if fields.get("confirmed"):
                add(fields, None)
                return
            self.session.call(org_match.check, fields["preferred_name"],
                              date_of_birth=fields.get("date_of_birth"),
                              on_done=lambda r: checked(r, fields),
                              on_error=lambda e: add(fields, None))

        def checked(result: org_match.CrossHouseResult, fields: dict[str, Any]) -> None:
            if not shiboken6.isValid(dialog):
                return
            dialog.show_cross_house(result)
            if result.houses:
                if ask(dialog, org_match.status_words(result) + "\n\n" + self.tr(
                        "Save a new record anyway?")):
                    add({**fields, "confirmed": True}, result)
                return
            add(fields, result)

        def add(fields: dict[str, Any], cross: org_match.CrossHouseResult | None) -> None:
            def added(r: Result[Resident]) -> None:
                dialog.accept()
                self.open_requested.emit(r.record.id)

            self.session.call(residents.add, on_done=added,
                              on_error=lambda e: refused(e, fields, cross), **fields)

        def refused(error: BaseException, fields: dict[str, Any],
                    cross: org_match.CrossHouseResult | None) -> None:
            """A likely duplicate asks (No is the default) before a second record."""
            if isinstance(error, PossibleDuplicate) and shiboken6.isValid(dialog):
                question = error.message
                if cross is not None and cross.status is not org_match.CrossHouse.CHECKED:
                    question += "\n\n" + org_match.status_words(cross)
                if ask(dialog, question):
                    add({**fields, "confirmed": True}, cross)
                return
            if shiboken6.isValid(dialog):
                dialog.show_error(error)

        dialog.save_requested.connect(save)
        dialog.open()
        return dialog


class AddResidentDialog(QDialog):
    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None, *, keeps_profile: bool = False) -> None:
        """`keeps_profile`: the role keeps the trafficking profile, offered here (issue 31)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add resident"))
        self.setMinimumWidth(460)  # room for the question about a likely duplicate
        self.name = QLineEdit()
        self.intake = date_field(clock.today())
        self.stage = QComboBox()
        for stage in CareStage:
            self.stage.addItem(word(stage), str(stage))
        # optional: with it, the duplicate check compares births too
        self.born = date_field(None, optional=True)
        self.pronouns = QLineEdit()
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("e.g. Spanish, English"))
        self.referral = QLineEdit()
        self.referral.setPlaceholderText(self.tr("who referred them: police, a hotline..."))
        self.profile = IntakeProfileBox() if keeps_profile else None
        self.errors = {name: self._error_label() for name in (
            "preferred_name", "date_of_birth", "intake_date", "stage", "pronouns",
            "languages", "referral_source")}
        self.error = self.errors["preferred_name"]
        # what the organisation's other houses said, or why they were not asked
        self.cross_house = QLabel()
        self.cross_house.setObjectName("crossHouse")
        wrapping(self.cross_house)
        self.cross_house.hide()
        form = QFormLayout()
        for label, field, name in (
                (self.tr("Preferred name"), self.name, "preferred_name"),
                (self.tr("Date of birth"), self.born, "date_of_birth"),
                (self.tr("Intake date"), self.intake, "intake_date"),
                (self.tr("Care stage"), self.stage, "stage"),
                (self.tr("Pronouns"), self.pronouns, "pronouns"),
                (self.tr("Languages"), self.languages, "languages"),
                (self.tr("Referral source"), self.referral, "referral_source")):
            form.addRow(label, field)
            form.addRow("", self.errors[name])
        if self.profile is not None:
            form.addRow(self.profile)
            self.errors.update(self.profile.errors)
        # the fields scroll above a Save row that stays on screen: the profile, opened,
        # made the form 952 pixels tall and put Save below a laptop's screen (QA, session 12)
        body = QWidget()
        body.setLayout(form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save (Ctrl+Enter)"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.cross_house)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.setMaximumHeight(screen.height() - 40)  # the title bar stays on screen

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("error")
        wrapping(label)
        return label

    def _save(self) -> None:
        for label in self.errors.values():
            label.clear()
        self.save_requested.emit({
            "preferred_name": self.name.text(), "intake_date": self.intake.date().toPython(),
            "stage": self.stage.currentData(), "pronouns": self.pronouns.text() or None,
            "languages": [x.strip() for x in self.languages.text().split(",") if x.strip()],
            "date_of_birth": None if self.born.date() == NO_DATE
            else self.born.date().toPython(),
            **({"referral_source": self.referral.text().strip()}
               if self.referral.text().strip() else {}),
            **({"trafficking": self.profile.values()} if self.profile is not None else {}),
        })

    def show_cross_house(self, result: org_match.CrossHouseResult) -> None:
        """The other houses' answer under the form: a match, or why they were not asked
        (nothing when they were asked and know nobody like this)."""
        quiet = result.status is org_match.CrossHouse.CHECKED and not result.houses
        self.cross_house.setText("" if quiet else org_match.status_words(result))
        self.cross_house.setVisible(not quiet)

    def show_error(self, error: BaseException) -> None:
        """The message goes next to the field it is about; what was typed stays."""
        label = self.errors.get(error.field, self.error) if isinstance(error, InvalidValue) \
            else self.error
        label.setText(error.message if isinstance(error, InvalidValue) else str(error))
        self.adjustSize()  # a long message wraps onto more lines: all of it shows
        body = self.scroll_area.widget()
        if body is not None and (layout := body.layout()) is not None:
            layout.activate()
        self.scroll_area.ensureWidgetVisible(label)  # under the fold on a low screen: shown
