"""What the server's storage takes and gives: who asks (`DeviceAuth`), what is pushed
(`Item`) and pulled (`Pulled`), and its refusals (`Refused`, `NoStore`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from safehaven.errors import SafeHavenError
from safehaven.sync.protocol import ErrorCode, code_for_status


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def now_text() -> str:
    """Now, UTC, to the second, as the store keeps times."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class NoStore(SafeHavenError):
    """An admin command found no store where the settings say: only `server init` makes
    one, so a wrong or missing setting never yields a new empty store."""


class Refused(Exception):
    """A request the server will not carry out: `status` is the HTTP status to answer,
    `code` what laptops decide on (by default what the status means), `reason` words for
    people, `extra` fields the answer carries beside them."""

    def __init__(self, status: int, reason: str, code: ErrorCode | None = None,
                 **extra: Any) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.code = code or code_for_status(status)
        self.extra = extra


class Item(NamedTuple):
    """A change set as pushed: `envelope` its own, or (with `run`, the run's hash) the run
    envelope it came in with the others of its run."""

    id: str
    device_id: str
    device_seq: int
    envelope: bytes
    run: bytes | None = None


class Pulled(NamedTuple):
    """A change set of a page: its place in the log, and its envelope or its run's."""

    seq: int
    envelope: bytes
    run: bytes | None = None


class Page(NamedTuple):
    """A page of a house's log as a pull answers it: its change sets, whether more
    follow, the cursor after it and the id there, the store's epoch, and the house's
    head (count, digest) read after the page."""

    items: list[Pulled]
    more: bool
    cursor: int
    cursor_id: str | None
    epoch: str
    top: int  # the house's last log position (the answer's "count")
    digest: str


@dataclass(frozen=True, slots=True)
class DeviceAuth:
    device_id: str
    site_id: str
    org_id: str

