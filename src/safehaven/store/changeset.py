"""A change set and its entries, as code handles them: typed, named, frozen.

They become JSON only at the edges: `to_wire` for the body an envelope seals, and
`from_wire` for one just opened (which checks the shape, so nothing past it unpacks a
list by position or guesses a type). In the vault they are rows of `change_sets` and
`change_log`.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from sys import intern
from typing import Any, NamedTuple

from safehaven.store.crypto import changeset_message
from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.store.tables import Table

WHOLE_ROW = "*"
OVERRIDES = 1  # an entry's seventh value: it replaces a version with a later clock


class Entry(NamedTuple):
    """One change: a whole new row (`field` "*", `value` the row's JSON) or one field's
    new value (JSON), with the change set's clock and the clock of the value it replaced
    (`base_hlc`: None for a new row)."""

    table: str
    row_id: str
    field: str
    value: str
    hlc: int
    base_hlc: int | None

    @property
    def overrides(self) -> bool:
        """It replaces a version with a later clock than its own: written after
        its laptop's clock, once far ahead, was brought back (store/hlc.py). It wins by
        having seen that version (store/versions.py), which a laptop merging by clocks
        alone would get wrong: on the wire it carries a seventh value, `OVERRIDES`, that
        such a laptop does not read, so it sets the change set aside instead."""
        return self.base_hlc is not None and self.hlc < self.base_hlc

    def to_wire(self) -> list[Any]:
        wire = [self.table, self.row_id, self.field, self.value, self.hlc, self.base_hlc]
        return [*wire, OVERRIDES] if self.overrides else wire

    @classmethod
    def from_wire(cls, item: Any) -> Entry:
        """An entry as it travelled; `Refused` (unknown schema) unless it has the shape.
        The seventh value is there exactly when the entry overrides (so the entry made
        again from the vault is the one signed)."""
        if not isinstance(item, list) or len(item) not in (6, 7):
            raise _malformed("an entry that is not six values")
        table, row_id, fname, value, hlc, base = item[:6]
        if not (isinstance(table, str) and isinstance(row_id, str) and isinstance(fname, str)
                and isinstance(value, str) and isinstance(hlc, int)
                and (base is None or isinstance(base, int))):
            raise _malformed("malformed entry")
        entry = cls(table, row_id, fname, value, hlc, base)
        if entry.overrides != (len(item) == 7) or item[6:] not in ([], [OVERRIDES]):
            raise _malformed("malformed entry")
        return entry


class KnownEntry(NamedTuple):
    """An entry whose table (and field) this version knows: what is applied."""

    table: Table
    row_id: str
    field: str
    value: str
    hlc: int
    base_hlc: int | None


def _malformed(message: str) -> Refused:
    return Refused(Refusal(RefusalKind.UNKNOWN_SCHEMA, message))


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What one save made, as it travels between laptops.

    `staff_sig`: its author's signature (store/crypto.changeset_message); `prev`: the
    number of the change set its laptop made before it (0: none), so receivers notice a
    gap; `verified_key`: the author's key, once a receiver has checked the signature
    against it (never from the wire: no sender can claim it was checked); `author_prev`:
    the hash of its author's previous change set on the same laptop, under the signature
    (empty: the first; None: signed before author chains, or not yet worked out).
    `author_link`: a change set that came in a run (format 4) without its `author_prev`
    names the one before it by the same author there; the receiver works the hash out
    (`sync/verify.vouched`) with the author's key. A hint, never trusted: the author's
    signature covers the hash itself.
    """

    id: str
    device_id: str
    device_seq: int
    hlc: int
    staff_id: str | None
    entries: tuple[Entry, ...]
    staff_sig: bytes | None = None
    prev: int = 0
    verified_key: str | None = None
    author_prev: bytes | None = None
    # each entry's value as parsed JSON when whoever opened it parsed it (None: not parsed,
    # or not JSON); never from the wire, and not part of what the change set is
    parsed: tuple[Any, ...] | None = field(default=None, compare=False, repr=False)
    author_link: str | None = field(default=None, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its fields (a page opened in another process comes back this way:
        the slotted dataclass's own state restore cost more than the rest of it)."""
        return ChangeSet, (self.id, self.device_id, self.device_seq, self.hlc, self.staff_id,
                           self.entries, self.staff_sig, self.prev, self.verified_key,
                           self.author_prev, self.parsed, self.author_link)

    def vouched(self, key: str) -> ChangeSet:
        """This change set marked as checked against its author's `key`."""
        return ChangeSet(self.id, self.device_id, self.device_seq, self.hlc, self.staff_id,
                         self.entries, self.staff_sig, self.prev, key, self.author_prev,
                         self.parsed, self.author_link)

    def linked(self, author_prev: bytes) -> ChangeSet:
        """This change set with the chain hash its run left out, worked out."""
        return ChangeSet(self.id, self.device_id, self.device_seq, self.hlc, self.staff_id,
                         self.entries, self.staff_sig, self.prev, self.verified_key,
                         author_prev, self.parsed, self.author_link)

    def row(self, n: int) -> Any:
        """Entry `n`'s value, parsed (raises ValueError when it is not JSON)."""
        parsed = self.parsed[n] if self.parsed is not None else None
        return parsed if parsed is not None else json.loads(self.entries[n].value)

    def wire_entries(self) -> list[list[Any]]:
        return [e.to_wire() for e in self.entries]

    def to_wire(self) -> dict[str, Any]:
        """The body an envelope seals (with the header's fields: the envelope moves them
        to its header)."""
        body: dict[str, Any] = {"id": self.id, "device_id": self.device_id,
                                "device_seq": self.device_seq, "hlc": self.hlc,
                                "staff_id": self.staff_id, "entries": self.wire_entries()}
        if self.staff_sig is not None:
            body["ssig"] = base64.b64encode(self.staff_sig).decode()
        if self.prev:
            body["prev"] = self.prev
        if self.author_prev is not None:
            body["aprev"] = base64.b64encode(self.author_prev).decode()
        return body

    def signed_message(self) -> bytes:
        """What its author's signature covers."""
        return changeset_message(self.id, self.device_id, self.device_seq, self.hlc,
                                 self.staff_id, self.wire_entries(), self.author_prev)

    @classmethod
    def from_wire(cls, body: dict[str, Any]) -> ChangeSet:
        """A body just opened (its header's id, device and number already in it).
        `Refused` when it does not have the shape of a change set."""
        entries = body.get("entries")
        hlc, staff_id, prev = body.get("hlc"), body.get("staff_id"), body.get("prev", 0)
        seq = int(body["device_seq"])
        if not isinstance(entries, list) or not isinstance(hlc, int) or not (
                staff_id is None or isinstance(staff_id, str)):
            raise _malformed("malformed change set")
        if type(prev) is not int or not 0 <= prev < max(seq, 1):
            # the one before it on its laptop comes before it (a number no database
            # holds would otherwise stop the whole page, every time it came)
            raise _malformed("malformed change set")
        if "al" in body:  # a link its run (format 4) could not resolve
            raise _malformed("malformed change set")
        link = body.get("alink") if "aprev" not in body else None
        items = tuple(Entry.from_wire(e) for e in entries)
        return cls(str(body["id"]), str(body["device_id"]), seq, hlc,
                   staff_id, items, _signature(body.get("ssig")), prev,
                   author_prev=_signature(body.get("aprev")),
                   parsed=tuple(_parsed(e.value) for e in items),
                   author_link=link if isinstance(link, str) else None)


def _parsed(value: str) -> Any:
    """A value parsed where the change set is opened (a pull opens pages in a process of
    its own, so the applying side is spared the parsing); None when it is not JSON (the
    applying side then says why)."""
    try:
        return _ROWS.decode(value)
    except ValueError:
        return None


def _interned(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A row with its names interned: a page's rows then share their column names, and a
    page pickled to the applying process carries each name once, not once a row."""
    return {intern(k): v for k, v in pairs}


_ROWS = json.JSONDecoder(object_pairs_hook=_interned)  # json.loads builds one a call


def _signature(text: Any) -> bytes | None:
    """The author's signature (or chain hash), or None when absent or not base64 (then it
    is simply unsigned: the receiver's checks say what that means)."""
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
