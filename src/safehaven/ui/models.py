"""Item models for every list: rows keyed by id, refreshed only where a save touched them."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from safehaven import i18n
from safehaven.domain.dates import age_on
from safehaven.domain.text import fold
from safehaven.services.residents import OverviewRow
from safehaven.ui.bidi import isolated, right_to_left

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
# the roles a row model answers: a view asks each cell for eight or more (font, colours,
# alignment, check state...) as it measures and paints; the rest are answered None at once
# (Today's lists on the 500 x 365 house asked 40,000 times to show once)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, int(ID_ROLE), int(SORT_ROLE)})
WRAP_TOOLTIP = 60  # longer than this, a tooltip wraps instead of running off the screen


def tooltip(text: str) -> str:
    """The whole text of a cell, for its tooltip: a long note as rich text, which Qt wraps
    to a readable width (line breaks kept), a short one as it is."""
    if len(text) <= WRAP_TOOLTIP:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None


def two_lines(title: str, longer_than: int = 12) -> str:
    """A long column title on two lines, broken at the space nearest its middle: on a
    1024-pixel screen "Days since intake" in Spanish ("Días desde el ingreso") was cut to
    "as desde el ingre" in a column as wide as its numbers need."""
    if len(title) <= longer_than or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


class RowsModel(QAbstractTableModel):
    """A table of records: ids in order plus one cached row per id."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.ids: list[str] = []
        self.rows: dict[str, Any] = {}
        # each cell's text, made once per row set: a view laying out rows as tall as their
        # words asks every cell many times (on the 500 x 365 house, Today asked 1.3 million
        # times, each formatting a date and scanning for right-to-left letters)
        self._texts: dict[tuple[str, int, int], str] = {}  # (row, column, 0 as written /
        # 1 shown left to right / 2 shown right to left) -> text, in `_language`
        self._language = i18n.language()
        for signal in (self.modelReset, self.layoutChanged, self.dataChanged):
            signal.connect(self._forget_texts)

    def _forget_texts(self, *_: Any) -> None:
        self._texts.clear()

    def _same_language(self) -> None:
        """Texts made in another language are made again (a language chosen, or a report
        rendered in another language on this thread: `i18n.speaking`)."""
        language = i18n.language()
        if language != self._language:
            self._texts.clear()
            self._language = language

    def _text(self, row: Any, column: int) -> str:
        self._same_language()
        key = (row.id, column, 0)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self.columns[column].text(row)
        return text

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.ids = [r.id for r in rows]
        self.rows = {r.id: r for r in rows}
        self._texts.clear()
        self.endResetModel()

    def update_row(self, row: Any) -> None:
        """Refresh one row in place (after a save touched it)."""
        if row.id not in self.rows:
            self.beginInsertRows(QModelIndex(), len(self.ids), len(self.ids))
            self.ids.append(row.id)
            self.rows[row.id] = row
            self.endInsertRows()
            return
        self.rows[row.id] = row
        self._texts.clear()
        i = self.ids.index(row.id)
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))

    def row_at(self, row: int) -> Any:
        return self.rows[self.ids[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return two_lines(self.columns[section].title)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self.row_at(index.row())
        column = self.columns[index.column()]
        if role == _DISPLAY:
            # a cell is its own run of text: "Ioana D." keeps its full stop at the end
            # in a right-to-left table
            # (kept per direction: a right-to-left screen isolates every cell)
            self._same_language()
            key = (row.id, index.column(), 2 if right_to_left() else 1)
            shown = self._texts.get(key)
            if shown is None:
                shown = self._texts[key] = isolated(self._text(row, index.column()))
            return shown
        if role == _TOOLTIP:
            return tooltip(self._text(row, index.column()))  # what a narrow cell cuts off
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else self._text(row, index.column())
        return None


def age_of(row: OverviewRow, today: date) -> int | None:
    return age_on(today, row.date_of_birth, row.age_estimate, row.age_estimated_on)


class ResidentsFilter(QSortFilterProxyModel):
    """Instant search on the preferred name and a stage filter, over the residents model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.stage: str | None = None
        self.cases = "open"  # open, closed or all (issue 30): closed cases kept apart
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "search", fold(text).strip()))

    def set_stage(self, stage: str | None) -> None:
        self._refilter(lambda: setattr(self, "stage", stage or None))

    def set_cases(self, which: str) -> None:
        self._refilter(lambda: setattr(self, "cases", which))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        row: OverviewRow = model.row_at(source_row)
        if self.stage and str(row.stage) != self.stage:
            return False
        closed = getattr(row, "closed_on", None) is not None
        if (self.cases == "open" and closed) or (self.cases == "closed" and not closed):
            return False
        return not self.search or self.search in fold(row.preferred_name)
