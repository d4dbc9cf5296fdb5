"""De-identified figures for funders: counts only, adjusted so small numbers stay hidden.

Nothing here carries a name, an id, a date of birth or free text. The rules:

- A period is a calendar month, quarter or year, or the house's financial year, ending no
  later than the last complete month (services/funder_periods.py).
- Child-level tables count distinct children; each table splits one population into fixed
  categories (zero included). Event tables count sessions, needs, referrals, incidents...
- Every count, totals included, is published by the cell-key method with an unbounded
  adjustment, and shown as "<5" when the published count is below 5
  (domain/disclosure.py says why this holds across every period and table, where the
  suppression it replaced could be undone by differencing a quarter and its months).
- Only managers may run it; the PDF and the CSV show the same cells.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from safehaven.domain import disclosure
from safehaven.domain import measures as M
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
from safehaven.errors import NotAllowed
from safehaven.i18n import tr
from safehaven.services import funder_breakdowns as breakdowns
from safehaven.services import funder_life, groups, house_settings, measures, missing, restraints
from safehaven.services import funder_periods as periods
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.services.week_figures import Stages
from safehaven.store import reads

SUPPRESS_BELOW = disclosure.SMALL
SUPPRESSED = disclosure.SMALL_SHOWN
TOTAL = "total"


@dataclass(frozen=True, slots=True)
class Table:
    """One population split into categories: who or what each category counts (child ids,
    session ids...). `population` names what the total counts; tables with the same
    population count the same people, so their totals publish alike."""

    name: str
    population: str
    units: dict[str, frozenset[str]]  # category -> what it counts, every category listed

    @property
    def cells(self) -> dict[str, int]:
        return {c: len(u) for c, u in self.units.items()}

    @property
    def everyone(self) -> frozenset[str]:
        return frozenset().union(*self.units.values())

    @property
    def total(self) -> int:
        return len(self.everyone)


@dataclass(frozen=True, slots=True)
class FunderFigures:
    start: date
    end: date
    tables: list[Table]
    shown_cells: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, category)
    published_cells: dict[tuple[str, str], int] = field(default_factory=dict)
    kind: str = "month"  # month, quarter, year or financial year

    def shown(self) -> list[tuple[str, str, str]]:
        """(table, category, shown count) in order, each table ending with its total row."""
        out = []
        for t in self.tables:
            out += [(t.name, c, self.shown_cells[(t.name, c)]) for c in t.units]
            out.append((t.name, TOTAL, self.shown_cells[(t.name, TOTAL)]))
        return out

    @property
    def rows(self) -> list[tuple[str, str, int]]:
        """The true counts (before adjustment), for tests and checks; never published."""
        out = []
        for t in self.tables:
            out += [(t.name, c, n) for c, n in t.cells.items()]
            out.append((t.name, TOTAL, t.total))
        return out


def publish(tables: list[Table], house_key: bytes, start: date, end: date
            ) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], str]]:
    """Each cell and total as published (adjusted) and as shown ("<5" below 5)."""
    published: dict[tuple[str, str], int] = {}
    for t in tables:
        for c, units in [*t.units.items(), (TOTAL, t.everyone)]:
            empty = f"{t.name}|{c}|{start.isoformat()}|{end.isoformat()}"
            key = disclosure.cell_key(house_key, units, empty=empty)
            published[(t.name, c)] = disclosure.publish(len(units), key)
    return published, {k: disclosure.shown(v) for k, v in published.items()}


def house_key(ctx: Context) -> bytes:
    """The cell keys' key: the house's own id. It need not be secret: a cell's key also hashes
    the ids of the children or events it counts, which never leave the vault."""
    return ("safehaven-funder-cell-key:" + ctx.vault.site_id).encode("utf-8")


# a table per instrument: its name between these (reports/funder.py translates it whole)
MEASURE_TABLE = ("children served, by change in ", " score since the first")
# by the reliable change index (domain/measures.py); an instrument without published
# reliability gets the second list: its raw differences would mislead a funder
MEASURE_CHANGE = ("reliably improved", "no reliable change", "reliably worse",
                  "fewer than two scores")
MEASURE_UNRATED = (M.NOT_AVAILABLE, "fewer than two scores")
_BY_LABEL = {M.IMPROVED: MEASURE_CHANGE[0], M.NO_RELIABLE_CHANGE: MEASURE_CHANGE[1],
             M.WORSE: MEASURE_CHANGE[2], M.NOT_AVAILABLE: M.NOT_AVAILABLE}


def _measure_change(change: measures.Change | None) -> str:
    if change is None or change.count < 2:
        return MEASURE_CHANGE[3]
    return _BY_LABEL[change.direction]


def _interview_state(e: missing.Episode) -> str:
    if e.interview_in_time is True:
        return "interview within 72 hours"
    if e.interview_in_time is False:
        return "interview later or not held"
    return "not back or interview not yet due"


def period(ctx: Context, **kwargs: Any) -> tuple[date, date]:
    """A period from 'YYYY-MM', 'YYYY-Qn', a calendar year or a financial year (the one
    starting in that year, in the month the house sets), or its first and last days."""
    start = house_settings.get(ctx, periods.FINANCIAL_YEAR_SETTING)
    return periods.period(financial_start=start, **kwargs)


def figures(ctx: Context, start: date, end: date) -> FunderFigures:
    if ctx.role is not Role.MANAGER:
        raise NotAllowed(tr("produce the funder summary (managers only)"))
    ctx.require(Action.READ_RECORDS)
    financial_start = house_settings.get(ctx, periods.FINANCIAL_YEAR_SETTING)
    periods.check(start, end, ctx.today(), financial_start)
    conn = ctx.conn
    stages = Stages(reads.all_of(conn, StageChange))
    everyone = reads.all_of(conn, Resident)
    served = [r for r in everyone
              if any(stages.present(r, start + timedelta(days=i))
                     for i in range((end - start).days + 1))]
    ids = {r.id for r in served}
    tables: list[Table] = []

    def children(name: str, categories: tuple[str, ...], of: dict[str, str]) -> None:
        units: dict[str, set[str]] = {c: set() for c in categories}
        for rid in ids:
            units[of[rid]].add(rid)
        tables.append(Table(name, "children served",
                            {c: frozenset(u) for c, u in units.items()}))

    children("children served, by age at the end of the period", breakdowns.AGE_BANDS, {
        r.id: breakdowns.age_band(age_on(end, r.date_of_birth, r.age_estimate,
                                         r.age_estimated_on))
        for r in served})
    for name, categories, of in breakdowns.children(ctx, served, end):
        children(name, categories, of)
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
    # partitions of the same children.
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
        rated = M.reliability(instrument) is not None
        children(MEASURE_TABLE[0] + instrument.name + MEASURE_TABLE[1],
                 MEASURE_CHANGE if rated else MEASURE_UNRATED,
                 {rid: _measure_change(mine.get(rid)) for rid in ids})

    def events(name: str, population: str, categories: tuple[str, ...],
               items: dict[str, str]) -> None:
        """`items`: each event's id -> its category."""
        units: dict[str, set[str]] = {c: set() for c in categories}
        for item, category in items.items():
            units[category].add(item)
        tables.append(Table(name, population, {c: frozenset(u) for c, u in units.items()}))

    plans = {p.id: p for p in reads.all_of(conn, TherapyPlan)}
    held = [s for s in sessions if s.status in (SessionStatus.ATTENDED, SessionStatus.MISSED)
            and s.plan_id in plans]
    events("therapy sessions attended or missed, by status",
           "therapy sessions attended or missed",
           ("attended", "missed"), {s.id: str(s.status) for s in held}
           | {f"{g.id}:{a.resident_id}": "attended" if a.status is Attendance.PRESENT
              else "missed" for g, a in places})
    events("therapy sessions attended or missed, by kind of therapy",
           "therapy sessions attended or missed",
           tuple(str(m) for m in Modality),
           {s.id: str(plans[s.plan_id].modality) for s in held}
           | {f"{g.id}:{a.resident_id}": str(g.modality) for g, a in places})
    needs = [n for n in reads.all_of(conn, Need) if n.resident_id in ids]
    events("needs opened, by category", "needs opened", tuple(str(c) for c in NeedCategory),
           {n.id: str(n.category) for n in needs if start <= n.opened_on <= end})
    events("needs met, by category", "needs met", tuple(str(c) for c in NeedCategory),
           {n.id: str(n.category) for n in needs if n.status is NeedStatus.MET
            and n.closed_on and start <= n.closed_on <= end})
    events("referrals made, by kind", "referrals made", tuple(str(k) for k in ReferralKind),
           {r.id: str(r.kind) for r in referrals})
    events("missing episodes, by return interview", "missing episodes",
           ("interview within 72 hours", "interview later or not held",
            "not back or interview not yet due"),
           {e.incident.id: _interview_state(e) for e in episodes
            if e.incident.occurred_at.date() >= start})
    for name, population, categories, items in breakdowns.events(ctx, ids, start, end):
        events(name, population, categories, items)
    with ctx.write() as tx:
        tx.audit("report-funder")
    published, shown = publish(tables, house_key(ctx), start, end)
    return FunderFigures(start, end, tables, shown, published,
                         periods.kind(start, end, financial_start))
