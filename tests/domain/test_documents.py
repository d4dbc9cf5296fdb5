"""What a document's bytes are, and the camera's metadata taken out of a photo."""

from __future__ import annotations

import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safehaven.domain import documents as d


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return len(body).to_bytes(4, "big") + kind + body + \
        zlib.crc32(kind + body).to_bytes(4, "big")


PNG = (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", bytes(13))
       + png_chunk(b"eXIf", b"MM\0*GPS 50.45N") + png_chunk(b"tEXt", b"Comment\0house")
       + png_chunk(b"IDAT", b"pixels") + png_chunk(b"IEND", b""))


def test_a_png_loses_its_exif_and_text_and_keeps_its_picture() -> None:
    clean = d.without_metadata(PNG)
    assert b"GPS" not in clean and b"house" not in clean
    assert b"IHDR" in clean and b"pixels" in clean and clean.endswith(png_chunk(b"IEND", b""))


@pytest.mark.parametrize(("data", "kind"), [
    (b"\xff\xd8\xff\xe0rest", d.JPEG), (PNG, d.PNG), (b"%PDF-1.7", d.PDF),
    (b"photo.jpg", d.OTHER), (b"", d.OTHER)])
def test_the_media_type_comes_from_the_bytes(data: bytes, kind: str) -> None:
    assert d.media_type(data) == kind


def test_a_cut_picture_is_refused_not_kept_half_cleaned() -> None:
    with pytest.raises(d.BadImage):
        d.without_metadata(b"\xff\xd8\xff\xe1\x01\x00Exif")
    with pytest.raises(d.BadImage):
        d.without_metadata(PNG[:40])


@given(st.binary(max_size=300))
def test_any_bytes_after_a_jpeg_start_are_cleaned_or_refused(tail: bytes) -> None:
    try:
        clean = d.without_metadata(b"\xff\xd8" + tail)
    except d.BadImage:
        return
    assert clean.startswith(b"\xff\xd8")


@given(st.binary(max_size=2000), st.integers(min_value=1, max_value=300))
def test_slices_put_back_together_are_the_content(data: bytes, size: int) -> None:
    parts = d.slices(data, size)
    assert b"".join(parts) == data and all(len(p) <= size for p in parts) and parts
