"""Every script a resident's name can be in comes out right in the PDF (issue 16).

Each name the synthetic generator can make, in every script, is drawn with glyphs the font
has (after shaping: no missing-glyph box), and reading the real PDF back gives the name
exactly as stored. Right-to-left text with digits and Latin is in the right visual order.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from reportlab.platypus import Table

from safehaven.demo import generator
from safehaven.demo.data import INITIALS, KIN, NAMES
from safehaven.demo.generator import with_initials
from safehaven.domain import models as m
from safehaven.reports import direction, fonts, shaping
from safehaven.reports import layout as L
from safehaven.reports.text import Text
from safehaven.services.context import Context
from safehaven.store import reads
from tests.conftest import House
from tests.reports.pdftext import lines, pdftotext

NEW_SCRIPTS = {"km": "Khmer", "my": "Myanmar", "lo": "Lao", "ne": "Devanagari",
               "bn": "Bengali", "he": "Hebrew"}


def _possible_names() -> list[str]:
    """Every first name, each with every initial staff may add, two initials, a number, and
    each family member's name: all the generator can write in a name field."""
    out: list[str] = []
    for lang, firsts in NAMES.items():
        for first in firsts:
            out.append(first)
            out += [with_initials(first, [initial]) for initial in INITIALS[lang]]
            out.append(with_initials(first, list(INITIALS[lang][:2])))
            out.append(f"{first} (201)")
        out.append(KIN[lang][0])
    return out


POSSIBLE = _possible_names()


def test_the_generator_writes_names_in_every_new_script() -> None:
    for lang, face in NEW_SCRIPTS.items():
        for name in NAMES[lang]:
            letters = [r.face for r in fonts.runs(name) if not r.text.isspace()]
            assert letters == [face], (name, letters)


@pytest.mark.parametrize("bold", [False, True])
def test_every_possible_name_has_every_glyph_after_shaping(bold: bool) -> None:
    for name in POSSIBLE:
        assert fonts.missing_glyphs(name, bold) == "", name


def test_a_missing_glyph_is_found() -> None:
    assert fonts.missing_glyphs("Ana \U000e01ef") == "\U000e01ef"  # no face has this one


def test_shaping_makes_conjuncts_and_reorders_vowel_signs() -> None:
    fonts.register()
    devanagari = fonts.font_name("Devanagari")
    # क्ष (ka, virama, ssa) is one conjunct glyph, not three letters side by side
    assert len(shaping.glyph_ids("क्ष", devanagari)) == 1
    bengali = shaping.shape("কি", fonts.font_name("Bengali"), 10, rtl=False)
    # the vowel sign ি is written after ক but drawn before it
    assert [d.cluster for d in bengali.__shapeData__] == [0, 0]
    assert bengali[0] != "ক"
    arabic = fonts.font_name("Arabic")
    alone = shaping.glyph_ids("ب", arabic, rtl=True)
    joined = shaping.glyph_ids("ببب", arabic, rtl=True)
    assert len(set(joined)) == 3 and alone[0] not in joined  # final, middle, initial forms


def test_mixed_right_to_left_text_is_in_visual_order() -> None:
    # Hebrew with a year, an ID in brackets and digits: digits stay left to right, the
    # brackets pair up (mirrored when drawn), the words run right to left.
    assert direction.visual("שרה כהן, 2025 (ת.ז. 123)") == ")123 .ז.ת( 2025 ,ןהכ הרש"
    assert direction.visual("فاطمة 14 سنة") == "ةنس 14 ةمطاف"
    # in a left-to-right line the Arabic name and its age are one right-to-left stretch
    assert direction.visual("Name: فاطمة (14) ok") == "Name: )14( ةمطاف ok"
    assert direction.visual("abc 123") == "abc 123"
    assert direction.visual("abc", rtl=True) == "abc"


def test_runs_are_drawn_in_visual_order_with_mirrored_brackets() -> None:
    text = "Name: فاطمة (14) ok"
    drawn = [(r.face, r.text, r.rtl) for r in fonts.in_visual_order(text)]
    assert drawn == [("Sans", "Name: ", False), ("Sans", ")", True), ("Sans", "14", False),
                     ("Sans", "(", True), ("Arabic", "فاطمة ", True), ("Sans", " ok", False)]
    # the brackets are mirrored, so the page shows "(14)" to the left of the name
    assert fonts.as_drawn(text) == "Name: (14) ةمطاف ok"


def test_visual_order_of_levels_follows_rule_l2() -> None:
    assert direction.visual_order([0, 1, 1, 2, 2, 1, 0]) == [0, 5, 3, 4, 2, 1, 6]
    assert direction.visual_order([0, 0]) == [0, 1]


def test_a_name_keeps_its_full_stop_in_its_own_direction() -> None:
    """A name is one unit in its own direction, as between FSI and PDI: a Latin name with
    an initial in an Arabic report, or an Arabic one in an English report, shows its full
    stop after the initial (it used to take the report's side: ".Ioana D")."""
    def shown(text: str, rtl: bool) -> str:
        order = direction.visual_order(direction.levels(text, rtl, isolated=True))
        return "".join(text[i] for i in order)

    assert shown("Ioana D.", rtl=True) == "Ioana D."
    assert direction.visual("Ioana D.", rtl=True) == ".Ioana D"  # without the isolate
    assert shown("فاطمة ا.", rtl=False) == ".ا ةمطاف"
    assert shown("Nguyễn P. (14)", rtl=True) == "Nguyễn P. (14)"
    assert [r.text for r in fonts.in_visual_order("Ioana D.", True, isolated=True)] == \
        ["Ioana D."]


