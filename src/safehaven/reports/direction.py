"""Right-to-left text in the order it is seen: the Unicode bidirectional algorithm.

A name or a note can mix Hebrew or Arabic with digits and Latin ("שרה כהן, 2025 (ת.ז. 123)"):
reversing words puts the digits and brackets in the wrong places. python-bidi (the Rust
`unicode-bidi` crate underneath, with bracket pairs) resolves each character's embedding
level; the report draws runs of one level and one font in the order rule L2 gives, each run
shaped by HarfBuzz in its own direction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from bidi import get_display

_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.DOTALL)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


FSI, PDI = "\u2068", "\u2069"  # first strong isolate and its end
LRI = "\u2066"  # left-to-right isolate: a code with no letter to go by first
ISOLATES = frozenset((FSI, LRI, "\u2067", PDI))  # they order the text; nothing is drawn


def isolated(text: str) -> str:
    """A name set as one unit in a running list ("10:30 מאיה, 12:30 Ana"): without the
    isolates the comma and the next time join the Hebrew run and are drawn inside it."""
    if any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text):
        return FSI + text + PDI
    return text


def levels(text: str, rtl: bool | None = None, *, isolated: bool = False) -> list[int]:
    """The resolved embedding level of each character (even: left to right, odd: right to
    left). `rtl` sets the paragraph direction; None takes it from the first strong letter.
    `isolated`: the text is one unit (a name) in its own direction inside that paragraph,
    as between FSI and PDI, so "Ioana D." keeps its full stop after the D in an Arabic
    report instead of taking the paragraph's side."""
    if isolated:
        return list(_levels(FSI + text + PDI, rtl))[1:-1]
    return list(_levels(text, rtl))


_STRONG_RTL = frozenset(("R", "AL", "AN", "RLE", "RLO", "RLI"))


@lru_cache(maxsize=4096)
def _levels(text: str, rtl: bool | None) -> tuple[int, ...]:
    if not rtl and not any(unicodedata.bidirectional(c) in _STRONG_RTL for c in text):
        return (0,) * len(text)  # nothing right to left: no need to ask
    base = None if rtl is None else ("R" if rtl else "L")
    # python-bidi's debug form reports the levels it resolved, one per UTF-8 byte.
    report = str(get_display(text, base_dir=base, debug=True))
    found = _LEVELS.search(report)
    per_byte = [int(n) for n in _LEVEL.findall(found.group(1))] if found else []
    if len(per_byte) != len(text.encode("utf-8")):
        return tuple(_levels_by_python(text, base))
    out, offset = [], 0
    for char in text:
        out.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return tuple(out)


def _levels_by_python(text: str, base: str | None) -> list[int]:
    """python-bidi's pure-Python algorithm: used only if the Rust one's report changes form."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    level = algorithm.get_base_level(text) if base is None else algorithm.PARAGRAPH_LEVELS[base]
    storage["base_level"], storage["base_dir"] = level, ("L", "R")[level]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [char["level"] for char in storage["chars"]]


def visual_order(item_levels: Sequence[int]) -> list[int]:
    """Indices of items (characters or runs) left to right on the page (rule L2: from the
    highest level down to the lowest odd one, reverse every stretch at that level or above)."""
    order = list(range(len(item_levels)))
    odd = [lv for lv in item_levels if lv % 2]
    if not odd:
        return order
    for level in range(max(item_levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if item_levels[order[i]] >= level:
                j = i
                while j < len(order) and item_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def visual(text: str, rtl: bool | None = None) -> str:
    """The characters left to right as drawn, before shaping and mirroring (for tests and
    for checking an order by eye)."""
    return "".join(text[i] for i in visual_order(levels(text, rtl)))
