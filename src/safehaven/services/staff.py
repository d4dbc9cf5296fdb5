"""Staff members: each has a role and an identity their passphrase derives.

The identity's public keys go in the roster, so every laptop of the house makes a slot
for each active colleague and checks that what each signs is theirs. Removing someone, or
replacing a passphrase, replaces this laptop's keys for everyone who remains (the other
laptops do the same when the change reaches them).
"""

from __future__ import annotations

from collections.abc import Iterable

from safehaven.domain import validate as v
from safehaven.domain.models import Site, Staff
from safehaven.domain.vocab import Role
from safehaven.domain.write_rules import staff_needs
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.i18n import tr
from safehaven.services import passwords
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import crypto, reads
from safehaven.store.identities import new_identity
from safehaven.store.ids import new_id
from safehaven.sync import reissue
from safehaven.sync.managers import manager_identity

MIN_PASSPHRASE = passwords.MIN_LENGTH


def check_passphrase(passphrase: str, related: Iterable[str] = ()) -> str:
    """The core rule, the same for the app and the CLI: at least MIN_PASSPHRASE characters
    (the first and plainest check), and hard to guess by zxcvbn's estimate (score >= 3),
    `related` being the person's or house's names that an attacker would try first."""
    strength = passwords.judge(passphrase, related)
    if strength.weakness is not None:
        raise InvalidValue("passphrase", passwords.message(strength.weakness))
    return passphrase


def add(ctx: Context, display_name: str, role: Role | str, passphrase: str,
        kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> Result[Staff]:
    role = v.choice("role", Role, role)
    for action in staff_needs(role):
        ctx.require(action)
    name = v.name("display_name", display_name)
    if reads.staff_by_name(ctx.conn, name) is not None:
        raise InvalidValue("display_name", tr("A staff member with this name already exists."))
    person = new_identity(check_passphrase(passphrase, (name,)), kdf)
    member = Staff(new_id(), ctx.vault.site_id, name, role,
                   **person.roster_fields())
    with ctx.write() as tx:
        tx.insert(member)
        # The slot is written inside the transaction: if saving the key file fails, the
        # staff row is rolled back too.
        ctx.vault.refresh_slots()
    ctx.vault.signers[member.id] = person.identity
    ctx.vault.refresh_restricted()  # a clinician or manager receives the restricted key
    return Result(member, tuple(tx.changes))


def remove(ctx: Context, staff_id: str) -> Result[Staff]:
    """Deactivate the member; their slot goes and this laptop's keys are replaced, so an
    older copy of the key file and their passphrase open nothing written from now on.
    Their records stay."""
    ctx.require(Action.MANAGE_STAFF)
    if ctx.actor is not None and ctx.actor.id == staff_id:
        raise NotAllowed(tr("remove yourself"))
    with ctx.write() as tx:
        member = tx.update(Staff, staff_id, active=False)
        ctx.vault.refresh_slots()
    ctx.vault.signers.pop(staff_id, None)
    ctx.vault.refresh_keys()
    # her old copies of any laptop's vault hold its token, box key and site keys: every
    # laptop gets new ones (sent with a manager's signature at the next round)
    if reissue.synced(ctx.vault):
        if manager_identity(ctx.vault) is not None:
            reissue.prepare(ctx.vault)
        else:
            reissue.mark_due(ctx.vault)
    return Result(member, tuple(tx.changes))


def change_passphrase(ctx: Context, staff_id: str, passphrase: str,
                      kdf: crypto.KdfParams = crypto.DEFAULT_KDF) -> None:
    """Your own passphrase, or anyone's for a manager (e.g. after a recovery-key reset).

    A new passphrase is a new identity: in case the old one was known to someone else,
    it stops opening anything, here at once and on the other laptops when they sync.
    """
    if ctx.actor is not None and ctx.actor.id != staff_id:
        ctx.require(Action.MANAGE_STAFF)
    person = new_identity(check_passphrase(passphrase), kdf)
    with ctx.write() as tx:
        tx.update(Staff, staff_id, **person.roster_fields())  # signed with the old identity
        tx.audit("change-passphrase", "staff", staff_id)
        ctx.vault.refresh_slots()
    ctx.vault.signers[staff_id] = person.identity  # what follows is signed with the new
    ctx.vault.refresh_restricted()  # the keys the old identity opened, granted to the new
    if staff_id == ctx.vault.staff_id:
        ctx.vault.identity = person.identity
    ctx.vault.refresh_keys()


def set_trained(ctx: Context, staff_id: str, trained: bool = True) -> Result[Staff]:
    """Record that a staff member is (or is no longer) trained to give medicines: only
    then do they record a dose as given (services/medication.py). A manager's act."""
    ctx.require(Action.MANAGE_ROLES)
    if not reads.exists(ctx.conn, Staff, staff_id):
        raise InvalidValue("staff_id", tr("No such staff member."))
    with ctx.write() as tx:
        member = tx.update(Staff, staff_id, med_trained=bool(trained))
    return Result(member, tuple(tx.changes))


def listing(ctx: Context) -> list[Staff]:
    return reads.all_of(ctx.conn, Staff)


def organisation_name(ctx: Context) -> str:
    """The organisation this vault's house belongs to (or the house, if none was given)."""
    sites = reads.all_of(ctx.conn, Site)
    return (sites[0].organisation or sites[0].name) if sites else ""
