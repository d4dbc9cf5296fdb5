"""The funder summary: distinct children, whole months or quarters, and hidden counts that no
one can work out again from what is printed (checked by brute force)."""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from datetime import date, datetime, time, timedelta

import pypdf
import pytest

from safehaven.errors import InvalidValue, NotAllowed
from safehaven.reports import funder as funder_report
from safehaven.services import checkins, funder, measures, residents, synthetic
from safehaven.services.context import Context
from tests.conftest import PASSPHRASE, House

TODAY = date(2026, 11, 26)  # the house fixture's day: October 2026 is the last whole month


def _at(house: House, day: date, who: str = "manager") -> Context:
    return Context(house.vault, getattr(house, who).actor,
                   now=lambda: datetime.combine(day, time(9, 0)))


def _periods(first: date, last: date) -> list[tuple[date, date]]:
    """Every whole month and calendar quarter from `first` to `last`."""
    out = []
    day = first.replace(day=1)
    while day <= last:
        nxt = (day + timedelta(days=32)).replace(day=1)
        out.append((day, nxt - timedelta(days=1)))
        if day.month in (1, 4, 7, 10):
            q_end = (day + timedelta(days=95)).replace(day=1) - timedelta(days=1)
            if q_end <= last:
                out.append((day, q_end))
        day = nxt
    return out


def _read(csv_text: str) -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(csv_text)):
        tables.setdefault(row["table"], {})[row["category"]] = row["count"]
    return tables


def _range(shown: str, cap: int) -> range:
    if shown == "<5":
        return range(0, 5)
    if shown == "*":
        return range(5, cap + 1)
    return range(int(shown), int(shown) + 1)


def _solve(tables: dict[str, dict[str, str]], caps: dict[str, int]
           ) -> dict[tuple[str, str], set[int]]:
    """Every value each printed cell could have, given what a reader sees: each table adds up
    to its total, and tables counting the same people ("children served, by ...") share one
    total; a "*" is no larger than any count its table still shows (the smallest visible
    count is the one hidden next). A hidden total is taken to be at most `caps[table]` (the
    true total plus 5: a reader who roughly knows the house's size). Brute force: every
    candidate total, every split of the rest."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name in tables:
        groups[name.split(", by ")[0]].append(name)
    possible: dict[tuple[str, str], set[int]] = defaultdict(set)
    for names in groups.values():
        cap = caps[names[0]]
        totals = set.intersection(*(set(_range(tables[n]["total"], cap)) for n in names))
        for total in sorted(totals):
            found: dict[tuple[str, str], set[int]] = defaultdict(set)
            feasible = True
            for name in names:
                # a "*" is the smallest count that was visible: no larger than those still shown
                shown = [int(v) for c, v in tables[name].items() if c != "total" and v.isdigit()]
                ceiling = min([total, *shown])
                cells = [(c, _range(v, ceiling if v == "*" else total))
                         for c, v in tables[name].items() if c != "total"]
                # reach[i] = sums reachable with the cells other than i
                ok_any = False
                for i, (cat, values) in enumerate(cells):
                    sums = {0}
                    for j, (_, other) in enumerate(cells):
                        if j != i:
                            sums = {a + b for a in sums for b in other if a + b <= total}
                    for v in values:
                        if total - v in sums:
                            found[(name, cat)].add(v)
                            ok_any = True
                if not ok_any:
                    feasible = False
                    break
            if feasible:
                for key, values in found.items():
                    possible[key] |= values
                for name in names:
                    possible[(name, "total")].add(total)
    return possible


@pytest.mark.parametrize(("size", "days", "seed"), [(6, 330, 3), (14, 330, 8), (35, 330, 21)])
def test_no_hidden_count_can_be_worked_out(house: House, size: int, days: int,
                                           seed: int) -> None:
    ctx = _at(house, TODAY)
    synthetic.generate(ctx, residents=size, days=days, seed=seed, today=TODAY)
    periods = _periods(TODAY - timedelta(days=days), date(2026, 10, 31))
    assert len(periods) >= 12
    hidden_seen = complementary_seen = 0
    for start, end in periods:
        data = funder.figures(ctx, start, end)
        text = funder_report.csv_text(data)
        assert text.splitlines()[0] == "table,category,count"
        tables = _read(text)
        truth = {(t, c): n for t, c, n in data.rows}
        possible = _solve(tables, {t: truth[(t, "total")] + 5 for t in tables})
        for name, cells in tables.items():
            assert list(cells)[-1] == "total"
            for cat, shown in cells.items():
                real = truth[(name, cat)]
                assert real in possible[(name, cat)], (start, name, cat)  # the solver is sound
                if shown in ("<5", "*"):
                    hidden_seen += 1
                    complementary_seen += shown == "*"
                    assert len(possible[(name, cat)]) > 1, (start, end, name, cat, shown)
                else:
                    assert int(shown) == real >= 5
                if real < 5:
                    assert shown == "<5"
    assert hidden_seen and complementary_seen


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
    assert age["under 12"] == "<5"  # a zero, listed like any small count
    assert tables[flags]["one or more risk flags raised"] == "<5"
    assert tables[flags]["no risk flag raised"] == "*"  # else 7 - 6 gives the one child


def test_pdf_and_csv_show_the_same_cells(house: House) -> None:
    ctx = _at(house, TODAY)
    synthetic.generate(ctx, residents=20, days=200, seed=4, today=TODAY)
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
                       (date(2024, 2, 1), date(2024, 2, 29))]:
        assert funder.figures(house.manager, start, end).start == start


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
                                  ["--from", "2026-04-01", "--to", "2026-06-30"]])
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


def test_a_hidden_count_equal_to_the_next_visible_one_is_protected_too() -> None:
    """2 is hidden; hiding the smallest visible 5 alone would leave the other 5 showing, so a
    reader knows the "*" is 5 at most, hence exactly 5, hence the hidden count is 2."""
    table = funder.Table("children served, by example", "children served",
                         {"a": 2, "b": 5, "c": 5, "d": 9})
    shown = funder.protect([table])
    printed = {"children served, by example": {c: shown[(table.name, c)]
                                               for c in [*table.cells, "total"]}}
    possible = _solve(printed, {table.name: table.total + 5})
    assert shown[(table.name, "a")] == "<5"
    assert len(possible[(table.name, "a")]) > 1
    assert [shown[(table.name, c)] for c in ("b", "c")] == ["*", "*"]


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
    assert [truth[(cats, c)] for c in funder.MEASURE_CHANGE] == [9, 3, 2]
    assert [truth[(gad, c)] for c in funder.MEASURE_CHANGE] == [2, 0, 12]
    assert not any(t.startswith("children served, by change in PHQ-A") for t, _, _ in data.rows)
    tables = _read(funder_report.csv_text(data))
    assert tables[cats]["score improved"] == "9"
    assert tables[cats]["score the same or worse"] == "<5"
    assert tables[cats]["fewer than two scores"] == "<5"
    assert tables[gad]["score improved"] == "<5" and tables[gad]["total"] == "14"
    assert tables[gad]["fewer than two scores"] == "12"  # the two hidden share 2: unknown
    possible = _solve(tables, {t: truth[(t, "total")] + 5 for t in tables})
    for name, cells in tables.items():
        for cat, shown in cells.items():
            if shown in ("<5", "*"):
                assert len(possible[(name, cat)]) > 1, (name, cat)


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
