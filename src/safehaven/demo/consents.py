"""Demo consents and trusted adults: who may agree to what for a resident of each age,
referrals with their information-sharing consent, family and other adults vetted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from safehaven.demo.data import GIVERS, KIN, OTHER_ADULTS, REFERRALS, pick
from safehaven.domain import models as m
from safehaven.domain.vocab import (
    ConsentGiver,
    ConsentPurpose,
    ReferralStatus,
    VettingMethod,
    VettingStatus,
)
from safehaven.services.permissions import Action
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator


def consents(gen: Generator, tx: WriteTx, r: m.Resident, left: date | None, age: int, *,
              therapy: bool) -> None:
    """Therapy (a few plans still wait for it), medical care, photographs, and sharing
    with the services the young person is referred to."""
    rng = gen.rng
    until = min(gen.today, left or gen.today)
    giver = ((ConsentGiver.YOUNG_PERSON, None) if age >= 16 and rng.random() < 0.4
             else rng.choice(GIVERS))
    first = min(gen.today, r.intake_date + timedelta(days=rng.randint(1, 5)))
    if therapy:
        _consent(gen, tx, r, left, giver, ConsentPurpose.THERAPY, first,
                      rng.choice([90, 180]))
    if rng.random() < 0.5:
        _consent(gen, tx, r, left, giver, ConsentPurpose.MEDICAL, first, rng.choice([180, 365]))
    if rng.random() < 0.2:
        withdrawn = first + timedelta(days=rng.randint(10, 90))
        _consent(gen, tx, r, left, giver, ConsentPurpose.PHOTOGRAPHS, first, 365,
                      **({"revoked_on": withdrawn, "revoke_reason": "No photos any more"}
                         if rng.random() < 0.15 and withdrawn <= until else {}))
    kinds = set()
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        kind, org, person, _ = pick(rng, REFERRALS)
        made = r.intake_date + timedelta(days=rng.randint(2, 60))
        if kind in kinds or made > until or (left and made >= left):
            continue
        kinds.add(kind)
        waited = (until - made).days
        status = (rng.choice([ReferralStatus.DRAFT, ReferralStatus.SENT]) if waited < 10
                  else rng.choices(list(ReferralStatus)[1:], [15, 20, 10, 55])[0])
        done = status is ReferralStatus.COMPLETED
        referral = gen._add(  # by the key worker, who goes along to the hand-off
            tx, r.key_worker_id or "", m.Referral, resident_id=r.id, kind=kind,
            to_organisation=org, status=status, made_on=made, contact_person=person,
            notes="No places this term" if status is ReferralStatus.DECLINED else None,
            accompanied_by=gen.names[r.key_worker_id or ""] if done else None,
            received_by=person if done else None,
            handoff_on=made + timedelta(days=rng.randint(5, min(30, waited))) if done else None)
        if status is not ReferralStatus.DRAFT and rng.random() < 0.5:
            _consent(gen, tx, r, left, giver, ConsentPurpose.INFORMATION_SHARING, made, 365,
                          shared_with=org, referral_id=referral.id)


def _consent(gen: Generator, tx: WriteTx, r: m.Resident, left: date | None, giver: tuple[Any, Any],
             purpose: ConsentPurpose, granted: date, days: int, **extra: Any) -> None:
    """A consent, renewed before it runs out while the young person is in care; a few
    lapse, so the alerts have something to show."""
    rng = gen.rng
    while True:
        expires = granted + timedelta(days=days)
        by = gen._who(Action.MANAGE_SAFEGUARDING)
        gen._add(tx, by, m.Consent, resident_id=r.id, purpose=purpose, granted_on=granted,
                  expires_on=expires, given_by=giver[0], guardian_name=giver[1],
                  guardian_consent=True, child_assent=True, recorded_by=by, **extra)
        renewed = expires - timedelta(days=rng.randint(0, 10))
        if (expires >= (left or gen.today) or renewed > gen.today or "revoked_on" in extra
                or rng.random() < 0.15):
            return
        granted = renewed


def trusted_adults(gen: Generator, tx: WriteTx, r: m.Resident, lang: str, until: date) -> None:
    rng = gen.rng
    adults = [KIN[lang], *OTHER_ADULTS]
    for name, relationship in rng.sample(adults, rng.choice([0, 0, 1, 1, 2])):
        status = rng.choices(list(VettingStatus), [10, 30, 55, 5])[0]
        checked = r.intake_date + timedelta(days=rng.randint(14, 60))
        if status in (VettingStatus.VETTED, VettingStatus.REJECTED) and checked > until:
            status = VettingStatus.IN_PROGRESS
        ended = status in (VettingStatus.VETTED, VettingStatus.REJECTED)
        methods = rng.sample(list(VettingMethod), rng.randint(1, 3)) if ended else []
        by = gen._who(Action.MANAGE_SAFEGUARDING)
        gen._add(tx, by, m.TrustedAdult, resident_id=r.id, name=name,
                  relationship=relationship, phone=f"+44 7700 900{rng.randint(100, 999)}",
                  vetting_status=status, vetted_by=by if ended else None,
                  vetted_on=checked if ended else None,
                  vetting_methods=tuple(x for x in VettingMethod if x in methods),
                  vetting_notes={VettingStatus.IN_PROGRESS: "Home visit booked",
                                 VettingStatus.REJECTED: "Home visit raised concerns"
                                 }.get(status))
