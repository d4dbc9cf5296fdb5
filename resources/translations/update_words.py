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

from safehaven.domain.words import _WORDS

EXTRA = ["very low", "low", "okay", "good", "very good"]  # the mood faces' tooltips


def vocabulary() -> list[str]:
    """Every vocabulary word in English, sorted."""
    return sorted(set(_WORDS.values()) | set(EXTRA))


def update_pot(pot: Path) -> int:
    """Add the vocabulary to the core's template; returns how many were not there yet."""
    from babel.messages.pofile import read_po, write_po

    with pot.open("rb") as f:
        catalog = read_po(f)
    added = 0
    for english in vocabulary():
        if english not in catalog:
            added += 1
        message = catalog.get(english)
        if message is None:
            catalog.add(english, locations=[("src/safehaven/domain/words.py", 0)])
        elif ("src/safehaven/domain/words.py", 0) not in message.locations:
            message.locations.append(("src/safehaven/domain/words.py", 0))
    with pot.open("wb") as f:
        write_po(f, catalog, width=100)
    return added


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
    for path in sys.argv[1:]:
        if path.endswith(".pot"):
            update_pot(Path(path))
            continue
        left = update(Path(path))
        if left:
            print(f"{path}: {left} vocabulary words still to translate")
