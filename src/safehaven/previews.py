"""A picture's viewing-size copy and its thumbnail, made in memory when it is added.

A phone's photo is 4,000 pixels wide and several megabytes: a netbook that shows a list
of documents needs a thumbnail, and the viewer a copy the size of a screen, not the
original (which is kept, whole, for "Save a copy" and printing). Both are JPEGs made from
the already cleaned picture (no metadata is carried over), entirely in memory: nothing is
written to disk in the clear. Pillow decodes and scales (it is already in the app through
reportlab; pure Python decoding of a JPEG would take seconds a photo).

A picture Pillow cannot read gets neither (the original still opens where it can); one
larger than MAX_PIXELS is not decoded at all (a "decompression bomb" would take the
laptop's memory).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

VIEW_PX = 1600  # the longer side of the viewing copy: a laptop's screen, or a printed page
THUMB_PX = 160  # the longer side of a thumbnail in the Documents tab
MAX_PIXELS = 60_000_000  # beyond a 60-megapixel camera: not decoded
QUALITY_VIEW, QUALITY_THUMB = 82, 75


@dataclass(frozen=True, slots=True)
class Previews:
    view: bytes | None  # None: the original is small enough to view as it is
    thumb: bytes


def make(data: bytes) -> Previews | None:
    """The viewing copy and thumbnail of a JPEG or PNG, or None when it cannot be read."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.width * img.height > MAX_PIXELS:
                return None
            big = max(img.width, img.height) > VIEW_PX
            # a JPEG decodes at a half, a quarter... of its size, still above the view's
            ratio = min(1.0, VIEW_PX / max(img.width, img.height, 1))
            img.draft("RGB", (int(img.width * ratio), int(img.height * ratio)))
            picture = _rgb(img)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError,
            SyntaxError):
        return None
    view = None
    if big:
        picture.thumbnail((VIEW_PX, VIEW_PX), Image.Resampling.BICUBIC)
        view = _jpeg(picture, QUALITY_VIEW)
    picture.thumbnail((THUMB_PX, THUMB_PX), Image.Resampling.LANCZOS)
    return Previews(view, _jpeg(picture, QUALITY_THUMB))


def _rgb(img: Image.Image) -> Image.Image:
    """The picture as RGB, transparency laid on white (a scanned signature on a PNG)."""
    img.load()
    if img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGB", rgba.size, (255, 255, 255))
        white.paste(rgba, mask=rgba.getchannel("A"))
        return white
    return img.convert("RGB")


def _jpeg(picture: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=quality, optimize=True)  # no EXIF: none is passed
    return out.getvalue()
