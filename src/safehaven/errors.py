"""Typed errors of the core. The UI and CLI show `str(error)`: plain, translated words.

Messages never contain a passphrase, a key or a resident's record.
"""

from __future__ import annotations

from safehaven.i18n import tr, tr_n


class SafeHavenError(Exception):
    """Base of every error the core raises on purpose."""


class VaultNotFound(SafeHavenError):
    def __init__(self, path: object) -> None:
        super().__init__(tr("No vault found at {path}.", path=path))


class VaultExists(SafeHavenError):
    def __init__(self, path: object) -> None:
        super().__init__(tr("A vault already exists at {path}; nothing was changed.", path=path))


class Failed(SafeHavenError):
    """It did not work, through no fault of the input (a server down or broken, a full
    disk): a script may try again later (exit status 1, not 2)."""


class WrongPassphrase(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(tr("That passphrase does not open this vault."))


class PassphraseMovedOn(SafeHavenError):
    """The roster holds a newer identity for this person: their passphrase was changed on
    another laptop of the house (or by a manager)."""

    def __init__(self) -> None:
        super().__init__(tr("Your passphrase was changed on another laptop of this house. "
                            "Unlock with the new one."))


class UnknownStaff(SafeHavenError):
    def __init__(self, name: str) -> None:
        super().__init__(tr("No staff member called {name} can unlock this vault.", name=name))


class StaffRequired(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(tr("This vault has several staff members: say who you are with --staff."))


class Throttled(SafeHavenError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            tr("Too many failed attempts; try again in {s} seconds.", s=max(1, round(seconds)))
        )


class DamagedKeyFile(SafeHavenError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            tr("The vault's key file is damaged or was altered; it was left untouched.")
            + (f" ({detail})" if detail else "")
        )


class DamagedDatabase(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(
            tr("The vault's database is damaged or does not belong to this key file; "
               "it was left untouched. Restore your latest backup: safehaven restore "
               "FILE --replace.")
        )


class SavesMissing(DamagedDatabase):
    """The database holds fewer commits than it counted (`store/integrity.py`): its journal
    (`vault.db-wal`) was lost, damaged, or not copied with it."""

    def __init__(self, missing: int) -> None:
        self.missing = missing
        SafeHavenError.__init__(self, tr_n(
            "The vault is missing its last save: its journal file (vault.db-wal) was lost, "
            "damaged or not copied with it. Put that file back, or restore your latest "
            "backup (safehaven restore FILE --replace), or carry on without it: safehaven "
            "accept-missing-saves.",
            "The vault is missing its last {n} saves: its journal file (vault.db-wal) was "
            "lost, damaged or not copied with it. Put that file back, or restore your "
            "latest backup (safehaven restore FILE --replace), or carry on without them: "
            "safehaven accept-missing-saves.", missing))


class ForeignFile(SafeHavenError):
    def __init__(self, path: object) -> None:
        super().__init__(tr("{path} is not a SafeHaven vault; it was left untouched.", path=path))


class NewerSchema(SafeHavenError):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            tr("This vault was written by a newer SafeHaven (schema {found}, this one knows "
               "{known}). Update SafeHaven; the vault was left untouched.",
               found=found, known=known)
        )


class StorageFailed(SafeHavenError):
    """The disk refused a read or a write (no more detail is safe to show)."""

    def __init__(self) -> None:
        super().__init__(tr("The vault could not be read or written (the disk failed or "
                            "is full). Nothing was changed; free some space, or restore "
                            "from a backup if it happens again."))


class DiskFull(SafeHavenError):
    def __init__(self) -> None:
        super().__init__(tr("The disk is full; nothing was saved. Free some space and try again."))


class NotFound(SafeHavenError):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(tr("No {kind} with id {ident}.", kind=kind, ident=ident))


class NotAllowed(SafeHavenError):
    def __init__(self, action: str) -> None:
        super().__init__(tr("Your role does not allow you to {action}.", action=action))


class InvalidValue(SafeHavenError):
    """A form or command-line value that cannot be stored; `field` names the input."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class CannotWrite(SafeHavenError):
    def __init__(self, path: object, reason: str) -> None:
        super().__init__(tr("Cannot write {path}: {reason}", path=path, reason=reason))


class NeedsConfirmation(SafeHavenError):
    """A value that is allowed but likely a mistake (a booking in the past, for a resident
    who has left): the caller asks the user and repeats the call with `confirmed=True`."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(message)


class PossibleDuplicate(NeedsConfirmation):
    """A new resident looks like one the house already knows (issue 30): the caller asks
    and repeats with `confirmed=True`. `matches` are (id, preferred name) pairs."""

    def __init__(self, field: str, message: str, matches: tuple[tuple[str, str], ...]) -> None:
        super().__init__(field, message)
        self.matches = matches
