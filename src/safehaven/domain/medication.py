"""Medication rules, pure: which doses are due, when an as-needed dose may be given, which
allergies a medicine touches, which doses need attention. The services and a receiving
laptop both ask these, with records they read themselves."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from safehaven.domain.models import Alert, DoseRecord, Prescription, StockEntry
from safehaven.domain.vocab import AlertKind, DoseOutcome, Role, StockKind

OVERDUE_AFTER = timedelta(minutes=60)  # a dose not recorded an hour after its time
DUE_BEFORE = timedelta(minutes=60)  # a dose may be given up to an hour early
REFUSED_IN_A_ROW = 2
DAY = timedelta(hours=24)
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")

DUE, OVERDUE, LATER = "due", "overdue", "later"
# roles that give medicines without a training record: their own training is their
# profession's; a staff member gives them once a manager records the training
GIVE_UNTRAINED = frozenset({Role.CLINICIAN.value, Role.MANAGER.value})


def may_give(role: object, trained: bool) -> bool:
    """Whether someone in `role` may record a dose as given (the services and receivers)."""
    return str(role) in GIVE_UNTRAINED or (str(role) == Role.STAFF.value and bool(trained))


def parse_time(text: str) -> time | None:
    """"08:00", "8.00", "8h00" as a time of day; None when it is not one."""
    match = _TIME.match(text.strip())
    return time(int(match[1]), int(match[2])) if match else None


def due_times(p: Prescription, day: date) -> list[datetime]:
    """The scheduled doses of `p` on `day` (none for an as-needed medicine)."""
    if p.as_needed or not p.active_on(day):
        return []
    found = (parse_time(t) for t in p.times)
    return sorted(datetime.combine(day, t) for t in found if t is not None)


@dataclass(frozen=True, slots=True)
class DueDose:
    """A scheduled dose nobody has recorded yet."""

    prescription: Prescription
    due_at: datetime
    state: str  # DUE, OVERDUE or LATER (today, not yet)


def outstanding(prescriptions: Iterable[Prescription], doses: Iterable[DoseRecord],
                now: datetime) -> list[DueDose]:
    """Scheduled doses from the last 24 hours and the rest of today not yet recorded,
    in order of time. `doses`: the current records (amended ones left out)."""
    answered = {(d.prescription_id, d.due_at) for d in doses if d.due_at is not None}
    start, end = now - DAY, datetime.combine(now.date(), time.max)
    out = []
    for p in prescriptions:
        for day in (start.date(), now.date()):
            for moment in due_times(p, day):
                if not start <= moment <= end or (p.id, moment) in answered:
                    continue
                if now > moment + OVERDUE_AFTER:
                    state = OVERDUE
                elif now >= moment - DUE_BEFORE:
                    state = DUE
                else:
                    state = LATER
                out.append(DueDose(p, moment, state))
    return sorted(out, key=lambda d: (d.due_at, d.prescription.medicine.casefold(),
                                      d.prescription.id))


@dataclass(frozen=True, slots=True)
class TooSoon:
    """Why an as-needed dose may not be given now, and from when it may."""

    kind: str  # "interval" or "daily-maximum"
    last: datetime  # the dose that stands in the way
    next_at: datetime


def prn_refusal(p: Prescription, given: Sequence[datetime], at: datetime) -> TooSoon | None:
    """None when an as-needed dose may be given at `at`, given the times of the doses of
    `p` already given (any order)."""
    before = sorted(g for g in given if g <= at)
    if p.min_interval_min and before:
        last = before[-1]
        gap = timedelta(minutes=p.min_interval_min)
        if at - last < gap:
            return TooSoon("interval", last, last + gap)
    if p.max_per_day:
        window = sorted(g for g in given if at - DAY < g <= at)
        if len(window) >= p.max_per_day:
            oldest = window[-p.max_per_day]
            return TooSoon("daily-maximum", oldest, oldest + DAY)
    return None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def allergy_matches(allergies: Iterable[str], p: Prescription) -> list[str]:
    """The recorded allergies the medicine touches: an allergy named in the medicine's
    name or in one of its listed substances (either inside the other: "penicillin"
    matches "benzylpenicillin", "co-amoxiclav (amoxicillin)" matches "amoxicillin")."""
    names = [_norm(x) for x in (p.medicine, *p.substances) if x.strip()]
    out = []
    for allergy in allergies:
        a = _norm(allergy)
        if a and any(a in n or (n in a and len(n) > 3) for n in names):
            out.append(allergy)
    return out


def overdue_alerts(due: Iterable[DueDose]) -> list[Alert]:
    """One alert per scheduled dose still not recorded an hour after its time."""
    return [Alert(AlertKind.DOSE_OVERDUE.value, d.prescription.resident_id, d.due_at.date(),
                  f"{d.prescription.medicine} {d.due_at:%H:%M}", d.prescription.id, d.due_at)
            for d in due if d.state == OVERDUE]


def refused_alerts(prescriptions: Iterable[Prescription],
                   doses: Iterable[DoseRecord]) -> list[Alert]:
    """A medicine whose last two recorded doses were refused: the clinician should know."""
    by_rx: dict[str, list[DoseRecord]] = {}
    for d in doses:
        by_rx.setdefault(d.prescription_id, []).append(d)
    out = []
    for p in prescriptions:
        recent = sorted(by_rx.get(p.id, ()), key=lambda d: (d.due_at or d.at, d.at, d.id))
        last = recent[-REFUSED_IN_A_ROW:]
        if len(last) == REFUSED_IN_A_ROW and all(d.outcome is DoseOutcome.REFUSED for d in last):
            out.append(Alert(AlertKind.DOSES_REFUSED.value, p.resident_id, last[-1].at.date(),
                             p.medicine, p.id, last[-1].at))
    return out


@dataclass(frozen=True, slots=True)
class StockState:
    """A medicine's running balance in units, and how its last count compared."""

    balance: int | None  # None: no stock recorded for it yet
    counted: int | None = None  # the last count
    expected: int | None = None  # what the balance said when it was counted
    counted_at: datetime | None = None

    @property
    def discrepancy(self) -> int:
        """Counted minus expected at the last count (0 when it matched or none was made)."""
        if self.counted is None or self.expected is None:
            return 0
        return self.counted - self.expected


