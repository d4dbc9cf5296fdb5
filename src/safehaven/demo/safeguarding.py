"""Demo safeguarding records (issue 27): no-contact lists, visits and calls, restraints
and the house log, believable and the same for a seed.

Drawn on a stream of their own (`Generator.safe`), so the rest of a seed's demo house is
the same as before these records existed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from safehaven.demo.data import KIN
from safehaven.domain import models as m
from safehaven.domain.vocab import ContactKind, HouseEvent, Role, Technique
from safehaven.services import house_settings
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator

# (name, aliases, relationship, why: sealed for clinicians and managers, description)
UNSAFE = [
    ("Viktor Lazăr", ("Vik",), "recruiter", "Recruited them for 'work abroad'; named in the "
     "police investigation.", "Tall, shaved head, drives a dark grey estate car."),
    ("Dmitri Orlov", ("Dima",), "trafficker", "Held their passport and controlled "
     "their earnings; police investigation open.", "Around 40, beard, tattoo on the left hand."),
    ("Marco Ruiz", (), "ex-boyfriend", "Introduced them to the people who exploited them; "
     "still in touch with them.", "Early 20s, often waits near the school gate."),
    ("Samira Haddad", ("Auntie Sam",), "family friend", "Arranged the journey and the debt; "
     "the family asked for no contact.", "Around 50, headscarf, speaks Arabic and French."),
]
VISIT_NOTES = ["Played cards together; happy and chatty afterwards.",
               "Brought photos from home; some tears, then calm.",
               "Short visit; quiet afterwards, talked it over with the key worker.",
               "Talked about school; asked when the next visit is."]
CALL_NOTES = ["Ten minutes on speaker in the office; cheerful.",
              "Call cut short by a bad line; will call again on Sunday."]
UNKNOWN = [("unknown", ContactKind.CALL, "A man asked for them by an old nickname; would not "
            "give a name. Not put through."),
           ("unknown", ContactKind.MESSAGE, "Message on the house phone offering 'easy work'; "
            "number blocked."),
           ("a woman at the door", ContactKind.VISIT, "Said she was a cousin; not on any list; "
            "turned away politely.")]


def safeguarding(gen: Generator, tx: WriteTx, r: m.Resident, lang: str, start: date,
                 end: date, left: date | None) -> None:
    """A resident's no-contact list and contact log."""
    rng = gen.safe
    entry = None
    if rng.random() < 0.35:
        name, aliases, relationship, why, looks = rng.choice(UNSAFE)
        by = gen.author(Action.MANAGE_SAFEGUARDING)
        keyring = getattr(tx.ctx, "keyring", None)
        sealed = keyring is not None and keyring.current is not None
        entry = gen._add(tx, by, m.NoContact, resident_id=r.id, name=name,
                        relationship=relationship, added_by=by,
                        added_on=r.intake_date + timedelta(days=rng.randint(0, 3)),
                        reason=why if sealed else None, aliases=aliases,
                        phones=(f"+44 7700 900{rng.randint(100, 999)}",), description=looks)
    _visits(gen, tx, rng, r, lang, start, end)
    restraint(gen, tx, r, start, end)
    if left is not None:
        return
    if entry is not None and rng.random() < 0.2:
        at = _moment(rng, end - timedelta(days=rng.randint(0, 6)), gen.today)
        by = gen.author(Action.RECORD_CONTACT)
        gen._add(tx, by, m.Contact, resident_id=r.id, at=at, kind=ContactKind.CALL,
                 who="a man", phone=entry.phones[0], allowed=False,
                 outcome="Recognised the number from the list; call not put through; "
                         "manager told.", no_contact_id=entry.id, staff_id=by)
    if rng.random() < 0.12:
        who, kind, outcome = rng.choice(UNKNOWN)
        at = _moment(rng, end - timedelta(days=rng.randint(0, 12)), gen.today)
        by = gen.author(Action.RECORD_CONTACT)
        gen._add(tx, by, m.Contact, resident_id=r.id, at=at, kind=kind, who=who,
                 allowed=False, unknown_person=True, outcome=outcome, staff_id=by)


# (what led to it, technique, what the young person said at the debrief)
RESTRAINTS = [
    ("Ran at the front door at night shouting that 'they' were waiting outside.",
     Technique.GUIDING, "I thought they had come for me. I'm sorry I kicked."),
    ("Threw a chair at a peer during an argument over the phone.", Technique.SEATED_HOLD,
     "She took my phone. Holding me made me feel trapped, but I calmed down."),
    ("Hitting their head against the wall after a call from home.", Technique.STANDING_HOLD,
     "I don't remember much. I want to talk to the counsellor about the call."),
]


# the demo house trains in the shipped holds and one of its own, in its own words
HOUSE_TECHNIQUES = [Technique.GUIDING.value, Technique.ESCORT.value,
                    Technique.STANDING_HOLD.value, Technique.SEATED_HOLD.value,
                    "Two-person seated hold (Team-Teach)"]


