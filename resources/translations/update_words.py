"""Keep the vocabulary words of the catalogues in step with safehaven/domain/words.py.

Vocabulary words (care stages, need categories, flags...) are translated at run time from
data, so neither lupdate nor pybabel can find them in the code. Run after them
(`make translations`):
- for each .ts: it rebuilds the "Words" context from the English words, keeps every existing
  translation (lupdate marks them "vanished"), and drops other vanished entries;
- for the core's safehaven.pot: it adds the words as messages, so `pybabel update` carries
  them into every .po.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from safehaven.domain.words import _WORDS

EXTRA = ["very low", "low", "okay", "good", "very good"]  # the mood faces' tooltips


def vocabulary() -> list[str]:
    """Every vocabulary word in English, sorted."""
    return sorted(set(_WORDS.values()) | set(EXTRA))


def update_pot(pot: Path, target: Path | None = None) -> int:
    """Add the vocabulary to the core's template `pot` (fresh from pybabel extract) and
    write it to `target` (if given, only when its messages changed, so that a run with
    nothing new leaves the template, and the .po files merged from it, as they were)."""

    with pot.open("rb") as f:
        catalog = read_po(f)
    added = 0
    for english in vocabulary():
        if english not in catalog:
            added += 1
        message = catalog.get(english)
        if message is None:
            catalog.add(english, locations=[("src/safehaven/domain/words.py", None)])
        elif ("src/safehaven/domain/words.py", None) not in message.locations:
            message.locations.append(("src/safehaven/domain/words.py", None))
    if target is not None and target.exists():
        with target.open("rb") as f:
            before = read_po(f)
        if _messages(before) == _messages(catalog):  # nothing new: no churn in git
            pot.unlink()
            return 0
    with (target or pot).open("wb") as f:
        write_po(f, catalog, width=100)
    if target is not None:
        pot.unlink()
    return added


def _messages(catalog: Catalog) -> list[tuple[object, ...]]:
    return [(m.id, sorted(m.locations, key=str), tuple(sorted(m.flags)), m.auto_comments)
            for m in catalog if m.id]


def update(ts: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    known: dict[str, str] = {}
    for context in list(root.findall("context")):
        name = context.findtext("name")
        for message in list(context.findall("message")):
            translation = message.find("translation")
            assert translation is not None
            if name == "Words" and translation.text:
                known[message.findtext("source") or ""] = translation.text
            if translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if name == "Words" or not context.findall("message"):
            root.remove(context)
    words = ET.SubElement(root, "context")
    ET.SubElement(words, "name").text = "Words"
    missing = 0
    for english in vocabulary():
        message = ET.SubElement(words, "message")
        ET.SubElement(message, "source").text = english
        translation = ET.SubElement(message, "translation")
        if english in known:
            translation.text = known[english]
        elif root.get("language", "").startswith("en"):
            translation.set("type", "unfinished")  # English needs no translation
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    if sys.argv[1:2] == ["--pot"]:  # --pot FRESH TEMPLATE
        update_pot(Path(sys.argv[2]), Path(sys.argv[3]))
        sys.exit(0)
    for path in sys.argv[1:]:
        if path.endswith(".pot"):
            update_pot(Path(path))
            continue
        left = update(Path(path))
        if left:
            print(f"{path}: {left} vocabulary words still to translate")
