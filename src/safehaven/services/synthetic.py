"""Synthetic residents for the demo, the tests and the benchmarks. Deterministic by seed.

Every name, note and event here is invented. Names come from many languages and scripts so
that every screen and report is exercised with them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from safehaven.domain import models as m
from safehaven.domain.vocab import (
    CareStage,
    FeelsSafe,
    Frequency,
    Level,
    Modality,
    NeedCategory,
    NeedStatus,
    NoteKind,
    Priority,
    RiskFlag,
    RiskLevel,
    Role,
    SessionStatus,
    Shift,
    VettingStatus,
)
from safehaven.services.context import Context
from safehaven.store.ids import new_id
from safehaven.store.writer import WriteTx

NAMES: dict[str, list[str]] = {
    "es": ["Lucía", "Mateo", "Valentina", "Sofía", "José Ángel", "Camila", "Ximena"],
    "vi": ["Nguyễn Thị Lan", "Trần Minh", "Phạm Thu Hà", "Lê Văn Hùng", "Hoa", "Đặng Linh"],
    "th": ["สมชาย", "มาลี", "ปิยะ", "อรุณี", "นภา", "กนกพร"],
    "ru": ["Анастасия", "Дмитрий", "Ольга", "Никита", "Ксения", "Алёна"],
    "ar": ["فاطمة", "أمينة", "يوسف", "ليلى", "عمر", "زينب"],
    "am": ["ሰላም", "ዮሐንስ", "ሄለን", "ብርሃን", "መቅደስ", "ትዕግሥት"],
    "ro": ["Ioana", "Andreea", "Ștefan", "Mădălina", "Răzvan", "Bianca"],
    "en": ["Grace", "Daniel", "Chloe", "Jayden", "Amelia", "Precious"],
    "el": ["Ελένη", "Γιώργος", "Δέσποινα"],
    "zh": ["李娜", "王芳", "陈静"],
}
INITIALS = {"es": "ABCDGLMRS", "vi": "BDHLNPT", "th": "กคจชนพมส", "ru": "БВГДКМПС",
            "ar": "ابحخسعمن", "am": "ሀለመሰበተነከ", "ro": "ABCDGMPS", "en": "ABCDHJMS",
            "el": "ΑΒΓΔΚΜΠΣ", "zh": "王李张刘陈杨黄赵"}
LANGUAGE_NAMES = {"es": "Spanish", "vi": "Vietnamese", "th": "Thai", "ru": "Russian",
                  "ar": "Arabic", "am": "Amharic", "ro": "Romanian", "en": "English",
                  "el": "Greek", "zh": "Mandarin"}
PROVIDERS = ["Harbour Counselling", "Dr. A. Mensah", "Bright Paths Art Studio",
             "Riverside Trauma Clinic", "Hope Equine Centre", "City Youth Mentors"]
FUNDERS = ["State victim services grant", "Safe Futures Foundation", "Municipal health fund"]
NOTES = ["Joined the group for dinner and stayed for the film.",
         "Asked about school enrolment; key worker to follow up.",
         "Quiet day; spent time drawing in the garden.",
         "Phoned a family member with staff support; calm afterwards.",
         "Helped prepare lunch and laughed with the cook.",
         "Nightmare reported at breakfast; offered a walk and a warm drink."]
CLINICAL = ["Session focused on grounding skills; engaged well.",
            "Worked on the trauma narrative; some distress, regulated by end of session.",
            "Reviewed safety plan; no new concerns disclosed."]
# (stage, min days, max days) of an average stay; the last stage lasts until the data ends.
STAY = [(CareStage.IDENTIFICATION, 1, 4), (CareStage.STABILIZATION, 14, 45),
        (CareStage.RECOVERY, 40, 160), (CareStage.REINTEGRATION, 20, 60)]
DEMO_STAFF = [("Demo Manager", Role.MANAGER), ("Ana Torres", Role.STAFF),
              ("Dr. Chidi Okafor", Role.CLINICIAN)]


@dataclass(frozen=True, slots=True)
class Generated:
    residents: int
    checkins: int
    sessions: int
    needs: int


class Generator:
    def __init__(self, ctx: Context, seed: int, today: date, staff_ids: list[str]) -> None:
        self.ctx = ctx
        self.rng = random.Random(seed)  # noqa: S311 - synthetic data, not secrets
        self.today = today
        self.staff_ids = staff_ids or [ctx.actor.id if ctx.actor else ""]
        self.site = ctx.vault.site_id
        self.counts = {"residents": 0, "checkins": 0, "sessions": 0, "needs": 0}
        self.used_names: set[str] = set()

    def _name(self, lang: str) -> str:
        """A preferred name not yet used in this house; staff add an initial when two match."""
        first = self.rng.choice(NAMES[lang])
        name, attempt = first, 0
        while name in self.used_names:
            attempt += 1
            initials = [self.rng.choice(INITIALS[lang]) for _ in range(1 + attempt // 20)]
            name = f"{first.split(' ')[0]} {'. '.join(initials)}."
            if attempt > 200:  # a very large house: number the rest
                name = f"{first} ({attempt})"
        self.used_names.add(name)
        return name

    def run(self, residents: int, days: int) -> Generated:
        for _ in range(residents):
            with self.ctx.write() as tx:
                self._resident(tx, days)
        return Generated(**self.counts)

    @staticmethod
    def _save(tx: WriteTx, record: object) -> None:
        """Each record is its own change set, as when staff save forms one by one."""
        tx.insert(record)
        tx.end_changeset()

    def _resident(self, tx: WriteTx, days: int) -> None:
        rng = self.rng
        lang = rng.choice(list(NAMES))
        intake = self.today - timedelta(days=rng.randint(0, days + 30))
        stages = self._stages(intake)
        stage = stages[-1][0]
        left = stages[-1][1] if stage is CareStage.FOLLOW_UP else None
        age = rng.randint(11, 17)
        known_dob = rng.random() < 0.6
        resident = m.Resident(
            id=new_id(), site_id=self.site, preferred_name=self._name(lang),
            intake_date=intake, stage=stage,
            date_of_birth=(intake - timedelta(days=365 * age + rng.randint(0, 364))
                           if known_dob else None),
            age_estimate=None if known_dob else age, age_estimated_on=None if known_dob
            else intake,
            gender=rng.choice(["girl", "boy", "non-binary"]),
            pronouns=rng.choice(["she/her", "he/him", "they/them"]),
            languages=(LANGUAGE_NAMES[lang],) + (("English",) if lang != "en"
                                                 and rng.random() < 0.3 else ()),
            interpreter_needed=lang != "en" and rng.random() < 0.6,
            referral_source=rng.choice(["police", "outreach team", "hospital", "NGO hotline"]),
            key_worker_id=rng.choice(self.staff_ids), discharge_date=left)
        self._save(tx, resident)
        previous = None
        for to_stage, on in stages:
            self._save(tx, m.StageChange(new_id(), self.site, resident.id, previous, to_stage, on,
                                    "intake" if previous is None else "care plan review",
                                    rng.choice(self.staff_ids)))
            previous = to_stage
        self.counts["residents"] += 1
        start = max(intake, self.today - timedelta(days=days))
        end = min(self.today, left or self.today)
        self._checkins(tx, resident.id, start, end)
        self._needs(tx, resident.id, intake)
        self._therapy(tx, resident.id, intake, end)
        self._notes(tx, resident.id, start, end)
        self._safeguarding(tx, resident, left)

    def _stages(self, intake: date) -> list[tuple[CareStage, date]]:
        out, day = [], intake
        for stage, low, high in STAY:
            out.append((stage, day))
            day += timedelta(days=self.rng.randint(low, high))
            if day > self.today:
                return out
        out.append((CareStage.FOLLOW_UP, day))
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
                self._save(tx, m.CheckIn(
                    id=new_id(), site_id=self.site, resident_id=rid, date=day,
                    shift=rng.choice([Shift.MORNING, Shift.AFTERNOON, Shift.NIGHT]), mood=mood,
                    staff_id=rng.choice(self.staff_ids), sleep=rng.choice(list(Level)),
                    appetite=rng.choice(list(Level)),
                    feels_safe=FeelsSafe.NO if flags else rng.choice(
                        [FeelsSafe.YES, FeelsSafe.YES, FeelsSafe.SOMEWHAT]),
                    engagement=rng.choice(list(Level)), flags=flags,
                    note=rng.choice(NOTES) if rng.random() < 0.1 else None))
                self.counts["checkins"] += 1
            day += timedelta(days=1)

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
            self._save(tx, m.Need(id=new_id(), site_id=self.site, resident_id=rid,
                                  category=category,
                             priority=rng.choice(list(Priority)), status=status,
                             opened_on=opened, owner_id=rng.choice(self.staff_ids),
                             due_date=opened + timedelta(days=rng.randint(5, 40)),
                             closed_on=closed))
            self.counts["needs"] += 1

    def _therapy(self, tx: WriteTx, rid: str, intake: date, end: date) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 3)):
            start = intake + timedelta(days=rng.randint(5, 30))
            plan = m.TherapyPlan(id=new_id(), site_id=self.site, resident_id=rid,
                                 modality=rng.choice(list(Modality)),
                                 provider=rng.choice(PROVIDERS),
                                 frequency=rng.choice([Frequency.WEEKLY, Frequency.TWICE_WEEKLY]),
                                 start_date=start, funding_source=rng.choice(FUNDERS),
                                 session_cap=rng.choice([12, 20, 24, 40, None]))
            self._save(tx, plan)
            day, last = start, min(end, self.today) + timedelta(days=14)
            step = 7 if plan.frequency is Frequency.WEEKLY else 3
            while day <= last:
                at = datetime.combine(day, time(rng.choice([10, 11, 14, 15, 16]), 0))
                past = day < self.today
                status = (rng.choices(list(SessionStatus)[1:], [80, 10, 4, 4, 2])[0]
                          if past else SessionStatus.SCHEDULED)
                reason = None
                if status not in (SessionStatus.SCHEDULED, SessionStatus.ATTENDED):
                    reason = rng.choice(["unwell", "court appointment", "provider on leave",
                                         "school trip"])
                self._save(tx, m.TherapySession(id=new_id(), site_id=self.site, resident_id=rid,
                                           plan_id=plan.id, scheduled_at=at, status=status,
                                           reason=reason, place=rng.choice(["house", "clinic"])))
                self.counts["sessions"] += 1
                day += timedelta(days=step + rng.randint(0, 1))

    def _notes(self, tx: WriteTx, rid: str, start: date, end: date) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 4)):
            day = start + timedelta(days=rng.randint(0, max(0, (end - start).days)))
            at = datetime.combine(day, time(rng.randint(8, 21), rng.choice([0, 15, 30, 45])))
            clinical = rng.random() < 0.3
            self._save(tx, m.CaseNote(id=new_id(), site_id=self.site, resident_id=rid,
                                 kind=NoteKind.CLINICAL if clinical else NoteKind.GENERAL,
                                 body=rng.choice(CLINICAL if clinical else NOTES),
                                 staff_id=rng.choice(self.staff_ids), written_at=at,
                                 for_manager=rng.random() < 0.2))

    def _safeguarding(self, tx: WriteTx, resident: m.Resident, left: date | None) -> None:
        rng = self.rng
        if rng.random() < 0.7:
            granted = resident.intake_date + timedelta(days=rng.randint(1, 10))
            self._save(tx, m.Consent(id=new_id(), site_id=self.site, resident_id=resident.id,
                                purpose="medical care and therapy", granted_on=granted,
                                expires_on=granted + timedelta(days=rng.choice([90, 180, 365])),
                                guardian_name="Guardian ad litem", guardian_consent=True,
                                child_assent=True, recorded_by=rng.choice(self.staff_ids)))
        if rng.random() < 0.6:
            vetted = rng.random() < 0.6
            self._save(tx, m.TrustedAdult(
                id=new_id(), site_id=self.site, resident_id=resident.id,
                name=rng.choice(["Aunt Maria", "Older brother", "Former teacher"]),
                relationship=rng.choice(["aunt", "brother", "teacher"]),
                vetting_status=VettingStatus.VETTED if vetted else VettingStatus.IN_PROGRESS,
                vetted_by=rng.choice(self.staff_ids) if vetted else None,
                vetted_on=resident.intake_date + timedelta(days=30) if vetted else None,
                vetting_method="home visit and police check" if vetted else None))
        if left is not None:
            due = left + timedelta(days=30)
            while due <= self.today + timedelta(days=30):
                done = due < self.today - timedelta(days=3) and rng.random() < 0.9
                self._save(tx, m.FollowUp(id=new_id(), site_id=self.site, resident_id=resident.id,
                                     due_date=due, done_on=due if done else None,
                                     method="phone call" if done else None,
                                     risk_level=rng.choice([RiskLevel.LOW, RiskLevel.LOW,
                                                             RiskLevel.MEDIUM])
                                     if done else None,
                                     done_by=rng.choice(self.staff_ids) if done else None))
                due += timedelta(days=90)


def generate(ctx: Context, *, residents: int, days: int, seed: int,
             today: date | None = None, staff_ids: list[str] | None = None) -> Generated:
    """Fill the vault with `residents` synthetic residents and `days` of history."""
    return Generator(ctx, seed, today or ctx.today(), staff_ids or []).run(residents, days)
