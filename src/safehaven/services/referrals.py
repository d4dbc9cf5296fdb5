"""Referrals to other services, and the warm hand-off: who went along, who received them."""

from __future__ import annotations

from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Referral, Resident
from safehaven.domain.vocab import ReferralKind, ReferralStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

RULES: v.Rules = {
    "kind": lambda x: v.choice("kind", ReferralKind, x),
    "to_organisation": lambda x: v.name("to_organisation", x),
    "contact_person": lambda x: v.text("contact_person", x, max_len=v.MAX_NAME),
    "status": lambda x: v.choice("status", ReferralStatus, x),
    "made_on": v.same, "handoff_on": v.same,
    "accompanied_by": lambda x: v.text("accompanied_by", x, max_len=v.MAX_NAME),
    "received_by": lambda x: v.text("received_by", x, max_len=v.MAX_NAME),
    "notes": lambda x: v.text("notes", x),
}


def _check(ctx: Context, r: Referral) -> None:
    v.not_future("made_on", r.made_on, ctx.today())
    v.not_future("handoff_on", r.handoff_on, ctx.today())
    v.before("handoff_on", r.handoff_on, r.made_on,
             tr("The hand-off cannot be before the referral."))
    if r.handoff_on is not None and not r.received_by:
        raise InvalidValue("received_by", tr("Name who received the young person."))


def make(ctx: Context, resident_id: str, kind: ReferralKind | str, to_organisation: str, *,
         contact_person: str | None = None, made_on: date | None = None,
         status: ReferralStatus | str = ReferralStatus.SENT, notes: str | None = None
         ) -> Result[Referral]:
    ctx.require(Action.WRITE_NOTE)
    clean = v.fields(RULES, {"kind": kind, "to_organisation": to_organisation,
                             "contact_person": contact_person, "status": status,
                             "made_on": made_on or ctx.today(), "notes": notes})
    referral = Referral(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                        **clean)
    _check(ctx, referral)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(referral)
    return Result(referral, tuple(tx.changes))


def update(ctx: Context, referral_id: str, **fields: Any) -> Result[Referral]:
    """Status as the service answers, and the hand-off when it happens."""
    return edit_record(ctx, Referral, referral_id, Action.WRITE_NOTE, v.fields(RULES, fields),
                       _check)


def for_resident(ctx: Context, resident_id: str) -> list[Referral]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, Referral, resident_id, "made_on DESC, id DESC")
