"""A 1024x600 laptop in every language: axis labels, checkbox labels and the resident page's
tabs are all there in full, none cut off or scrolled out of sight."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QToolButton, QWidget

from safehaven import i18n
from safehaven.domain.measures import BUILT_IN
from safehaven.domain.vocab import Notified
from safehaven.ui.app import Window, apply_language, install_fonts
from safehaven.ui.look import STYLE, apply_look
from safehaven.ui.measures_chart import PANEL_HEIGHT, MeasuresChart
from safehaven.ui.settings import Settings
from safehaven.ui.tasks import Tasks
from safehaven.ui.words import word
from safehaven.ui.wrap_check import WrappingCheckBox
from tests.ui.conftest import unlock

WIDTH, HEIGHT = 1024, 600


@pytest.fixture
def small(qtbot, qapp, vault_dir: Path, tmp_path: Path) -> Iterator[Any]:
    """`open(code)`: the app in `code` on a 1024x600 screen, unlocked by the manager, with
    the look it ships with (its font size decides what fits); English again afterwards."""
    if qapp.styleSheet() != STYLE:  # as the screenshots do: once per process
        apply_look(qapp)
    install_fonts()
    windows: list[Window] = []

    def open_(code: str) -> Window:
        apply_language(qapp, code)
        win = Window(vault_dir, Settings(language=code, path=tmp_path / f"{code}.json"),
                     Tasks(synchronous=True))
        qtbot.addWidget(win)
        win.resize(WIDTH, HEIGHT)
        win.show()
        qtbot.waitExposed(win)
        unlock(win)
        windows.append(win)
        return win

    yield open_
    for win in windows:
        win.session.lock()
    apply_language(qapp, "en")


def _resident_page(win: Window) -> Any:
    shell = win.centralWidget()
    shell.nav.setCurrentRow(1)
    shell.open_resident(shell.residents.model.ids[0])
    QApplication.processEvents()
    return shell.detail


def _scored() -> list[Any]:
    """Two scores on each shipped instrument, months apart (the first date at the edge)."""
    return [SimpleNamespace(instrument=i, measure=SimpleNamespace(taken_on=d, total=5))
            for i in BUILT_IN.values() for d in (date(2026, 8, 3), date(2026, 11, 11))]


@pytest.mark.parametrize("code", i18n.CODES)
def test_every_axis_label_of_the_measures_chart_is_whole(small, code: str) -> None:
    page = _resident_page(small(code))
    page.tabs.setCurrentWidget(page.measures_tab)
    QApplication.processEvents()
    chart: MeasuresChart = page.measures_tab.chart
    assert 600 < chart.width() < WIDTH
    box = chart.parentWidget().parentWidget()  # the scroll area: never lower than a panel
    assert box.minimumHeight() >= PANEL_HEIGHT and box.height() >= PANEL_HEIGHT
    scored = _scored()
    words = {b.label: word(b.label) for s in scored for b in s.instrument.bands}
    chart.set_scores(scored, words, "")
    metrics = chart.fontMetrics()
    widest = max(metrics.horizontalAdvance(chart._band_text(b))
                 for s in scored for b in s.instrument.bands)
    assert chart.label_width() - 10 >= widest  # no band label is shortened with "…"
    start, end = chart.span()
    plot = QRectF(chart.label_width(), 20, chart.width() - chart.label_width() - 12, 100)
    labels = chart.date_labels(plot, start, end)
    assert len(labels) == 2
    for where, text in labels:
        assert where.width() >= metrics.horizontalAdvance(text)
        assert where.left() >= 0 and where.right() <= chart.width()
    assert labels[0][0].right() < labels[1][0].left()


def _whole(box: QCheckBox, viewport: QWidget) -> bool:
    """Every word of `box` drawn inside it, and it inside what the form shows."""
    style = box.style()
    room = box.width() - style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) \
        - style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, box)
    text = box.fontMetrics().boundingRect(QRect(0, 0, room, 10_000),
                                          int(Qt.TextFlag.TextWordWrap), box.text())
    left = box.mapTo(viewport, QPoint(0, 0)).x()
    return (text.width() <= room and text.height() <= box.height()
            and left >= 0 and left + box.width() <= viewport.width())


@pytest.mark.parametrize("code", i18n.CODES)
def test_the_incident_forms_checkboxes_read_whole(small, code: str) -> None:
    page = _resident_page(small(code))
    page.tabs.setCurrentWidget(page.safety_tab)
    form = page.safety_tab.record()
    QApplication.processEvents()
    try:
        assert form.width() <= WIDTH
        boxes = form.fields["notified"].widget.findChildren(QCheckBox)
        assert len(boxes) == len(Notified)  # police, social worker, guardian…
        cut = [b.text() for b in boxes if not _whole(b, form.scroll_area.viewport())]
        assert not cut, f"cut off in {code}: {cut}"
        assert not form.scroll_area.horizontalScrollBar().isVisible()
    finally:
        form.reject()


def test_a_wrapped_checkbox_is_still_a_checkbox(qtbot) -> None:
    """The whole label clicks it, and a screen reader hears its words."""
    box = WrappingCheckBox("Institución (curador/a ad litem, juzgado)")
    qtbot.addWidget(box)
    box.resize(box.minimumSizeHint().width(), box.heightForWidth(box.minimumSizeHint().width()))
    box.show()
    assert box.height() > 2 * box.fontMetrics().height()  # on three lines or more
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 4,
                                                                box.height() - 4))
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    assert box.text() == "Institución (curador/a ad litem, juzgado)"


@pytest.mark.parametrize("code", i18n.CODES)
def test_every_resident_tab_is_in_sight_whole(small, qtbot, code: str) -> None:
    """All ten tabs in one row at 1024 pixels: no scroll arrows, no title cut or shortened
    with "…"; the whole title is the tooltip and the screen reader's name."""
    page = _resident_page(small(code))
    tabs, bar = page.tabs, page.tabs.tabBar()
    assert tabs.count() == 10  # the manager sees the Measures tab too
    assert not bar.usesScrollButtons()
    assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()]  # no arrows
    right = bar.mapTo(tabs, QPoint(0, 0)).x()
    for i in range(tabs.count()):
        rect = bar.tabRect(i)
        assert rect.width() >= bar.tabSizeHint(i).width(), bar.tabText(i)  # not elided
        assert rect.left() >= 0 and right + rect.right() <= tabs.width(), bar.tabText(i)
    whole = {i: bar.accessibleTabName(i) for i in range(tabs.count())}
    consent = tabs.indexOf(page.consent_tab)
    assert whole[consent] == tabs.tabToolTip(consent) == \
        QApplication.translate("ResidentPage", "Consent && adults").replace("&&", "&")
    assert all(whole.values())
    tabs.setCurrentIndex(0)
    tabs.setFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1  # Ctrl+Tab still moves on
