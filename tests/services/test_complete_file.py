"""The complete file (issue 30): every record with its history and audit, and the
documents kept with the record as files, without their keys; managers only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from safehaven.errors import CannotWrite, NotAllowed
from safehaven.reports import complete_file
from safehaven.services import closures, documents, export, notes, residents
from tests.conftest import House

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nAn interim care order\n%%EOF\n"


def test_the_complete_file_holds_records_history_audit_and_documents(house: House,
                                                                    tmp_path: Path) -> None:
    rid = residents.add(house.manager, "Noor", legal_name="Noor Haddad",
                        intake_date=date(2026, 10, 1)).record.id
    notes.write(house.clinician, rid, "Grounding practised.", kind="clinical")
    order = documents.add(house.manager, rid, "court-order", PDF, title="Interim care order",
                          access="clinicians-managers").record
    documents.add(house.staff, rid, "school", PDF.replace(b"interim care order", b"report"),
                  title="Interim care order")  # the same title: two files all the same
    closures.close(house.manager, rid, "kinship", destination="Her aunt")
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            export.complete_file(who, rid)
    written = complete_file.write_folder(export.complete_file(house.manager, rid),
                                         tmp_path / "out")
    data = json.loads((tmp_path / "out" / complete_file.JSON_NAME).read_text())
    files = sorted(d["file"] for d in data["documents"])
    assert files == ["documents/Interim care order (2).pdf",
                     "documents/Interim care order.pdf"]
    assert {p.read_bytes() for p in written if p.parent.name == "documents"} == {
        PDF, PDF.replace(b"interim care order", b"report")}
    rows = {d["id"]: d for d in data["records"]["documents"]}
    assert rows[order.id]["file_key"] is None and rows[order.id]["sealed_key"] is None
    for changes in data["history"]["documents"].values():
        assert all(c["value"].get("sealed_key") is None and c["value"].get("file_key") is None
                   for c in changes if c["field"] == "*")
    clinical = data["records"]["case_notes"][0]
    assert clinical["body"] == "Grounding practised."  # opened for the manager
    assert data["history"]["residents"][rid][0]["value"]["legal_name"] == "Noor Haddad"
    audited = {(a["action"], a["record"]) for a in data["audit"]}
    assert ("create", "documents") in audited and ("create", "case_closures") in audited
    with pytest.raises(CannotWrite):  # never over an earlier one
        complete_file.write_folder(export.complete_file(house.manager, rid), tmp_path / "out")
