"""A picture's viewing copy and thumbnail (issue 29): made in memory on import, the
original kept byte for byte; encrypted like the content, never on disk in the clear; a
thumbnail only for those who may open the document."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PIL import Image

from safehaven import previews
from safehaven.services import documents, residents
from tests.conftest import House
from tests.services.test_documents import consent_to_photos, pdf

MARK = (13, 117, 201)  # a colour to look for in the clear


def picture(width: int, height: int, kind: str = "JPEG") -> bytes:
    img = Image.new("RGB", (width, height), MARK)
    out = io.BytesIO()
    img.save(out, kind, quality=95)
    return out.getvalue()


def size_of(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as img:
        return img.size


@pytest.fixture
def rid(house: House) -> str:
    rid = residents.add(house.manager, "Olena").record.id
    consent_to_photos(house, rid)
    return rid


def test_a_large_photo_gets_a_viewing_copy_and_a_thumbnail_and_keeps_its_original(
        house: House, rid: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made_files: list[str] = []
    real = tempfile.mkstemp
    monkeypatch.setattr(tempfile, "mkstemp", lambda *a, **k: made_files.append("x") or
                        real(*a, **k))
    original = picture(3200, 2400)
    made = documents.add(house.staff, rid, "photo", original, title="Current photo").record
    assert made_files == []  # made in memory
    assert made.preview and len(made.thumb) == 1
    _, whole = documents.content(house.staff, made.id)
    assert whole == original and size_of(whole) == (3200, 2400)
    _, shown = documents.content(house.staff, made.id, viewing=True)
    assert size_of(shown) == (previews.VIEW_PX, 1200) and len(shown) < len(original)
    thumbs = documents.thumbnails(house.staff, rid)
    assert size_of(thumbs[made.id]) == (previews.THUMB_PX, 120)
    # the picture's parts cannot pass for one another: each is bound to its part
    ids = set(made.chunks) | set(made.preview) | set(made.thumb)
    assert len(ids) == len(made.chunks) + len(made.preview) + len(made.thumb)


def test_a_small_picture_is_viewed_as_it_is_and_a_pdf_has_neither(house: House,
                                                                  rid: str) -> None:
    small = documents.add(house.staff, rid, "photo", picture(800, 600, "PNG"),
                          title="Small").record
    assert small.preview == () and len(small.thumb) == 1
    assert documents.content(house.staff, small.id, viewing=True)[1] == \
        documents.content(house.staff, small.id)[1]
    scan = documents.add(house.staff, rid, "court-order", pdf(), title="Order").record
    assert scan.preview == () and scan.thumb == ()
    assert set(documents.thumbnails(house.staff, rid)) == {small.id}


def test_a_thumbnail_is_only_for_those_who_may_open_the_document(house: House,
                                                                 rid: str) -> None:
    made = documents.add(house.manager, rid, "identity-document", picture(1000, 700),
                         title="Passport", access="managers-only").record
    assert made.thumb
    assert documents.thumbnails(house.staff, rid) == {}
    assert documents.thumbnails(house.clinician, rid) == {}
    assert set(documents.thumbnails(house.manager, rid)) == {made.id}


def test_neither_the_original_nor_its_copies_are_on_disk_in_the_clear(house: House,
                                                                      rid: str) -> None:
    documents.add(house.staff, rid, "photo", picture(2400, 1800), title="Photo")
    house.vault.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    for path in Path(house.folder).rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert b"\xff\xd8\xff" not in raw and b"JFIF" not in raw, path.name


def test_a_picture_pillow_cannot_read_is_kept_without_copies(house: House, rid: str) -> None:
    odd = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" \
        b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00not a real scan\xff\xd9"
    made = documents.add(house.staff, rid, "photo", odd, title="Odd").record
    assert made.preview == () and made.thumb == ()
    assert previews.make(b"\x89PNG\r\n\x1a\n" + b"\0" * 40) is None
