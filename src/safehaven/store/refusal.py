"""Why a change set was refused: a kind that code decides on, and words for people.

Code (the engine's retries, the gap count, the quarantine's queries) looks only at the
`kind`; the message is for the Sync page and the log and may be reworded or translated
at will. The kind is what the quarantine table keeps beside the message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from safehaven.errors import SafeHavenError


class RefusalKind(StrEnum):
    # the envelope itself
    TOO_LARGE = "too_large"
    UNKNOWN_VERSION = "unknown_version"
    MALFORMED = "malformed"
    OTHER_HOUSE = "other_house"
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED_DEVICE = "revoked_device"
    BAD_SIGNATURE = "bad_signature"
    MISSING_SITE_KEY = "missing_site_key"
    UNDECRYPTABLE = "undecryptable"
    MISMATCH = "mismatch"
    # its place in its laptop's chain
    WAITING = "waiting"
    # what the receiver checks (sync/replica/receive_check.py)
    INVALID_CLOCK = "invalid_clock"
    CLOCK_AHEAD = "clock_ahead"
    NOT_AUTHOR = "not_author"
    UNKNOWN_SIGNER = "unknown_signer"
    REMOVED_SIGNER = "removed_signer"
    NOT_PERMITTED = "not_permitted"
    INVALID_VALUE = "invalid_value"
    APPEND_ONLY = "append_only"
    WRONG_AUTHOR = "wrong_author"
    BAD_GRANT = "bad_grant"
    NOT_HOLDER = "not_holder"
    UNDOES_REVOCATION = "undoes_revocation"
    FALSE_FOUNDER = "false_founder"
    UNSAFE_DOSE = "unsafe_dose"  # a dose the app refuses: too soon, no witness (issue 28)
    NOT_TRAINED = "not_trained"  # a dose given by staff not (yet, here) trained to give it
    UNSEALED = "unsealed"  # a restricted field in the clear, written after the house's key
    # applying it
    UNKNOWN_SCHEMA = "unknown_schema"
    CANNOT_APPLY = "cannot_apply"
    UNKNOWN = "unknown"  # a row written by a version that kept no kind

    @property
    def retryable(self) -> bool:
        """A later change set (a roster entry, a key grant, the missing predecessor) or
        time itself may cure it: the engine tries these again."""
        return self in _RETRYABLE


# UNKNOWN_VERSION: an envelope of a newer format waits for this laptop's update, and
# opens when tried again after it (until then each try costs a parse).
_RETRYABLE = frozenset({RefusalKind.WAITING, RefusalKind.UNKNOWN_VERSION,
                        RefusalKind.UNKNOWN_DEVICE,
                        RefusalKind.MISSING_SITE_KEY, RefusalKind.CLOCK_AHEAD,
                        RefusalKind.UNKNOWN_SIGNER, RefusalKind.NOT_AUTHOR,
                        RefusalKind.NOT_HOLDER, RefusalKind.NOT_TRAINED})
RETRYABLE_KINDS: tuple[RefusalKind, ...] = tuple(sorted(_RETRYABLE))


@dataclass(frozen=True, slots=True)
class Refusal:
    """One refusal: `kind` for code, `message` for people."""

    kind: RefusalKind
    message: str

    def __str__(self) -> str:
        return self.message


class Refused(SafeHavenError):
    """A change set that must not be applied, with its refusal and what is known of it:
    `device_seq` is set only once the device's signature was verified (a forged header
    must not fill a gap)."""

    def __init__(self, refusal: Refusal, changeset_id: str | None = None,
                 device_id: str | None = None, device_seq: int | None = None) -> None:
        super().__init__(refusal.message)
        self.refusal = refusal
        self.changeset_id = changeset_id
        self.device_id = device_id
        self.device_seq = device_seq

    @property
    def kind(self) -> RefusalKind:
        return self.refusal.kind

    def __reduce__(self) -> tuple[Any, ...]:
        """Whole through a pipe (an exception pickles only its message by default)."""
        return Refused, (self.refusal, self.changeset_id, self.device_id, self.device_seq)


def refused(kind: RefusalKind, message: str) -> Refused:
    """A `Refused` with nothing known of the change set yet (the caller adds it)."""
    return Refused(Refusal(kind, message))