def restraint(gen: Generator, tx: WriteTx, r: m.Resident, start: date, end: date) -> None:
    """Now and then one physical intervention, debriefed the next day and reviewed by a
    manager (the latest ones still waiting, as on a real Today)."""
    rng = gen.safe
    if rng.random() >= 0.12 or end < start:
        return
    behaviour, technique, words = rng.choice(RESTRAINTS)
    day = start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
    began = _moment(rng, day, gen.today)
    now = datetime.combine(gen.today, time(9))
    by = gen.author(Action.RECORD_INCIDENT)
    held = gen._add(tx, by, m.Restraint, resident_id=r.id, started_at=began,
                    duration_min=rng.randint(2, 9), behaviour=behaviour, technique=technique,
                    held_by=f"{gen.names.get(by, 'key worker')} and a colleague",
                    staff_id=by, witnesses="night staff", child_injuries="none seen",
                    staff_injuries=rng.choice([None, "scratch on a hand"]),
                    medical_check="Nurse checked within the hour: no marks")
    talked = began + timedelta(hours=rng.randint(14, 22))
    if talked <= now:
        by = gen.author(Action.RECORD_INCIDENT)
        gen._add(tx, by, m.RestraintDebrief, resident_id=r.id, restraint_id=held.id,
                 held_at=talked, child_words=words, staff_id=by)
    reviewed = began + timedelta(days=rng.randint(1, 4))
    managers = [i for i in gen.may[Action.CLOSE_INCIDENT] if i in gen.known]
    if reviewed <= now and managers:
        gen._add(tx, managers[0], m.RestraintReview, resident_id=r.id, restraint_id=held.id,
                 reviewed_at=reviewed, staff_id=managers[0],
                 review="Necessary to keep everyone safe; the hold was the least needed and "
                        "short.", actions="Key worker to plan what helps at night.")


HOUSE_EVENTS = [
    (HouseEvent.AT_THE_DOOR, "Delivery driver asked for a resident by name; did not give "
     "any name, took the parcel at the door.", 3),
    (HouseEvent.AT_THE_DOOR, "Neighbour came to say the bins were put out on the wrong day.",
     2),
    (HouseEvent.STRANGER, "Grey car parked opposite with the engine running for 40 minutes; "
     "plate noted and given to police.", 2),
    (HouseEvent.POLICE_VISIT, "Officer called to follow up on last week's report; no "
     "resident was asked to speak.", 1),
    (HouseEvent.MAINTENANCE, "Boiler engineer fixed the hot water; staff stayed with him "
     "the whole visit.", 2),
    (HouseEvent.POWER_CUT, "Power cut 19:40–21:10 across the street; torches and board "
     "games in the lounge.", 1),
    (HouseEvent.HOUSE_OTHER, "Fire drill at 17:00: everyone out in 3 minutes.", 1),
]


def house_log(gen: Generator, tx: WriteTx, days: int) -> None:
    """The house's own log over the period: every few days, something at the door, a car
    outside, a repair; a stranger outside names the young people in the house that day."""
    rng = gen.safe
    day = gen.today - timedelta(days=min(days, 60))
    in_house = [r.id for r in reads.in_house_residents(tx.conn)]
    while day <= gen.today:
        category, text, _ = rng.choices(HOUSE_EVENTS, [e[-1] for e in HOUSE_EVENTS])[0]
        named = tuple(rng.sample(in_house, min(2, len(in_house)))) \
            if category is HouseEvent.STRANGER and in_house else ()
        by = gen.author(Action.WRITE_NOTE)
        gen._add(tx, by, m.HouseLogEntry, at=_moment(rng, day, gen.today), category=category,
                 text=text, staff_id=by, resident_ids=named)
        day += timedelta(days=rng.randint(2, 5))
    managers = [i for i in gen.may[Action.MANAGE_HOUSE] if i in gen.known
                and gen.roles.get(i) is Role.MANAGER]
    if managers:  # the house's own list of restraint techniques (no draw on the stream)
        gen._save(tx, house_settings.techniques_setting(
            gen.site, HOUSE_TECHNIQUES, managers[0], gen.today - timedelta(days=min(days, 60))),
            managers[0])
    by = gen.author(Action.WRITE_NOTE)  # last night's round: what the day shift reads first
    gen._add(tx, by, m.HouseLogEntry, at=datetime.combine(gen.today - timedelta(days=1),
                                                          time(22, 15)),
             category=HouseEvent.HOUSE_OTHER, staff_id=by,
             text="Night round: doors locked, gate alarm tested, all residents in.")


def _visits(gen: Generator, tx: WriteTx, rng: random.Random, r: m.Resident, lang: str,
            start: date, end: date) -> None:
    """Family visits or calls about once a week, for about half the young people."""
    if rng.random() < 0.5:
        return
    name, relationship = KIN.get(lang, KIN["en"])
    day = start + timedelta(days=rng.randint(2, 8))
    while day <= end:
        kind = rng.choice([ContactKind.VISIT, ContactKind.VISIT, ContactKind.CALL,
                           ContactKind.VIDEO])
        by = gen.author(Action.RECORD_CONTACT)
        gen._add(tx, by, m.Contact, resident_id=r.id, at=_moment(rng, day, gen.today), kind=kind,
                who=name, relationship=relationship,
                supervised_by=gen.names.get(by, "key worker"),
                reason="family visit" if kind is ContactKind.VISIT else "weekly call",
                outcome=rng.choice(VISIT_NOTES if kind is ContactKind.VISIT else CALL_NOTES),
                staff_id=by)
        day += timedelta(days=rng.randint(5, 10))


def _moment(rng: random.Random, day: date, today: date) -> datetime:
    """An afternoon or evening, never later than this morning (the demo's "now")."""
    at = datetime.combine(day, time(rng.randint(15, 19), rng.choice([0, 15, 30, 45])))
    return at - timedelta(days=1) if at > datetime.combine(today, time(9)) else at
