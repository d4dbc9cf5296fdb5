"""Fonts that render any resident's name, chosen per run of characters.

Latin, Greek and Cyrillic come from Noto Sans; the other scripts from their Noto faces;
Chinese, Japanese and Korean from Droid Sans Fallback. A line is split into runs of one
face and one bidi level (`direction`), the runs put in visual order, and each run of a
complex script shaped by HarfBuzz (`shaping`). Shaped glyphs do not read back as the text
(a conjunct is one glyph, a Bengali vowel sign is drawn before its consonant), so such a line
is wrapped in a marked-content span whose ActualText is the line as typed: searching or
copying the PDF finds the name exactly as stored.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from safehaven.paths import resource_dir
from safehaven.reports import direction, shaping

FONT_DIR = resource_dir() / "fonts"

# key: (regular file, bold file, shaped by HarfBuzz)
FACES: dict[str, tuple[str, str, bool]] = {
    "Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", False),
    "Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", True),
    "Hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf", True),
    "Thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", True),
    "Lao": ("NotoSansLaoUI-Regular.ttf", "NotoSansLaoUI-Bold.ttf", True),
    "Khmer": ("NotoSansKhmerUI-Regular.ttf", "NotoSansKhmerUI-Bold.ttf", True),
    "Myanmar": ("NotoSansMyanmarUI-Regular.ttf", "NotoSansMyanmarUI-Bold.ttf", True),
    "Devanagari": ("NotoSansDevanagariUI-Regular.ttf", "NotoSansDevanagariUI-Bold.ttf", True),
    "Bengali": ("NotoSansBengaliUI-Regular.ttf", "NotoSansBengaliUI-Bold.ttf", True),
    "Ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", False),
    "CJK": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", False),
}
FALLBACK_ORDER = tuple(FACES)


def code(text: str) -> str:
    """A code that reads left to right in any report ("2026-W47"): in a right-to-left one,
    its digits and hyphen would otherwise be reordered ("W47-2026")."""
    return direction.LRI + text + direction.PDI if document_rtl() else text


def document_rtl() -> bool:
    """Whether reports are written right to left (in the user's language): the direction
    of a name or a cell. A name in another direction sits in it as a unit, as in a word
    processor's table, which is also what PDF readers expect when they read text back."""
    from safehaven import i18n

    check = getattr(i18n, "is_right_to_left", None)  # from the language work (issue 16)
    return bool(check()) if check is not None else False


def font_name(face: str, bold: bool = False) -> str:
    return f"SH-{face}{'-Bold' if bold else ''}"


@cache
def register() -> None:
    """Register every face with reportlab once per process."""
    for face, (regular, bold, shaped) in FACES.items():
        for is_bold, file in ((False, regular), (True, bold)):
            pdfmetrics.registerFont(TTFont(font_name(face, is_bold), str(FONT_DIR / file),
                                           shapable=shaped))


@cache
def cmap(face: str, bold: bool = False) -> frozenset[int]:
    """The characters a face has a glyph for (from its own character map)."""
    register()
    return frozenset(shaping.tt_font(font_name(face, bold)).face.charToGlyph)


def face_for(char: str) -> str | None:
    code = ord(char)
    for face in FALLBACK_ORDER:
        if code in cmap(face):
            return face
    return None


@dataclass(frozen=True, slots=True)
class Run:
    face: str
    text: str
    level: int = 0

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1

    @property
    def shaped(self) -> bool:
        return FACES[self.face][2]


def _neutral(char: str) -> bool:
    """Spaces, punctuation, marks and joiners: drawn with the letters around them."""
    return char.isspace() or unicodedata.category(char).startswith(("M", "P", "Z", "S", "Cf"))


def runs(text: str, rtl: bool | None = None, isolated: bool = False) -> list[Run]:
    """Split text, in logical order, into runs that one face draws at one bidi level.

    Spaces, punctuation, marks and joiners stay in the current run when its face has them
    and they are at its level (so "(age 14)" after an Arabic name is its own left-to-right
    run, and a Devanagari virama or a zero-width joiner never splits a conjunct).
    """
    return list(_runs(text, rtl, isolated))


@lru_cache(maxsize=4096)  # wrapping measures the same words again and again
def _runs(text: str, rtl: bool | None, isolated: bool = False) -> tuple[Run, ...]:
    out: list[Run] = []
    for char, level in zip(text, direction.levels(text, rtl, isolated=isolated),
                           strict=True):
        if char in direction.ISOLATES:
            continue  # they set the order; they have no glyph
        face = None
        if out and out[-1].level == level and _neutral(char) \
                and ord(char) in cmap(out[-1].face):
            face = out[-1].face
        if face is None:
            face = face_for(char) or (out[-1].face if out else "Sans")
        if out and out[-1].face == face and out[-1].level == level:
            out[-1] = Run(face, out[-1].text + char, level)
        else:
            out.append(Run(face, char, level))
    return tuple(out)


def in_visual_order(text: str, rtl: bool | None = None, isolated: bool = False
                    ) -> list[Run]:
    """The runs left to right as they are drawn."""
    found = _runs(text, rtl, isolated)
    return [found[i] for i in direction.visual_order([r.level for r in found])]


def has_rtl(text: str) -> bool:
    return any(r.rtl for r in _runs(text, None))


def is_complex(text: str) -> bool:
    """Whether the text needs shaping or reordering (and so `draw`, not a Paragraph)."""
    return any(r.rtl or r.shaped for r in _runs(text, None))


def missing_glyphs(text: str, bold: bool = False) -> str:
    """Characters that would come out as a box: not in the character map of the face chosen
    for them, or shaped into the font's missing glyph (must be empty for real names)."""
    missing = []
    for run in runs(text):
        name = font_name(run.face, bold)
        absent = [ch for ch in run.text if not ch.isspace() and ord(ch) not in cmap(run.face, bold)]
        if not absent and run.shaped and 0 in shaping.glyph_ids(run.text, name, run.rtl):
            absent = [run.text]
        missing += absent
    return "".join(missing)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup choosing a face per run (left-to-right, unshaped text only; see
    `layout.para`)."""
    return "".join(
        f'<font name="{font_name(r.face, bold)}">{escape(r.text)}</font>' for r in runs(text)
    )


def _glyphs(run: Run, name: str, size: float) -> str:
    """What is drawn for a run, left to right."""
    if run.shaped:
        return shaping.shape(run.text, name, size, run.rtl)
    return shaping.mirrored(run.text) if run.rtl else run.text


def string_width(text: str, size: float, bold: bool = False, rtl: bool | None = None,
                 isolated: bool = False) -> float:
    """Width of one line drawn by `draw` (same direction rule)."""
    return _width(text, size, bold, document_rtl() if rtl is None else rtl, isolated)


@lru_cache(maxsize=16384)  # a table asks for each cell's width at every layout pass
def _width(text: str, size: float, bold: bool, rtl: bool, isolated: bool) -> float:
    register()
    total = 0.0
    for run in _runs(text, rtl, isolated):
        name = font_name(run.face, bold)
        total += shaping.width(_glyphs(run, name, size), name, size)
    return total


def actual_text(text: str) -> str:
    """A PDF text string (UTF-16BE, hex) for ActualText."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def as_drawn(text: str, rtl: bool | None = None) -> str:
    """The characters left to right as the glyphs show them, before shaping: right-to-left
    runs back to front with their brackets mirrored (what a reader sees, for checks)."""
    return "".join(shaping.mirrored(r.text) if r.rtl else r.text
                   for r in in_visual_order(text, rtl))


def draw(canvas: object, x: float, y: float, text: str, size: float, bold: bool = False,
         rtl: bool | None = None, isolated: bool = False) -> float:
    """Draw one line (a name, a cell) from (x, y) rightwards; returns the width drawn.
    Its direction is the report's unless `rtl` says (a paragraph of free text);
    `isolated`: one name, in its own direction within the report's (`direction.levels`).

    Shaped text is marked with its characters (ActualText), which PDF readers give back
    for search and copy instead of the glyphs (a conjunct or a final form has no character
    of its own). In a left-to-right report, a line as one span, so that its spaces and
    stops stay where they are typed; readers reverse right-to-left letters themselves
    (they take a page's text to be in visual order), so only those letters are given back
    to front (`reading_text`): a Hebrew name's final stop ("נועה ל.") stays after its
    initial instead of coming back first (".נועה ל"). In a right-to-left report, each
    shaped or right-to-left run as drawn (back to front, brackets mirrored).
    """
    register()
    rtl = document_rtl() if rtl is None else rtl
    visual = in_visual_order(text, rtl, isolated)
    backwards = any(r.rtl for r in visual)
    whole = not rtl and (backwards or any(r.shaped for r in visual))
    if whole:  # one span: readers keep a left-to-right line's spaces and stops in it
        _begin_actual_text(canvas, reading_text(text) if backwards else text)
    start = x
    for run in visual:
        name = font_name(run.face, bold)
        glyphs = _glyphs(run, name, size)
        marked = not whole and (run.shaped or run.rtl)
        if marked:  # a span per run: readers reorder right-to-left runs themselves
            _begin_actual_text(canvas, shaping.mirrored(run.text) if run.rtl else run.text)
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, glyphs)  # type: ignore[attr-defined]
        if marked:
            canvas.addLiteral("EMC")  # type: ignore[attr-defined]
        x += shaping.width(glyphs, name, size)
    if whole:
        canvas.addLiteral("EMC")  # type: ignore[attr-defined]
    return x - start