def _table_pdf(names: list[str]) -> bytes:
    """Names in a table as the weekly report has them: beside left-to-right cells."""
    rows = [["Resident", "Stage", "Check-ins"]]
    rows += [[Text(name, 8.5, bold=i % 3 == 0), "In house", "7 of 7"]
             for i, name in enumerate(names)]
    doc = L.ReportDoc(title="Names", period="2026-W48", house="Casa", generated="today")
    return doc.render([Table(rows, colWidths=[200, 100, 100], repeatRows=1)])


def test_every_possible_name_reads_back_exactly_as_stored() -> None:
    text = pdftotext(_table_pdf(POSSIBLE))
    got = {line.strip() for line in text.splitlines()}
    words = set(re.findall(r"\w+", text))
    assert any(fonts.has_rtl(n) and n.endswith(".") for n in POSSIBLE)
    assert any(fonts.has_rtl(n) and n.endswith("(201)") for n in POSSIBLE)
    assert [name for name in POSSIBLE if name not in got] == []
    for name in POSSIBLE:
        assert set(re.findall(r"\w+", name)) <= words, name


def test_names_in_free_text_read_back_exactly() -> None:
    names = [NAMES[lang][i] for lang in NEW_SCRIPTS for i in (1, 3)]
    styles = L.styles()
    doc = L.ReportDoc(title="Names", period="2026-W48", house="Casa", generated="today")
    pdf = doc.render([L.para(f"{name} said hello", styles["body"]) for name in names]
                     + [L.para(name, styles["h2"]) for name in names])
    got = lines(pdf)
    for name in names:
        assert name in got, (name, got)
        # poppler moves the space at a right-to-left/left-to-right boundary, with or
        # without ActualText; the words themselves come back whole
        sentence = f"{name} said hello"
        assert sentence in got if not fonts.has_rtl(name) else \
            any(line.replace(" ", "") == sentence.replace(" ", "") for line in got), name


def test_an_english_caption_with_a_hebrew_or_arabic_name_reads_in_logical_order() -> None:
    """pdftotext of an English report gives "Art therapy: נועה ל." as typed: the stop
    after the initial, the caption's words before the name (issue 26, item 5)."""
    names = ["נועה ל.", "שירה כ. מ.", "فاطمة ا.", "أمينة ب.", "Ioana D."]
    styles = L.styles()
    doc = L.ReportDoc(title="Names", period="2026-W48", house="Casa", generated="today")
    pdf = doc.render([Table([["Resident", "Stage"]] + [[Text(n, 8.5), "In house"]
                                                       for n in names])]
                     + [L.para(f"Art therapy: {n}", styles["body"]) for n in names])
    got = lines(pdf)
    for name in names:
        assert name in got, (name, got)
        assert f"Art therapy: {name}" in got, (name, got)
    assert not any(line.startswith(".") for line in got)


def test_reading_text_reverses_only_right_to_left_letters() -> None:
    assert fonts.reading_text("נועה ל.") == "ל העונ."
    assert fonts.reading_text("Art therapy: فاطمة ا.") == "Art therapy: ا ةمطاف."
    assert fonts.reading_text("Ioana D.") == "Ioana D."
    # a number after the letters: a left-to-right mark ends their stretch there
    assert fonts.reading_text("مريم (201)") == "ميرم" + fonts.LRM + " (201)"
    assert fonts.reading_text("נועה ל. (3)") == "ל העונ" + fonts.LRM + ". (3)"
    assert fonts.reading_text("Ana (201)") == "Ana (201)"


def test_a_right_to_left_name_with_a_number_reads_back_in_logical_order() -> None:
    """"مريم (201)" (a name told apart by a number) in an English report: drawn as one
    right-to-left unit, as a browser draws it between FSI and PDI (the number on its left,
    where an Arabic reader ends it), and read back by poppler as typed; it came back as
    "( مريم201)", the bracket and the digits torn apart."""
    names = ["مريم (201)", "נועה (201)", "مريم ا. (201)", "שירה כ. (12)"]
    styles = L.styles()
    doc = L.ReportDoc(title="Names", period="2026-W48", house="Casa", generated="today")
    pdf = doc.render([Table([["Resident", "Stage"]] + [[Text(n, 8.5), "In house"]
                                                       for n in names])]
                     + [L.para(f"10:30 {n}, 12:30 Ana", styles["body"]) for n in names])
    got = lines(pdf)
    for name in names:
        assert name in got, (name, got)
        assert f"10:30 {name}, 12:30 Ana" in got, (name, got)
    # what the page shows, left to right: the unit's number on its left, brackets mirrored
    assert fonts.as_drawn("مريم (201)", rtl=False) == "(201) ميرم"


def test_free_text_keeps_the_reports_direction() -> None:
    from safehaven.reports.text import Lines

    fonts.register()
    line = Lines("سامي حداد: in progress", 9)
    line.wrap(300, 100)
    assert line.lines == [("سامي حداد: in progress", False)]
    # the Arabic name first, then the English words after it, left to right
    assert fonts.as_drawn("سامي حداد: in progress", rtl=False) == "دادح يماس: in progress"


def test_the_demo_house_has_young_people_named_in_the_new_scripts(house: House) -> None:
    ctx = Context(house.vault, house.manager.actor,
                  now=lambda: datetime(2026, 11, 20, 9, 0))
    generator.generate(ctx, residents=60, days=30, seed=1, today=date(2026, 11, 20))
    people = reads.all_of(house.vault.conn, m.Resident)
    faces = {fonts.runs(r.preferred_name)[0].face for r in people}
    assert set(NEW_SCRIPTS.values()) <= faces
    for r in people:
        assert fonts.missing_glyphs(r.preferred_name) == "", r.preferred_name
