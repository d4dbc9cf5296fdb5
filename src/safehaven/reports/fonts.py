"""Fonts that render any resident's name, chosen per run of characters.

Latin, Greek and Cyrillic come from Noto Sans; Arabic, Thai and Ethiopic from their Noto
faces; Chinese, Japanese and Korean from Droid Sans Fallback. Arabic and Thai are shaped
with HarfBuzz (uharfbuzz). Arabic runs are laid out right to left, and an invisible copy
of the text in logical order is drawn under them, so searching or copying the PDF finds
the name exactly as it was typed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from safehaven.paths import resource_dir

FONT_DIR = resource_dir() / "fonts"

# key: (regular file, bold file, shaped)
FACES: dict[str, tuple[str, str, bool]] = {
    "Sans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", False),
    "Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", True),
    "Thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", True),
    "Ethiopic": ("NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", False),
    "CJK": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf", False),
}
FALLBACK_ORDER = ("Sans", "Arabic", "Thai", "Ethiopic", "CJK")
RTL_FACES = {"Arabic"}


def font_name(face: str, bold: bool = False) -> str:
    return f"SH-{face}{'-Bold' if bold else ''}"


@cache
def register() -> None:
    """Register every face with reportlab once per process."""
    for face, (regular, bold, shaped) in FACES.items():
        for is_bold, file in ((False, regular), (True, bold)):
            pdfmetrics.registerFont(TTFont(font_name(face, is_bold), str(FONT_DIR / file),
                                           shapable=shaped))
        if face in RTL_FACES:  # unshaped twin, for the invisible logical-order text
            pdfmetrics.registerFont(TTFont(font_name(face) + "-Plain", str(FONT_DIR / regular),
                                           shapable=False))


@cache
def _cmap(face: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(font_name(face))
    return frozenset(font.face.charToGlyph)


def face_for(char: str) -> str | None:
    code = ord(char)
    for face in FALLBACK_ORDER:
        if code in _cmap(face):
            return face
    return None


@dataclass(frozen=True, slots=True)
class Run:
    face: str
    text: str

    @property
    def rtl(self) -> bool:
        return self.face in RTL_FACES


def _neutral(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith(("M", "P", "Z", "S"))


def runs(text: str) -> list[Run]:
    """Split text into runs that one face can draw.

    Spaces and punctuation stay in the current run when its face has them and, for a
    right-to-left run, only when more right-to-left text follows (so "(age 14)" after an
    Arabic name stays left-to-right).
    """
    out: list[Run] = []
    for i, char in enumerate(text):
        face = None
        if _neutral(char) and out and ord(char) in _cmap(out[-1].face):
            face = out[-1].face
            if out[-1].rtl:
                following = next((c for c in text[i + 1:] if not _neutral(c)), None)
                if following is None or face_for(following) != face:
                    face = None
        if face is None:
            face = face_for(char) or (out[-1].face if out else "Sans")
        if out and out[-1].face == face:
            out[-1] = Run(face, out[-1].text + char)
        else:
            out.append(Run(face, char))
    return out


def has_rtl(text: str) -> bool:
    return any(r.rtl for r in runs(text))


def missing_glyphs(text: str) -> str:
    """Characters no shipped face can draw (for tests: must be empty for real names)."""
    return "".join(ch for ch in text if not ch.isspace() and face_for(ch) is None)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup choosing a face per run (left-to-right text; see `layout.para`)."""
    return "".join(
        f'<font name="{font_name(r.face, bold)}">{escape(r.text)}</font>' for r in runs(text)
    )


def _shaped(run: Run, name: str, size: float) -> str:
    """HarfBuzz shapes the run and, for right-to-left scripts, puts it in visual order."""
    return shapeStr(run.text, name, size) if FACES[run.face][2] else run.text


def _width(text: str, name: str, size: float) -> float:
    data = getattr(text, "__shapeData__", None)
    if data is not None:
        return sum(d.x_advance for d in data) * size / 1000
    return pdfmetrics.stringWidth(text, name, size)


def string_width(text: str, size: float, bold: bool = False) -> float:
    register()
    total = 0.0
    for run in runs(text):
        name = font_name(run.face, bold)
        total += _width(_shaped(run, name, size), name, size)
    return total


def draw(canvas: object, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
    """Draw a short string (a name, a cell) at (x, y); returns the width drawn."""
    register()
    start = x
    for run in runs(text):
        name = font_name(run.face, bold)
        shaped = _shaped(run, name, size)
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(x, y, shaped)  # type: ignore[attr-defined]
        if run.rtl:
            canvas.saveState()  # type: ignore[attr-defined]  # the render mode must not leak
            hidden = canvas.beginText(x, y)  # type: ignore[attr-defined]
            hidden.setTextRenderMode(3)  # invisible: for search and copy only
            hidden.setFont(font_name(run.face) + "-Plain", size)
            hidden.textOut(run.text[::-1])  # extractors read right-to-left runs backwards
            canvas.drawText(hidden)  # type: ignore[attr-defined]
            canvas.restoreState()  # type: ignore[attr-defined]
        x += _width(shaped, name, size)
    return x - start