_RTL_LETTER = frozenset(("R", "AL"))
_INSIDE = frozenset(("R", "AL", "NSM", "WS"))  # spaces and marks between such letters
_BETWEEN = frozenset(("WS", "ON", "CS", "ES", "ET"))  # spaces, brackets, signs
_DIGIT = frozenset(("EN", "AN"))
LRM = "\u200e"  # left-to-right mark: invisible, a strong letter for the bidi algorithm


def reading_text(text: str) -> str:
    """The text for ActualText in a line with right-to-left letters: each stretch of them
    (with the spaces and marks between) back to front, everything else as typed. PDF
    readers (poppler, pdf.js) reverse such stretches again when they read the line back,
    and leave stops, brackets and digits where they find them.

    A number after such a stretch ("مريم (201)", a name told apart by a number) is taken
    by poppler's own bidi guess into the right-to-left stretch and read back as
    "( مريم201)"; a left-to-right mark after the stretch ends it there, so the number and
    its brackets come back as typed (the mark is invisible where the text is pasted)."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if unicodedata.bidirectional(text[i]) not in _RTL_LETTER:
            out.append(text[i])
            i += 1
            continue
        end = i
        j = i
        while j < n and unicodedata.bidirectional(text[j]) in _INSIDE:
            if unicodedata.bidirectional(text[j]) != "WS":
                end = j
            j += 1
        out.append(text[i:end + 1][::-1])
        if _number_follows(text, end + 1):
            out.append(LRM)
        i = end + 1
    return "".join(out)


def _number_follows(text: str, i: int) -> bool:
    """Whether a digit comes next, after spaces, brackets and signs only."""
    while i < len(text) and unicodedata.bidirectional(text[i]) in _BETWEEN:
        i += 1
    return i < len(text) and unicodedata.bidirectional(text[i]) in _DIGIT


def _begin_actual_text(canvas: object, chars: str) -> None:
    canvas.addLiteral(f"/Span <</ActualText {actual_text(chars)}>> BDC")  # type: ignore[attr-defined]
