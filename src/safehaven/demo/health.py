"""Demo health records: allergies for some residents, a daily medicine for some, a
pain reliever as needed for others, one controlled drug in the house, and two weeks of
doses (mostly given, a few refused or missed; today's later doses still due), stock
received (with a batch number and expiry date; the house's first batch expires within the
month, so Today shows it) and counted last night (now and then one short). Every staff
member but one is trained to give medicines; the one who is not gives none. Drawn on a
random stream of their own, so a seed's other records are what they were before."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from safehaven.demo.data import pick
from safehaven.domain import medication as rules
from safehaven.domain import models as m
from safehaven.domain.permissions import Action
from safehaven.domain.vocab import DoseOutcome, MedForm, Role, Route, StockKind

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator
    from safehaven.store.writer import WriteTx

ALLERGIES = [(("Penicillin",), "rash and hives: stop, call the doctor", 40),
             (("Peanuts",), "swollen lips: adrenaline pen in the office", 25),
             (("Latex",), "itchy skin", 15), (("Ibuprofen",), "wheezing", 20)]
CONDITIONS = ["Asthma, mild", "Iron-deficiency anaemia", "Eczema", "Migraine",
              "Latent TB: treatment completed"]
GPS = ["St Mary's Adolescent Clinic, 555 0142", "Riverside Health Centre, 555 0188"]
DAILY = [("Sertraline", "50 mg", "50 mg", MedForm.TABLET, ("sertraline",), ("08:00",),
          "Low mood, anxiety", 35),
         ("Ferrous sulfate", "200 mg", "200 mg", MedForm.TABLET, ("iron",), ("08:00",),
          "Anaemia", 25),
         ("Beclometasone inhaler", "2 puffs", "100 mcg", MedForm.INHALER,
          ("beclometasone",), ("08:00", "20:00"), "Asthma prevention", 25),
         ("Amoxicillin", "500 mg", "500 mg", MedForm.CAPSULE, ("amoxicillin", "penicillin"),
          ("08:00", "14:00", "20:00"), "Chest infection", 15)]
PRN = [("Paracetamol", "500 mg", ("paracetamol",), "pain or fever", 240, 4, 60),
       ("Ibuprofen", "200 mg", ("ibuprofen",), "period pain", 360, 3, 40)]
CONTROLLED = ("Methylphenidate", "10 mg", ("methylphenidate",), ("08:00",),
              "Attention (ADHD)")
WEEKS = 14  # days of doses before today
REFUSED, MISSED = 0.04, 0.02


def add(gen: Generator, tx: WriteTx, r: m.Resident, start: date, end: date,
        left: date | None) -> None:
    rng: random.Random = gen.health_rng
    if left is not None or rng.random() > 0.7:
        return
    by = rng.choice(gen.may[Action.MANAGE_HEALTH])
    allergies: tuple[str, ...] = ()
    reactions = None
    if rng.random() < 0.2:
        allergies, reactions, _ = pick(rng, ALLERGIES)
    gen._add(tx, by, m.HealthProfile, resident_id=r.id, allergies=allergies,
             reactions=reactions, conditions=rng.choice(CONDITIONS) if rng.random() < 0.4
             else None, gp_contact=rng.choice(GPS), updated_by=by, updated_on=start)
    first = max(start, gen.today - timedelta(days=WEEKS))
    if rng.random() < 0.45:
        name, dose, strength, form, subs, times, why, _ = pick(rng, DAILY)
        if not any(a.casefold() in " ".join(subs) for a in allergies):
            _course(gen, tx, rng, r.id, first, end, medicine=name, dose=dose,
                    strength=strength, form=form, substances=subs, times=times, reason=why)
    if rng.random() < 0.5:
        name, dose, subs, why, gap, most, _ = pick(rng, PRN)
        if not any(a.casefold() in " ".join(subs) for a in allergies):
            _course(gen, tx, rng, r.id, first, end, medicine=name, dose=dose,
                    form=MedForm.TABLET, substances=subs, as_needed=True, indication=why,
                    min_interval_min=gap, max_per_day=most)
    if not gen.controlled_given and rng.random() < 0.3:
        gen.controlled_given = True
        name, dose, subs, times, why = CONTROLLED
        _course(gen, tx, rng, r.id, first, end, medicine=name, dose=dose, strength=dose,
                form=MedForm.TABLET, substances=subs, times=times, reason=why,
                controlled=True)



def _givers(gen: Generator, tx: WriteTx) -> list[str]:
    """Who gives medicines: clinicians and managers, and the staff-role members the
    manager has recorded as trained (all but the last by name, when there are two or
    more). The training is written once, by the manager who opened the vault."""
    if gen.med_givers is None:
        may = gen.may[Action.GIVE_DOSE]
        staff_role = [i for i in may if gen.roles.get(i) is Role.STAFF]
        trained = staff_role[:-1] if len(staff_role) > 1 else staff_role
        if gen.ctx.may(Action.MANAGE_ROLES):
            for i in trained:
                if i in gen.known:
                    tx.update(m.Staff, i, med_trained=True)
        else:
            trained = []
        gen.med_givers = [i for i in may if gen.roles.get(i) is not Role.STAFF
                          or i in trained] or may
    return gen.med_givers


def _batch(gen: Generator, first: date) -> dict[str, Any]:
    """A batch number and expiry date, counted (no draw on the stream): the house's first
    batch expires in three weeks, the others ten months after they came."""
    gen.batches_received += 1
    n = gen.batches_received
    expires = gen.today + timedelta(days=21) if n == 1 else first + timedelta(days=300)
    return {"batch": f"LT{2600 + n * 37:05d}", "expires_on": expires}


def _now(gen: Generator) -> datetime:
    now = gen.ctx.now().replace(tzinfo=None, second=0, microsecond=0)
    return now if now.date() == gen.today else datetime.combine(gen.today, time(21, 0))


def _course(gen: Generator, tx: WriteTx, rng: random.Random, rid: str, first: date,
            end: date, **order: Any) -> None:
    """A prescription from `first` and its doses up to now."""
    by = rng.choice(gen.may[Action.MANAGE_MEDICATION])
    p = gen._add(tx, by, m.Prescription, resident_id=rid, route=Route.INHALED
                 if order.get("form") is MedForm.INHALER else Route.ORAL, start_date=first,
                 prescriber=rng.choice(["Dr. R. Patel", "Dr. L. Mensah"]), recorded_by=by,
                 **order)
    now = _now(gen)
    givers = _givers(gen, tx)
    supply = 60 if p.as_needed else 30 * len(p.times)
    receiver = rng.choice(givers)
    gen._add(tx, receiver, m.StockEntry, resident_id=rid, prescription_id=p.id,
             kind=StockKind.RECEIVED, quantity=supply,
             at=datetime.combine(first, time(7, 0)), recorded_by=receiver,
             note="from the pharmacy", **_batch(gen, first))
    given: list[datetime] = []
    day = first
    while day <= end:
        if p.as_needed:
            given += _prn_day(gen, tx, rng, p, day, now, givers)
        for due in rules.due_times(p, day):
            if due + rules.OVERDUE_AFTER > now:
                break  # still to come, or due now: left for Today
            roll = rng.random()
            outcome = (DoseOutcome.REFUSED if roll < REFUSED else
                       DoseOutcome.MISSED if roll < REFUSED + MISSED else DoseOutcome.GIVEN)
            giver = rng.choice(givers)
            at = due + timedelta(minutes=rng.randint(-20, 40))
            witness = None
            reason = ("said they felt sick" if outcome is DoseOutcome.REFUSED else
                      "asleep; not woken" if outcome is DoseOutcome.MISSED else None)
            if p.controlled and outcome is DoseOutcome.GIVEN:
                witness = _witness(gen, rng, giver, givers)
                if witness is None:  # nobody else on shift: not given without a witness
                    outcome, reason = DoseOutcome.MISSED, "no second person to witness"
            gen._add(tx, giver, m.DoseRecord, resident_id=rid, prescription_id=p.id,
                     outcome=outcome, at=at, given_by=giver, due_at=due,
                     dose_given=p.dose if outcome is DoseOutcome.GIVEN else None,
                     witness=witness, reason=reason)
            gen.counts["doses"] += 1
            if outcome is DoseOutcome.GIVEN:
                given.append(at)
        day += timedelta(days=1)
    _count(gen, tx, rng, p, supply, given, givers)


def _count(gen: Generator, tx: WriteTx, rng: random.Random, p: m.Prescription, supply: int,
           given: list[datetime], givers: list[str]) -> None:
    """Last night's stock count: it matches the balance, now and then one short."""
    when = datetime.combine(gen.today - timedelta(days=1), time(21, 30))
    balance = supply - sum(1 for g in given if g <= when)
    if when.date() < p.start_date or balance <= 0:
        return
    counter = rng.choice(givers)
    gen._add(tx, counter, m.StockEntry, resident_id=p.resident_id, prescription_id=p.id,
             kind=StockKind.COUNTED, quantity=balance - int(rng.random() < 0.1), at=when,
             recorded_by=counter,
             witness=_witness(gen, rng, counter, givers) if p.controlled else None)


