"""`safehaven doc` through the real command line (issue 29): roles and keys hold as in the
app, refusals are one line and change nothing, and no key is ever printed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli_care import CLINICIAN, STAFF, House, house, ok, refused  # noqa: F401

PDF = b"%PDF-1.4\nInterim care order, case 2026/14\n%%EOF\n"


def test_documents_from_the_command_line(house: House, tmp_path: Path) -> None:  # noqa: F811
    rid = ok(house, "resident", "add", "--preferred-name", "Amina", who=STAFF)
    scan = tmp_path / "order.pdf"
    scan.write_bytes(PDF)
    made = json.loads(ok(house, "doc", "add", str(scan), "--resident", rid, "--kind",
                         "court-order", "--dated", "2026-10-02", "--json", who=STAFF))
    assert made["file_key"] is None and made["media_type"] == "application/pdf"
    assert "order.pdf" in ok(house, "doc", "list", "--resident", rid, who=STAFF)
    renamed = json.loads(ok(house, "doc", "edit", "--id", made["id"], "--title",
                            "order.pdf", "--dated", "2026-10-03", "--json", who=STAFF))
    assert renamed["dated"] == "2026-10-03" and renamed["file_key"] is None
    copy = tmp_path / "copy"
    copy.mkdir()
    said = ok(house, "doc", "export", "--id", made["id"], "--out", str(copy), who=STAFF)
    assert (copy / "order.pdf").read_bytes() == PDF and str(copy / "order.pdf") in said

    assert "clinicians and managers" in refused(
        house, "doc", "add", str(scan), "--resident", rid, "--kind", "medical", "--access",
        "clinicians-managers", who=STAFF)
    closed = ok(house, "doc", "add", str(scan), "--resident", rid, "--kind", "medical",
                "--title", "Assessment", "--access", "clinicians-managers", who=CLINICIAN)
    listed = json.loads(ok(house, "doc", "list", "--resident", rid, "--json", who=STAFF))
    assert {d["title"]: d["may_open"] for d in listed} == {"order.pdf": True,
                                                          "Assessment": False}
    assert all(d["sealed_key"] is None and d["file_key"] is None for d in listed)
    assert "clinicians and managers" in refused(house, "doc", "export", "--id", closed,
                                                "--out", str(tmp_path / "x.pdf"), who=STAFF)
    assert "consent to photographs" in refused(house, "doc", "add", str(scan), "--resident",
                                               rid, "--kind", "photo", who=STAFF)
    assert "remove documents" in refused(house, "doc", "remove", "--id", made["id"],
                                         "--reason", "duplicate", who=STAFF)
    ok(house, "doc", "remove", "--id", made["id"], "--reason", "duplicate scan")
    assert "order.pdf" not in ok(house, "doc", "list", "--resident", rid)
    shown = ok(house, "doc", "show", "--id", made["id"])
    assert "duplicate scan" in shown


def test_a_managers_only_document_from_the_command_line(house: House,  # noqa: F811
                                                        tmp_path: Path) -> None:
    """The clinician's own passphrase (her own keys) opens neither the document nor a copy
    of it; the manager's does."""
    rid = ok(house, "resident", "add", "--preferred-name", "Dana", who=STAFF)
    scan = tmp_path / "order.pdf"
    scan.write_bytes(PDF)
    refused(house, "doc", "add", str(scan), "--resident", rid, "--kind", "court-order",
            "--access", "managers-only", who=CLINICIAN)
    made = ok(house, "doc", "add", str(scan), "--resident", rid, "--kind", "court-order",
              "--access", "managers-only")
    for who in (STAFF, CLINICIAN):
        listed = json.loads(ok(house, "doc", "list", "--resident", rid, "--json", who=who))
        assert [(d["id"], d["may_open"], d["access"]) for d in listed] == [
            (made, False, "managers-only")]
        refused(house, "doc", "export", "--id", made, "--out", str(tmp_path / "x.pdf"),
                who=who)
        assert not (tmp_path / "x.pdf").exists()
    ok(house, "doc", "export", "--id", made, "--out", str(tmp_path / "y.pdf"))
    assert (tmp_path / "y.pdf").read_bytes() == PDF


def test_what_a_laptop_fetches_from_the_command_line(house: House) -> None:  # noqa: F811
    said = json.loads(ok(house, "doc", "fetching", "--laptop", "on-demand", "--json",
                         who=STAFF))
    assert said == {"house": "all", "laptop": "on-demand", "here": "on-demand"}
    refused(house, "doc", "fetching", "--house", "thumbnails", who=STAFF)
    said = json.loads(ok(house, "doc", "fetching", "--house", "thumbnails", "--laptop",
                         "house", "--json"))
    assert said == {"house": "thumbnails", "laptop": None, "here": "thumbnails"}
