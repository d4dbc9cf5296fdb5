"""No code decides on the words of an error or a refusal: it decides on a kind or a code.

Words are for people; they get reworded and translated. A refusal has a `kind`
(store/refusal.py), a server answer a `code` (sync/protocol.py), SQLite an error code
(store/connection.translate_error). This test reads the source for the ways code used
to match words, and fails on any of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "safehaven"

# Names that hold the words of an error, a refusal or an answer.
_WORDS = r"(?:reason|reasons|error|message|msg|exc|err|refusal|refused|words|why)"
PATTERNS = {
    # reason.startswith(...), doc.get("error", "").startswith(...), str(exc).endswith(...)
    "prefix or suffix of an error's words": re.compile(
        rf"\b{_WORDS}\b[\w.\[\]\"'(), ]*?\.(?:startswith|endswith)\("),
    # "full" in str(exc), "epoch:" in message
    "words looked for in an error": re.compile(
        rf"\bin\s+(?:str|repr)\(\s*{_WORDS}\b|\bin\s+{_WORDS}\.(?:args|reason|message)\b"),
    # text = str(exc).lower()  (then matched)
    "an error turned into text to match": re.compile(
        rf"\bstr\(\s*{_WORDS}\s*\)\s*\.(?:lower|upper|casefold|split|startswith|endswith)\("),
    # SQL on a reason column: reason LIKE ?, reason = ?, reason != ?
    "SQL matching a reason's words": re.compile(
        r"\breason\s+(?:NOT\s+)?LIKE\b|\breason\s*(?:=|!=|<>)\s*\?|\breason\s+(?:NOT\s+)?IN\s*\(",
        re.I),
    # doc["error"][6:]: a value cut out of the words
    "a value cut out of an error's words": re.compile(
        rf"\[\s*[\"']{_WORDS}[\"']\s*\]\s*\[\s*\d+\s*:"),
}


def offences(text: str) -> list[tuple[int, str, str]]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split("#", 1)[0]
        for what, pattern in PATTERNS.items():
            if pattern.search(code):
                found.append((number, what, line.strip()))
    return found


def test_no_code_matches_the_words_of_an_error_or_a_refusal() -> None:
    found = [f"{path.relative_to(SRC)}:{n}: {what}: {line}"
             for path in sorted(SRC.rglob("*.py"))
             for n, what, line in offences(path.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("line", [
    'if result.reason.startswith(RETRYABLE):',
    'if response.status_code == 409 and str(doc.get("error", "")).startswith("epoch:"):',
    '    return {"epoch_changed": doc["error"][6:]}',
    'where = " OR ".join("reason LIKE ?" for _ in reasons)',
    '"SELECT device_id, count(*) FROM quarantine WHERE reason = ? GROUP BY device_id"',
    '"AND reason != ? AND device_seq IN ({in})"',
    'if "full" in str(exc):',
    'text = str(exc).lower()',
    'assert any("site key" in r for r in refused.reason.split())',
])
def test_the_patterns_catch_what_the_code_used_to_do(line: str) -> None:
    """Each line here is (or is like) one the sync code had before kinds and codes."""
    assert offences(line), line


@pytest.mark.parametrize("line", [
    'if result.kind.retryable:',
    'code = error_code(status, doc)',
    '"SELECT envelope FROM quarantine WHERE kind IN (?, ?)"',
    'loopback = host == "localhost" or host.startswith("127.")',
    'if address.startswith(("postgresql://", "postgres://")):',
    'return isinstance(value, str) and value.startswith(PREFIX)',
])
def test_the_patterns_leave_other_text_alone(line: str) -> None:
    assert offences(line) == [], line
