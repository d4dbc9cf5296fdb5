"""Synthetic residents for the demo, the tests and the benchmarks. Deterministic by seed.

Every name, note and event here is invented. Names come from many languages and scripts so
that every screen and report is exercised with them. The records should look right to a house
manager: clinical notes by clinicians, nothing attended after a young person left, each
provider at its own place, no one booked twice at once, plans kept within their caps.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from safehaven.demo import consents, health, incidents, lifecycle, therapy
from safehaven.demo.data import (
    ACK_NOTES,
    CLINICAL,
    CONTACTS,
    DESTINATIONS,
    DIETS,
    FIRST_LANGUAGES,
    FURTHER_LANGUAGES,
    FURTHER_SHARE,
    GENDERS,
    HOUSE_SCALE,
    INITIALS,
    LANGUAGE_NAMES,
    MEASURES,
    NAMES,
    NOTES,
    SAFETY_PLAN,
    STAY,
    pick,
)
from safehaven.demo.documents import documents
from safehaven.demo.life import life
from safehaven.demo.safeguarding import house_log, safeguarding
from safehaven.demo.timeline import Stamper, moment_of
from safehaven.domain import models as m
from safehaven.domain.measures import BUILT_IN
from safehaven.domain.vocab import (
    CareStage,
    Destination,
    FeelsSafe,
    Level,
    NeedCategory,
    NeedStatus,
    NoteKind,
    Occupation,
    Priority,
    RiskFlag,
    RiskIndicator,
    RiskLevel,
    Role,
    Shift,
)
from safehaven.services import today as today_service
from safehaven.services.context import Context
from safehaven.services.follow_ups import add_months
from safehaven.services.permissions import Action, allowed
from safehaven.store import reads
from safehaven.store.ids import new_id
from safehaven.store.writer import WriteTx

DEMO_STAFF = [("Demo Manager", Role.MANAGER), ("Ana Torres", Role.STAFF),
              ("Dr. Chidi Okafor", Role.CLINICIAN)]


def with_initials(first: str, initials: list[str]) -> str:
    """How staff tell two young people of one name apart: "Lucía M." (or "Lucía M. S.")."""
    return f"{first.split(' ')[0]} {'. '.join(initials)}."


@dataclass(frozen=True, slots=True)
class Generated:
    residents: int
    checkins: int
    sessions: int
    needs: int
    measures: int = 0
    groups: int = 0
    acks: int = 0
    doses: int = 0



class Generator:
    def __init__(self, ctx: Context, seed: int, today: date, staff_ids: list[str]) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
        self.seed = seed
        self.today = today
        people = {s.id: s for s in reads.all_of(ctx.conn, m.Staff)}
        care = sorted((s for s in people.values() if s.active and s.role is not Role.ADMIN),
                      key=lambda s: (s.display_name, s.id))
        ids = staff_ids or [s.id for s in care] or [ctx.actor.id if ctx.actor else ""]
        role = {i: people[i].role if i in people else None for i in ids}
        # who may do what, by the app's own rules: each record is made, and its change set
        # signed, by someone whose role allows it (anyone, when no one's role is known)
        self.may = {a: [i for i in ids if allowed(role[i], a)] or ids for a in Action}
        self.roles = role
        self.clinicians = [i for i in ids if allowed(role[i], Action.WRITE_CLINICAL_NOTE)]
        self.admits = [i for i in self.may[Action.ADD_RESIDENT]
                       if i in self.may[Action.MOVE_STAGE]] or self.may[Action.ADD_RESIDENT]
        self.known: set[str] = set(people)
        self.signer: str | None = None  # whoever opened the vault: for unknown staff ids
        self.names = {i: people[i].display_name if i in people else "key worker" for i in ids}
        self.site = ctx.vault.site_id
        self.counts = {"residents": 0, "checkins": 0, "sessions": 0, "needs": 0,
                       "measures": 0, "groups": 0, "acks": 0, "doses": 0}
        self.group_plans: list[tuple[m.TherapyPlan, date, date | None]] = []
        self.house_scale: m.CustomScale | None = None
        self.used_names: set[str] = set()
        # Young people from further away, named in their own scripts: drawn on a stream of
        # their own, so a seed's records and figures are the same as before they were added.
        self.further = random.Random(f"further-{seed}")  # noqa: S311 - synthetic data
        self.health_rng = random.Random(f"health-{seed}")  # noqa: S311 - synthetic data
        self.controlled_given = False  # one controlled drug in the house
        self.med_givers: list[str] | None = None  # who gives medicines (trained staff too)
        self.batches_received = 0  # the first batch in the house expires within the month
        # The safeguarding records (issue 27), on a stream of their own for the same reason.
        self.safe = random.Random(f"safeguarding-{seed}")  # noqa: S311 - synthetic data
        # A child's life beyond therapy (issue 31): a stream of its own too.
        self.life = random.Random(f"life-{seed}")  # noqa: S311 - synthetic data
        self.docs = random.Random(f"documents-{seed}")  # noqa: S311 - synthetic data
        self.life_hearings = 0
        self.clock = Stamper(ctx)  # each record dated by its own moment (demo/timeline.py)

    def _name(self, lang: str, rng: random.Random) -> str:
        """A preferred name not yet used in this house; staff add an initial when two match."""
        first = rng.choice(NAMES[lang])
        name, attempt = first, 0
        while name in self.used_names:
            attempt += 1
            initials = [rng.choice(INITIALS[lang]) for _ in range(1 + attempt // 20)]
            name = with_initials(first, initials)
            if attempt > 200:  # a very large house: number the rest
                name = f"{first} ({attempt})"
        self.used_names.add(name)
        return name

    def run(self, residents: int, days: int) -> Generated:
        with self.ctx.write() as tx:
            self.signer = tx.ctx.staff_id
            self._scale(tx)
        for _ in range(residents):
            with self.ctx.write() as tx:
                self.signer = tx.ctx.staff_id
                self._resident(tx, days)
        with self.ctx.write() as tx:
            therapy.groups(self, tx, days)
        with self.ctx.write() as tx:
            self.signer = tx.ctx.staff_id
            house_log(self, tx, days)
        self._acks()
        lifecycle.add(self, self.seed)
        return Generated(**self.counts)

    def _scale(self, tx: WriteTx) -> None:
        """The house's own scale, made by a manager (when the house has one)."""
        managers = [i for i in self.may[Action.MANAGE_SCALES]
                    if i in self.known and allowed(self.roles.get(i), Action.MANAGE_SCALES)]
        if not managers or self.rng.random() < 0.3:
            return
        name, low, high, bands = HOUSE_SCALE
        self.house_scale = self._add(tx, managers[0], m.CustomScale, name=name, min_score=low,
                                     max_score=high, bands=bands, higher_is_better=True,
                                     created_by=managers[0])

    def _save(self, tx: WriteTx, record: object, by: str) -> None:
        """Each record is its own change set, signed by who made it, as when staff save
        forms one by one."""
        author = by if by in self.known else self.signer
        tx.sign_as(author)
        self.clock.backdate(tx, moment_of(record), author, getattr(record, "id", ""))
        tx.insert(record)
        tx.end_changeset()

    def _add(self, tx: WriteTx, by: str, model: type, **fields: Any) -> Any:
        record = model(id=new_id(), site_id=self.site, **fields)
        self._save(tx, record, by)
        return record

    def _who(self, action: Action) -> str:
        return self.rng.choice(self.may[action])

    def author(self, action: Action) -> str:
        """Someone whose role allows `action`, drawn on the safeguarding stream, who signs
        the record (whoever opened the vault, for a staff id it does not know)."""
        by = self.safe.choice(self.may[action])
        return by if by in self.known or self.signer is None else self.signer

    def _resident(self, tx: WriteTx, days: int) -> None:
        rng = self.rng
        lang = rng.choice(FIRST_LANGUAGES)
        intake = self.today - timedelta(days=rng.randint(0, days + 30))
        age = rng.randint(11, 17)
        stages = self._stages(intake, age)
        left = stages[-1][1] if stages[-1][0] is CareStage.FOLLOW_UP else None
        born = (intake - timedelta(days=365 * age + rng.randint(0, 364))
                if rng.random() < 0.6 else None)
        gender, pronouns, _ = pick(rng, GENDERS)
        interpreter = lang != "en" and rng.random() < 0.6
        admitted_by = rng.choice(self.admits)
        name = self._name(lang, rng)
        if lang not in ("en", "ar") and self.further.random() < FURTHER_SHARE:
            # someone from the Mekong, South Asia or Israel instead: needs an interpreter
            # and eats as often as before, so nothing else drawn for this resident changes
            lang = self.further.choice(FURTHER_LANGUAGES)
            name = self._name(lang, self.further)
        r = self._add(
            tx, admitted_by, m.Resident, preferred_name=name, intake_date=intake,
            stage=stages[-1][0], date_of_birth=born, age_estimate=None if born else age,
            age_estimated_on=None if born else intake, gender=gender,
            pronouns="they/them" if rng.random() < 0.05 else pronouns,  # a few girls and boys
            languages=(LANGUAGE_NAMES[lang],) + (("English",) if lang != "en"
                                                 and rng.random() < 0.3 else ()),
            interpreter_needed=interpreter, interpreter_language=LANGUAGE_NAMES[lang]
            if interpreter and rng.random() < 0.8 else None,
            dietary_needs=("halal" if lang == "ar" else rng.choice(DIETS))
            if rng.random() < (0.5 if lang == "ar" else 0.1) else None,
            referral_source=rng.choice(["police", "outreach team", "hospital", "NGO hotline"]),
            key_worker_id=self._who(Action.WRITE_NOTE), discharge_date=left)
        previous = None
        for to_stage, on, reason, destination in stages:
            by = admitted_by if previous is None else self._who(Action.MOVE_STAGE)
            self._add(tx, by, m.StageChange, resident_id=r.id, from_stage=previous,
                      to_stage=to_stage, changed_on=on, reason=reason, staff_id=by,
                      destination=destination)
            previous = to_stage
        self.counts["residents"] += 1
        start = max(intake, self.today - timedelta(days=days))
        end = min(self.today, left or self.today)
        self._checkins(tx, r.id, start, end)
        self._needs(tx, r.id, intake)
        held = therapy.therapy(self, tx, r, left)
        self._notes(tx, r.id, start, end, held)
        consents.consents(self, tx, r, left, age, therapy=bool(held) or rng.random() < 0.9)
        consents.trusted_adults(self, tx, r, lang, end)
        self._safety_plan(tx, r.id, intake, left)
        safeguarding(self, tx, r, lang, start, end, left)
        life(self, tx, r, lang, start, end, left)
        documents(self, tx, r, start, end, left)
        self._measures(tx, r.id, intake, end)
        if left is not None:
            self._follow_ups(tx, r.id, left)
        health.add(self, tx, r, start, end, left)

    def _stages(self, intake: date, age: int) -> list[tuple[Any, ...]]:
        """(stage, from, reason, destination) of each move, up to today."""
        out, day, leaving = [], intake, ""
        for stage, low, high, reason in STAY:
            goes = None
            if stage is CareStage.REINTEGRATION:  # where to, and the reason for leaving
                goes, leaving, _ = pick(self.rng, [d for d in DESTINATIONS if age >= 16
                                                    or d[0] is not Destination.INDEPENDENT_LIVING])
            out.append((stage, day, reason, goes))
            day += timedelta(days=self.rng.randint(low, high))
            if day > self.today:
                return out
        out.append((CareStage.FOLLOW_UP, day, leaving, None))
        return out

    def _checkins(self, tx: WriteTx, rid: str, start: date, end: date) -> None:
        rng = self.rng
        mood = rng.randint(2, 3)
        day = start
        while day <= end:
            skip = 0.4 if day == self.today else 0.03
            if rng.random() >= skip:
                mood = min(5, max(1, mood + rng.choice([-1, 0, 0, 0, 1, 1])))
                flags = tuple(rng.sample(list(RiskFlag), 1)) if rng.random() < 0.015 else ()
                by = self._who(Action.RECORD_CHECKIN)
                checkin = self._add(tx, by, m.CheckIn, resident_id=rid, date=day,
                          shift=rng.choice([Shift.MORNING, Shift.AFTERNOON, Shift.NIGHT]),
                          mood=mood, staff_id=by,
                          sleep=rng.choice(list(Level)), appetite=rng.choice(list(Level)),
                          feels_safe=FeelsSafe.NO if flags else rng.choice(
                              [FeelsSafe.YES, FeelsSafe.YES, FeelsSafe.SOMEWHAT]),
                          engagement=rng.choice(list(Level)), flags=flags,
                          note=rng.choice(NOTES) if rng.random() < 0.1 else None)
                self.counts["checkins"] += 1
                if flags:
                    incidents.after_flag(self, tx, checkin, flags[0])
            day += timedelta(days=1)

    def _safety_plan(self, tx: WriteTx, rid: str, intake: date, left: date | None) -> None:
        """Most young people in the house a fortnight have one; a few reviews are due."""
        rng = self.rng
        if left is not None or (self.today - intake).days < 14 or rng.random() < 0.2:
            return
        reviewed = self.today - timedelta(days=rng.randint(1, 40))
        self._add(tx, self._who(Action.MANAGE_SAFEGUARDING), m.SafetyPlan, resident_id=rid,
                  reviewed_on=max(reviewed, intake + timedelta(days=7)),
                  review_due=max(reviewed, intake + timedelta(days=7)) + timedelta(days=30),
                  **SAFETY_PLAN)

    def _needs(self, tx: WriteTx, rid: str, intake: date) -> None:
        rng = self.rng
        for category in rng.sample(list(NeedCategory), rng.randint(3, 6)):
            opened = intake + timedelta(days=rng.randint(0, 10))
            if opened > self.today:
                continue
            age = (self.today - opened).days
            status = rng.choice([NeedStatus.MET, NeedStatus.MET, NeedStatus.NOT_APPLICABLE]
                                if age > 60 else [NeedStatus.OPEN, NeedStatus.IN_PROGRESS,
                                                  NeedStatus.MET])
            closed = (None if status.is_open
                      else min(self.today, opened + timedelta(days=rng.randint(3, 50))))
            by = self._who(Action.MANAGE_NEEDS)
            self._add(tx, by, m.Need, resident_id=rid, category=category,
                      priority=rng.choice(list(Priority)), status=status, opened_on=opened,
                      owner_id=by,
                      due_date=opened + timedelta(days=rng.randint(5, 40)), closed_on=closed)
            self.counts["needs"] += 1

    def _notes(self, tx: WriteTx, rid: str, start: date, end: date,
               held: list[m.TherapySession]) -> None:
        """General notes by anyone; clinical ones by a clinician, after a session attended."""
        rng = self.rng
        for _ in range(rng.randint(1, 4)):
            day = start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
            at = datetime.combine(day, time(rng.randint(8, 21), rng.choice([0, 15, 30, 45])))
            session = rng.choice(held) if held and rng.random() < 0.3 else None
            if session is not None and self.clinicians:
                by = rng.choice(self.clinicians)
                self._add(tx, by, m.CaseNote, resident_id=rid, kind=NoteKind.CLINICAL,
                          body=rng.choice(CLINICAL), staff_id=by,
                          written_at=session.scheduled_at + timedelta(hours=2),
                          session_id=session.id, for_manager=rng.random() < 0.2)
            else:
                by = self._who(Action.WRITE_NOTE)
                self._add(tx, by, m.CaseNote, resident_id=rid, kind=NoteKind.GENERAL,
                          body=rng.choice(NOTES), staff_id=by,
                          written_at=at, for_manager=rng.random() < 0.2)

    def _measures(self, tx: WriteTx, rid: str, intake: date, end: date) -> None:
        """Measures at intake, then again every six to nine weeks: most young people
        improve, some stay where they were, a few get worse for a while."""
        rng = self.rng
        people = self.may[Action.RECORD_MEASURE]
        plans = [(code, lo, hi) for code, lo, hi, share in MEASURES if rng.random() < share]
        if self.house_scale is not None and rng.random() < 0.3:
            plans.append((self.house_scale.id, 3, 9))
        for code, low, high in plans:
            custom = self.house_scale is not None and code == self.house_scale.id
            instrument = BUILT_IN.get(code)
            floor, ceiling = (0, 20) if custom or instrument is None else (
                instrument.min_score, instrument.max_score)
            course = rng.choices(["better", "same", "worse"], [65, 20, 15])[0]
            score = rng.randint(low, high)
            day = intake + timedelta(days=rng.randint(3, 14))
            while day <= end:
                fields: dict[str, Any] = {}
                if instrument is not None and instrument.subscales and rng.random() < 0.5:
                    fields["subscales"] = _split(rng, score, instrument.subscales)
                self._add(tx, rng.choice(people), m.OutcomeMeasure, resident_id=rid,
                          instrument=code, taken_on=day, total=score,
                          administered_by=rng.choice(people), **fields)
                self.counts["measures"] += 1
                change = {"better": -rng.randint(1, 6), "same": rng.randint(-2, 2),
                          "worse": rng.randint(1, 4)}[course]
                score = min(ceiling, max(floor, score + (-change if custom else change)))
                day += timedelta(days=rng.randint(42, 63))

    def _acks(self) -> None:
        """A shift has acknowledged some of today's routine alerts, each with a note."""
        when = datetime.combine(self.today, time(21, 40))
        ctx = Context(self.ctx.vault, self.ctx.actor, now=lambda: when)
        if not ctx.may(Action.READ_RECORDS):
            return
        alerts = today_service.overview(ctx).alerts
        with self.ctx.write() as tx:
            for alert in alerts:
                notes = ACK_NOTES.get(str(alert.kind))
                if not notes or self.rng.random() > 0.3:
                    continue
                by = self._who(Action.ACK_ALERT)
                self._add(tx, by, m.AlertAck, resident_id=alert.resident_id,
                          kind=alert.kind, condition=alert.condition,
                          note=self.rng.choice(notes), acked_by=by, acked_at=when)
                self.counts["acks"] += 1

    def _follow_ups(self, tx: WriteTx, rid: str, left: date) -> None:
        """Monthly contacts in the first year after leaving, each with a risk check."""
        rng = self.rng
        planner = self._who(Action.MANAGE_SAFEGUARDING)  # the whole year, when they left
        for month in range(1, 13):
            due = add_months(left, month)
            if not (due < self.today and rng.random() < (
                    0.97 if due < self.today - timedelta(days=7) else 0.5)):
                self._add(tx, planner, m.FollowUp, resident_id=rid, due_date=due)
                continue
            method, contacted, _ = pick(rng, CONTACTS)
            signs = rng.sample(list(RiskIndicator), rng.randint(1, 2)) if rng.random() < 0.12 \
                else []
            risk = (rng.choices([RiskLevel.MEDIUM, RiskLevel.HIGH], [70, 30]) if signs
                    else rng.choices([RiskLevel.LOW, RiskLevel.MEDIUM], [85, 15]))[0]
            by = self._who(Action.MANAGE_SAFEGUARDING)
            self._add(tx, by, m.FollowUp, resident_id=rid, due_date=due,
                      done_on=min(self.today, due + timedelta(days=rng.randint(-3, 4))),
                      method=str(method), contacted=contacted, risk_level=risk,
                      wellbeing=rng.choices([Level.FAIR, Level.POOR] if signs else list(Level),
                                            [60, 40] if signs else [60, 30, 10])[0],
                      occupation=rng.choices(list(Occupation), [45, 15, 20, 20])[0],
                      risk_indicators=tuple(x for x in RiskIndicator if x in signs),
                      notes="Safety plan reviewed; next contact sooner" if signs else None,
                      done_by=by)


def _split(rng: random.Random, total: int, parts: dict[str, tuple[int, int]]
           ) -> tuple[str, ...]:
    """A total shared among subscales in proportion to their ranges, each within its own."""
    top = sum(hi for _, hi in parts.values())
    shares = {k: min(hi, round(total * hi / top)) for k, (_, hi) in parts.items()}
    keys = list(parts)
    while sum(shares.values()) != total:
        step = 1 if sum(shares.values()) < total else -1
        k = rng.choice([k for k in keys if 0 <= shares[k] + step <= parts[k][1]])
        shares[k] += step
    return tuple(f"{k}={n}" for k, n in shares.items())


def generate(ctx: Context, *, residents: int, days: int, seed: int,
             today: date | None = None, staff_ids: list[str] | None = None) -> Generated:
    """Fill the vault with `residents` synthetic residents and `days` of history. Without
    `staff_ids`, the house's own staff do the work, each only what their role allows."""
    return Generator(ctx, seed, today or ctx.today(), staff_ids or []).run(residents, days)
