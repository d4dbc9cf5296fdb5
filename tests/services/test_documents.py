"""Documents kept with a young person's record (issue 29): kept encrypted, opened only by
those the document is for, photos only with consent and without the camera's position,
files over the house's limit refused before any copy, removal that erases the content."""

from __future__ import annotations

import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

from safehaven.domain import documents as d
from safehaven.domain.models import AuditEntry, Document
from safehaven.domain.vocab import KeyCircle
from safehaven.errors import InvalidValue, NotAllowed, NotFound
from safehaven.services import consents, documents, residents
from safehaven.store import chunks, crypto, reads, restricted
from tests.conftest import NOW, House

GPS = b"GPSLatitude 50.4501 N GPSLongitude 30.5234 E"
SCAN_MARK = b"MARK-OF-THE-COURT-ORDER-1234"


def jpeg(extra: bytes = b"picture") -> bytes:
    """A small JPEG as a phone writes it: JFIF, then EXIF with a GPS position, then the
    picture (the scan, to the end)."""
    def segment(marker: int, body: bytes) -> bytes:
        return bytes([0xFF, marker]) + (len(body) + 2).to_bytes(2, "big") + body
    return (b"\xff\xd8" + segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
            + segment(0xE1, b"Exif\0\0" + GPS) + segment(0xFE, b"taken at the house")
            + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00" + extra + b"\xff\xd9")


def pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + SCAN_MARK * 50 + b"\n%%EOF\n"


def consent_to_photos(house: House, rid: str) -> None:
    consents.add(house.clinician, rid, "photographs", granted_on=NOW.date() - timedelta(days=3),
                 expires_on=NOW.date() + timedelta(days=300), guardian_name="Ms Guardian",
                 child_assent=True)


def chunk_count(house: House) -> int:
    return int(house.vault.conn.execute("SELECT count(*) FROM document_chunks").fetchone()[0])


@pytest.fixture
def rid(house: House) -> str:
    return residents.add(house.manager, "Olena").record.id


def test_a_photo_needs_a_current_consent(house: House, rid: str) -> None:
    with pytest.raises(InvalidValue, match="consent to photographs"):
        documents.add(house.staff, rid, "photo", jpeg(), title="Current photo")
    assert chunk_count(house) == 0
    consent_to_photos(house, rid)
    made = documents.add(house.staff, rid, "photo", jpeg(), title="Current photo").record
    assert made.media_type == d.JPEG and made.kind == "photo"
    with pytest.raises(InvalidValue, match="JPEG or PNG"):
        documents.add(house.staff, rid, "photo", pdf(), title="Not a picture")


def test_the_cameras_position_leaves_the_photo_and_the_picture_stays(house: House,
                                                                   rid: str) -> None:
    consent_to_photos(house, rid)
    made = documents.add(house.staff, rid, "photo", jpeg(b"PIXELS"), title="Photo").record
    _, data = documents.content(house.staff, made.id)
    assert GPS not in data and b"taken at the house" not in data
    assert data.startswith(b"\xff\xd8") and b"JFIF" in data and data.endswith(b"PIXELS\xff\xd9")


def test_nothing_of_a_document_is_in_the_clear_on_disk(house: House, rid: str) -> None:
    consent_to_photos(house, rid)
    documents.add(house.staff, rid, "photo", jpeg(b"PIXELS" * 5000), title="Photo")
    documents.add(house.manager, rid, "court-order", pdf(), title="Interim care order",
                  dated=date(2026, 10, 2))
    house.vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    for path in house.folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"%PDF" not in raw and SCAN_MARK not in raw, path.name
            assert b"\xff\xd8\xff\xe0" not in raw and b"PIXELSPIXELS" not in raw, path.name


def test_a_document_opens_whole_and_each_opening_is_audited(house: House, rid: str) -> None:
    big = pdf() + os.urandom(3 * d.CHUNK_BYTES + 17)  # several chunks
    made = documents.add(house.manager, rid, "court-order", big, title="Order").record
    assert len(made.chunks) == 4 and made.size == len(big)
    doc, data = documents.content(house.staff, made.id)
    assert data == big and doc.title == "Order"
    audits = [a for a in reads.all_of(house.vault.conn, AuditEntry)
              if a.action == "view-document" and a.row_id == made.id]
    assert len(audits) == 1 and audits[0].staff_id == house.staff.actor.id


def test_a_clinical_document_is_closed_to_staff_by_its_key(house: House, rid: str) -> None:
    with pytest.raises(NotAllowed):
        documents.add(house.staff, rid, "medical", pdf(), title="Assessment",
                      access="clinicians-managers")
    made = documents.add(house.clinician, rid, "medical", pdf(), title="Assessment",
                         access="clinicians-managers").record
    row = house.vault.conn.execute("SELECT file_key, sealed_key FROM documents WHERE id = ?",
                                   (made.id,)).fetchone()
    assert row[0] is None and row[1].startswith("rk1:")  # the key itself is sealed
    listed = documents.for_resident(house.staff, rid)
    assert [(x.document.title, x.may_open, x.here) for x in listed] == [
        ("Assessment", False, True)]
    with pytest.raises(NotAllowed):
        documents.content(house.staff, made.id)
    assert documents.content(house.manager, made.id)[1] == pdf()


def test_a_file_over_the_limit_is_refused_before_any_copy(house: House, rid: str,
                                                          tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    monkeypatch.setattr(documents, "max_bytes", lambda ctx: 1000)
    big = tmp_path / "scan.pdf"
    big.write_bytes(pdf() + b"x" * 2000)
    read: list[Path] = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or real(self))
    with pytest.raises(InvalidValue, match="up to"):
        documents.add_file(house.staff, rid, "other", big)
    assert big not in read  # refused from its size alone
    assert reads.count(house.vault.conn, "documents") == 0
    assert chunk_count(house) == 0


def test_removal_is_the_managers_keeps_a_tombstone_and_erases_the_content(
        house: House, rid: str) -> None:
    made = documents.add(house.staff, rid, "school", pdf(), title="Report card").record
    kept = documents.add(house.staff, rid, "other", b"another file", title="Letter").record
    with pytest.raises(NotAllowed):
        documents.remove(house.staff, made.id, "uploaded to the wrong child")
    documents.remove(house.manager, made.id, "uploaded to the wrong child")
    assert [x.document.id for x in documents.for_resident(house.staff, rid)] == [kept.id]
    gone: Document = reads.get(house.vault.conn, Document, made.id)
    assert gone.removed_reason == "uploaded to the wrong child" and gone.removed_at == NOW
    held = {r[0] for r in house.vault.conn.execute("SELECT id FROM document_chunks")}
    assert held == set(kept.chunks)  # the removed one's content is erased here
    with pytest.raises(NotFound):
        documents.content(house.manager, made.id)


def test_a_copy_saved_out_is_owner_only_and_audited(house: House, rid: str,
                                                    tmp_path: Path) -> None:
    made = documents.add(house.staff, rid, "court-order", pdf(), title="Order 2026/14").record
    out = documents.export(house.manager, made.id, tmp_path)
    assert out.name == "Order 2026_14.pdf" and out.read_bytes() == pdf()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert any(a.action == "export-document" and a.row_id == made.id
               for a in reads.all_of(house.vault.conn, AuditEntry))


def test_the_house_sets_its_own_limit(house: House, rid: str) -> None:
    from safehaven.services import house_settings

    big = pdf() + b"x" * (2 * 1_048_576)
    with pytest.raises(NotAllowed):
        house_settings.set_value(house.staff, "document-max-mb", 1)
    house_settings.set_value(house.manager, "document-max-mb", 1)
    with pytest.raises(InvalidValue, match="up to 1 MB"):
        documents.add(house.staff, rid, "other", big, title="Scan")
    house_settings.set_value(house.manager, "document-max-mb", 3)
    assert documents.add(house.staff, rid, "other", big, title="Scan").record.size == len(big)


def test_a_documents_title_kind_and_date_are_corrected_not_who_may_open_it(
        house: House, rid: str) -> None:
    made = documents.add(house.staff, rid, "other", pdf(), title="scan0001.pdf").record
    fixed = documents.edit(house.staff, made.id, title="Birth certificate (copy)",
                           kind="identity-document", dated=date(2011, 5, 4)).record
    assert (fixed.title, str(fixed.kind), fixed.dated) == (
        "Birth certificate (copy)", "identity-document", date(2011, 5, 4))
    assert documents.content(house.staff, made.id)[1] == pdf()  # the content is untouched
    with pytest.raises(InvalidValue):
        documents.edit(house.staff, made.id, access="clinicians-managers")
    with pytest.raises(InvalidValue, match="JPEG or PNG"):
        documents.edit(house.staff, made.id, kind="photo")
    logged = reads.change_log_for(house.vault.conn, "documents", made.id)
    assert any("scan0001.pdf" in str(row) for row in logged)  # the old title is in history


def test_a_managers_only_document_is_closed_to_clinicians_and_staff_by_its_key(
        house: House, rid: str) -> None:
    """The third level: filed by a manager, its key sealed under the managers' own key.
    Neither the service nor the clinician's own keys open it; the clinician's keys do
    open a clinicians-and-managers document (the control)."""
    for who in (house.staff, house.clinician):
        with pytest.raises(NotAllowed):
            documents.add(who, rid, "court-order", pdf(), title="Order",
                          access="managers-only")
    made = documents.add(house.manager, rid, "court-order", pdf(), title="Order",
                         access="managers-only").record
    control = documents.add(house.clinician, rid, "medical", pdf(), title="Assessment",
                            access="clinicians-managers").record
    for who in (house.staff, house.clinician):
        assert {x.document.title: x.may_open for x in documents.for_resident(who, rid)} == {
            "Order": False, "Assessment": who is house.clinician}
        with pytest.raises(NotAllowed):
            documents.content(who, made.id)
    assert documents.content(house.manager, made.id)[1] == pdf()

    # the file store read with the clinician's own keys: her identity opens her grants,
    # and none of them opens the managers-only document's key or its content
    vault = house.vault
    clinician_id = house.clinician.actor.id
    ring = restricted.load(vault.roster, clinician_id, vault.signers[clinician_id])
    rows = dict(vault.conn.execute("SELECT id, sealed_key FROM documents").fetchall())
    assert ring.current is not None and ring.open("documents", control.id, "sealed_key",
                                                  rows[control.id]) is not None
    assert ring.open("documents", made.id, "sealed_key", rows[made.id]) is None
    first = chunks.get(vault.conn, [made.chunks[0]])[made.chunks[0]]
    for key in [k for r in (ring, *ring.circles.values()) for k in r.keys.values()]:
        with pytest.raises(crypto.SealError):
            crypto.unseal(key, first, chunks.aad(made.id, 0))
    # the manager's ring holds a key the clinician's lacks, and it is the one used
    mine = restricted.load(vault.roster, vault.staff_id, vault.signers[vault.staff_id])
    managers = mine.circles[KeyCircle.MANAGERS]
    assert rows[made.id].startswith(f"rk1:{managers.current}:")
    assert not set(managers.keys) & {k for r in (ring, *ring.circles.values()) for k in r.keys}
