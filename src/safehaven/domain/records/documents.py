"""Documents on file for a resident (their content sealed in chunks; store/chunks.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.vocab import DocumentAccess, DocumentKind


@dataclass(frozen=True, slots=True)
class Document:
    """A file kept with a young person's record: an identity paper, a court order, a signed
    consent form, a photo for the police. The row travels like any record; the content
    travels apart, encrypted in chunks under the document's own key (`chunks` names them
    by the hash of their ciphertext). The key is in the row for the care team, or sealed
    under the house's restricted key for clinicians and managers only. Removing keeps the
    row as a tombstone (who, when, why) and lets the content be erased everywhere."""

    id: str
    site_id: str
    resident_id: str
    kind: DocumentKind
    title: str
    access: DocumentAccess
    media_type: str
    size: int
    chunks: tuple[str, ...]
    added_by: str
    added_at: datetime
    dated: date | None = None  # the day on the document (issued, signed, taken)
    file_key: str | None = None  # base64, when the whole care team may open it
    sealed_key: str | None = None  # the same, sealed: clinicians and managers only
    about_table: str | None = None  # an incident, a consent... it belongs to
    about_id: str | None = None
    removed_at: datetime | None = None
    removed_by: str | None = None
    removed_reason: str | None = None
    # a picture's viewing-size copy and its thumbnail (JPEG, under the same key), so a
    # list shows thumbnails and a netbook need not fetch every original (0021)
    preview: tuple[str, ...] = ()
    thumb: tuple[str, ...] = ()
