"""How long a closed case's records are kept, and which are due for destruction. Pure.

A rule counts years from the young person's birth ("age:75": until the 75th birthday) or
from the case's closure ("closed:25"). Each record class has one; a house picks a
jurisdiction's defaults and may change any class (docs/retention.md lists the defaults and
where they come from, to be checked with the house's legal adviser). Open cases are never
due; a legal hold keeps a child's records whatever the rule says. Nothing here destroys
anything: this is the list a manager reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from safehaven.domain.vocab import ClosureReason, RecordClass

_RULE = re.compile(r"^(age|closed):(\d{1,3})$")


@dataclass(frozen=True, slots=True)
class Rule:
    anchor: str  # "age" (years from birth) or "closed" (years from the closure)
    years: int

    def __str__(self) -> str:
        return f"{self.anchor}:{self.years}"


def parse_rule(text: str) -> Rule | None:
    """A rule from its text ("age:75", "closed:25"); None when it is not one."""
    found = _RULE.match(text.strip())
    if found is None or not 0 < int(found[2]) <= 150:
        return None
    return Rule(found[1], int(found[2]))


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    rules: Mapping[RecordClass, Rule]
    after_death: int | None = None  # years after a death in care, when the law says


def _all(rule: str) -> dict[RecordClass, Rule]:
    parsed = parse_rule(rule)
    assert parsed is not None
    return dict.fromkeys(RecordClass, parsed)


JURISDICTIONS: dict[str, Jurisdiction] = {
    # No law chosen: 25 years after closure, long enough for a young adult's request for
    # their records and most claims; a house should choose its own.
    "general": Jurisdiction(_all("closed:25")),
    # Children's Homes (England) Regulations 2015, reg. 37 and Schedule 3: a child's case
    # records until the 75th birthday, or 15 years after a death before 18.
    "england": Jurisdiction(_all("age:75"), after_death=15),
    # Looked After Children (Scotland) Regulations 2009, reg. 11: until the 100th birthday,
    # or 5 years after a death.
    "scotland": Jurisdiction(_all("age:100"), after_death=5),
}
DEFAULT_JURISDICTION = "general"


def _plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def due_on(rule: Rule, *, born: date | None, closed_on: date, died: bool = False,
           after_death: int | None = None) -> date:
    """When a closed case's records of one class fall due. With no date of birth an age
    rule counts from the closure instead: later, never earlier, than the law asks."""
    if died and after_death is not None:
        return _plus_years(closed_on, after_death)
    if rule.anchor == "age":
        start = born if born is not None else closed_on
        return max(_plus_years(start, rule.years), closed_on)
    return _plus_years(closed_on, rule.years)


@dataclass(frozen=True, slots=True)
class ClosedCase:
    resident_id: str
    closed_on: date
    reason: ClosureReason | None
    born: date | None  # the date of birth, or the latest one an estimated age allows


@dataclass(frozen=True, slots=True)
class Due:
    resident_id: str
    record_class: RecordClass
    due_on: date
    held: bool  # under a legal hold: kept whatever the date


def due_list(cases: Iterable[ClosedCase], jurisdiction: Jurisdiction,
             overrides: Mapping[RecordClass, Rule], held: set[str], today: date,
             within_days: int = 0) -> list[Due]:
    """Each closed case's record classes due by `today` (or within `within_days`), with
    those under a legal hold marked held; soonest first."""
    out: list[Due] = []
    for case in cases:
        for cls in RecordClass:
            rule = overrides.get(cls) or jurisdiction.rules[cls]
            day = due_on(rule, born=case.born, closed_on=case.closed_on,
                         died=case.reason is ClosureReason.DIED,
                         after_death=jurisdiction.after_death)
            if (day - today).days <= within_days:
                out.append(Due(case.resident_id, cls, day, case.resident_id in held))
    return sorted(out, key=lambda d: (d.due_on, d.resident_id, list(RecordClass).index(
        d.record_class)))
