"""Demo records of a child's life beyond therapy (issue 31): trafficking profiles and
identification decisions, legal cases with hearings in the coming fortnight, school and
training with weekly attendance, the young people's goals, wishes and complaints, and case
reviews. Drawn on a stream of their own (`Generator.life`), so the rest of a seed's demo
house is the same as before these records existed.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from safehaven.domain import life as L
from safehaven.domain import models as m
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator

COUNTRY = {"es": "Honduras", "vi": "Viet Nam", "th": "Thailand", "ru": "Ukraine",
           "ar": "Syria", "am": "Ethiopia", "ro": "Romania", "en": "United Kingdom",
           "el": "Albania", "zh": "China", "km": "Cambodia", "my": "Myanmar", "lo": "Laos",
           "ne": "Nepal", "bn": "Bangladesh", "he": "Israel"}
FORMS = [(L.ExploitationForm.SEXUAL, 45), (L.ExploitationForm.LABOUR, 25),
         (L.ExploitationForm.CRIMINAL, 20), (L.ExploitationForm.DOMESTIC, 10),
         (L.ExploitationForm.FORCED_MARRIAGE, 4), (L.ExploitationForm.OTHER, 2)]
IDENTIFIED = [("Found in a police raid on a nail bar", "Police"),
              ("Told a teacher at a new school", "School safeguarding lead"),
              ("Came to A&E with an injury; the nurse asked", "Hospital social worker"),
              ("Called the NGO hotline from a borrowed phone", "NGO outreach worker")]
PLACES = ["Crown Court, Court 3", "Magistrates' court", "Police station (ABE suite)",
          "Family court", "Immigration tribunal", "Solicitor's office"]
HEARINGS = {L.LegalCaseKind.POLICE: L.HearingKind.POLICE_INTERVIEW,
            L.LegalCaseKind.PROSECUTION: L.HearingKind.COURT,
            L.LegalCaseKind.IMMIGRATION: L.HearingKind.IMMIGRATION_INTERVIEW,
            L.LegalCaseKind.FAMILY_COURT: L.HearingKind.COURT}
SCHOOLS = [(L.PlacementKind.SCHOOL, "Northfield Academy", "Year 10"),
           (L.PlacementKind.CLASS, "City College", "ESOL Entry 2"),
           (L.PlacementKind.TUTORING, "Home tutor", "Maths and English"),
           (L.PlacementKind.VOCATIONAL, "City College", "Hair and beauty level 1"),
           (L.PlacementKind.APPRENTICESHIP, "Riverside Bakery", "Bakery apprentice")]
GOALS = ["I want to sleep without the light on.", "Go to college and be a nurse.",
         "Learn English well enough to talk to the doctor myself.",
         "Not be scared when the doorbell rings.", "Find my little sister.",
         "Learn to cook food from home.", "Be able to say no when someone pushes me."]
WISHES = [("family", "I want to phone my mum every Sunday."),
          ("school", "I want to stay at the college with my friend."),
          ("where to live", "I want to stay here until I am ready, not move again."),
          ("court", "I don't want to see him in court. Can I be behind a screen?")]
COMPLAINTS = ["Night staff went into my room without knocking.",
              "My pocket money was late two weeks running.",
              "Not enough halal food at the weekend."]


def life(gen: Generator, tx: WriteTx, r: m.Resident, lang: str, start: date, end: date,
         left: date | None) -> None:
    rng = gen.life
    keyring = getattr(tx.ctx, "keyring", None)
    sealed = keyring is not None and keyring.current is not None
    _profile(gen, tx, rng, r, lang, sealed)
    if left is None:
        _legal(gen, tx, rng, r, sealed)
        _school(gen, tx, rng, r, start, end)
    _voice(gen, tx, rng, r, end, left, sealed)


def _by(gen: Generator, rng: random.Random, action: Action) -> str:
    by = rng.choice(gen.may[action])
    return by if by in gen.known or gen.signer is None else gen.signer


def _day(rng: random.Random, after: date, low: int, high: int, limit: date) -> date:
    return min(after + timedelta(days=rng.randint(low, high)), limit)


def _profile(gen: Generator, tx: WriteTx, rng: random.Random, r: m.Resident, lang: str,
             sealed: bool) -> None:
    if rng.random() < 0.1:
        return  # not written yet
    by = _by(gen, rng, Action.MANAGE_LEGAL)
    forms = {rng.choices([f for f, _ in FORMS], [w for _, w in FORMS])[0]
             for _ in range(1 if rng.random() < 0.8 else 2)}
    how, who = rng.choice(IDENTIFIED)
    country = COUNTRY.get(lang, "Unknown")
    private = {"exploitation": ",".join(str(f) for f in L.ExploitationForm if f in forms),
               "exploitation_countries": f"{country}, United Kingdom",
               "exploitation_period": f"about {rng.randint(3, 30)} months before intake",
               "identified_how": how, "identified_by": who,
               "immigration_status": "British citizen" if lang == "en" else rng.choice(
                   ["Asylum claim pending", "Leave to remain", "No status yet"])}
    gen._add(tx, by, L.TraffickingProfile, resident_id=r.id, updated_by=by,
             updated_on=r.intake_date, country_of_origin=country,
             citizenship=country if rng.random() < 0.9 else "Unknown",
             guardian="ICTG: " + rng.choice(["Dana Moss", "Priya Shah", "Tom Ellis"]),
             guardian_contact="0300 123 " + str(rng.randint(1000, 9999)),
             **(private if sealed else {}))
    if rng.random() < 0.25:
        return  # not referred yet
    applied = _day(rng, r.intake_date, 0, 10, gen.today)
    rg_on = applied + timedelta(days=rng.randint(3, 15))
    rg = L.DecisionOutcome.POSITIVE if rg_on <= gen.today else L.DecisionOutcome.PENDING
    if rng.random() < 0.08 and rg is L.DecisionOutcome.POSITIVE:
        rg = L.DecisionOutcome.NEGATIVE
    reference = {"reference": f"NRM-{rng.randint(10000, 99999)}"} if sealed else {}
    gen._add(tx, by, L.IdentificationDecision, resident_id=r.id,
             kind=L.DecisionKind.NRM_REASONABLE, outcome=rg, recorded_by=by,
             applied_on=applied, decided_on=rg_on if rg is not L.DecisionOutcome.PENDING
             else None, **reference)
    if rg is L.DecisionOutcome.POSITIVE:
        cg_on = rg_on + timedelta(days=rng.randint(60, 300))
        done = cg_on <= gen.today
        gen._add(tx, by, L.IdentificationDecision, resident_id=r.id,
                 kind=L.DecisionKind.NRM_CONCLUSIVE, recorded_by=by, applied_on=rg_on,
                 outcome=L.DecisionOutcome.POSITIVE if done else L.DecisionOutcome.PENDING,
                 decided_on=cg_on if done else None)


def _legal(gen: Generator, tx: WriteTx, rng: random.Random, r: m.Resident,
           sealed: bool) -> None:
    if rng.random() < 0.45:
        return
    by = _by(gen, rng, Action.MANAGE_LEGAL)
    kind = rng.choice(list(HEARINGS))
    private = {"reference": f"REF-{rng.randint(1000, 9999)}",
               "lawyer": rng.choice(["Ms Adeyemi, Garden Court Chambers",
                                     "Mr Novak, Refugee Legal Centre"]),
               "special_measures": "Video link and screens" if rng.random() < 0.6 else None}
    case = gen._add(tx, by, L.LegalCase, resident_id=r.id, kind=kind,
                    opened_on=_day(rng, r.intake_date, 5, 40, gen.today), recorded_by=by,
                    **(private if sealed else {}))
    first = not gen.life_hearings
    for n in range(rng.randint(1, 2)):
        # the house's first hearing is tomorrow morning, so Today shows one in every demo
        ahead = 1 if first and n == 0 else rng.randint(1, 14)
        at = datetime.combine(gen.today + timedelta(days=ahead), time(rng.choice([9, 10, 14])))
        going = rng.random() < (1.0 if first and n == 0 else 0.7)
        gen._add(tx, by, L.Hearing, resident_id=r.id, case_id=case.id, at=at,
                 kind=HEARINGS[kind], place=rng.choice(PLACES), recorded_by=by,
                 accompanied_by=gen.names.get(rng.choice(gen.may[Action.SCHEDULE_SESSIONS]))
                 if going else None, transport="House car" if going else None,
                 note="Pre-trial visit first; bring the interpreter." if sealed else None)
        gen.life_hearings += 1


def _school(gen: Generator, tx: WriteTx, rng: random.Random, r: m.Resident, start: date,
            end: date) -> None:
    if rng.random() < 0.25:
        return
    by = _by(gen, rng, Action.RECORD_EDUCATION)
    kind, provider, course = rng.choice(SCHOOLS)
    began = _day(rng, r.intake_date, 14, 45, gen.today)
    placement = gen._add(tx, by, L.EducationPlacement, resident_id=r.id, kind=kind,
                         provider=provider, course=course, start_date=began, recorded_by=by,
                         provider_contact="0113 496 " + str(rng.randint(1000, 9999)),
                         designated_teacher=rng.choice(["Ms Begum", "Mr Okafor", "Mrs Hall"]))
    monday = gen.today - timedelta(days=gen.today.weekday())
    for k in range(6):
        week = monday - timedelta(weeks=k)
        if week < max(began, start) or week > end:
            continue
        expected = 5 if kind in (L.PlacementKind.SCHOOL, L.PlacementKind.APPRENTICESHIP) else 3
        if week == monday:
            expected = min(expected, gen.today.weekday() + 1)
        gen._add(tx, by, L.SchoolWeek, resident_id=r.id, placement_id=placement.id,
                 week_start=week, expected=expected,
                 attended=max(0, expected - (rng.random() < 0.3) - (rng.random() < 0.1)),
                 recorded_by=by)
    if rng.random() < 0.3 and began < gen.today:
        gen._add(tx, by, L.SchoolEvent, resident_id=r.id, placement_id=placement.id,
                 kind=L.SchoolEventKind.ACHIEVEMENT, staff_id=by,
                 happened_on=_day(rng, began, 1, 30, gen.today),
                 detail=rng.choice(["Certificate for reading", "Star of the week",
                                    "First aid certificate"]))


def _voice(gen: Generator, tx: WriteTx, rng: random.Random, r: m.Resident, end: date,
           left: date | None, sealed: bool) -> None:
    plans = [p for p in reads.for_resident(gen.ctx.conn, m.TherapyPlan, r.id)]
    for words in rng.sample(GOALS, rng.randint(0, 2)):
        by = _by(gen, rng, Action.RECORD_VOICE)
        set_on = _day(rng, r.intake_date, 3, 30, end)
        reviewed = set_on + timedelta(days=rng.randint(14, 60))
        gen._add(tx, by, L.ChildGoal, resident_id=r.id, words=words, set_on=set_on,
                 recorded_by=by, plan_id=rng.choice(plans).id if plans else None,
                 **({"reviewed_on": reviewed, "progress": "Getting there, most days.",
                     "status": rng.choice(list(L.GoalStatus))}
                    if reviewed <= end and rng.random() < 0.6 else {}))
    if rng.random() < 0.7:
        topic, words = rng.choice(WISHES)
        by = _by(gen, rng, Action.RECORD_VOICE)
        gen._add(tx, by, L.Wish, resident_id=r.id, said_on=_day(rng, r.intake_date, 5, 60,
                                                                  end),
                 words=words, staff_id=by, topic=topic)
    if rng.random() < 0.15:
        by = _by(gen, rng, Action.RECORD_VOICE)
        made = _day(rng, r.intake_date, 7, 90, end)
        complaint = gen._add(tx, by, L.Complaint, resident_id=r.id, made_on=made,
                             received_by=by, details=rng.choice(COMPLAINTS))
        answered = made + timedelta(days=rng.randint(1, 6))
        if sealed and answered <= gen.today and rng.random() < 0.7:
            # answered later, by a manager, as a change of its own
            manager = _by(gen, rng, Action.ANSWER_COMPLAINT)
            tx.sign_as(manager)
            tx.update(L.Complaint, complaint.id, answered_on=answered, answered_by=manager,
                      outcome=L.ComplaintOutcome.UPHELD, handling="Spoke with the team.",
                      answer="We agreed what changes; thank you for telling us.",
                      child_satisfied="yes")
            tx.end_changeset()
    if left is None and (gen.today - r.intake_date).days > 42 and rng.random() < 0.7:
        by = _by(gen, rng, Action.HOLD_REVIEW)
        held = gen.today - timedelta(days=rng.randint(7, 56))
        review = gen._add(tx, by, L.CaseReview, resident_id=r.id, held_on=held, chaired_by=by,
                          participants=f"{r.preferred_name}, key worker, therapist",
                          decisions="Keep the plan; look at a college place.",
                          next_review=held + timedelta(weeks=6))
        gen._add(tx, by, L.Wish, resident_id=r.id, said_on=held, staff_id=by,
                 words="I like it here. I want to keep my therapist.", review_id=review.id)