def stock(p: Prescription, entries: Iterable[StockEntry], given: Iterable[datetime]
          ) -> StockState:
    """Receipts add, returns and disposals take away, each dose given takes
    `units_per_dose` (1 unless said); a count is checked against the balance and then
    becomes it. Events in time order; at the same minute, doses before entries."""
    moves = sorted([(at, 0, None) for at in given]
                   + [(e.at, 1, e) for e in entries], key=lambda m: (m[0], m[1]))
    if not any(e is not None for _, _, e in moves):
        return StockState(None)
    balance, counted, expected, when = 0, None, None, None
    for at, _, e in moves:
        if e is None:
            balance -= p.units_per_dose or 1
        elif e.kind is StockKind.RECEIVED:
            balance += e.quantity
        elif e.kind in (StockKind.RETURNED, StockKind.DISPOSED):
            balance -= e.quantity
        else:
            counted, expected, when, balance = e.quantity, balance, at, e.quantity
    return StockState(balance, counted, expected, when)


EXPIRY_WARNING = timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Batch:
    """Units left of one batch (None, None: units no receipt accounts for, from a count
    above the balance, or a balance below zero)."""

    batch: str | None
    expires_on: date | None
    units: int


def _fefo(lot: tuple[str | None, date | None], day: date) -> tuple[object, ...]:
    """First expiry, first out; an expired batch only when nothing else is left."""
    _, expires = lot
    return (expires is not None and expires < day, expires is None, expires or date.max,
            lot[0] or "")


