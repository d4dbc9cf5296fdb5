"""Redacting third parties from a child's complete file (issue 30, item 4). Pure.

A subject-access request gives a young person their own records, not what those records
say about other people: a trafficker on the no-contact list, a relative who visited, a
witness named in a note. The manager chooses the names (the ones recorded in structured
fields are offered: trusted adults, the no-contact list, contacts); every occurrence in
every text of the file is replaced, whatever its case, as a whole word or phrase. Ids,
field names and vocabulary values are never touched. A document's content cannot be
redacted this way: a redacted file leaves the documents out and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import Any

MARK = "[redacted]"
MIN_LENGTH = 2  # a single letter would blank out half the file


def pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every name (longest first, so "Karim Osei" goes whole before
    "Karim"), as whole words, any case; None when there is nothing to redact."""
    wanted = sorted({n.strip() for n in names if len(n.strip()) >= MIN_LENGTH},
                    key=lambda n: (-len(n), n))
    if not wanted:
        return None
    words = "|".join(r"\s+".join(re.escape(w) for w in n.split()) for n in wanted)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def text(value: str, found: re.Pattern[str] | None) -> str:
    return found.sub(MARK, value) if found is not None else value


def _keep(name: str) -> bool:
    """Fields never redacted: ids and the names of things, not people's words."""
    return name == "id" or name.endswith("_id") or name.endswith("_ids") or name in (
        "site_id", "field", "changeset")


def value(item: Any, found: re.Pattern[str] | None) -> Any:
    """`item` with every text in it redacted: strings, lists, dicts (not their keys, nor
    id fields) and dataclass records (new ones; records are frozen)."""
    if found is None or isinstance(item, Enum):
        return item
    if isinstance(item, str):
        return text(item, found)
    if isinstance(item, list | tuple):
        return type(item)(value(x, found) for x in item)
    if isinstance(item, Mapping):
        return {k: (v if _keep(str(k)) else value(v, found)) for k, v in item.items()}
    if is_dataclass(item) and not isinstance(item, type):
        changed = {f.name: value(getattr(item, f.name), found) for f in fields(item)
                   if not _keep(f.name)}
        return replace(item, **changed)
    return item
