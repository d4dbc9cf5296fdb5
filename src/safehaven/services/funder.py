"""De-identified figures for funders: counts only, small numbers hidden so they stay hidden.

Nothing here carries a name, an id, a date of birth or free text. The rules:

- A period is one whole calendar month or one calendar quarter, ending no later than the
  last complete month (two overlapping periods of any length would reveal single events).
- Child-level tables count distinct children; each table splits one population into fixed
  categories (zero included), so every table adds up to its total.
- Every count under 5, zero included, is shown as "<5" (primary suppression). Then, as long
  as any hidden count could be worked out exactly (a table's total minus its visible
  cells, or the total that several tables of the same children share), the smallest
  visible count of that table is hidden too, shown as "*" (complementary suppression);
  where no visible cell is left, the shared total is hidden.
- Only managers may run it; the PDF and the CSV show the same cells.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from safehaven.domain.dates import age_on
from safehaven.domain.models import (
    CheckIn,
    Need,
    Referral,
    Resident,
    StageChange,
    TherapyPlan,
)
from safehaven.domain.vocab import (
    Attendance,
    CareStage,
    GroupStatus,
    Modality,
    NeedCategory,
    NeedStatus,
    ReferralKind,
    Role,
    SessionStatus,
)
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.i18n import tr
from safehaven.services import funder_life, groups, measures, missing, restraints
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.services.weekly import Stages
from safehaven.store import reads

SUPPRESS_BELOW = 5
SUPPRESSED = "<5"
HIDDEN = "*"  # hidden so that a small count cannot be worked out
TOTAL = "total"
BIG = 10**9  # no upper bound known


@dataclass(frozen=True, slots=True)
class Table:
    """One population split into categories; `population` names what the total counts, so
    tables with the same population share their total."""

    name: str
    population: str
    cells: dict[str, int]  # category -> count, every category listed (zeros too)

    @property
    def total(self) -> int:
        return sum(self.cells.values())


@dataclass(frozen=True, slots=True)
class FunderFigures:
    start: date
    end: date
    tables: list[Table]
    shown_cells: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, category)

    def shown(self) -> list[tuple[str, str, str]]:
        """(table, category, shown count) in order, each table ending with its total row."""
        out = []
        for t in self.tables:
            out += [(t.name, c, self.shown_cells[(t.name, c)]) for c in t.cells]
            out.append((t.name, TOTAL, self.shown_cells[(t.name, TOTAL)]))
        return out

    @property
    def rows(self) -> list[tuple[str, str, int]]:
        """The true counts (before suppression), for tests and checks; never published."""
        out = []
        for t in self.tables:
            out += [(t.name, c, n) for c, n in t.cells.items()]
            out.append((t.name, TOTAL, t.total))
        return out


def suppress(count: int) -> str:
    return SUPPRESSED if count < SUPPRESS_BELOW else str(count)


AGE_BANDS = ("under 12", "12-14", "15-17", "18 and over", "unknown")


def _age_band(age: int | None) -> str:
    if age is None:
        return "unknown"
    if age < 12:
        return "under 12"
    if age < 15:
        return "12-14"
    if age < 18:
        return "15-17"
    return "18 and over"


MEASURE_CHANGE = ("score improved", "score the same or worse", "fewer than two scores")


def _measure_change(change: measures.Change | None) -> str:
    if change is None or change.count < 2:
        return MEASURE_CHANGE[2]
    return MEASURE_CHANGE[0] if change.direction == "improved" else MEASURE_CHANGE[1]


def _interview_state(e: missing.Episode) -> str:
    if e.interview_in_time is True:
        return "interview within 72 hours"
    if e.interview_in_time is False:
        return "interview later or not held"
    return "not back or interview not yet due"


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def check_period(start: date, end: date, today: date) -> None:
    """One whole month or one calendar quarter, ending no later than the last whole month."""
    if start.day != 1:
        raise InvalidValue("from", tr("A period starts on the first day of a month."))
    if end != _last_day(end.year, end.month):
        raise InvalidValue("to", tr("A period ends on the last day of a month."))
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    quarter = months == 3 and start.month in (1, 4, 7, 10)
    if months != 1 and not quarter:
        raise InvalidValue("to", tr("Choose one calendar month or one quarter (January to "
                                    "March, April to June, July to September or October to "
                                    "December)."))
    last_whole = today.replace(day=1) - timedelta(days=1)
    if end > last_whole:
        raise InvalidValue("to", tr("The period must end by {day}, the end of the last "
                                    "complete month.", day=last_whole.isoformat()))


def period(*, month: str | None = None, quarter: str | None = None,
           start: date | None = None, end: date | None = None) -> tuple[date, date]:
    """A period from 'YYYY-MM', 'YYYY-Qn' or its first and last days."""
    if month:
        try:
            year, number = (int(x) for x in month.strip().split("-"))
            first = date(year, number, 1)
        except ValueError:
            raise InvalidValue("month", tr("Use the form YYYY-MM, for example 2026-10.")
                               ) from None
        return first, _last_day(first.year, first.month)
    if quarter:
        text = quarter.strip().upper()
        if len(text) != 7 or text[4:6] != "-Q" or not text[:4].isdigit() \
                or text[6] not in "1234":
            raise InvalidValue("quarter", tr("Use the form YYYY-Qn, for example 2026-Q3."))
        year, q = int(text[:4]), int(text[6])
        return date(year, 3 * q - 2, 1), _last_day(year, 3 * q)
    if start is None:
        raise InvalidValue("from", tr("Give a month, a quarter, or the first and last days."))
    if end is None:
        raise InvalidValue("to", tr("Give the last day of the period."))
    return start, end


def figures(ctx: Context, start: date, end: date) -> FunderFigures:
    if ctx.role is not Role.MANAGER:
        raise NotAllowed(tr("produce the funder summary (managers only)"))
    ctx.require(Action.READ_RECORDS)
    check_period(start, end, ctx.today())
    conn = ctx.conn
    stages = Stages(reads.all_of(conn, StageChange))
    everyone = reads.all_of(conn, Resident)
    served = [r for r in everyone
              if any(stages.present(r, start + timedelta(days=i))
                     for i in range((end - start).days + 1))]
    ids = {r.id for r in served}
    tables: list[Table] = []

    def children(name: str, categories: tuple[str, ...], of: dict[str, str]) -> None:
        cells = dict.fromkeys(categories, 0)
        for rid in ids:
            cells[of[rid]] += 1
        tables.append(Table(name, "children served", cells))

    children("children served, by age at the end of the period", AGE_BANDS, {
        r.id: _age_band(age_on(end, r.date_of_birth, r.age_estimate, r.age_estimated_on))
        for r in served})
    children("children served, by arrival", ("arrived in the period",
                                             "in the house before the period"),
             {r.id: "arrived in the period" if r.intake_date >= start
              else "in the house before the period" for r in served})
    children("children served, by care stage at the end of the period",
             tuple(str(s) for s in CareStage), {r.id: str(stages.on(r, end)) for r in served})
    checkins: list[CheckIn] = [c for c in reads.checkins_between(conn, start, end)
                               if c.resident_id in ids]
    flagged = {c.resident_id for c in checkins if c.flags}
    children("children served, by risk flags raised", ("no risk flag raised",
                                                       "one or more risk flags raised"),
             {rid: "one or more risk flags raised" if rid in flagged else "no risk flag raised"
              for rid in ids})
    sessions = [s for s in reads.sessions_between(conn, datetime.combine(start, time.min),
                                                  datetime.combine(end + timedelta(days=1),
                                                                   time.min))
                if s.resident_id in ids]
    attended = {s.resident_id for s in sessions if s.status is SessionStatus.ATTENDED}
    places = [(g.session, a) for g in groups.between(
        ctx, datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1),
                                                                 time.min))
              if g.session.status is GroupStatus.HELD for a in g.attendance
              if a.resident_id in ids and a.status in (Attendance.PRESENT, Attendance.ABSENT)]
    attended |= {a.resident_id for _, a in places if a.status is Attendance.PRESENT}
    children("children served, by therapy attended", ("attended therapy",
                                                      "no therapy attended"),
             {rid: "attended therapy" if rid in attended else "no therapy attended"
              for rid in ids})
    referrals = [r for r in reads.all_of(conn, Referral)
                 if r.resident_id in ids and start <= r.made_on <= end]
    referred = {r.resident_id for r in referrals}
    children("children served, by referral to another service",
             ("referred in the period", "not referred"),
             {rid: "referred in the period" if rid in referred else "not referred"
              for rid in ids})

    # Safeguarding (issue 27): who went missing or was restrained in the period, as
    # partitions of the same children (so the suppression above covers them).
    episodes = [e for e in missing.between(ctx, datetime.combine(start, time.min),
                                           datetime.combine(end + timedelta(days=1), time.min))
                if e.resident_id in ids]
    gone = {e.resident_id for e in episodes}
    children("children served, by going missing from care",
             ("went missing in the period", "did not go missing"),
             {rid: "went missing in the period" if rid in gone else "did not go missing"
              for rid in ids})
    held_by_staff = {r.restraint.resident_id for r in restraints.between(
        ctx, datetime.combine(start, time.min), datetime.combine(end + timedelta(days=1),
                                                                 time.min))}
    children("children served, by restraint", ("restrained in the period", "not restrained"),
             {rid: "restrained in the period" if rid in held_by_staff else "not restrained"
              for rid in ids})

    for name, categories, of in funder_life.partitions(ctx, ids, end):  # issue 31
        children(name, categories, of)

    # Outcome measures: per instrument, whose score is better than their first one, as of
    # the end of the period (scores only; instruments nobody here uses are left out).
    changed = measures.changes_by_resident(measures.all_scored(ctx), until=end)
    for instrument in measures.instruments(ctx).values():
        mine = {rid: c for (rid, code), c in changed.items() if code == instrument.code}
        if not mine:
            continue
        children(f"children served, by change in {instrument.name} score since the first",
                 MEASURE_CHANGE, {rid: _measure_change(mine.get(rid)) for rid in ids})

    def events(name: str, population: str, categories: tuple[str, ...], items: list[str]
               ) -> None:
        cells = dict.fromkeys(categories, 0)
        for item in items:
            cells[item] += 1
        tables.append(Table(name, population, cells))

    plans = {p.id: p for p in reads.all_of(conn, TherapyPlan)}
    held = [s for s in sessions if s.status in (SessionStatus.ATTENDED, SessionStatus.MISSED)
            and s.plan_id in plans]
    events("therapy sessions attended or missed, by status",
           "therapy sessions attended or missed",
           ("attended", "missed"), [str(s.status) for s in held]
           + ["attended" if a.status is Attendance.PRESENT else "missed" for _, a in places])
    events("therapy sessions attended or missed, by kind of therapy",
           "therapy sessions attended or missed",
           tuple(str(m) for m in Modality), [str(plans[s.plan_id].modality) for s in held]
           + [str(g.modality) for g, _ in places])
    needs = [n for n in reads.all_of(conn, Need) if n.resident_id in ids]
    events("needs opened, by category", "needs opened", tuple(str(c) for c in NeedCategory),
           [str(n.category) for n in needs if start <= n.opened_on <= end])
    events("needs met, by category", "needs met", tuple(str(c) for c in NeedCategory),
           [str(n.category) for n in needs if n.status is NeedStatus.MET and n.closed_on
            and start <= n.closed_on <= end])
    events("referrals made, by kind", "referrals made", tuple(str(k) for k in ReferralKind),
           [str(r.kind) for r in referrals])
    events("missing episodes, by return interview", "missing episodes",
           ("interview within 72 hours", "interview later or not held",
            "not back or interview not yet due"),
           [_interview_state(e) for e in episodes if e.incident.occurred_at.date() >= start])
    with ctx.write() as tx:
        tx.audit("report-funder")
    return FunderFigures(start, end, tables, protect(tables))


# -- suppression ---------------------------------------------------------------------------------

Key = tuple[str, str]  # (table, category); the category TOTAL names a table's total


def bounds(shown: str) -> tuple[int, int]:
    """What a reader knows of a cell from what is printed."""
    if shown == SUPPRESSED:
        return 0, SUPPRESS_BELOW - 1
    if shown == HIDDEN:
        return SUPPRESS_BELOW, BIG
    return int(shown), int(shown)


def _cell_bounds(t: Table, shown: dict[Key, str]) -> dict[str, tuple[int, int]]:
    """Bounds of each cell of a table. A reader who knows that the smallest visible count is
    the one hidden next also knows a "*" is no larger than any count still visible."""
    out = {c: bounds(shown[(t.name, c)]) for c in t.cells}
    visible = [lo for lo, hi in out.values() if lo == hi and lo >= SUPPRESS_BELOW]
    ceiling = min(visible, default=BIG)
    return {c: (lo, min(hi, ceiling)) if shown[(t.name, c)] == HIDDEN else (lo, hi)
            for c, (lo, hi) in out.items()}


def pinned(tables: list[Table], shown: dict[Key, str]) -> set[Key]:
    """Hidden cells (and totals) a reader can work out exactly from what is printed: each
    table adds up to its total, and tables of one population share the same total."""
    out: set[Key] = set()
    groups: dict[str, list[Table]] = defaultdict(list)
    for t in tables:
        groups[t.population].append(t)
    for group in groups.values():
        lo, hi = bounds(shown[(group[0].name, TOTAL)])
        for t in group:  # the total lies within what its cells allow
            cell_bounds = list(_cell_bounds(t, shown).values())
            lo = max(lo, sum(b[0] for b in cell_bounds))
            hi = min(hi, sum(b[1] for b in cell_bounds))
        if lo == hi and shown[(group[0].name, TOTAL)] in (SUPPRESSED, HIDDEN):
            out |= {(t.name, TOTAL) for t in group}
        for t in group:
            cell_bounds = _cell_bounds(t, shown)
            low_sum = sum(b[0] for b in cell_bounds.values())
            high_sum = sum(b[1] for b in cell_bounds.values())
            for c, (c_lo, c_hi) in cell_bounds.items():
                if c_lo == c_hi:
                    continue
                v_lo = max(c_lo, lo - (high_sum - c_hi))
                v_hi = min(c_hi, hi - (low_sum - c_lo))
                if v_lo >= v_hi:
                    out.add((t.name, c))
    return out


def protect(tables: list[Table]) -> dict[Key, str]:
    """Primary suppression, then complementary suppression until nothing hidden is pinned."""
    shown: dict[Key, str] = {}
    for t in tables:
        for c, n in t.cells.items():
            shown[(t.name, c)] = suppress(n)
        shown[(t.name, TOTAL)] = suppress(t.total)
    by_name = {t.name: t for t in tables}
    for _ in range(10 * len(shown)):
        found = pinned(tables, shown)
        if not found:
            return shown
        for name in sorted({name for name, _ in found}):
            t = by_name[name]
            visible = [(n, c) for c, n in t.cells.items() if shown[(name, c)] not in
                       (SUPPRESSED, HIDDEN)]
            if visible:
                _, c = min(visible)
                shown[(name, c)] = HIDDEN
            else:  # nothing left to hide in the table: hide the total its population shares
                for other in tables:
                    if other.population == t.population and shown[(other.name, TOTAL)] not in (
                            SUPPRESSED, HIDDEN):
                        shown[(other.name, TOTAL)] = HIDDEN
    raise RuntimeError("suppression did not settle")  # pragma: no cover
