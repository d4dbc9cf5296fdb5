"""Text rules that do not depend on any language's tables."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry their mark inside (no decomposition) but are typed without it.
_PLAIN = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
                        "ı": "i", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe"})


@lru_cache(maxsize=8192)  # the residents filter folds every name at each keystroke
def fold(text: str) -> str:
    """For matching what was typed against names: no case, no accents or tone marks
    ("jose" finds "José", "nguyen" finds "Nguyễn", "dang" finds "Đặng")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
