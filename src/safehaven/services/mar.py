"""The medication administration record as the reports read it: a week's chart per child,
the week's counts per resident and medicine, and the hand-off's health summary."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from safehaven.domain import medication as rules
from safehaven.domain.models import DoseRecord, Prescription, Resident
from safehaven.domain.vocab import DoseOutcome
from safehaven.services import health, medication
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import medication_reads, reads


@dataclass(frozen=True, slots=True)
class Chart:
    """One resident's MAR for a span of days: each medicine, the doses due and the codes
    recorded (the grid pharmacists and inspectors know)."""

    resident: Resident
    start: date
    days: int
    prescriptions: list[Prescription]
    doses: list[DoseRecord]
    allergies: tuple[str, ...]
    printed_at: datetime = datetime.max

    def at(self, moment: datetime) -> Chart:
        """The chart as seen at `moment`: doses due before it and unrecorded show."""
        return replace(self, printed_at=moment)


def chart(ctx: Context, resident_id: str, start: date, days: int = 7) -> Chart:
    ctx.require(Action.READ_RECORDS)
    first = datetime.combine(start, datetime.min.time())
    last = first + timedelta(days=days) - timedelta(microseconds=1)
    resident: Resident = reads.get(ctx.conn, Resident, resident_id)
    rxs = [p for p in reads.for_resident(ctx.conn, Prescription, resident_id, "medicine, id")
           if any(p.active_on(start + timedelta(days=n)) for n in range(days))]
    with ctx.write() as tx:  # every look at a child's record is audited, prints too
        tx.audit("view-mar", "residents", resident_id, resident_id)
    return Chart(resident, start, days, rxs, medication.doses_for(ctx, resident_id, first, last),
                 health.allergies(ctx, resident_id))


def house_charts(ctx: Context, start: date, days: int = 7) -> list[Chart]:
    """A chart for each resident with a medicine that week, by preferred name."""
    ctx.require(Action.READ_RECORDS)
    span = [start + timedelta(days=n) for n in range(days)]
    ids = {p.resident_id for p in reads.all_of(ctx.conn, Prescription)
           if any(p.active_on(d) for d in span)}
    charts = [chart(ctx, rid, start, days) for rid in ids]
    return sorted(charts, key=lambda c: (c.resident.preferred_name.casefold(), c.resident.id))


@dataclass(frozen=True, slots=True)
class MarLine:
    """One resident's one medicine over a span: doses due and what was recorded."""

    resident_id: str
    medicine: str
    as_needed: bool
    due: int  # scheduled doses due in the span (none for as-needed)
    outcomes: dict[str, int]  # DoseOutcome value -> count
    unrecorded: int  # scheduled doses past due with nothing recorded

    @property
    def missed(self) -> int:
        """Doses recorded missed plus those nobody recorded: both went ungiven unseen."""
        return self.outcomes.get(DoseOutcome.MISSED.value, 0) + self.unrecorded


def mar_lines(ctx: Context, resident_ids: set[str], start: date, cutoff: datetime
              ) -> list[MarLine]:
    """Per resident and medicine, from `start` up to `cutoff` (the weekly report's span)."""
    ctx.require(Action.READ_RECORDS)
    first = datetime.combine(start, datetime.min.time())
    days = [start + timedelta(days=n) for n in range((cutoff.date() - start).days + 1)]
    doses = [d for d in medication_reads.doses_between(ctx.conn, first, cutoff)
             if d.resident_id in resident_ids]
    out = []
    for p in reads.all_of(ctx.conn, Prescription):
        if p.resident_id not in resident_ids or not any(p.active_on(d) for d in days):
            continue
        slots = {t for d in days for t in rules.due_times(p, d) if first <= t < cutoff}
        mine = [d for d in doses if d.prescription_id == p.id
                and first <= (d.due_at or d.at) < cutoff]
        counts: dict[str, int] = {}
        for d in mine:
            counts[str(d.outcome)] = counts.get(str(d.outcome), 0) + 1
        answered = {d.due_at for d in mine if d.due_at is not None}
        late = {t for t in slots if t + rules.OVERDUE_AFTER < cutoff and t not in answered}
        out.append(MarLine(p.resident_id, p.medicine, p.as_needed, len(slots), counts,
                           len(late)))
    return sorted(out, key=lambda m: (m.resident_id, m.as_needed, m.medicine.casefold()))


@dataclass(frozen=True, slots=True)
class HealthSummary:
    """What the hand-off tells the receiving service about health: allergies first, the
    medicines current today, and when each was last given."""

    allergies: tuple[str, ...]
    reactions: str | None
    conditions: str | None
    gp_contact: str | None
    medicines: list[Prescription]
    last_given: dict[str, datetime]  # prescription id -> the last dose given
    height_cm: int | None = None
    weight_kg: float | None = None
    measured_on: date | None = None


def health_summary(ctx: Context, resident_id: str) -> HealthSummary:
    ctx.require(Action.READ_RECORDS)
    profile = health.profile(ctx, resident_id)
    current = medication.prescriptions_for(ctx, resident_id, current_only=True)
    now = ctx.now().replace(tzinfo=None)
    doses = medication_reads.doses_between(ctx.conn, now - timedelta(days=60), now,
                                           resident_id)
    last = {d.prescription_id: d.at for d in doses if d.outcome is DoseOutcome.GIVEN}
    return HealthSummary(health.allergies(ctx, resident_id),
                         profile.reactions if profile else None,
                         profile.conditions if profile else None,
                         profile.gp_contact if profile else None, current, last,
                         profile.height_cm if profile else None,
                         profile.weight_kg if profile else None,
                         profile.measured_on if profile else None)
