"""Retention rules (issue 30): when a closed case's records fall due, by birth or closure,
a death in care, a house's own rule and a legal hold."""

from __future__ import annotations

from datetime import date

from safehaven.domain.retention import (
    JURISDICTIONS,
    ClosedCase,
    Rule,
    due_list,
    due_on,
    parse_rule,
)
from safehaven.domain.vocab import ClosureReason, RecordClass


def test_rules_are_read_and_refused_plainly() -> None:
    assert parse_rule("age:75") == Rule("age", 75)
    assert parse_rule(" closed:25 ") == Rule("closed", 25)
    for bad in ("", "75", "age:", "age:0", "years:5", "closed:999"):
        assert parse_rule(bad) is None, bad


def test_due_by_birth_by_closure_and_after_a_death() -> None:
    closed = date(2026, 6, 1)
    assert due_on(Rule("age", 75), born=date(2009, 2, 28), closed_on=closed) == date(2084, 2, 28)
    assert due_on(Rule("closed", 25), born=None, closed_on=closed) == date(2051, 6, 1)
    # no date of birth: an age rule counts from the closure (later, never earlier)
    assert due_on(Rule("age", 75), born=None, closed_on=closed) == date(2101, 6, 1)
    assert due_on(Rule("age", 75), born=date(2009, 1, 1), closed_on=closed, died=True,
                  after_death=15) == date(2041, 6, 1)
    assert due_on(Rule("age", 18), born=date(2000, 2, 29), closed_on=date(2001, 1, 1)
                  ) == date(2018, 2, 28)


def test_the_due_list_marks_holds_and_uses_the_houses_rules() -> None:
    cases = [ClosedCase("a", date(2000, 1, 10), ClosureReason.TURNED_18, date(1982, 1, 1)),
             ClosedCase("b", date(2020, 1, 10), ClosureReason.DIED, date(2008, 1, 1)),
             ClosedCase("c", date(2026, 1, 10), ClosureReason.KINSHIP, None)]
    today = date(2026, 11, 26)
    general = due_list(cases, JURISDICTIONS["general"], {}, {"a"}, today)
    assert {(d.resident_id, d.held) for d in general} == {("a", True)}
    assert len(general) == len(RecordClass)
    england = due_list(cases, JURISDICTIONS["england"], {RecordClass.AUDIT: Rule("closed", 5)},
                       set(), today, within_days=400)
    assert {(d.resident_id, d.record_class) for d in england} == {
        ("a", RecordClass.AUDIT)}  # a's 75th birthday is 2057; b died: 15 years, 2035
    scotland = due_list(cases, JURISDICTIONS["scotland"], {}, set(), today)
    assert {(d.resident_id, d.due_on) for d in scotland} == {("b", date(2025, 1, 10))}