def batches(p: Prescription, entries: Iterable[StockEntry], given: Iterable[datetime]
            ) -> list[Batch]:
    """The stock by batch, the same moves as `stock` in the same order, so the units add
    up to its balance. A dose, or a return or disposal naming no batch, takes from the
    batch that expires first; a count's difference is taken the same way (fewer) or
    added to the units of no known batch (more)."""
    lots: dict[tuple[str | None, date | None], int] = {}
    unknown: tuple[str | None, date | None] = (None, None)

    def take(units: int, day: date, batch: str | None = None) -> None:
        order = sorted((k for k, n in lots.items() if n > 0 and k != unknown
                        and (batch is None or k[0] == batch)), key=lambda k: _fefo(k, day))
        for k in [*order, unknown]:
            step = units if k == unknown else min(units, lots[k])
            lots[k] = lots.get(k, 0) - step
            units -= step
            if units <= 0:
                return

    moves = sorted([(at, 0, None) for at in given]
                   + [(e.at, 1, e) for e in entries], key=lambda m: (m[0], m[1]))
    if not any(e is not None for _, _, e in moves):
        return []  # no stock recorded (as `stock` says with a balance of None)
    for at, _, e in moves:
        if e is None:
            take(p.units_per_dose or 1, at.date())
        elif e.kind is StockKind.RECEIVED:
            key = (e.batch, e.expires_on)
            lots[key] = lots.get(key, 0) + e.quantity
        elif e.kind in (StockKind.RETURNED, StockKind.DISPOSED):
            take(e.quantity, at.date(), e.batch)
        else:
            difference = e.quantity - sum(lots.values())
            if difference > 0:
                lots[unknown] = lots.get(unknown, 0) + difference
            elif difference < 0:
                take(-difference, at.date())
    return [Batch(k[0], k[1], n) for k, n in sorted(
        lots.items(), key=lambda kv: (kv[0] == unknown, kv[0][1] or date.max, kv[0][0] or ""))
        if n != 0]


def expiry_alerts(found: Iterable[tuple[Prescription, list[Batch]]], today: date
                  ) -> list[Alert]:
    """A batch still in stock past its expiry date (take it out: dispose of or return it),
    or expiring within 30 days (order more, use it first)."""
    out = []
    for p, lots in found:
        for b in lots:
            if b.expires_on is None or b.units <= 0:
                continue
            label = f"{p.medicine} {b.batch or ''} {b.expires_on.isoformat()}: {b.units}"
            if b.expires_on < today:
                out.append(Alert(AlertKind.STOCK_EXPIRED.value, p.resident_id, b.expires_on,
                                 label.replace("  ", " "), p.id))
            elif b.expires_on <= today + EXPIRY_WARNING:
                out.append(Alert(AlertKind.STOCK_EXPIRING.value, p.resident_id, b.expires_on,
                                 label.replace("  ", " "), p.id))
    return out


def stock_alerts(states: Iterable[tuple[Prescription, StockState]]) -> list[Alert]:
    """A medicine whose last count did not match its balance: someone must find out why."""
    return [Alert(AlertKind.STOCK_DISCREPANCY.value, p.resident_id, s.counted_at.date(),
                  f"{p.medicine}: {s.counted}/{s.expected}", p.id, s.counted_at)
            for p, s in states if s.discrepancy and s.counted_at is not None]


def too_close_alerts(prescriptions: Iterable[Prescription],
                     doses: Iterable[DoseRecord]) -> list[Alert]:
    """As-needed doses given closer together than the order allows, or more in 24 hours:
    the app refuses them on one laptop, but two laptops apart can each record one. The
    doses are kept (both were given); the clinician must know at once."""
    given: dict[str, list[datetime]] = {}
    for d in doses:
        if d.outcome is DoseOutcome.GIVEN:
            given.setdefault(d.prescription_id, []).append(d.at)
    out = []
    for p in prescriptions:
        if not p.as_needed:
            continue
        times = sorted(given.get(p.id, ()))
        for n, at in enumerate(times):
            if prn_refusal(p, times[:n], at) is not None:
                out.append(Alert(AlertKind.DOSES_TOO_CLOSE.value, p.resident_id, at.date(),
                                 f"{p.medicine} {at:%H:%M}", p.id, at))
    return out
