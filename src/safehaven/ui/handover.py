"""Since my last shift: a button on Today with the count, and the list it opens (who wrote
each thing, who is on shift), with a handover note for the next shift (issue 25)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from safehaven import clock, formats
from safehaven.domain.vocab import HouseEvent
from safehaven.i18n import joined
from safehaven.services import handover, house_log, staff
from safehaven.services.context import Context
from safehaven.services.handover import Handover, Item
from safehaven.ui.bidi import isolated, wrapping
from safehaven.ui.models import Column, RowsModel
from safehaven.ui.page import heading, table_view, wrapped_table
from safehaven.ui.record_form import FormField, RecordForm, run_form
from safehaven.ui.session import Session
from safehaven.ui.words import word


class _Row:
    def __init__(self, item: Item, n: int) -> None:
        self.item = item
        self.id = f"{item.kind}:{item.id}:{n}"


def _ordered(items: list[Item]) -> list[_Row]:
    """Handover notes first, then the rest; each newest first (QA, session 12: oldest
    first put the note written for this shift at the bottom of 178 rows)."""
    notes = [i for i in items if i.kind == "house-log" and i.what == HouseEvent.HANDOVER.value]
    rest = [i for i in items if i not in notes]
    newest = sorted(notes, key=lambda i: i.at, reverse=True) + \
        sorted(rest, key=lambda i: i.at, reverse=True)
    return [_Row(item, n) for n, item in enumerate(newest)]


def _load(ctx: Context, start: int | None) -> tuple[Handover, dict[str, str], dict[str, str]]:
    return (handover.since_last_shift(ctx, start), handover.residents_named(ctx),
            {s.id: s.display_name for s in staff.listing(ctx)})


class HandoverButton(QPushButton):
    """"Since my last shift (N)": what happened while this person was away."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.found: tuple[Handover, dict[str, str], dict[str, str]] | None = None
        self.setText(self.tr("Since my last shift"))
        self.setToolTip(self.tr("New incidents, flags, missed check-ins, sessions, notes and "
                                "the house log since your last shift ended, and who wrote "
                                "them"))
        self.clicked.connect(lambda _=False: self.open_view())
        session.shift_started.connect(self.refresh)

    def refresh(self) -> None:
        if self.session.shift_pending:
            return  # read once the start mark is written (`Session.shift_started`)
        start = self.session.shift_start
        self.session.call(_load, start, on_done=self.show_found, on_error=lambda _: None)

    def show_found(self, found: tuple[Handover, dict[str, str], dict[str, str]]) -> None:
        if shiboken6.isValid(self):
            self.found = found
            self.setText(self.tr("Since my last shift ({0})").format(len(found[0].items)))

    def open_view(self) -> HandoverView | None:
        if self.found is None:
            return None
        view = HandoverView(self.session, *self.found, parent=self)
        view.open()
        return view


class HandoverView(QDialog):
    def __init__(self, session: Session, seen: Handover, names: dict[str, str],
                 people: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Since my last shift"))
        self.names, self.people = names, people
        self.model = RowsModel([
            Column(self.tr("When"), lambda r: formats.day_time(r.item.at)),
            Column(self.tr("What"), lambda r: word(r.item.kind)),
            Column(self.tr("Who"), lambda r: names.get(r.item.resident_id or "", "")),
            Column(self.tr("Detail"), self._detail),
            Column(self.tr("Written by"), lambda r: people.get(r.item.staff_id or "", "")),
        ])
        self.model.set_rows(_ordered(seen.items))
        self.table = wrapped_table(table_view(self.model), 3)
        since = (self.tr("Your first shift here: the last day and night, since {0}")
                 if seen.first_shift else self.tr("Since your last shift ended: {0}"))
        intro = wrapping(QLabel(since.format(formats.day_time(seen.since))))
        on_shift = joined(isolated(people.get(s, s)) for s in seen.on_shift) or "–"
        self.on_shift = wrapping(QLabel(self.tr("On shift now: {0}").format(on_shift)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.note_button = buttons.addButton(self.tr("Write a handover note…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.note_button.clicked.connect(lambda _=False: self.write_note())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Since my last shift")))
        layout.addWidget(intro)
        layout.addWidget(self.on_shift)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)  # below the list, never scrolled away
        screen = self.screen().availableGeometry() if self.screen() else None
        self.resize(min(900, screen.width() - 40) if screen else 900,
                    min(560, screen.height() - 60) if screen else 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _detail(self, row: _Row) -> str:
        what = joined(word(x) for x in row.item.what.split(",") if x)
        return " · ".join(x for x in (what, row.item.text) if x)

    def write_note(self) -> RecordForm:
        """A handover note: a house log entry of its own kind, read by the next shift."""
        form = RecordForm(self.tr("Handover note"), [
            FormField("category", self.tr("What"), "choice", HouseEvent.HANDOVER.value,
                      [(word(e), e.value) for e in HouseEvent]),
            FormField("at", self.tr("When"), "datetime",
                      clock.now().replace(second=0, microsecond=0)),
            FormField("text", self.tr("What the next shift needs to know"), "long"),
        ], self)
        form.accepted.connect(self.reload)  # the note shows at the top at once
        opened = run_form(self.session, form, house_log.add)
        # the kind and the time are filled in: the keyboard starts in the note (typing at
        # once went into the kind's list and chose another kind by its first letter)
        text = form.fields["text"].widget
        if text is not None:
            text.setFocus(Qt.FocusReason.OtherFocusReason)
        return opened

    def reload(self) -> None:
        def show(found: tuple[Handover, dict[str, str], dict[str, str]]) -> None:
            if shiboken6.isValid(self):
                self.names.update(found[1])
                self.model.set_rows(_ordered(found[0].items))
                button = self.parent()
                if isinstance(button, HandoverButton):
                    button.show_found(found)  # and the count on Today

        self.session.call(_load, self.session.shift_start, on_done=show,
                          on_error=lambda _: None)
