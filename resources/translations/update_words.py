"""Keep the "Words" context of each .ts file in step with safehaven/domain/words.py.

Vocabulary words (care stages, need categories, flags...) are translated at run time from
data, so lupdate cannot find them in the code. Run after lupdate (`make translations`): it
rebuilds the context from the English words, keeps every existing translation (lupdate marks
them "vanished"), and drops other vanished entries.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from safehaven.domain.words import _WORDS

EXTRA = ["very low", "low", "okay", "good", "very good"]  # the mood faces' tooltips


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
    for english in sorted(set(_WORDS.values()) | set(EXTRA)):
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
        left = update(Path(path))
        if left:
            print(f"{path}: {left} vocabulary words still to translate")
