"""Table models tested without widgets."""

from __future__ import annotations

from datetime import date, datetime

from safehaven.domain.vocab import CareStage
from safehaven.store.reads import OverviewRow
from safehaven.ui.models import ID_ROLE, Column, ResidentsFilter, RowsModel


def _row(rid: str, name: str, stage: CareStage = CareStage.RECOVERY) -> OverviewRow:
    return OverviewRow(rid, name, stage, date(2026, 1, 1), None, 14, date(2026, 1, 1),
                       None, None, 0, datetime(2026, 12, 1, 10))


def test_rows_model_updates_only_the_touched_row(qtbot) -> None:
    model = RowsModel([Column("Name", lambda r: r.preferred_name)])
    model.set_rows([_row("a", "Ana"), _row("b", "Boris")])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.update_row(_row("b", "Boris B."))
    assert changed == [(1, 1)]
    assert model.data(model.index(1, 0)) == "Boris B."
    assert model.data(model.index(1, 0), ID_ROLE) == "b"
    model.update_row(_row("c", "Chloe"))
    assert model.rowCount() == 3


def test_filter_by_search_and_stage(qtbot) -> None:
    model = RowsModel([Column("Name", lambda r: r.preferred_name)])
    model.set_rows([_row("a", "Ana"), _row("b", "Anastasia", CareStage.STABILIZATION),
                    _row("c", "Лена")])
    proxy = ResidentsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("ana")
    assert proxy.rowCount() == 2
    proxy.set_stage("stabilization")
    assert proxy.rowCount() == 1
    proxy.set_search("")
    proxy.set_stage(None)
    proxy.set_search("ЛЕН")
    assert proxy.rowCount() == 1


def test_in_a_right_to_left_layout_each_cell_is_an_isolated_run(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    model = RowsModel([Column("Name", lambda r: r.preferred_name)])
    model.set_rows([_row("a", "Ioana D.")])
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:  # "Ioana D." keeps its full stop after the D in an Arabic table
        assert model.data(model.index(0, 0)) == "\u2068Ioana D.\u2069"
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert model.data(model.index(0, 0)) == "Ioana D."


def test_a_long_column_title_goes_on_two_lines_with_the_whole_title_as_its_tip() -> None:
    from PySide6.QtCore import Qt

    from safehaven.ui.models import Column, RowsModel, two_lines

    assert two_lines("Días desde el ingreso") == "Días desde\nel ingreso"
    assert two_lines("Próxima sesión") == "Próxima\nsesión"
    assert two_lines("Edad") == "Edad"
    assert two_lines("Necesidadesabiertas") == "Necesidadesabiertas"  # no space: as it is
    model = RowsModel([Column("Days since intake", str)])
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Days since\nintake"
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) == "Days since intake"
