"""The funder summary: distinct children; months, quarters, years and financial years; and
small counts that no one can work out again from everything printed (checked by a solver
that differences every period at once)."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from datetime import date, datetime, time, timedelta

import pypdf
import pytest

from safehaven.demo import generator
from safehaven.errors import InvalidValue, NotAllowed
from safehaven.reports import funder as funder_report
from safehaven.services import (
    checkins,
    funder,
    house_settings,
    measures,
    residents,
)
from safehaven.services.context import Context
from tests.conftest import PASSPHRASE, House

TODAY = date(2026, 11, 26)  # the house fixture's day: October 2026 is the last whole month


def _at(house: House, day: date, who: str = "manager") -> Context:
    return Context(house.vault, getattr(house, who).actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


def _months(first: date, last: date) -> list[date]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return out


def _end(day: date) -> date:
    return (day + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _accepted(months: list[date], financial_starts: tuple[int, ...]
              ) -> list[tuple[date, date]]:
    """Every period the CLI accepts within `months`: months, quarters, calendar years and
    financial years starting in each of `financial_starts`."""
    out = [(m, _end(m)) for m in months]
    for i, m in enumerate(months):
        if m.month in (1, 4, 7, 10) and i + 2 < len(months):
            out.append((m, _end(months[i + 2])))
        if (m.month == 1 or m.month in financial_starts) and i + 11 < len(months):
            out.append((m, _end(months[i + 11])))
    return out


def _read(csv_text: str) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        tables.setdefault(row["table"], {})[row["category"]] = row["count"]
    return tables


BIG = 10**6
# Tables a reader may add up across periods: events dated in the period. (Children are
# counted once per period, so a quarter is not the sum of its months; a case closed in July
# and reopened in August counts in July only.)
ADDITIVE = ("therapy sessions", "needs opened", "needs met", "referrals made",
            "missing episodes", "incidents", "follow-up contacts")


class Solver:
    """What a funder's analyst can work out from printed figures: every printed count is a
    sum of unknown true counts (a period's event count is the sum of its months'; a table's
    total the sum of its cells) lying in a range, and ranges are narrowed until nothing moves
    (interval propagation over every equation at once, the way a solver differences Q3 minus
    August minus September). `slack` is how far the analyst assumes a printed count may be
    from the truth: 0 for exact figures; for adjusted ones, 3 covers 98 % of adjustments
    (beyond it the analyst's deductions may be wrong, or contradict each other)."""

    def __init__(self, slack: int) -> None:
        self.slack = slack
        self.bounds: dict[tuple, list[int]] = {}
        self.equations: list[tuple[list[tuple], int, int]] = []

    def add(self, atoms: list[tuple], shown: str) -> None:
        for a in atoms:
            self.bounds.setdefault(a, [0, BIG])
        if shown == "<5":
            lo, hi = 0, 4 + self.slack
        else:
            lo, hi = max(0, int(shown) - self.slack), int(shown) + self.slack
        self.equations.append((atoms, lo, hi))

    def solve(self) -> None:
        changed = True
        while changed:
            changed = False
            for atoms, lo, hi in self.equations:
                low = sum(self.bounds[a][0] for a in atoms)
                high = sum(self.bounds[a][1] for a in atoms)
                for a in atoms:
                    b = self.bounds[a]
                    new_lo = max(b[0], lo - (high - b[1]))
                    new_hi = min(b[1], hi - (low - b[0]))
                    if new_lo > new_hi:  # a contradiction: the assumed slack was wrong
                        continue
                    if (new_lo, new_hi) != (b[0], b[1]):
                        low += new_lo - b[0]
                        high += new_hi - b[1]
                        b[0], b[1] = new_lo, new_hi
                        changed = True


def _attack(ctx: Context, periods: list[tuple[date, date]], slack: int,
            publish: str) -> tuple[int, int, int]:
    """(counts of 1 to 4 pinned to their true value, zeros pinned, small counts seen) over
    every period."""
    solver = Solver(slack)
    truth: dict[tuple, int] = {}
    for start, end in periods:
        if start.month != 1 and (end - start).days > 300:  # a financial year: the house's
            house_settings.set_value(ctx, "financial-year-start", start.month)
        data = funder.figures(ctx, start, end)
        true = {(t, c): n for t, c, n in data.rows}
        if publish == "adjusted":
            printed = _read(funder_report.csv_text(data))
        else:  # exact, every count below 5 hidden
            printed = defaultdict(dict)
            for (t, c), n in true.items():
                printed[t][c] = str(n) if n >= 5 else "<5"
        months = _months(start, end)
        for name, cells in printed.items():
            spans = months if name.startswith(ADDITIVE) else [(start, end)]
            for cat, shown in cells.items():
                cats = [c for c in cells if c != "total"] if cat == "total" else [cat]
                solver.add([(name, c, span) for c in cats for span in spans], shown)
                if len(spans) == 1 and cat != "total":
                    truth[(name, cat, spans[0])] = true[(name, cat)]
    solver.solve()
    pinned = zeros = seen = 0
    for key, real in truth.items():
        lo, hi = solver.bounds[key]
        if publish == "exact":  # the solver is sound: the truth is always possible
            assert lo <= real <= hi, key
        if real < 5:  # (with adjusted figures, 2 % lie beyond the analyst's slack: a
            seen += 1  # wrong deduction there is no disclosure, a right one would be)
            if lo == hi == real:
                zeros += real == 0
                pinned += real > 0
    return pinned, zeros, seen


@pytest.mark.parametrize(("size", "seed"), [(6, 3), (14, 8), (30, 21)])
def test_no_small_count_can_be_worked_out_across_periods(house: House, size: int, seed: int,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """Every month, quarter, calendar year and financial year (from April and from July,
    which overlap) of 21 months, all printed: an analyst who differences them all at once
    pins no count from 1 to 4 and now and then a zero; the same analyst pins many when the
    figures are printed exactly with the small ones hidden (what the summary did before).

    The cell keys' key is fixed here (the synthetic house's ids follow its seed), so the
    check is repeatable: with a random one (every house has its own), zeros pinned vary
    from none to about 20 in 3,300 (bench/bench_funder_disclosure.py runs many)."""
    monkeypatch.setattr(funder, "house_key", lambda _ctx: f"test house {seed}".encode())
    ctx = _at(house, TODAY)
    first = date(2025, 1, 1)
    generator.generate(ctx, residents=size, days=(TODAY - first).days, seed=seed, today=TODAY)
    periods = _accepted(_months(date(2025, 1, 1), date(2026, 10, 31)), (4, 7))
    assert len(periods) > 30
    pinned, zeros, seen = _attack(ctx, periods, 3, "adjusted")
    assert seen > 50
    # an adjustment beyond the analyst's ±3 (2 %) makes some deductions wrong; now and then
    # one lands on the truth, by chance, and the analyst cannot tell it from the wrong ones.
    # A zero is the floor every deduction stops at, so it is pinned more often (census
    # offices publish zeros unadjusted); a zero says no child, never which one.
    assert pinned <= seen // 1000
    assert zeros <= seen // 100
    exact_pinned, exact_zeros, _ = _attack(ctx, periods, 0, "exact")
    assert exact_pinned > 2 * (seen // 1000) and exact_pinned + exact_zeros > seen // 100


def test_adjustments_are_fixed_by_what_a_cell_counts(house: House,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A reprint matches; every table of the children served publishes the same total.
    (The key is fixed: with the house's random one, a cell moved by more than 8, one
    run in a few hundred, would fail the bound below.)"""
    monkeypatch.setattr(funder, "house_key", lambda _ctx: b"test house 4")
    ctx = _at(house, TODAY)
    generator.generate(ctx, residents=20, days=200, seed=4, today=TODAY)
    first = funder.figures(ctx, date(2026, 7, 1), date(2026, 9, 30))
    again = funder.figures(ctx, date(2026, 7, 1), date(2026, 9, 30))
    assert first.shown() == again.shown()
    served = {first.published_cells[(t.name, "total")] for t in first.tables
              if t.population == "children served"}
    assert len(served) == 1
    moved = [abs(first.published_cells[(t, c)] - n) for t, c, n in first.rows if n >= 5]
    assert moved.count(0) > len(moved) / 4  # mostly exact or one off: still useful
    assert max(moved) <= 8
    assert any(m > 0 for m in moved)


def test_children_are_counted_once_and_zero_looks_like_any_small_count(house: House) -> None:
    ctx = _at(house, date(2026, 10, 1))
    ids = [residents.add(ctx, f"Child {i}", intake_date=date(2026, 9, 1)).record.id
           for i in range(7)]
    for d in range(1, 7):  # one child, six flagged check-ins
        day = date(2026, 9, d)
        checkins.record(_at(house, day), ids[0], 2, day=day, flags=["runaway"])
    data = funder.figures(_at(house, TODAY), date(2026, 9, 1), date(2026, 9, 30))
    truth = {(t, c): n for t, c, n in data.rows}
    flags = "children served, by risk flags raised"
    assert truth[(flags, "one or more risk flags raised")] == 1
    assert truth[(flags, "total")] == 7
    tables = _read(funder_report.csv_text(data))
    age = tables["children served, by age at the end of the period"]
    assert set(age) == {"under 12", "12-14", "15-17", "18 and over", "unknown", "total"}
    # a zero is listed and adjusted like any small count (adjusted, a 0 or a 1 is shown as
    # "<5" unless its draw is 4 or more: asserting "<5" itself would fail 1 run in 160)
    for key in (("children served, by age at the end of the period", "under 12"),
                (flags, "one or more risk flags raised")):
        published = data.published_cells[key]
        assert tables[key[0]][key[1]] == ("<5" if published < 5 else str(published))
    assert "*" not in {v for cells in tables.values() for v in cells.values()}


def test_pdf_and_csv_show_the_same_cells(house: House) -> None:
    ctx = _at(house, TODAY)
    generator.generate(ctx, residents=20, days=200, seed=4, today=TODAY)
    data = funder.figures(ctx, date(2026, 7, 1), date(2026, 9, 30))
    pdf = funder_report.render(data, organisation="Test Org")
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    text = re.sub(r"\s+", " ", text)
    assert "Quarter 3 2026" in text and "1 Jul 2026 to 30 Sep 2026" in text
    for table, category, shown in data.shown():
        label = funder_report._label(category) if category != "total" else "Total"
        assert re.search(re.escape(label) + r" ?" + re.escape(shown), text), (table, label)
    assert text.count(" Total ") + text.count(" Total*") + text.count(" Total<") >= len(
        data.tables) - 1


@pytest.mark.parametrize(("start", "end", "field"), [
    (date(2026, 10, 1), date(2026, 10, 1), "to"),  # one day
    (date(2026, 10, 5), date(2026, 10, 31), "from"),  # part of a month
    (date(2026, 9, 1), date(2026, 9, 15), "to"),
    (date(2026, 8, 1), date(2026, 10, 31), "to"),  # three months, not a calendar quarter
    (date(2026, 1, 1), date(2026, 6, 30), "to"),  # half a year
    (date(2025, 7, 1), date(2026, 6, 30), "to"),  # a year from July: not the house's
    (date(2026, 1, 1), date(2026, 12, 31), "to"),  # this year, not over yet
    (date(2026, 11, 1), date(2026, 11, 30), "to"),  # this month, not over yet
    (date(2027, 1, 1), date(2027, 3, 31), "to"),  # the future
])
def test_periods_that_are_refused(house: House, start: date, end: date, field: str) -> None:
    with pytest.raises(InvalidValue) as refused:
        funder.figures(house.manager, start, end)
    assert refused.value.field == field


def test_whole_months_and_quarters_are_accepted(house: House) -> None:
    for start, end in [(date(2026, 10, 1), date(2026, 10, 31)),
                       (date(2026, 7, 1), date(2026, 9, 30)),
                       (date(2024, 2, 1), date(2024, 2, 29)),
                       (date(2025, 1, 1), date(2025, 12, 31)),  # a calendar year
                       (date(2025, 4, 1), date(2026, 3, 31))]:  # the financial year
        assert funder.figures(house.manager, start, end).start == start
    house_settings.set_value(house.manager, "financial-year-start", 7)
    assert funder.period(house.manager, financial_year="2025") == (date(2025, 7, 1),
                                                                  date(2026, 6, 30))
    assert funder.figures(house.manager, date(2025, 7, 1), date(2026, 6, 30)).kind == \
        "financial year"
    with pytest.raises(InvalidValue):
        funder.figures(house.manager, date(2025, 4, 1), date(2026, 3, 31))


@pytest.mark.parametrize("who", ["staff", "clinician"])
def test_only_managers_may_run_it(house: House, who: str) -> None:
    with pytest.raises(NotAllowed):
        funder.figures(getattr(house, who), date(2026, 10, 1), date(2026, 10, 31))


@pytest.mark.parametrize(("staff_name", "args", "message"), [
    ("Maria Manager", ["--from", "2026-10-01", "--to", "2026-10-01"], "to:"),
    ("Maria Manager", ["--from", "2026-10-02", "--to", "2026-10-31"], "from:"),
    ("Maria Manager", ["--from", "2099-01-01", "--to", "2099-01-31"], "to:"),
    ("Sam Staff", ["--from", "2026-10-01", "--to", "2026-10-31"], "managers only"),
    ("Cleo Clinician", ["--quarter", "2026-Q3"], "managers only"),
    ("Maria Manager", ["--month", "2026-11"], "to:"),
    ("Maria Manager", ["--quarter", "2026-Q5"], "quarter:"),
    ("Maria Manager", ["--month", "October"], "month:"),
    ("Maria Manager", [], "from:"),
    ("Maria Manager", ["--year", "2026"], "to:"),
    ("Maria Manager", ["--year", "26"], "year:"),
    ("Maria Manager", ["--financial-year", "2026"], "to:"),
])
def test_funder_cli_refusals(house: House, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture, staff_name: str, args: list,
                             message: str) -> None:
    from safehaven import cli

    house.vault.close()
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(house.folder.parent)
    code = cli.main(["--vault", str(house.folder), "--staff", staff_name, "report", "funder",
                     *args, "--out", "f.pdf", "--csv", "f.csv"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and message in err[0]
    assert not (house.folder.parent / "f.pdf").exists()


@pytest.mark.parametrize("args", [["--quarter", "2026-Q3"], ["--month", "2026-10"],
                                  ["--from", "2026-04-01", "--to", "2026-06-30"],
                                  ["--year", "2025"], ["--financial-year", "2025"]])
def test_funder_cli_writes_the_same_cells_to_pdf_and_csv(
        house: House, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
        args: list) -> None:
    from safehaven import cli

    house.vault.close()
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", PASSPHRASE)
    monkeypatch.chdir(house.folder.parent)
    code = cli.main(["--vault", str(house.folder), "--staff", "Maria Manager", "report",
                     "funder", *args, "--out", "f.pdf", "--csv", "f.csv"])
    assert code == 0, capsys.readouterr().err
    rows = list(csv.reader(io.StringIO((house.folder.parent / "f.csv").read_text())))
    assert rows[0] == ["table", "category", "count"]
    assert sum(1 for r in rows if r[1] == "total") == len({r[0] for r in rows[1:]})
    assert (house.folder.parent / "f.pdf").read_bytes().startswith(b"%PDF")


def test_children_whose_score_improved_by_instrument(house: House) -> None:
    ctx = _at(house, date(2026, 10, 1))
    ids = [residents.add(ctx, f"Child {i}", intake_date=date(2026, 6, 1)).record.id
           for i in range(14)]
    doc = Context(house.vault, house.clinician.actor,
                  now=lambda: datetime.combine(date(2026, 10, 20), time(9)))
    for n, rid in enumerate(ids):
        measures.record(doc, rid, "cats-self", 30, taken_on=date(2026, 6, 2))
        if n < 9:  # nine improved, three did not, two have one score only
            measures.record(doc, rid, "cats-self", 12, taken_on=date(2026, 9, 10))
        elif n < 12:
            measures.record(doc, rid, "cats-self", 33, taken_on=date(2026, 9, 10))
        if n < 2:
            measures.record(doc, rid, "gad-7", 6 + n, taken_on=date(2026, 6, 2))
            measures.record(doc, rid, "gad-7", 5, taken_on=date(2026, 9, 12))
        measures.record(doc, rid, "cats-self", 2, taken_on=date(2026, 10, 15))  # after it
    data = funder.figures(_at(house, TODAY), date(2026, 9, 1), date(2026, 9, 30))
    truth = {(t, c): n for t, c, n in data.rows}
    cats = "children served, by change in CATS (self-report, 7-17) score since the first"
    gad = "children served, by change in GAD-7 score since the first"
    # CATS has no published SD to judge change by: counted as such, never as "improved"
    assert [truth[(cats, c)] for c in funder.MEASURE_UNRATED] == [12, 2]
    assert not any(t == cats and c in funder.MEASURE_CHANGE[:3] for t, c, _ in data.rows)
    # GAD-7 6 -> 5 and 7 -> 5 are within 1.96 standard errors of the difference
    assert [truth[(gad, c)] for c in funder.MEASURE_CHANGE] == [0, 2, 0, 12]
    assert not any(t.startswith("children served, by change in PHQ-A") for t, _, _ in data.rows)
    tables = _read(funder_report.csv_text(data))
    for name in (cats, gad):
        for cat, shown in tables[name].items():
            published = data.published_cells[(name, cat)]
            assert shown == ("<5" if published < 5 else str(published))
    assert tables[cats]["total"] == tables[gad]["total"]  # the same children: one total


def test_group_sessions_count_as_therapy_attended(house: House) -> None:
    from safehaven.services import groups, therapy

    ctx = _at(house, date(2026, 9, 20))
    ids = [residents.add(ctx, f"Child {i}", intake_date=date(2026, 9, 1)).record.id
           for i in range(3)]
    for rid in ids:
        therapy.add_plan(Context(house.vault, house.clinician.actor, now=ctx.now), rid, "yoga",
                         "House", start_date=date(2026, 9, 2))
    g = groups.book(ctx, ids, datetime(2026, 9, 10, 18), modality="yoga",
                    confirmed=True).record
    groups.record_attendance(ctx, g.id, present=ids[:2], absent=ids[2:])
    data = funder.figures(_at(house, TODAY), date(2026, 9, 1), date(2026, 9, 30))
    truth = {(t, c): n for t, c, n in data.rows}
    assert truth[("children served, by therapy attended", "attended therapy")] == 2
    assert truth[("therapy sessions attended or missed, by status", "attended")] == 2
    assert truth[("therapy sessions attended or missed, by status", "missed")] == 1
    assert truth[("therapy sessions attended or missed, by kind of therapy", "yoga")] == 3
