"""What every page of the main window shares: the session, and refresh on change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QWidget,
)

from safehaven.errors import SafeHavenError
from safehaven.services.access import Changed
from safehaven.ui.models import RowsModel
from safehaven.ui.session import Session


class Page(QWidget):
    """A page of records. It is destroyed when the app locks, and rebuilt on unlock."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        session.changed.connect(self.on_changed)

    def refresh(self) -> None:
        """Reload what the page shows (in the background)."""

    def landing(self) -> QWidget:
        """Where the keyboard goes when the page is chosen with the mouse."""
        return self

    def on_changed(self, changes: tuple[Changed, ...]) -> None:
        """A save happened somewhere; by default reload."""
        self.refresh()

    def problem(self, error: BaseException) -> str:
        if isinstance(error, SafeHavenError):
            return str(error)
        return self.tr("Something went wrong ({0}); nothing was lost.").format(
            type(error).__name__)


def table_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    # Tab moves on to the next control (arrows move between rows): a keyboard-only worker
    # was trapped in Today's list, Tab walking its cells round and round
    view.setTabKeyNavigation(False)
    corner = view.findChild(QAbstractButton)  # the painted select-all corner: name it for
    if corner is not None:                     # screen readers
        corner.setAccessibleName(QCoreApplication.translate("Page", "Select all rows"))
    return view


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    return label


def fit_columns(view: QTableView, *columns: int) -> None:
    """Short columns (a day, a time, a status) as wide as their text; the rest share what
    is left."""
    for column in columns:
        view.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents)


class _WrappedCell(QStyledItemDelegate):
    """A wrapping cell as tall as its words need with a margin to spare: Qt's own hint
    lays the words out a few pixels wider than they are drawn under the app's style
    sheet, which cut the last line of a long Arabic alert in a narrow column."""

    def __init__(self, parent: QTableView) -> None:
        super().__init__(parent)
        # the height a text needs at a width, in a font: a view lays its rows out many
        # times as a window is built, each time asking every cell
        self._needs: dict[tuple[str, int, str], int] = {}

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = str(index.data() or "")
        if not text or not isinstance(view, QTableView):
            return hint
        room = max(1, view.columnWidth(index.column()) - 8)
        key = (text, room, option.font.key())
        need = self._needs.get(key)
        if need is None:
            if len(self._needs) > 20_000:
                self._needs.clear()
            need = self._needs[key] = option.fontMetrics.boundingRect(
                QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text).height()
        return QSize(hint.width(), max(hint.height(), need + 6))


def wrapped_table(view: QTableView, *stretch: int) -> QTableView:
    """A table whose `stretch` columns share the width and wrap their words, each row as
    tall as its text: no cut words and no sideways scrollbar on a 1024-pixel screen, in
    Spanish or Arabic either (Today's detail column was hidden behind one)."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                    if column in stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    for column in stretch:
        view.setItemDelegateForColumn(column, _WrappedCell(view))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    _RowHeights(view)
    return view


class _RowHeights(QObject):
    """Each row as tall as its words, measured once after the rows or the columns' widths
    change (in the next turn of the event loop, however many changes came). With the
    header sized to its contents Qt measured every row at each layout pass while a window
    was built: 42,000 height questions for Today's 323 alerts of a big house."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(view.resizeRowsToContents)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged):
            signal.connect(self.soon)
        view.horizontalHeader().sectionResized.connect(self.soon)
        self.timer.start()

    def soon(self, *_: object) -> None:
        self.timer.start()  # as its own call: start(int) would take the signal's number


def sized_by_current_tab(tabs: QTabWidget) -> None:
    """The tab widget as tall as its *shown* tab needs: Qt takes the tallest of all, so the
    Health tab's 516 pixels pushed every tab's buttons ("Save note", "Add need") below the
    fold of a 600-pixel screen."""
    def fit(current: int) -> None:
        for i in range(tabs.count()):
            page = tabs.widget(i)
            if page is None:
                continue
            policy = QSizePolicy.Policy.Preferred if i == current \
                else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
            if i == current:
                page.updateGeometry()
        tabs.updateGeometry()

    tabs.currentChanged.connect(fit)
    fit(tabs.currentIndex())


class LazyTabs(QObject):
    """Tabs whose contents are made when first shown (or first asked for): a resident's
    page made all 25 panels and 27 tables at once, a second to open a resident (session
    13). Each tab holds an empty stand-in until then; made, the real page takes the stand-
    in's place, title, tooltip and screen-reader name, so `tabs.currentWidget() is page`
    holds and the keyboard order is the page's own."""

    def __init__(self, tabs: QTabWidget, made: Callable[[str, QWidget], None] | None = None
                 ) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.made = made  # told each page as it is made (to give it its data)
        self.makers: dict[str, Callable[[], QWidget]] = {}
        self.pages: dict[str, QWidget] = {}  # the stand-in until made, then the page
        self.done: set[str] = set()
        self.swapping = False
        tabs.currentChanged.connect(self._shown)

    def add(self, key: str, make: Callable[[], QWidget], title: str, whole: str = ""
            ) -> None:
        """A tab `title` (its whole name `whole`, its tooltip when different), made by
        `make()` when first shown."""
        stand_in = QWidget()
        self.makers[key] = make
        self.pages[key] = stand_in
        self.swapping = True  # the first tab added becomes current: not made yet
        try:
            index = self.tabs.addTab(stand_in, title)
        finally:
            self.swapping = False
        whole = (whole or title).replace("&&", "&")
        self.tabs.tabBar().setAccessibleTabName(index, whole)
        if whole != title.replace("&&", "&"):
            self.tabs.setTabToolTip(index, whole)

    def get(self, key: str) -> QWidget:
        """The tab's page, made now if it was not."""
        if key in self.done:
            return self.pages[key]
        stand_in = self.pages[key]
        page = self.makers[key]()
        index = self.tabs.indexOf(stand_in)
        current = self.tabs.currentIndex()
        bar = self.tabs.tabBar()
        title, tip = self.tabs.tabText(index), self.tabs.tabToolTip(index)
        name = bar.accessibleTabName(index)
        self.swapping = True
        try:
            self.tabs.insertTab(index, page, title)
            self.tabs.setTabToolTip(index, tip)
            bar.setAccessibleTabName(index, name)
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            self.swapping = False
        self.pages[key] = page
        self.done.add(key)
        stand_in.deleteLater()
        if self.made is not None:
            self.made(key, page)
        if self.tabs.currentIndex() == index:
            self.tabs.currentChanged.emit(index)  # sized by it (sized_by_current_tab)
        return page

    def key_of(self, page: QWidget | None) -> str | None:
        return next((k for k, p in self.pages.items() if p is page), None)

    def made_pages(self) -> list[QWidget]:
        return [self.pages[k] for k in self.makers if k in self.done]

    def make_current(self) -> None:
        """The tab shown, made if it is still a stand-in."""
        key = self.key_of(self.tabs.currentWidget())
        if key is not None and key not in self.done:
            self.get(key)

    def _shown(self, index: int) -> None:
        if self.swapping:
            return
        key = self.key_of(self.tabs.widget(index))
        if key is not None and key not in self.done:
            self.get(key)
