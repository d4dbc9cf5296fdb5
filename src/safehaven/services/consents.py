"""Consent and the child's own assent: one purpose each, time-limited, revocable."""

from __future__ import annotations

from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.dates import age_on
from safehaven.domain.life import HouseSetting
from safehaven.domain.models import Consent, Resident
from safehaven.domain.vocab import ConsentGiver, ConsentPurpose
from safehaven.domain.words import word
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

CONSENT_AGE = "consent-age"

RULES: v.Rules = {
    "purpose": lambda x: v.choice("purpose", ConsentPurpose, x),
    "given_by": lambda x: v.choice("given_by", ConsentGiver, x),
    "guardian_name": lambda x: v.text("guardian_name", x, max_len=v.MAX_NAME),
    "shared_with": lambda x: v.text("shared_with", x, max_len=200),
    "granted_on": v.same, "expires_on": v.same,
    "guardian_consent": bool, "child_assent": bool,
}


def _check(ctx: Context, c: Consent) -> None:
    """Rules that look at several fields at once."""
    v.not_future("granted_on", c.granted_on, ctx.today())
    v.before("expires_on", c.expires_on, c.granted_on,
             tr("Consent cannot expire before it was given."))
    if c.given_by != ConsentGiver.YOUNG_PERSON and not c.guardian_name:
        raise InvalidValue("guardian_name", tr("Name the guardian or agency who consented."))
    if c.given_by == ConsentGiver.YOUNG_PERSON and not c.guardian_name:
        limit = house_settings.get(ctx, CONSENT_AGE)
        age = _age(ctx, c)
        if age is not None and age < limit:
            raise InvalidValue("guardian_name", tr(
                "They were {age} on that day, under the house's consent age of {limit}: "
                "name the guardian or agency who consented too.", age=age, limit=limit))
    if c.purpose == ConsentPurpose.INFORMATION_SHARING and not c.shared_with:
        raise InvalidValue("shared_with", tr("Name the service the information goes to."))


def _age(ctx: Context, c: Consent) -> int | None:
    """Their age on the day they consented, from a known date of birth only: an estimate
    is not enough to hold a consent against (the house names a guardian when unsure)."""
    if not reads.exists(ctx.conn, Resident, c.resident_id):
        return None  # `add` refuses an unknown resident in its transaction
    born = reads.get(ctx.conn, Resident, c.resident_id).date_of_birth
    return age_on(c.granted_on, born) if born is not None else None


def set_consent_age(ctx: Context, years: int) -> Result[HouseSetting]:
    """The house's age of consent for its own records (managers; every laptop follows)."""
    return house_settings.set_value(ctx, CONSENT_AGE, years)


def consent_age(ctx: Context) -> int:
    return house_settings.get(ctx, CONSENT_AGE)


def giver(c: Consent) -> str:
    """Who gave a consent, in words: the kind of giver and the person or agency named,
    both when both are set (a young person consenting with a guardian beside them)."""
    name = c.guardian_name or ""
    if c.given_by == ConsentGiver.YOUNG_PERSON and name:
        return tr("The young person, with {name}", name=name)
    kind = word(c.given_by) if c.given_by else ""
    if name and kind:
        return f"{name} ({kind})"
    return name or kind or "–"


def add(ctx: Context, resident_id: str, purpose: ConsentPurpose | str, *, granted_on: date,
        expires_on: date, given_by: ConsentGiver | str = ConsentGiver.GUARDIAN,
        guardian_name: str | None = None, guardian_consent: bool = True,
        child_assent: bool = False, shared_with: str | None = None) -> Result[Consent]:
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(RULES, {"purpose": purpose, "given_by": given_by,
                             "guardian_name": guardian_name, "shared_with": shared_with,
                             "granted_on": granted_on, "expires_on": expires_on,
                             "guardian_consent": guardian_consent,
                             "child_assent": child_assent})
    consent = Consent(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                      recorded_by=ctx.actor.id if ctx.actor else None, **clean)
    _check(ctx, consent)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(consent)
    return Result(consent, tuple(tx.changes))


def edit(ctx: Context, consent_id: str, **fields: Any) -> Result[Consent]:
    """Correct what was recorded (a mistyped date or name); a withdrawal is `revoke`."""
    return edit_record(ctx, Consent, consent_id, Action.MANAGE_SAFEGUARDING,
                       v.fields(RULES, fields), _check)


def revoke(ctx: Context, consent_id: str, on: date | None = None, reason: str | None = None
           ) -> Result[Consent]:
    """Consent or assent withdrawn: it stops counting from `on`; the record stays."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    why = v.text("reason", reason, max_len=2000)
    with ctx.write() as tx:
        current = tx.get(Consent, consent_id)
        if current.revoked_on is not None:
            raise InvalidValue("on", tr("This consent was already withdrawn."))
        v.before("on", day, current.granted_on,
                 tr("This date is before the consent was given."))
        consent = tx.update(Consent, consent_id, revoked_on=day, revoke_reason=why)
    return Result(consent, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[Consent]:
    """Newest first."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, Consent, resident_id, "granted_on DESC, id DESC")

