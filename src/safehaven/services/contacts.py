"""The visitor and contact log: every visit, call, video call, message or letter.

Before a contact is saved, the name and phone number are checked against the resident's
no-contact list (accents, case and spacing ignored; a surname alone matches) and against
the adults the house knows but has not vetted. A match stops the save with a warning the
worker must confirm; saved anyway, the contact raises an alert on Today (urgent for the
no-contact list) that only a clinician or manager can set aside. Staff see that there is a
match, never why. Append-only: a correction is a new row that amends the old one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from safehaven.domain import no_contact
from safehaven.domain import validate as v
from safehaven.domain.models import Contact, NoContact, Resident, TrustedAdult
from safehaven.domain.vocab import ContactKind
from safehaven.errors import InvalidValue, NeedsConfirmation
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.incidents import CLOCK_SLACK
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

RULES: v.Rules = {
    "kind": lambda x: v.choice("kind", ContactKind, x),
    "who": lambda x: v.name("who", x),
    "relationship": lambda x: v.text("relationship", x, max_len=v.MAX_NAME),
    "phone": lambda x: v.contact("phone", x, max_len=40, phone_only=True),
    "supervised_by": lambda x: v.text("supervised_by", x, max_len=v.MAX_NAME),
    "reason": lambda x: v.text("reason", x, max_len=2000),
    "outcome": lambda x: v.text("outcome", x, max_len=4000),
    "allowed": bool, "unknown_person": bool,
}


def warnings(ctx: Context, resident_id: str, who: str | None, phone: str | None
             ) -> list[str]:
    """What the worker must read before saving: one line per match, in plain words. The
    reason someone is on the list is not among them (a manager knows it)."""
    ctx.require(Action.RECORD_CONTACT)
    lines = []
    entries = reads.for_resident(ctx.conn, NoContact, resident_id)
    for m in no_contact.matches(entries, who, phone):
        lines.append(tr("{name} ({relationship}) is on this resident's no-contact list. "
                        "Do not allow the contact; tell a manager now.",
                        name=m.entry.name, relationship=m.entry.relationship))
    adults = reads.for_resident(ctx.conn, TrustedAdult, resident_id)
    for a in no_contact.unvetted(adults, who, phone):
        lines.append(tr("{name} is known to the house but not vetted: supervise, and tell "
                        "a manager.", name=a.name))
    return lines


def record(ctx: Context, resident_id: str, *, kind: ContactKind | str, who: str,
           at: datetime | None = None, confirmed: bool = False, **fields: Any
           ) -> Result[Contact]:
    """Log a contact. A match with the no-contact list or an unvetted adult raises
    `NeedsConfirmation` first; confirmed, it is saved and Today shows it."""
    ctx.require(Action.RECORD_CONTACT)
    clean = v.fields(RULES, {"kind": kind, "who": who, **fields})
    when = at or ctx.now().replace(second=0, microsecond=0)
    if not isinstance(when, datetime):
        raise InvalidValue("at", tr("Say when, as a date and time."))
    if when > ctx.now() + CLOCK_SLACK:
        raise InvalidValue("at", tr("This time is in the future."))
    entries = reads.for_resident(ctx.conn, NoContact, resident_id)
    matched = no_contact.matches(entries, clean["who"], clean.get("phone"))
    if not confirmed:
        lines = warnings(ctx, resident_id, clean["who"], clean.get("phone"))
        if lines:
            raise NeedsConfirmation("who", " ".join(lines) + " " + tr(
                "Record it anyway (a manager is alerted)?"))
    adults = no_contact.unvetted(reads.for_resident(ctx.conn, TrustedAdult, resident_id),
                                 clean["who"], clean.get("phone"))
    contact = Contact(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                      at=when, staff_id=ctx.actor.id if ctx.actor else "",
                      no_contact_id=matched[0].entry.id if matched else None,
                      unvetted_adult_id=adults[0].id if adults else None, **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(contact)
    return Result(contact, tuple(tx.changes))


def amend(ctx: Context, contact_id: str, why: str, **changes: Any) -> Result[Contact]:
    """A correction as a new row; the old one stays in the history. The no-contact check
    is made again on the corrected name and number."""
    ctx.require(Action.RECORD_CONTACT)
    why = v.text("why", why, required=True, max_len=500)
    old: Contact = reads.get(ctx.conn, Contact, contact_id)
    clean = v.fields(RULES, changes)
    fresh = replace(old, **clean)
    entries = reads.for_resident(ctx.conn, NoContact, old.resident_id)
    matched = no_contact.matches(entries, fresh.who, fresh.phone)
    adults = no_contact.unvetted(reads.for_resident(ctx.conn, TrustedAdult, old.resident_id),
                                 fresh.who, fresh.phone)
    amendment = replace(fresh, id=new_id(), staff_id=ctx.actor.id if ctx.actor else "",
                        amends_id=contact_id, amend_reason=why,
                        no_contact_id=matched[0].entry.id if matched else old.no_contact_id,
                        unvetted_adult_id=adults[0].id if adults else old.unvetted_adult_id)
    with ctx.write() as tx:
        tx.insert(amendment)
    return Result(amendment, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[Contact]:
    """Newest first (current versions only)."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, Contact, resident_id, "at DESC, id DESC")


def between(ctx: Context, start: datetime, end: datetime) -> list[Contact]:
    ctx.require(Action.READ_RECORDS)
    return reads.current_between(ctx.conn, Contact, "at", start, end)