def _witness(gen: Generator, rng: random.Random, giver: str,
             givers: list[str]) -> str | None:
    """A second person for a controlled drug: another giver, else anyone else on the staff
    list (the writer and every receiver refuse the giver as their own witness: a join
    set such demo doses aside, session 14), else nobody."""
    others = [i for i in givers if i != giver] or \
        sorted(i for i in gen.roles if i != giver)
    return rng.choice(others) if others else None


def _prn_day(gen: Generator, tx: WriteTx, rng: random.Random, p: m.Prescription, day: date,
             now: datetime, givers: list[str]) -> list[datetime]:
    """Now and then one or two doses in a day, always far enough apart."""
    given: list[datetime] = []
    if rng.random() > 0.25:
        return given
    at = datetime.combine(day, time(rng.randint(9, 12), rng.choice((0, 15, 30, 45))))
    for _ in range(rng.choice((1, 1, 2))):
        if at > now:
            return given
        given.append(at)
        giver = rng.choice(givers)
        gen._add(tx, giver, m.DoseRecord, resident_id=p.resident_id, prescription_id=p.id,
                 outcome=DoseOutcome.GIVEN, at=at, given_by=giver, dose_given=p.dose,
                 reason=p.indication)
        gen.counts["doses"] += 1
        at += timedelta(minutes=(p.min_interval_min or 240) + rng.randint(30, 180))
    return given
