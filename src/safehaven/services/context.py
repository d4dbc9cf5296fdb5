"""Who is acting, on which vault, on what day: what every use case needs."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Generic, TypeVar, cast

from safehaven import clock
from safehaven.domain.models import Staff
from safehaven.domain.permissions import CIRCLE_ACTION
from safehaven.domain.vocab import Role
from safehaven.i18n import tr
from safehaven.services.permissions import Action, allowed, require
from safehaven.store import reads, restricted
from safehaven.store.connection import Connection
from safehaven.store.vault import Vault
from safehaven.store.writer import Changed as Changed  # what the screens are told
from safehaven.store.writer import WriteTx

T = TypeVar("T")


def _now() -> datetime:
    return clock.now()


@dataclass
class Context:
    vault: Vault
    actor: Staff | None  # None when opened with the recovery key: key management only
    now: Callable[[], datetime] = field(default=_now)

    @classmethod
    def for_vault(cls, vault: Vault, now: Callable[[], datetime] = _now) -> Context:
        actor = reads.get(vault.conn, Staff, vault.staff_id) if vault.staff_id else None
        return cls(vault, actor, now)

    @property
    def role(self) -> Role | None:
        return self.actor.role if self.actor else None

    @property
    def conn(self) -> Connection:
        return self.vault.conn

    def write(self) -> AbstractContextManager[WriteTx]:
        """A write transaction in this actor's name."""
        return self.vault.write(self.actor.id if self.actor else None)

    def today(self) -> date:
        return self.now().date()

    def require(self, action: Action) -> None:
        require(self.role, action)

    def may(self, action: Action) -> bool:
        return allowed(self.role, action)

    def opened(self, record: T) -> T:
        """Legal names and clinical notes in the clear, for the roles that may read them
        (they are sealed in the vault under a key only those roles' identities open)."""
        keyring = self.vault.keyring.only({c for c, action in CIRCLE_ACTION.items()
                                           if self.may(action)})
        return cast(T, restricted.opened(keyring, record, tr(
            "(sealed: this laptop has not received the key for it yet)")))


def edit_record(ctx: Context, model: type[T], row_id: str, action: Action,
                values: dict[str, Any], check: Callable[[Context, Any], None] | None = None
                ) -> Result[T]:
    """Correct some fields of a record: `values` are already cleaned by the kind's rules;
    `check` sees the record as it would be after the change (rules across fields)."""
    ctx.require(action)
    with ctx.write() as tx:
        if check is not None:
            check(ctx, replace(tx.get(model, row_id), **values))
        record = tx.update(model, row_id, **values)
    return Result(record, tuple(tx.changes))


@dataclass(frozen=True, slots=True)
class Result(Generic[T]):
    """A mutation's new record and what it touched, so screens refresh only that."""

    record: T
    changes: tuple[Changed, ...]
