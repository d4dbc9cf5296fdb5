"""Names and free text as one unit in their own direction inside right-to-left screens.

A Latin name with an initial ("Daniel B.") dropped into an Arabic sentence, cell or label
otherwise takes the paragraph's direction at its edges and shows as ".Daniel B"; wrapped
in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE it keeps its own order, and an Arabic
name in an English screen keeps its own too. Left-to-right screens get left-to-right text
unchanged (no invisible characters where nothing needs them)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from safehaven.reports.direction import FSI, LRI, PDI  # the reports use the same isolates


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolated(text: str, *, left_to_right: bool = False) -> str:
    """`text` as its own directional run when the app is right to left, or when the text
    itself has right-to-left letters (a Hebrew name with an initial in a Spanish table
    would otherwise show its full stop on the right); else as it is.
    `left_to_right` for a run with no letter in it ("14+"): an isolate that goes by its
    first letter would take the Arabic line's direction and show "+14"."""
    start = LRI if left_to_right else FSI
    if not text or (text.startswith(start) and text.endswith(PDI)) or not (
            right_to_left() or _has_rtl(text)):
        return text
    return f"{start}{text}{PDI}"


LRM, RLM = "\u200e", "\u200f"


def in_screen_direction(sentence: str) -> str:
    """A sentence that starts with a name, in the screen's direction: Qt takes a paragraph's
    direction from its first letter even inside an isolate, so "يوسف's check-in has a risk
    flag…" read right to left in English ("…what'يوسف", "?happened")."""
    return (RLM if right_to_left() else LRM) + sentence


@lru_cache(maxsize=16384)
def _has_rtl(text: str) -> bool:
    """Kept per text: every table cell asks at each layout pass (see formats._day)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def at_reading_edge(label: QLabel) -> QLabel:
    """Qt aligns a label by its own text's direction, so a Latin name alone in a label sits
    at the left of an Arabic screen (and an Arabic one at the right of an English screen);
    this puts it where the rest of the screen starts."""
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    edge = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
    # an Arabic name alone in an English screen sat at the right, away from what it names
    label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | vertical)
    return label


# Room at the end of each right-to-left line: Qt lays a wrapped Arabic line out with its
# breaking space, so a line that just fitted was pushed past the left edge and lost the edge
# of its last letter ("بكلمات" in a form label at 1024 pixels). Twice a space at 16 points.
LINE_END_ROOM = 8


def wrapping(label: QLabel) -> QLabel:
    """`label` with its words wrapped, whole in either direction."""
    label.setWordWrap(True)
    if right_to_left():
        margins = label.contentsMargins()
        label.setContentsMargins(max(margins.left(), LINE_END_ROOM), margins.top(),
                                 margins.right(), margins.bottom())
    return label
