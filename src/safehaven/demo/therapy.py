"""Demo therapy: one to three plans a resident with different providers, sessions
booked around each other within each plan's cap, and the house's weekly groups."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from safehaven.demo.data import (
    FUNDERS,
    GOALS,
    GROUP_PROVIDER,
    GROUPS,
    OUTCOMES,
    PROVIDERS,
    SHAPES,
    SLOTS,
    pick,
)
from safehaven.domain import models as m
from safehaven.domain.vocab import Attendance, Frequency, GroupStatus, SessionStatus
from safehaven.services.permissions import Action
from safehaven.store.ids import new_id
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator


def therapy(gen: Generator, tx: WriteTx, r: m.Resident, left: date | None
            ) -> list[m.TherapySession]:
    """One to three plans with different providers; returns the sessions attended."""
    rng = gen.rng
    busy: set[tuple[date, int]] = set()  # (day, half-hour slot) the resident is booked
    held = []
    for provider in rng.sample(list(PROVIDERS), rng.randint(1, 3)):
        place, modalities, funded = PROVIDERS[provider]
        modality = rng.choice(modalities)
        if provider == GROUP_PROVIDER:  # the house's groups: booked for all at once
            start = r.intake_date + timedelta(days=rng.randint(5, 20))
            plan = m.TherapyPlan(
                id=new_id(), site_id=gen.site, resident_id=r.id, modality=modality,
                provider=provider, frequency=Frequency.WEEKLY, start_date=start,
                place=place, goals=GOALS.get(modality), closed_on=left,
                close_reason="left the house" if left else None)
            gen._save(tx, plan, gen._who(Action.MANAGE_THERAPY))
            gen.group_plans.append((plan, r.intake_date, left))
            continue
        frequency, weeks, cap = rng.choice(SHAPES) if funded else (Frequency.WEEKLY, 0, None)
        start = r.intake_date + timedelta(days=rng.randint(5, 40))
        ends = start + timedelta(weeks=weeks) if funded else None
        last = min(d for d in (ends, left and left - timedelta(days=1),
                               gen.today + timedelta(days=14)) if d)
        limit = cap + rng.choices([0, 1, 2], [85, 10, 5])[0] if cap else None  # a few over
        plan_id = new_id()
        sessions, capped = _sessions(gen, r.id, plan_id, place, frequency, start, last,
                                          limit, busy)
        closed, why = (left, "left the house") if left and (not ends or ends >= left) \
            else (None, None)
        final = max((s.scheduled_at.date() for s in sessions), default=start)
        if capped and final < gen.today:
            closed, why = min(gen.today, final + timedelta(days=1)), "funded sessions used"
        gen._save(tx, m.TherapyPlan(
            id=plan_id, site_id=gen.site, resident_id=r.id, modality=modality,
            provider=provider, frequency=frequency, start_date=start, end_date=ends,
            funding_source=rng.choice(FUNDERS) if funded else None, session_cap=cap,
            interpreter=f"{r.interpreter_language} interpreter"
            if r.interpreter_language and place != "the house" else None,
            place=place, goals=GOALS.get(modality), closed_on=closed, close_reason=why),
            gen._who(Action.MANAGE_THERAPY))
        booked_by = gen._who(Action.SCHEDULE_SESSIONS)
        for s in sessions:
            gen._save(tx, s, booked_by)
        gen.counts["sessions"] += len(sessions)
        held += [s for s in sessions if s.status is SessionStatus.ATTENDED]
    return held


def _sessions(gen: Generator, rid: str, plan_id: str, place: str, frequency: Frequency, start: date,
              last: date, limit: int | None, busy: set[tuple[date, int]]
              ) -> tuple[list[m.TherapySession], bool]:
    """A regular weekday and time, moved when the resident is busy; stops at the cap."""
    rng = gen.rng
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
        status, reasons, _ = (pick(rng, OUTCOMES) if day < gen.today
                              else (SessionStatus.SCHEDULED, [None], 0))
        out.append(m.TherapySession(
            id=new_id(), site_id=gen.site, resident_id=rid, plan_id=plan_id, place=place,
            scheduled_at=datetime.combine(day, SLOTS[free[0]]), status=status,
            reason=rng.choice(reasons)))
        counted += status.uses_cap or status is SessionStatus.SCHEDULED
        if status is SessionStatus.RESCHEDULED:  # to a weekday two or four days on
            days.insert(0, day + timedelta(days=2 if day.weekday() < 3 else 4))
    return out, False


def groups(gen: Generator, tx: WriteTx, days: int) -> None:
    """The house's weekly groups over the last weeks and the next two: one session for
    everyone whose plan is open that day; most come, some do not."""
    rng = gen.rng
    first = gen.today - timedelta(days=min(days, 70))
    by = gen._who(Action.SCHEDULE_SESSIONS)
    for modality, (title, weekday, at, place) in GROUPS.items():
        plans = [p for p in gen.group_plans if p[0].modality is modality]
        day = first + timedelta(days=(weekday - first.weekday()) % 7)
        while day <= gen.today + timedelta(days=14):
            members = [p for p, intake, left in plans
                       if p.start_date <= day and intake <= day and (left is None
                                                                      or day < left)]
            if len(members) >= 2:
                past = day < gen.today
                cancelled = past and rng.random() < 0.05
                status = (GroupStatus.CANCELLED if cancelled else GroupStatus.HELD
                          if past else GroupStatus.SCHEDULED)
                group = gen._add(tx, by, m.GroupSession, modality=modality, title=title,
                                  scheduled_at=datetime.combine(day, at), place=place,
                                  facilitator=GROUP_PROVIDER, status=status,
                                  reason="facilitator unwell" if cancelled else None)
                for p in members:
                    came = Attendance.BOOKED if not past or cancelled else (
                        Attendance.PRESENT if rng.random() < 0.85 else Attendance.ABSENT)
                    gen._add(tx, by, m.GroupAttendance, group_id=group.id,
                              resident_id=p.resident_id, plan_id=p.id, status=came)
                gen.counts["groups"] += 1
            day += timedelta(days=7)
