"""Staff members: each has a role and, to unlock this laptop, a passphrase slot."""

from __future__ import annotations

from safehaven.domain import validate as v
from safehaven.domain.models import Site, Staff
from safehaven.domain.vocab import Role
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import crypto, reads
from safehaven.store.ids import new_id

MIN_PASSPHRASE = 10


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidValue("passphrase", tr("Use at least {n} characters; a few words are "
                                            "easiest to remember.", n=MIN_PASSPHRASE))
    return passphrase


def add(ctx: Context, display_name: str, role: Role | str, passphrase: str,
        kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Result[Staff]:
    ctx.require(Action.MANAGE_STAFF)
    name = v.name("display_name", display_name)
    if reads.staff_by_name(ctx.conn, name) is not None:
        raise InvalidValue("display_name", tr("A staff member with this name already exists."))
    member = Staff(new_id(), ctx.vault.site_id, name, v.choice("role", Role, role))
    with ctx.write() as tx:
        tx.insert(member)
        # The slot is written inside the transaction: if saving the key file fails, the
        # staff row is rolled back too.
        ctx.vault.add_staff_slot(member.id, name, check_passphrase(passphrase), kdf)
    return Result(member, tuple(tx.changes))


def remove(ctx: Context, staff_id: str) -> Result[Staff]:
    """Deactivate the member and delete their passphrase slot; their records stay."""
    ctx.require(Action.MANAGE_STAFF)
    if ctx.actor is not None and ctx.actor.id == staff_id:
        raise NotAllowed(tr("remove yourself"))
    with ctx.write() as tx:
        member = tx.update(Staff, staff_id, active=False)
        ctx.vault.remove_staff_slot(staff_id)
    return Result(member, tuple(tx.changes))


def change_passphrase(ctx: Context, staff_id: str, passphrase: str,
                      kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
    """Your own passphrase, or anyone's for a manager (e.g. after a recovery-key reset)."""
    if ctx.actor is not None and ctx.actor.id != staff_id:
        ctx.require(Action.MANAGE_STAFF)
    ctx.vault.change_passphrase(staff_id, check_passphrase(passphrase), kdf)
    with ctx.write() as tx:
        tx.audit("change-passphrase", "staff", staff_id)


def listing(ctx: Context) -> list[Staff]:
    return reads.all_of(ctx.conn, Staff)


def organisation_name(ctx: Context) -> str:
    """The organisation this vault's house belongs to (or the house, if none was given)."""
    sites = reads.all_of(ctx.conn, Site)
    return (sites[0].organisation or sites[0].name) if sites else ""
