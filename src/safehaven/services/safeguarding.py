"""Consent and assent, trusted adults with their vetting, and follow-up after leaving."""

from __future__ import annotations

from datetime import date

from safehaven.domain import validate as v
from safehaven.domain.models import Consent, FollowUp, Resident, TrustedAdult
from safehaven.domain.vocab import RiskLevel, VettingStatus
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store.ids import new_id


def record_consent(ctx: Context, resident_id: str, purpose: str, *, granted_on: date,
                   expires_on: date, guardian_name: str | None, guardian_consent: bool,
                   child_assent: bool, referral_id: str | None = None) -> Result[Consent]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    if expires_on < granted_on:
        raise InvalidValue("expires_on", tr("Consent cannot expire before it was given."))
    consent = Consent(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                      purpose=v.name("purpose", purpose), granted_on=granted_on,
                      expires_on=expires_on,
                      guardian_name=v.text("guardian_name", guardian_name, max_len=v.MAX_NAME),
                      guardian_consent=guardian_consent, child_assent=child_assent,
                      referral_id=referral_id, recorded_by=ctx.actor.id if ctx.actor else None)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(consent)
    return Result(consent, tuple(tx.changes))


def revoke_consent(ctx: Context, consent_id: str, on: date | None = None) -> Result[Consent]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    with ctx.write() as tx:
        consent = tx.update(Consent, consent_id, revoked_on=on or ctx.today())
    return Result(consent, tuple(tx.changes))


def add_trusted_adult(ctx: Context, resident_id: str, name: str, relationship: str,
                      phone: str | None = None) -> Result[TrustedAdult]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    adult = TrustedAdult(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                         name=v.name("name", name),
                         relationship=v.name("relationship", relationship),
                         phone=v.text("phone", phone, max_len=40))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(adult)
    return Result(adult, tuple(tx.changes))


def record_vetting(ctx: Context, adult_id: str, status: VettingStatus | str, method: str,
                   notes: str | None = None) -> Result[TrustedAdult]:
    """Who checked the adult, how and when: a warm hand-off needs a completed vetting."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    with ctx.write() as tx:
        adult = tx.update(TrustedAdult, adult_id,
                          vetting_status=v.choice("vetting_status", VettingStatus, status),
                          vetting_method=v.text("vetting_method", method, required=True,
                                                max_len=500),
                          vetting_notes=v.text("vetting_notes", notes),
                          vetted_by=ctx.actor.id if ctx.actor else None,
                          vetted_on=ctx.today())
    return Result(adult, tuple(tx.changes))


def schedule_follow_up(ctx: Context, resident_id: str, due: date) -> Result[FollowUp]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    follow_up = FollowUp(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                         due_date=due)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(follow_up)
    return Result(follow_up, tuple(tx.changes))


def complete_follow_up(ctx: Context, follow_up_id: str, *, method: str,
                       risk_level: RiskLevel | str, notes: str | None = None
                       ) -> Result[FollowUp]:
    """The contact happened; the re-trafficking risk check is part of recording it."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    with ctx.write() as tx:
        follow_up = tx.update(FollowUp, follow_up_id, done_on=ctx.today(),
                              method=v.text("method", method, required=True, max_len=200),
                              risk_level=v.choice("risk_level", RiskLevel, risk_level),
                              notes=v.text("notes", notes),
                              done_by=ctx.actor.id if ctx.actor else None)
    return Result(follow_up, tuple(tx.changes))
