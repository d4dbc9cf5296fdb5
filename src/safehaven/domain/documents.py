"""What a document's bytes are, and what must leave a photo before it is kept.

Pure functions on bytes (no I/O): the media type from the file's first bytes (never from
its name, which a scanner or a phone may get wrong), and a JPEG or PNG without the
metadata a camera writes into it: the place it was taken (GPS in EXIF) would say where
the house is. The picture itself is left as it was, byte for byte.
"""

from __future__ import annotations

# the records a document can be about (services/documents.ABOUT maps them to their models)
ABOUT_TABLES = ("consents", "health_profiles", "incidents", "referrals")
CHUNK_BYTES = 64 * 1024  # a chunk: a few seconds on a 256 kbit/s link, resumable one by one

JPEG, PNG, PDF, OTHER = "image/jpeg", "image/png", "application/pdf", \
    "application/octet-stream"
IMAGES = frozenset({JPEG, PNG})


def media_type(data: bytes) -> str:
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"%PDF-"):
        return PDF
    return OTHER


class BadImage(ValueError):
    """The bytes claim to be a JPEG or PNG but are not one that can be cleaned."""


def without_metadata(data: bytes) -> bytes:
    """A JPEG or PNG with the camera's metadata left out (EXIF with its GPS position, XMP,
    comments, text chunks); other files as they are."""
    kind = media_type(data)
    if kind == JPEG:
        return _jpeg(data)
    if kind == PNG:
        return _png(data)
    return data


# JPEG segments that carry metadata, not picture: APP1 (EXIF, XMP), APP2-APP15 but the
# colour profile (APP2 "ICC_PROFILE"), and comments. APP0 (JFIF) and APP14 (Adobe colour)
# stay: decoders need them.
_KEEP_APP = {0xE0, 0xEE}


def _jpeg(data: bytes) -> bytes:
    out = bytearray(data[:2])
    at = 2
    while at < len(data):
        if data[at] != 0xFF:
            raise BadImage("not a JPEG segment")
        marker = data[at + 1] if at + 1 < len(data) else None
        if marker is None:
            raise BadImage("cut short")
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan: the picture to the end
            out += data[at:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += data[at:at + 2]
            at += 2
            continue
        if at + 4 > len(data):
            raise BadImage("cut short")
        length = int.from_bytes(data[at + 2:at + 4], "big")
        end = at + 2 + length
        if length < 2 or end > len(data):
            raise BadImage("a segment runs past the end")
        icc = marker == 0xE2 and data[at + 4:at + 16] == b"ICC_PROFILE\0"
        metadata = (0xE1 <= marker <= 0xEF and marker not in _KEEP_APP and not icc) \
            or marker == 0xFE
        if not metadata:
            out += data[at:end]
        at = end
    raise BadImage("no picture data")


_PNG_METADATA = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}


def _png(data: bytes) -> bytes:
    out = bytearray(data[:8])
    at = 8
    while at < len(data):
        if at + 8 > len(data):
            raise BadImage("cut short")
        length = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        end = at + 12 + length
        if end > len(data):
            raise BadImage("a chunk runs past the end")
        if kind not in _PNG_METADATA:
            out += data[at:end]
        at = end
        if kind == b"IEND":
            return bytes(out)
    raise BadImage("no end chunk")


def slices(data: bytes, size: int = CHUNK_BYTES) -> list[bytes]:
    """The content cut into chunks (at least one, for an empty file)."""
    return [data[i:i + size] for i in range(0, len(data), size)] or [b""]
