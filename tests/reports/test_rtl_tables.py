"""Arabic reports read from the right: a table's first column is drawn on the right."""

from __future__ import annotations

from safehaven import i18n
from safehaven.reports import layout as L


def test_an_arabic_table_is_mirrored_with_its_styles_and_widths() -> None:
    rows = [["Day", "Resident", "Status"], ["Mon", "Ana", "late"]]
    extra = [("TEXTCOLOR", (2, 1), (2, 1), L.RED), ("SPAN", (0, 1), (1, 1))]
    plain = L.table(rows, [10, 20, 30], extra=extra)
    assert plain._cellvalues[0] == ["Day", "Resident", "Status"]
    with i18n.speaking("ar"):
        table = L.table(rows, [10, 20, 30], extra=extra)
    assert table._cellvalues[0] == ["Status", "Resident", "Day"]
    assert table._argW == [30, 20, 10]
    assert L.mirrored(("TEXTCOLOR", (2, 1), (2, 1), L.RED), 3)[1:3] == ((0, 1), (0, 1))
    assert L.mirrored(("SPAN", (0, 1), (1, 1)), 3)[1:3] == ((1, 1), (2, 1))
    assert L.mirrored(("LINEBELOW", (0, 0), (-1, -1), 0.25), 3)[1:3] == ((0, 0), (2, -1))
    assert i18n.language() == "en"  # the core speaks English again


def test_a_titled_arabic_table_keeps_its_title_on_top() -> None:
    with i18n.speaking("ar"):
        table = L.table([["a", "b"], ["1", "2"]], [10, 20], title="سارة")
    assert table._cellvalues[1] == ["b", "a"]
    assert table._cellvalues[0][0] not in ("", None)  # the title row spans the table


def test_a_name_under_an_arabic_title_sits_on_the_right() -> None:
    """The child's name under the safety plan's title started on the left in Arabic."""
    import io

    import pypdf
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    from safehaven.reports.text import Text

    def x_of(lang: str) -> float:
        out = io.BytesIO()
        with i18n.speaking(lang):
            SimpleDocTemplate(out, pagesize=A4).build([Text("Ana", 16)])
        found: list[float] = []
        pypdf.PdfReader(out).pages[0].extract_text(
            visitor_text=lambda text, cm, tm, *_: found.append(tm[4] * cm[0] + cm[4])
            if text.strip() else None)
        return min(found)

    assert x_of("en") < A4[0] / 3
    assert x_of("ar") > A4[0] / 2
