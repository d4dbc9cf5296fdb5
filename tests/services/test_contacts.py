"""The visitor and contact log, checked against the no-contact list before it is saved
(issue 27): the worker is warned first, a manager is alerted, staff never read why."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from safehaven.domain.models import NoContact
from safehaven.domain.vocab import AlertKind
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed
from safehaven.services import alert_acks, contacts, no_contacts, residents, today, trusted_adults
from safehaven.services.context import Context
from safehaven.store import reads
from tests.conftest import NOW, House

REASON = "Recruited her in Odesa; police investigation open"


def at(house: House, who: str, when: datetime = NOW) -> Context:
    ctx: Context = getattr(house, who)
    return Context(ctx.vault, ctx.actor, now=lambda: when)


def listed(house: House) -> str:
    rid = residents.add(house.manager, "Olena").record.id
    no_contacts.add(at(house, "clinician"), rid, "Ivan Petrov", "recruiter", reason=REASON,
                    phones=["+447700900123"], aliases=["Vanya"],
                    description="tall, grey car")
    return rid


def alerts(house: House, who: str = "manager") -> list[str]:
    return [str(a.kind) for a in today.overview(at(house, who)).alerts]


@pytest.mark.parametrize(("who", "phone"), [("Ivan  Petrov", None), ("A man", "+44 7700 900123"),
                                             ("mr PETROV", None)])
def test_a_caller_on_the_list_warns_before_saving_and_alerts_a_manager(
        house: House, who: str, phone: str | None) -> None:
    rid = listed(house)
    staff = at(house, "staff")
    with pytest.raises(NeedsConfirmation) as warned:
        contacts.record(staff, rid, kind="call", who=who, phone=phone)
    assert "Ivan Petrov" in warned.value.message and "no-contact" in warned.value.message
    assert "Odesa" not in warned.value.message  # the staff member sees no reason
    assert contacts.for_resident(staff, rid) == []  # nothing saved before the answer
    assert AlertKind.NO_CONTACT_MATCH not in alerts(house)
    made = contacts.record(staff, rid, kind="call", who=who, phone=phone, allowed=False,
                           outcome="Call not put through", confirmed=True).record
    assert made.no_contact_id is not None and not made.allowed
    assert alerts(house)[0] == AlertKind.NO_CONTACT_MATCH  # urgent, and the newest
    alert = today.overview(staff).alerts[0]
    with pytest.raises(NotAllowed):  # a manager must hear of it: staff cannot set it aside
        alert_acks.acknowledge(staff, alert, "told nobody")
    alert_acks.acknowledge(house.manager, alert, "Police told; safety plan reviewed")
    assert AlertKind.NO_CONTACT_MATCH not in alerts(house)


def test_staff_see_the_list_without_the_reason_and_cannot_change_it(house: House) -> None:
    rid = listed(house)
    seen = no_contacts.for_resident(house.staff, rid)
    assert [(e.name, e.reason) for e in seen] == [("Ivan Petrov", None)]
    assert no_contacts.for_resident(house.manager, rid)[0].reason == REASON
    assert no_contacts.for_resident(house.clinician, rid)[0].reason == REASON
    stored = reads.get(house.vault.conn, NoContact, seen[0].id)
    assert stored.reason != REASON and stored.reason.startswith("rk1:")  # sealed in the vault
    with pytest.raises(NotAllowed):
        no_contacts.add(house.staff, rid, "Someone", "uncle")
    with pytest.raises(NotAllowed):
        no_contacts.remove(house.staff, seen[0].id)
    no_contacts.remove(house.manager, seen[0].id)
    contacts.record(house.staff, rid, kind="visit", who="Ivan Petrov")  # no longer listed


def test_an_ordinary_visit_an_unvetted_adult_an_unknown_caller_and_a_correction(
        house: House) -> None:
    rid = listed(house)
    staff = at(house, "staff")
    mum = contacts.record(staff, rid, kind="visit", who="Maria Lopez", relationship="aunt",
                          supervised_by="Sam", reason="weekly visit",
                          outcome="Happy to see her", at=NOW - timedelta(hours=2)).record
    assert mum.no_contact_id is None and AlertKind.NO_CONTACT_MATCH not in alerts(house)
    trusted_adults.add(house.manager, rid, "Dana Koval", "cousin")
    with pytest.raises(NeedsConfirmation) as warned:
        contacts.record(staff, rid, kind="video", who="dana koval")
    assert "not vetted" in warned.value.message
    dana = contacts.record(staff, rid, kind="video", who="dana koval", confirmed=True,
                           supervised_by="Sam").record
    assert dana.unvetted_adult_id is not None and dana.no_contact_id is None
    assert AlertKind.UNVETTED_CONTACT in alerts(house)  # the manager hears of it
    alert = next(a for a in today.overview(staff).alerts
                 if a.kind == AlertKind.UNVETTED_CONTACT)
    with pytest.raises(NotAllowed):
        alert_acks.acknowledge(staff, alert, "fine")
    contacts.record(staff, rid, kind="message", who="unknown", unknown_person=True,
                    outcome="Asked for her by her old nickname", allowed=False)
    assert AlertKind.UNKNOWN_CONTACT in alerts(house)
    with pytest.raises(InvalidValue) as err:
        contacts.record(staff, rid, kind="visit", who="Maria", at=NOW + timedelta(hours=2))
    assert err.value.field == "at"
    with pytest.raises(InvalidValue) as err:
        contacts.record(staff, rid, kind="fax", who="Maria")
    assert err.value.field == "kind"
    fixed = contacts.amend(staff, mum.id, "wrong surname", who="Ivan Petrov").record
    assert fixed.amends_id == mum.id and fixed.no_contact_id is not None  # checked again
    assert [c.id for c in contacts.for_resident(staff, rid) if c.kind == "visit"] == [fixed.id]
