"""Right to left (Arabic): names and free text keep their own direction, rows of buttons and
the measures chart are mirrored or isolated as the rest of the screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from safehaven.domain.measures import Band, Instrument
from safehaven.ui.bidi import at_reading_edge, isolated, wrapping
from safehaven.ui.flow import FlowLayout
from safehaven.ui.measures_chart import MeasuresChart, band_label
from safehaven.ui.models import Column, ResidentsFilter, RowsModel


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_isolated_wraps_only_right_to_left(qapp) -> None:
    assert isolated("Daniel B.") == "Daniel B."  # left to right: nothing invisible added
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert isolated("Daniel B.") == "\u2068Daniel B.\u2069"
        assert isolated(isolated("Daniel B.")) == "\u2068Daniel B.\u2069"  # not twice
        assert isolated("") == ""
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_residents_table_shows_an_isolated_name_right_to_left(right_to_left) -> None:
    model = RowsModel([Column("Name", lambda r: r.preferred_name)])
    model.set_rows([SimpleNamespace(id="a", preferred_name="Nguyễn P.", stage="recovery")])
    proxy = ResidentsFilter()
    proxy.setSourceModel(model)
    proxy.set_search("nguy")  # the search still reads the name, not the marks
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "\u2068Nguyễn P.\u2069"


def _buttons(qtbot, direction: Qt.LayoutDirection) -> tuple[QWidget, list[QPushButton]]:
    row = QWidget()
    row.setLayoutDirection(direction)
    layout = FlowLayout(row)
    buttons = [QPushButton(text) for text in ("First", "Second", "Third")]
    for b in buttons:
        layout.addWidget(b)
    qtbot.addWidget(row)
    row.resize(600, 100)
    row.show()
    qtbot.waitExposed(row)
    layout.setGeometry(row.rect())
    return row, buttons


def test_a_flow_row_right_to_left_starts_at_the_right(qtbot) -> None:
    row, (first, second, third) = _buttons(qtbot, Qt.LayoutDirection.RightToLeft)
    assert first.geometry().right() == row.rect().right()
    assert first.x() > second.x() > third.x()
    _, (first, second, _third) = _buttons(qtbot, Qt.LayoutDirection.LeftToRight)
    assert first.x() == 0 and second.x() > first.x()


def test_a_wrapped_flow_row_right_to_left_starts_each_line_at_the_right(qtbot) -> None:
    row, (first, second, third) = _buttons(qtbot, Qt.LayoutDirection.RightToLeft)
    width = first.sizeHint().width() + second.sizeHint().width() + 12
    row.resize(width, 200)
    row.layout().setGeometry(row.rect())
    assert third.y() > first.y()  # onto a second line
    assert third.geometry().right() == first.geometry().right() == row.rect().right()


def test_a_name_label_starts_at_the_right_of_an_arabic_screen(right_to_left) -> None:
    label = at_reading_edge(QLabel("Daniel B."))
    assert label.alignment() & Qt.AlignmentFlag.AlignRight
    assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute


def test_an_arabic_name_label_starts_at_the_left_of_an_english_screen(qapp) -> None:
    """The check-in's and the resident page's name: "يوسف" sat at the right of an English
    screen, away from the "← Residents" it follows (seen under X)."""
    label = at_reading_edge(QLabel("يوسف"))
    assert label.alignment() & Qt.AlignmentFlag.AlignLeft
    assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute


def _title_ink(qtbot, direction: Qt.LayoutDirection) -> list[int]:
    """The chart's title line as drawn: how much ink each column holds, from its first
    inked column to its last."""
    hope = Instrument("hope", "Hope and goals (house scale)", 0, 20,
                      (Band(0, "Little hope", 0), Band(14, "Hopeful", 1)))
    scored: list[Any] = [SimpleNamespace(
        instrument=hope, measure=SimpleNamespace(taken_on=date(2026, 11, d), total=0))
        for d in (1, 20)]
    QApplication.setLayoutDirection(direction)
    chart = MeasuresChart()
    chart.setFont(QFont("DejaVu Sans", 10))  # one face, whatever fonts other tests loaded
    qtbot.addWidget(chart)
    chart.resize(700, 160)
    chart.set_scores(scored, {}, "")
    image = chart.grab().toImage()
    line = chart.fontMetrics().height()
    strip = image.copy(QRect(0, 0, image.width(), line))
    dark = [(x, y) for y in range(strip.height()) for x in range(strip.width())
            if QColor(strip.pixel(x, y)).lightness() < 128]
    xs = [x for x, _ in dark]
    return [xs.count(x) for x in range(min(xs), max(xs) + 1)]


def test_the_chart_title_keeps_its_closing_bracket_right_to_left(qtbot) -> None:
    try:  # the same glyphs in the same order as left to right: ")" stays at the end
        rtl = _title_ink(qtbot, Qt.LayoutDirection.RightToLeft)
        ltr = _title_ink(qtbot, Qt.LayoutDirection.LeftToRight)
        # nothing cut off at the edge: as wide as left to right (antialiasing at another
        # fraction of a pixel may add or take a column), with as much ink
        assert abs(len(rtl) - len(ltr)) <= 2
        assert abs(sum(rtl) - sum(ltr)) < 0.1 * sum(ltr)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _ink(text: str, direction: Qt.LayoutDirection) -> list[int]:
    """`text` as QPainter draws it in `direction`: ink per column, first to last inked."""
    image = QImage(200, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setFont(QFont("DejaVu Sans", 10))  # one face, whatever fonts other tests loaded
    p.setLayoutDirection(direction)
    p.drawText(QRect(0, 0, 200, 30), Qt.AlignmentFlag.AlignRight  # ends at the same x
               | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter, text)
    p.end()
    xs = [x for y in range(30) for x in range(200)
          if QColor(image.pixel(x, y)).lightness() < 128]
    return [xs.count(x) for x in range(min(xs), max(xs) + 1)]


def test_a_band_score_reads_14_plus_right_to_left(right_to_left) -> None:
    label = band_label(14, "مرتفع")  # "high", as an Arabic band reads
    assert label == "\u206614+\u2069 \u2068مرتفع\u2069"
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    score = _ink("14+", ltr)
    drawn = _ink(label, rtl)  # the score at the right end, "14+" as written...
    assert drawn[-len(score):] == score
    bare = _ink("14+ مرتفع", rtl)  # ...where bare it showed "+14"
    assert bare[-len(score):] != score


def test_a_right_to_left_name_is_isolated_in_a_left_to_right_screen(qapp) -> None:
    """A Hebrew name with an initial in a Spanish table keeps its full stop after the
    initial; a Latin name there is left as it is (no invisible characters)."""
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert isolated("מאיה נ.") == "\u2068מאיה נ.\u2069"
    assert isolated("Ana T.") == "Ana T."


def _clipped_widths(label_for: Any) -> list[int]:
    """The widths at which a wrapped Arabic label has ink in its leftmost column: a line
    pushed past the left edge, its last letter cut."""
    out = []
    for width in range(100, 200):
        label = label_for("ما الذي حدث، بكلمات بسيطة")
        label.setFont(QFont("DejaVu Sans", 10))
        label.setFixedWidth(width)
        label.resize(width, label.heightForWidth(width))
        image = label.grab().toImage()
        if min(QColor(image.pixel(0, y)).lightness() for y in range(image.height())) < 200:
            out.append(width)
    return out


def test_a_wrapped_arabic_label_keeps_every_letter(right_to_left) -> None:
    def plain(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    assert _clipped_widths(plain)  # Qt's own: at some widths a line runs past the edge
    assert _clipped_widths(lambda text: wrapping(QLabel(text))) == []


def test_a_wrapped_label_left_to_right_keeps_its_margins(qapp) -> None:
    assert wrapping(QLabel("Daniel B.")).contentsMargins().left() == 0


def test_a_sentence_starting_with_an_arabic_name_reads_in_the_screens_direction(qapp
                                                                               ) -> None:
    """Qt takes a paragraph's direction from its first letter, even inside an isolate: an
    English sentence starting with "يوسف" read right to left ("?happened"); a mark of the
    screen's direction first makes it read as its language."""
    import unicodedata

    from safehaven.ui.bidi import in_screen_direction, isolated

    sentence = in_screen_direction(f"{isolated('يوسف')}'s check-in has a risk flag.")
    first = next(c for c in sentence if unicodedata.bidirectional(c) in ("L", "R", "AL"))
    assert unicodedata.bidirectional(first) == "L"
