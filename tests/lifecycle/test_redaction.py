"""Third parties taken out of the complete file (issue 30, item 4): the names recorded in
fields of their own are offered, every occurrence in every text goes (any case, whole
words), the child's own words and ids stay, and the documents are left out, listed."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from safehaven.domain import redaction
from safehaven.errors import NotAllowed
from safehaven.reports import complete_file
from safehaven.services import (
    documents,
    export,
    no_contacts,
    notes,
    residents,
    trusted_adults,
)
from tests.conftest import House

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nA letter\n%%EOF\n"


def test_a_redacted_file_names_no_third_party(house: House, tmp_path: Path) -> None:
    rid = residents.add(house.manager, "Amaru Quispe").record.id
    trusted_adults.add(house.manager, rid, "Rosa Quispe", "aunt")
    no_contacts.add(house.manager, rid, "Viktor Petrov", "recruiter",
                    reason="Viktor Petrov recruited her")
    notes.write(house.staff, rid, "Rosa QUISPE called; viktor petrov seen near school. "
                "Amaru asked about Lima.")
    documents.add(house.manager, rid, "other", PDF, title="Letter")
    with pytest.raises(NotAllowed):
        export.third_parties(house.staff, rid)
    known = export.third_parties(house.manager, rid)
    assert known == ["Rosa Quispe", "Viktor Petrov"]
    data = export.complete_file(house.manager, rid, [*known, "Lima"])
    written = complete_file.write_folder(data, tmp_path / "out")
    raw = (tmp_path / "out" / complete_file.JSON_NAME).read_text()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "out" /
                                                             complete_file.PDF_NAME).pages)
    for blob in (raw.casefold(), text.casefold()):
        assert "viktor" not in blob and "rosa quispe" not in blob and "lima" not in blob
        assert "[redacted]" in blob and "amaru" in blob  # the child's own name stays
    doc = json.loads(raw)
    assert doc["resident_id"] == rid and doc["redacted_names"] == 3
    assert [d["file"] for d in doc["documents"]] == [None]  # left out, listed with why
    assert doc["documents"][0]["not_included"]
    assert not [p for p in written if p.parent.name == "documents"]
    assert {r["resident_id"] for rows in doc["records"].values() for r in rows
            if "resident_id" in r} == {rid}


def test_the_pattern_takes_whole_words_in_any_case() -> None:
    found = redaction.pattern(["Ana", "Karim Osei", " ", "x"])
    assert redaction.text("Ana met KARIM  osei and Anabel", found) == \
        "[redacted] met [redacted] and Anabel"
    assert redaction.pattern(["", "x"]) is None


@given(st.text(min_size=0, max_size=60), st.from_regex(r"[A-Za-z]{3,10}", fullmatch=True))
def test_no_name_survives_redaction(text: str, name: str) -> None:
    out = redaction.text(f"{text} {name} {text}", redaction.pattern([name]))
    import re

    assert re.search(rf"(?<!\w){re.escape(name)}(?!\w)", out, re.IGNORECASE) is None
