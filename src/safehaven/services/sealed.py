"""A record as this role may see it: restricted fields opened for clinicians and managers,
left out (None) for everyone else. The vault holds them sealed either way."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from safehaven.domain.write_rules import RESTRICTED
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store.tables import table_of

T = TypeVar("T")


def shown(ctx: Context, record: T) -> T:
    if ctx.may(Action.READ_RESTRICTED):
        return ctx.opened(record)
    return left_out(record)


def left_out(record: T) -> T:
    """The record without its restricted fields (a print that was not asked to carry them)."""
    hidden = RESTRICTED.get(table_of(type(record)).name, {})
    return replace(record, **dict.fromkeys(hidden)) if hidden else record  # type: ignore[type-var]
