from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safehaven.demo.generator import NAMES
from safehaven.reports import fonts


def test_runs_keep_punctuation_with_the_text_it_belongs_to() -> None:
    got = [(r.face, r.text) for r in fonts.runs("Name: فاطمة الزهراء (age 14)")]
    assert got == [("Sans", "Name: "), ("Arabic", "فاطمة الزهراء"), ("Sans", " (age 14)")]
    got = [(r.face, r.text) for r in fonts.runs("李娜, กนกพร and ትዕግሥት")]
    assert [face for face, _ in got] == ["CJK", "Sans", "Thai", "Sans", "Ethiopic"]


def test_every_synthetic_name_has_glyphs() -> None:
    for names in NAMES.values():
        for name in names:
            assert fonts.missing_glyphs(name) == "", name


@given(st.text(alphabet=st.sampled_from("abc ـفاطمة().,-李娜กนกพรትዕግሥትΕλένη"), max_size=40))
def test_runs_cover_the_text_exactly(text: str) -> None:
    assert "".join(r.text for r in fonts.runs(text)) == text
