"""Text as a PDF reader gives it back: poppler's pdftotext, which reads ActualText."""

from __future__ import annotations

import shutil
import subprocess

import pytest

# Marks poppler puts around right-to-left words so a terminal shows them right, and the
# left-to-right mark a report puts after a right-to-left name followed by a number
# (`fonts.reading_text`): invisible, not text.
_BIDI_MARKS = dict.fromkeys(
    map(ord, "\u200e\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    """The text in reading order; with `layout`, as laid out (a table row's cells on one
    line, whatever order the reader would otherwise take the columns in)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian's poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8",
                           "-", "-"], input=pdf, capture_output=True, check=True, timeout=120)
    return done.stdout.decode("utf-8").translate(_BIDI_MARKS)


def lines(pdf: bytes) -> list[str]:
    return [line.strip() for line in pdftotext(pdf).splitlines() if line.strip()]
