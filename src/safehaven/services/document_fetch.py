"""What of documents' content this laptop fetches, and fetching a document when opened.

A house chooses what its laptops fetch in the background (every original, thumbnails
only, or nothing until opened); one laptop may choose otherwise (a netbook with little
disk). Opening a document whose content is not here fetches it from the server then; with
no server in reach, the person is told so plainly.
"""

from __future__ import annotations

from dataclasses import dataclass

from safehaven.domain.vocab import FetchPolicy
from safehaven.errors import InvalidValue, SafeHavenError
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.sync import files
from safehaven.sync.client import SyncError
from safehaven.sync.replica import chunk_sync, server_link


class NotFetched(SafeHavenError):
    """The content is not on this laptop and the server cannot be reached now."""

    def __init__(self) -> None:
        super().__init__(tr("This document's content is not on this laptop yet, and the "
                            "server cannot be reached now. Connect to the house's network, "
                            "then open it again."))


@dataclass(frozen=True, slots=True)
class Policy:
    house: FetchPolicy
    laptop: FetchPolicy | None  # this laptop's own choice, when it has one

    @property
    def here(self) -> FetchPolicy:
        return self.laptop or self.house


def policy(ctx: Context) -> Policy:
    ctx.require(Action.READ_RECORDS)
    return Policy(chunk_sync.house_policy(ctx.conn), chunk_sync.own_policy(ctx.conn))


def _choice(value: FetchPolicy | str) -> FetchPolicy:
    try:
        return FetchPolicy(value)
    except ValueError:
        raise InvalidValue("policy", tr("Choose one of: {options}.", options=", ".join(
            p.value for p in FetchPolicy))) from None


def set_house_policy(ctx: Context, value: FetchPolicy | str) -> Result[object]:
    """What every laptop of the house fetches in the background (a manager's; it syncs)."""
    chosen = _choice(value)
    made = house_settings.set_text(ctx, chunk_sync.HOUSE_POLICY, chosen.value,
                                   Action.MANAGE_HOUSE)
    return Result(made.record, made.changes)


def set_laptop_policy(ctx: Context, value: FetchPolicy | str | None) -> Policy:
    """This laptop's own choice (None: the house's again), kept here only. Anyone who
    works on the laptop may set it: it says how much of the disk documents may take,
    and opens nothing to anyone."""
    ctx.require(Action.READ_RECORDS)
    chunk_sync.set_own_policy(ctx.vault, _choice(value) if value is not None else None)
    return policy(ctx)


def fetch_step(ctx: Context, burst: files.Burst, ids: list[str]) -> files.Step | None:
    """The next of these chunks to fetch (a document being opened), carried off the
    database thread by the caller; None when all are here or there is no server."""
    ctx.require(Action.READ_RECORDS)
    return files.next_step(ctx.vault, burst, only=ids)


def fetch(ctx: Context, ids: list[str]) -> int:
    """Fetch these chunks from the server now (a document being opened); NotFetched when
    the server cannot be reached. A laptop with no server (its content comes on a USB
    bundle) fetches nothing."""
    if server_link.server_link(ctx.conn) is None:
        return 0
    try:
        return files.fetch_now(ctx.vault, ids)
    except SyncError as exc:
        raise NotFetched() from exc
