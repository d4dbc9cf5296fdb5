"""Glyphs for one run of text, shaped by HarfBuzz in the direction the bidi step chose.

Joining forms (Arabic), conjuncts and reordered vowel signs (Devanagari, Bengali), stacked
subscripts (Khmer, Myanmar) and marks (Thai, Lao, Hebrew points) need HarfBuzz. reportlab's
own `shapeStr` guesses the direction from the script, so a right-to-left run of brackets or
digits would come out left to right; here the direction is given. The result is reportlab's
`ShapedStr`, which its canvas draws glyph by glyph with HarfBuzz's offsets.
"""

from __future__ import annotations

import unicodedata
from typing import Protocol, cast

import uharfbuzz
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont

_FEATURES = {"kern": True, "liga": True}


class _Shapable(Protocol):
    """What reportlab's TTFont does for HarfBuzz that its type stubs leave out."""

    def hbAddPrivate(self, name: str, gid: int, advance: int) -> int: ...

    def pdfScale(self, v: float) -> float: ...


class _Face(Protocol):
    """A TrueType face's tables as reportlab reads them (left out of its stubs)."""

    glyphToChar: dict[int, list[int]]
    charWidths: dict[int, float]


def tt_font(font_name: str) -> TTFont:
    """A registered face (`fonts.register`): every one is a TrueType font."""
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont):
        raise TypeError(f"{font_name} is not a TrueType font")
    return font


def shape(text: str, font_name: str, size: float, rtl: bool) -> ShapedStr:
    """The run's glyphs left to right as drawn; glyphs with no character of their own (a
    conjunct, a final form) get a private-use code in the font's subset, which is why each
    drawn line also carries its text as ActualText (see `fonts.draw`)."""
    font = tt_font(font_name)
    hb_font: uharfbuzz.Font = font.hbFont(size)
    buf = _shaped(hb_font, text, rtl)
    face = cast(_Face, font.face)
    scaled = cast(_Shapable, font)
    chars: list[str] = []
    data: list[ShapeData] = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        known = face.glyphToChar.get(gid)
        code = known[0] if known else scaled.hbAddPrivate(
            hb_font.glyph_to_string(gid), gid, pos.x_advance)
        chars.append(chr(code))
        data.append(ShapeData(info.cluster, scaled.pdfScale(pos.x_advance),
                              scaled.pdfScale(pos.y_advance), scaled.pdfScale(pos.x_offset),
                              scaled.pdfScale(pos.y_offset), face.charWidths[code]))
    # reportlab keeps a ShapeData per glyph; its stubs type the argument as one
    return ShapedStr("".join(chars), shapeData=data)  # type: ignore[arg-type]


def _shaped(hb_font: uharfbuzz.Font, text: str, rtl: bool) -> uharfbuzz.Buffer:
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buf, _FEATURES)
    return buf


def glyph_ids(text: str, font_name: str, rtl: bool = False) -> list[int]:
    """The font's glyphs for a run after shaping; 0 is the font's "missing glyph" box."""
    return [info.codepoint for info in
            _shaped(tt_font(font_name).hbFont(10), text, rtl).glyph_infos]


def width(shaped: str, font_name: str, size: float) -> float:
    data = getattr(shaped, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data) * size / 1000)
    return float(pdfmetrics.stringWidth(shaped, font_name, size))


def mirrored(text: str) -> str:
    """An unshaped right-to-left run left to right as drawn: reversed, brackets mirrored."""
    return "".join(MIRRORED.get(c, c) if unicodedata.mirrored(c) else c for c in text[::-1])
