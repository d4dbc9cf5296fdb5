"""Contact fields are checked (issue 25 item 6): a phone number, an e-mail or a postal
address, one rule (domain/validate.contact) in every service that takes one; the demo
house's own values pass it."""

from __future__ import annotations

from datetime import date

import pytest

from safehaven.demo import generator
from safehaven.domain import life as L
from safehaven.domain import validate as v
from safehaven.domain.models import HealthProfile, NoContact, TrustedAdult
from safehaven.errors import InvalidValue
from safehaven.services import (
    contacts,
    education,
    health,
    no_contacts,
    profile,
    residents,
    trusted_adults,
)
from safehaven.store import reads
from tests.conftest import House

GOOD = ["+44 20 7946 0000", "(0113) 496-1234", "k.lee@childrens-rights.org",
        "Ms Lee, k.lee@childrens-rights.org", "12 Mill Lane, Leeds LS1 4AB",
        "Riverside Health Centre, 555 0188", "شارع النيل 12، القاهرة"]
BAD = ["zzz", "12345", "Ms Lee", "call her", "@", "+44 (0)"]


@pytest.mark.parametrize("value", GOOD)
def test_phones_mail_and_addresses_pass(value: str) -> None:
    assert v.contact("phone", value) == value


@pytest.mark.parametrize("value", BAD)
def test_what_reaches_nobody_is_refused(value: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        v.contact("phone", value)
    assert refused.value.field == "phone"


def test_a_phone_only_field_takes_a_phone_only() -> None:
    assert v.contact("phones", "+44 7700 900123", phone_only=True) == "+44 7700 900123"
    for value in ("k.lee@x.org", "12 Mill Lane, Leeds"):
        with pytest.raises(InvalidValue):
            v.contact("phones", value, phone_only=True)
    assert v.contact("phones", "  ", phone_only=True) is None  # empty stays optional


def test_every_contact_field_refuses_zzz_and_writes_nothing(house: House) -> None:
    rid = residents.add(house.manager, "Lina").record.id
    m, c = house.manager, house.clinician
    attempts = [
        ("phone", lambda: trusted_adults.add(m, rid, "Aunt Rosa", "aunt", phone="zzz")),
        ("phones", lambda: no_contacts.add(c, rid, "Ivan Petrov", "recruiter", phones="zzz")),
        ("phone", lambda: contacts.record(m, rid, kind="call", who="Aunt Rosa", phone="zzz")),
        ("gp_contact", lambda: health.save(c, rid, gp_contact="zzz")),
        ("provider_contact", lambda: education.add_placement(
            m, rid, kind="class", provider="Leeds City College", provider_contact="zzz")),
        ("guardian_contact", lambda: profile.save(c, rid, guardian="ICTG: Dana Moss",
                                                  guardian_contact="zzz")),
    ]
    for field, attempt in attempts:
        with pytest.raises(InvalidValue) as refused:
            attempt()
        assert refused.value.field == field
    conn = house.vault.conn
    assert not reads.all_of(conn, TrustedAdult) and not reads.all_of(conn, NoContact)
    assert not reads.all_of(conn, HealthProfile)
    adult = trusted_adults.add(m, rid, "Aunt Rosa", "aunt", phone="+34 600 000 000").record
    with pytest.raises(InvalidValue):
        trusted_adults.edit(m, adult.id, phone="zzz")
    assert trusted_adults.edit(m, adult.id, phone="rosa@example.org").record.phone == (
        "rosa@example.org")


def test_the_demo_houses_contacts_pass(house: House) -> None:
    people = [x.actor.id for x in (house.manager, house.staff, house.clinician) if x.actor]
    generator.generate(house.manager, residents=16, days=60, seed=3,
                       today=date(2026, 11, 26), staff_ids=people)
    conn = house.vault.conn
    found = {
        "phone": [a.phone for a in reads.all_of(conn, TrustedAdult) if a.phone],
        "gp_contact": [p.gp_contact for p in reads.all_of(conn, HealthProfile)
                       if p.gp_contact],
        "provider_contact": [p.provider_contact for p in
                             reads.all_of(conn, L.EducationPlacement) if p.provider_contact],
        "guardian_contact": [p.guardian_contact for p in
                             reads.all_of(conn, L.TraffickingProfile) if p.guardian_contact],
        "phones": [x for e in reads.all_of(conn, NoContact) for x in e.phones],
    }
    assert all(found.values()), {k: len(x) for k, x in found.items()}
    for value in found["phone"]:
        trusted_adults.RULES["phone"](value)
    for value in found["gp_contact"]:
        health.RULES["gp_contact"](value)
    for value in found["provider_contact"]:
        education.PLACEMENT_RULES["provider_contact"](value)
    for value in found["guardian_contact"]:
        profile.PROFILE_RULES["guardian_contact"](value)
    no_contacts.RULES["phones"](found["phones"])
