"""The mood chart reads the way its report does: weekdays left to right in English, right
to left in Arabic (Monday on the right), each day's bar and flag under its own label."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest
from reportlab.graphics.shapes import Circle, Rect
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from safehaven import formats, i18n
from safehaven.reports import charts
from tests.conftest import House

DAYS = [date(2026, 11, 16) + timedelta(days=i) for i in range(7)]  # Mon to Sun
MOODS = {d: float(1 + i % 5) for i, d in enumerate(DAYS) if i != 5}  # no check-in Sat


def _chart(lang: str) -> tuple[charts.Chart, list[str]]:
    with i18n.speaking(lang):
        names = [formats.weekday(d, width="short") for d in DAYS]
        return charts.mood_week(DAYS, MOODS, {DAYS[2]}), names


def _axis(chart: charts.Chart, names: list[str]) -> list[float]:
    """Each day's label's x, Monday first."""
    at = {label.text: label.x for label in chart.labels if label.y == 2}
    return [at[name] for name in names]


def test_weekday_labels_run_left_to_right_in_english_and_right_to_left_in_arabic() -> None:
    en, en_names = _chart("en")
    ar, ar_names = _chart("ar")
    assert en_names[0] != ar_names[0]  # the labels are in each report's words
    assert _axis(en, en_names) == sorted(_axis(en, en_names))
    assert _axis(ar, ar_names) == sorted(_axis(ar, ar_names), reverse=True)
    # the bars follow their labels: Monday's bar (mood 1) is the lowest, on the left in
    # English and on the right in Arabic; the flag is over Wednesday
    for chart, names in ((en, en_names), (ar, ar_names)):
        axis = _axis(chart, names)
        bars = {round(s.x + s.width / 2): s.height for s in chart.drawing.contents
                if isinstance(s, Rect) and s.fillColor is not None and s.height > 2}
        assert sorted(bars) == sorted(round(x) for i, x in enumerate(axis) if i != 5)
        assert bars[round(axis[0])] < bars[round(axis[4])]  # mood 1 under Monday, 5 Fri
        flag = next(s for s in chart.drawing.contents if isinstance(s, Circle))
        assert round(flag.cx) == round(axis[2])
    assert i18n.language() == "en"


def _words(pdf: bytes) -> list[tuple[float, str]]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"], input=pdf,
                          capture_output=True, check=True, timeout=60)
    return [(float(x), word) for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)<',
                                                        done.stdout.decode("utf-8"))]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_printed_chart_keeps_the_order(lang: str) -> None:
    chart, names = _chart(lang)
    out = io.BytesIO()
    with i18n.speaking(lang):
        SimpleDocTemplate(out, pagesize=A4).build([chart])
    words = _words(out.getvalue())
    # poppler gives an Arabic word in the order its glyphs are drawn
    xs = []
    for name in names:
        found = [x for x, w in words if w in (name, name[::-1])]
        assert len(found) == 1, (name, words)
        xs.append(found[0])
    assert xs == sorted(xs, reverse=lang == "ar")
    # and the chart starts where the page starts
    assert (min(xs) > A4[0] / 2) if lang == "ar" else (max(xs) < A4[0] / 2)


def test_the_weekly_reports_mood_days_run_right_to_left_in_arabic(house: House) -> None:
    """The weekly report's mood chart is its residents table: a column a day, Monday next
    to the child's name, so on the right in Arabic."""
    from datetime import datetime, time

    from safehaven.reports import weekly as weekly_report
    from safehaven.services import checkins, residents, weekly
    from safehaven.services.context import Context

    def at(day: date) -> Context:
        return Context(house.vault, house.manager.actor,
                       now=lambda: datetime.combine(day, time(12)))

    rid = residents.add(at(date(2026, 11, 1)), "Ana", intake_date=date(2026, 11, 1)).record.id
    for d in DAYS:
        checkins.record(at(d), rid, 3, day=d)
    data = weekly.report_data(at(date(2026, 11, 23)), "2026-W47")
    for lang in ("en", "ar"):
        with i18n.speaking(lang):
            names = [formats.weekday(d, width="short") for d in DAYS]
            pdf = weekly_report.render(data)
        words = _words(pdf)
        xs = []
        for name in names:
            found = [x for x, w in words if w in (name, name[::-1])]
            assert found, (lang, name)
            xs.append(found[-1])  # the residents table comes after the other tables
        assert len(set(xs)) == 7 and xs == sorted(xs, reverse=lang == "ar"), (lang, xs)
