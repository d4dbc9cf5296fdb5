"""Structured referrals to medical, legal, education and vocational services."""

from __future__ import annotations

from safehaven.domain import validate as v
from safehaven.domain.models import Referral, Resident
from safehaven.domain.vocab import ReferralKind, ReferralStatus
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def make(ctx: Context, resident_id: str, kind: ReferralKind | str, to_organisation: str, *,
         notes: str | None = None) -> Result[Referral]:
    ctx.require(Action.WRITE_NOTE)
    referral = Referral(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                        kind=v.choice("kind", ReferralKind, kind),
                        to_organisation=v.name("to_organisation", to_organisation),
                        status=ReferralStatus.DRAFT, made_on=ctx.today(),
                        notes=v.text("notes", notes))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(referral)
    return Result(referral, tuple(tx.changes))


def set_status(ctx: Context, referral_id: str, status: ReferralStatus | str
               ) -> Result[Referral]:
    ctx.require(Action.WRITE_NOTE)
    with ctx.write() as tx:
        referral = tx.update(Referral, referral_id,
                             status=v.choice("status", ReferralStatus, status))
    return Result(referral, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[Referral]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, Referral, resident_id, "made_on, id")
