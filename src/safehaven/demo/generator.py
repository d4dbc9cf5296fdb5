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

from safehaven.demo import health, lifecycle
from safehaven.demo.data import (
    ACK_NOTES,
    CLINICAL,
    CONTACTS,
    DESTINATIONS,
    DIETS,
    FIRST_LANGUAGES,
    FUNDERS,
    FURTHER_LANGUAGES,
    FURTHER_SHARE,
    GENDERS,
    GIVERS,
    GOALS,
    GROUP_PROVIDER,
    GROUPS,
    HOUSE_SCALE,
    INCIDENT_TEXT,
    INITIALS,
    KIN,
    LANGUAGE_NAMES,
    MEASURES,
    NAMES,
    NOTES,
    OTHER_ADULTS,
    OUTCOMES,
    PROVIDERS,
    REFERRALS,
    RETURNS,
    SAFETY_PLAN,
    SHAPES,
    SLOTS,
    STAY,
)
from safehaven.demo.documents import documents
from safehaven.demo.life import life
from safehaven.demo.safeguarding import house_log, safeguarding
from safehaven.demo.timeline import Stamper, moment_of
from safehaven.domain import models as m
from safehaven.domain.measures import BUILT_IN
from safehaven.domain.vocab import (
    INCIDENT_FOR_FLAG,
    Attendance,
    CareStage,
    ConsentGiver,
    ConsentPurpose,
    Destination,
    FeelsSafe,
    Frequency,
    GroupStatus,
    IncidentKind,
    Level,
    NeedCategory,
    NeedStatus,
    NoteKind,
    Notified,
    Occupation,
    Priority,
    ReferralStatus,
    RiskFlag,
    RiskIndicator,
    RiskLevel,
    Role,
    SessionStatus,
    Shift,
    VettingMethod,
    VettingStatus,
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


def _pick(rng: random.Random, table: list[Any]) -> Any:
    """A row of a table whose last column is its weight."""
    return rng.choices(table, [row[-1] for row in table])[0]


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
            self._groups(tx, days)
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
        gender, pronouns, _ = _pick(rng, GENDERS)
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
        held = self._therapy(tx, r, left)
        self._notes(tx, r.id, start, end, held)
        self._consents(tx, r, left, age, therapy=bool(held) or rng.random() < 0.9)
        self._trusted_adults(tx, r, lang, end)
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
                goes, leaving, _ = _pick(self.rng, [d for d in DESTINATIONS if age >= 16
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
                    self._incident(tx, checkin, flags[0])
            day += timedelta(days=1)

    def _incident(self, tx: WriteTx, checkin: m.CheckIn, flag: RiskFlag) -> None:
        """A flag answered the same evening; older ones acknowledged and closed by a
        manager, the last two days' still open, as on a real Today."""
        rng = self.rng
        # in the demo a runaway flag is followed by the child going missing that evening
        kind = IncidentKind.MISSING if flag is RiskFlag.RUNAWAY else INCIDENT_FOR_FLAG[flag]
        at = datetime.combine(checkin.date, time(rng.randint(17, 21), rng.choice([0, 30])))
        missing = kind is IncidentKind.MISSING
        incident = self._add(
            tx, checkin.staff_id, m.Incident, resident_id=checkin.resident_id, kind=kind,
            occurred_at=at, description=INCIDENT_TEXT[kind][0], actions=INCIDENT_TEXT[kind][1],
            recorded_by=checkin.staff_id, checkin_id=checkin.id,
            notified=(Notified.MANAGER, Notified.POLICE) if missing else (Notified.MANAGER,),
            notified_at=at + timedelta(minutes=15),
            last_seen_at=at - timedelta(minutes=40) if missing else None,
            last_seen_place="the bus stop by the school" if missing else None,
            appearance="grey hoodie, jeans, white trainers, hair tied back" if missing
            else None)
        closers = self.may[Action.CLOSE_INCIDENT]
        if checkin.date < self.today - timedelta(days=2) and closers:
            closer = rng.choice(closers)
            tx.sign_as(closer)
            self.clock.backdate(tx, at + timedelta(days=1), closer, incident.id)
            tx.update(m.Incident, incident.id, acknowledged_by=closer,
                      acknowledged_at=at + timedelta(hours=2), closed_by=closer,
                      closed_at=at + timedelta(days=1), outcome=INCIDENT_TEXT[kind][2])
            tx.end_changeset()
        if missing:
            self._return(tx, incident, checkin.staff_id)

    def _return(self, tx: WriteTx, episode: m.Incident, by: str) -> None:
        """Back some hours later; the return interview two days on (never in the future,
        so the last days' episodes show as due on Today). Drawn from the day, not the seed's
        generator, so that adding them left the rest of the demo as it was."""
        n = episode.occurred_at.date().toordinal()
        how, where, said = RETURNS[n % len(RETURNS)]
        back = episode.occurred_at + timedelta(hours=2 + n % 9)
        now = datetime.combine(self.today, time(9))
        if back > now:
            return
        by = by if by in self.known else (self.signer or by)
        if n % 3 == 0:  # now and then someone saw them while they were away
            self._add(tx, by, m.Sighting, resident_id=episode.resident_id,
                      incident_id=episode.id, at=episode.occurred_at + timedelta(hours=1),
                      place="the old bus station", seen_by="a bus driver",
                      note="with an older man; walked towards the market", staff_id=by)
        tx.sign_as(by)
        self.clock.backdate(tx, back + timedelta(hours=30 + n % 60)
                            if back + timedelta(hours=30 + n % 60) <= now else back, by,
                            episode.id)
        # sealed fields (issue 27): written only where this house's key can seal them (a
        # laptop that has not received it yet leaves them out, as a person would wait)
        keyring = getattr(tx.ctx, "keyring", None)
        sealable = keyring is not None and (keyring.current is not None
                                            or keyring.public is not None)
        tx.update(m.Incident, episode.id, returned_at=back, return_how=how,
                  return_recorded_by=by, police_reference=f"MP/{back:%y}/{n % 9000 + 1000}",
                  **({"whereabouts": where} if sealable else {}))
        held = back + timedelta(hours=30 + n % 60)  # now and then later than 72 hours
        if held <= now:
            tx.update(m.Incident, episode.id, interview_at=held,
                      interview_by="Independent advocate (children's rights service)",
                      interview_recorded_by=by,
                      **({"interview_summary": said} if sealable else {}))
        tx.end_changeset()

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

    def _therapy(self, tx: WriteTx, r: m.Resident, left: date | None) -> list[m.TherapySession]:
        """One to three plans with different providers; returns the sessions attended."""
        rng = self.rng
        busy: set[tuple[date, int]] = set()  # (day, half-hour slot) the resident is booked
        held = []
        for provider in rng.sample(list(PROVIDERS), rng.randint(1, 3)):
            place, modalities, funded = PROVIDERS[provider]
            modality = rng.choice(modalities)
            if provider == GROUP_PROVIDER:  # the house's groups: booked for all at once
                start = r.intake_date + timedelta(days=rng.randint(5, 20))
                plan = m.TherapyPlan(
                    id=new_id(), site_id=self.site, resident_id=r.id, modality=modality,
                    provider=provider, frequency=Frequency.WEEKLY, start_date=start,
                    place=place, goals=GOALS.get(modality), closed_on=left,
                    close_reason="left the house" if left else None)
                self._save(tx, plan, self._who(Action.MANAGE_THERAPY))
                self.group_plans.append((plan, r.intake_date, left))
                continue
            frequency, weeks, cap = rng.choice(SHAPES) if funded else (Frequency.WEEKLY, 0, None)
            start = r.intake_date + timedelta(days=rng.randint(5, 40))
            ends = start + timedelta(weeks=weeks) if funded else None
            last = min(d for d in (ends, left and left - timedelta(days=1),
                                   self.today + timedelta(days=14)) if d)
            limit = cap + rng.choices([0, 1, 2], [85, 10, 5])[0] if cap else None  # a few over
            plan_id = new_id()
            sessions, capped = self._sessions(r.id, plan_id, place, frequency, start, last,
                                              limit, busy)
            closed, why = (left, "left the house") if left and (not ends or ends >= left) \
                else (None, None)
            final = max((s.scheduled_at.date() for s in sessions), default=start)
            if capped and final < self.today:
                closed, why = min(self.today, final + timedelta(days=1)), "funded sessions used"
            self._save(tx, m.TherapyPlan(
                id=plan_id, site_id=self.site, resident_id=r.id, modality=modality,
                provider=provider, frequency=frequency, start_date=start, end_date=ends,
                funding_source=rng.choice(FUNDERS) if funded else None, session_cap=cap,
                interpreter=f"{r.interpreter_language} interpreter"
                if r.interpreter_language and place != "the house" else None,
                place=place, goals=GOALS.get(modality), closed_on=closed, close_reason=why),
                self._who(Action.MANAGE_THERAPY))
            booked_by = self._who(Action.SCHEDULE_SESSIONS)
            for s in sessions:
                self._save(tx, s, booked_by)
            self.counts["sessions"] += len(sessions)
            held += [s for s in sessions if s.status is SessionStatus.ATTENDED]
        return held

    def _sessions(self, rid: str, plan_id: str, place: str, frequency: Frequency, start: date,
                  last: date, limit: int | None, busy: set[tuple[date, int]]
                  ) -> tuple[list[m.TherapySession], bool]:
        """A regular weekday and time, moved when the resident is busy; stops at the cap."""
        rng = self.rng
        weekdays = (sorted(rng.sample(range(5), 2)) if frequency is Frequency.TWICE_WEEKLY
                    else rng.choices(range(6), [5, 5, 5, 5, 5, 1]))
        every = 14 if frequency is Frequency.FORTNIGHTLY else 7
        slot = rng.randrange(len(SLOTS))
        monday = start - timedelta(days=start.weekday())
        days = [monday + timedelta(days=k + w) for k in range(0, (last - monday).days + 1, every)
                for w in weekdays]
        out: list[m.TherapySession] = []
        counted = 0  # attended, missed or still to come
        while days:
            day = days.pop(0)
            if not start <= day <= last:
                continue
            if limit is not None and counted >= limit:
                return out, True
            free = [j for j in (slot, slot + 2, slot - 2, slot + 4, slot - 4) if 0 <= j < len(SLOTS)
                    and (day, j) not in busy and (day, j + 1) not in busy]
            if not free:
                continue
            busy.update(((day, free[0]), (day, free[0] + 1)))  # 50 minutes: two half hours
            status, reasons, _ = (_pick(rng, OUTCOMES) if day < self.today
                                  else (SessionStatus.SCHEDULED, [None], 0))
            out.append(m.TherapySession(
                id=new_id(), site_id=self.site, resident_id=rid, plan_id=plan_id, place=place,
                scheduled_at=datetime.combine(day, SLOTS[free[0]]), status=status,
                reason=rng.choice(reasons)))
            counted += status.uses_cap or status is SessionStatus.SCHEDULED
            if status is SessionStatus.RESCHEDULED:  # to a weekday two or four days on
                days.insert(0, day + timedelta(days=2 if day.weekday() < 3 else 4))
        return out, False

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

    def _consents(self, tx: WriteTx, r: m.Resident, left: date | None, age: int, *,
                  therapy: bool) -> None:
        """Therapy (a few plans still wait for it), medical care, photographs, and sharing
        with the services the young person is referred to."""
        rng = self.rng
        until = min(self.today, left or self.today)
        giver = ((ConsentGiver.YOUNG_PERSON, None) if age >= 16 and rng.random() < 0.4
                 else rng.choice(GIVERS))
        first = min(self.today, r.intake_date + timedelta(days=rng.randint(1, 5)))
        if therapy:
            self._consent(tx, r, left, giver, ConsentPurpose.THERAPY, first,
                          rng.choice([90, 180]))
        if rng.random() < 0.5:
            self._consent(tx, r, left, giver, ConsentPurpose.MEDICAL, first, rng.choice([180, 365]))
        if rng.random() < 0.2:
            withdrawn = first + timedelta(days=rng.randint(10, 90))
            self._consent(tx, r, left, giver, ConsentPurpose.PHOTOGRAPHS, first, 365,
                          **({"revoked_on": withdrawn, "revoke_reason": "No photos any more"}
                             if rng.random() < 0.15 and withdrawn <= until else {}))
        kinds = set()
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            kind, org, person, _ = _pick(rng, REFERRALS)
            made = r.intake_date + timedelta(days=rng.randint(2, 60))
            if kind in kinds or made > until or (left and made >= left):
                continue
            kinds.add(kind)
            waited = (until - made).days
            status = (rng.choice([ReferralStatus.DRAFT, ReferralStatus.SENT]) if waited < 10
                      else rng.choices(list(ReferralStatus)[1:], [15, 20, 10, 55])[0])
            done = status is ReferralStatus.COMPLETED
            referral = self._add(  # by the key worker, who goes along to the hand-off
                tx, r.key_worker_id or "", m.Referral, resident_id=r.id, kind=kind,
                to_organisation=org, status=status, made_on=made, contact_person=person,
                notes="No places this term" if status is ReferralStatus.DECLINED else None,
                accompanied_by=self.names[r.key_worker_id or ""] if done else None,
                received_by=person if done else None,
                handoff_on=made + timedelta(days=rng.randint(5, min(30, waited))) if done else None)
            if status is not ReferralStatus.DRAFT and rng.random() < 0.5:
                self._consent(tx, r, left, giver, ConsentPurpose.INFORMATION_SHARING, made, 365,
                              shared_with=org, referral_id=referral.id)

    def _consent(self, tx: WriteTx, r: m.Resident, left: date | None, giver: tuple[Any, Any],
                 purpose: ConsentPurpose, granted: date, days: int, **extra: Any) -> None:
        """A consent, renewed before it runs out while the young person is in care; a few
        lapse, so the alerts have something to show."""
        rng = self.rng
        while True:
            expires = granted + timedelta(days=days)
            by = self._who(Action.MANAGE_SAFEGUARDING)
            self._add(tx, by, m.Consent, resident_id=r.id, purpose=purpose, granted_on=granted,
                      expires_on=expires, given_by=giver[0], guardian_name=giver[1],
                      guardian_consent=True, child_assent=True, recorded_by=by, **extra)
            renewed = expires - timedelta(days=rng.randint(0, 10))
            if (expires >= (left or self.today) or renewed > self.today or "revoked_on" in extra
                    or rng.random() < 0.15):
                return
            granted = renewed

    def _trusted_adults(self, tx: WriteTx, r: m.Resident, lang: str, until: date) -> None:
        rng = self.rng
        adults = [KIN[lang], *OTHER_ADULTS]
        for name, relationship in rng.sample(adults, rng.choice([0, 0, 1, 1, 2])):
            status = rng.choices(list(VettingStatus), [10, 30, 55, 5])[0]
            checked = r.intake_date + timedelta(days=rng.randint(14, 60))
            if status in (VettingStatus.VETTED, VettingStatus.REJECTED) and checked > until:
                status = VettingStatus.IN_PROGRESS
            ended = status in (VettingStatus.VETTED, VettingStatus.REJECTED)
            methods = rng.sample(list(VettingMethod), rng.randint(1, 3)) if ended else []
            by = self._who(Action.MANAGE_SAFEGUARDING)
            self._add(tx, by, m.TrustedAdult, resident_id=r.id, name=name,
                      relationship=relationship, phone=f"+44 7700 900{rng.randint(100, 999)}",
                      vetting_status=status, vetted_by=by if ended else None,
                      vetted_on=checked if ended else None,
                      vetting_methods=tuple(x for x in VettingMethod if x in methods),
                      vetting_notes={VettingStatus.IN_PROGRESS: "Home visit booked",
                                     VettingStatus.REJECTED: "Home visit raised concerns"
                                     }.get(status))

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

    def _groups(self, tx: WriteTx, days: int) -> None:
        """The house's weekly groups over the last weeks and the next two: one session for
        everyone whose plan is open that day; most come, some do not."""
        rng = self.rng
        first = self.today - timedelta(days=min(days, 70))
        by = self._who(Action.SCHEDULE_SESSIONS)
        for modality, (title, weekday, at, place) in GROUPS.items():
            plans = [p for p in self.group_plans if p[0].modality is modality]
            day = first + timedelta(days=(weekday - first.weekday()) % 7)
            while day <= self.today + timedelta(days=14):
                members = [p for p, intake, left in plans
                           if p.start_date <= day and intake <= day and (left is None
                                                                          or day < left)]
                if len(members) >= 2:
                    past = day < self.today
                    cancelled = past and rng.random() < 0.05
                    status = (GroupStatus.CANCELLED if cancelled else GroupStatus.HELD
                              if past else GroupStatus.SCHEDULED)
                    group = self._add(tx, by, m.GroupSession, modality=modality, title=title,
                                      scheduled_at=datetime.combine(day, at), place=place,
                                      facilitator=GROUP_PROVIDER, status=status,
                                      reason="facilitator unwell" if cancelled else None)
                    for p in members:
                        came = Attendance.BOOKED if not past or cancelled else (
                            Attendance.PRESENT if rng.random() < 0.85 else Attendance.ABSENT)
                        self._add(tx, by, m.GroupAttendance, group_id=group.id,
                                  resident_id=p.resident_id, plan_id=p.id, status=came)
                    self.counts["groups"] += 1
                day += timedelta(days=7)

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
            method, contacted, _ = _pick(rng, CONTACTS)
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
