"""The legal case (issue 31): cases the young person is part of and their hearings and
appointments.

Clinicians and managers keep the case; its reference, lawyer, special measures, outcome
and notes are sealed for them. Every care role sees that a case exists and when and where
its hearings are, and may change who goes with the young person and how they get there:
a child is never taken to court by someone who did not know.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.life import (
    Hearing,
    HearingKind,
    HearingStatus,
    LegalCase,
    LegalCaseKind,
    LegalStatus,
)
from safehaven.domain.models import Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.services.sealed import shown
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_MINUTES = 12 * 60


CASE_RULES: v.Rules = {
    "kind": lambda x: v.choice("kind", LegalCaseKind, x),
    "status": lambda x: v.choice("status", LegalStatus, x),
    "opened_on": v.day_rule("opened_on"),
    "closed_on": v.day_rule("closed_on"),
    "reference": lambda x: v.text("reference", x, max_len=200),
    "lawyer": lambda x: v.text("lawyer", x, max_len=500),
    "special_measures": lambda x: v.text("special_measures", x, max_len=2000),
    "outcome": lambda x: v.text("outcome", x, max_len=4000),
    "notes": lambda x: v.text("notes", x, max_len=v.MAX_NOTE),
}


def _at(x: Any) -> datetime:
    if not isinstance(x, datetime):
        raise InvalidValue("at", tr("Say when, as a date and time."))
    return x


def _minutes(x: Any) -> int:
    try:
        n = int(x)
    except (TypeError, ValueError):
        raise InvalidValue("duration_min", tr("Give the minutes as a whole number.")) from None
    if not 1 <= n <= MAX_MINUTES:
        raise InvalidValue("duration_min", tr("Between 1 and {n} minutes.", n=MAX_MINUTES))
    return n


ARRANGE_RULES: v.Rules = {
    "accompanied_by": lambda x: v.text("accompanied_by", x, max_len=500),
    "transport": lambda x: v.text("transport", x, max_len=500),
}
HEARING_RULES: v.Rules = {
    "at": _at,
    "kind": lambda x: v.choice("kind", HearingKind, x),
    "place": lambda x: v.text("place", x, required=True, max_len=500),
    "duration_min": _minutes,
    "status": lambda x: v.choice("status", HearingStatus, x),
    "note": lambda x: v.text("note", x, max_len=4000),
    **ARRANGE_RULES,
}


def _check_case(case: LegalCase) -> None:
    v.before("closed_on", case.closed_on, case.opened_on,
             tr("A case cannot close before it was opened."))


def open_case(ctx: Context, resident_id: str, *, kind: LegalCaseKind | str,
              opened_on: date | None = None, **fields: Any) -> Result[LegalCase]:
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(CASE_RULES, {"kind": kind, "opened_on": opened_on, **fields})
    clean["opened_on"] = v.not_future("opened_on", clean["opened_on"] or ctx.today(),
                                      ctx.today())
    case = LegalCase(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                     recorded_by=ctx.actor.id if ctx.actor else "", **clean)
    _check_case(case)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(case)
    return Result(shown(ctx, case), tuple(tx.changes))


def edit_case(ctx: Context, case_id: str, **fields: Any) -> Result[LegalCase]:
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(CASE_RULES, fields)
    if clean.get("status") is LegalStatus.CLOSED and "closed_on" not in clean:
        clean["closed_on"] = ctx.today()
    with ctx.write() as tx:
        old: LegalCase = tx.get(LegalCase, case_id)
        if clean.get("opened_on") is None:
            clean.pop("opened_on", None)
        _check_case(replace(old, **clean))
        case = tx.update(LegalCase, case_id, **clean)
    return Result(shown(ctx, case), tuple(tx.changes))


def cases(ctx: Context, resident_id: str) -> list[LegalCase]:
    """The young person's cases, open ones first, as this role may see them."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, LegalCase, resident_id, "opened_on DESC, id")
    return sorted((shown(ctx, c) for c in found), key=lambda c: c.status is LegalStatus.CLOSED)


def add_hearing(ctx: Context, case_id: str, *, at: datetime, kind: HearingKind | str,
                place: str, **fields: Any) -> Result[Hearing]:
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(HEARING_RULES, {"at": at, "kind": kind, "place": place, **fields})
    with ctx.write() as tx:
        case: LegalCase = tx.get(LegalCase, case_id)
        hearing = Hearing(id=new_id(), site_id=ctx.vault.site_id, resident_id=case.resident_id,
                          case_id=case.id, recorded_by=ctx.actor.id if ctx.actor else "",
                          **clean)
        tx.insert(hearing)
    return Result(shown(ctx, hearing), tuple(tx.changes))


def edit_hearing(ctx: Context, hearing_id: str, **fields: Any) -> Result[Hearing]:
    """Any field for clinicians and managers; who goes and the transport for every care
    role (the receivers hold the same line, `domain/write_rules.py`)."""
    ctx.require(Action.SCHEDULE_SESSIONS)
    if set(fields) - set(ARRANGE_RULES):
        ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(HEARING_RULES, fields)
    with ctx.write() as tx:
        hearing = tx.update(Hearing, hearing_id, **clean)
    return Result(shown(ctx, hearing), tuple(tx.changes))


def hearings(ctx: Context, resident_id: str) -> list[Hearing]:
    """Newest first."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, Hearing, resident_id, "at DESC, id")
    return [shown(ctx, h) for h in found if not h.deleted]


def hearings_between(ctx: Context, start: datetime, end: datetime) -> list[Hearing]:
    """Hearings in [start, end), cancelled ones too (the schedule says so), by time."""
    ctx.require(Action.READ_RECORDS)
    return [shown(ctx, h) for h in reads.current_between(ctx.conn, Hearing, "at", start, end)]


def coming(ctx: Context, days: int = 2) -> list[Hearing]:
    """Scheduled hearings from the start of today to the end of `days` days after it:
    what Today shows (today's and tomorrow's), and what its alerts are made from."""
    start = datetime.combine(ctx.today(), time.min)
    return [h for h in hearings_between(ctx, start, start + timedelta(days=days + 1))
            if h.status is HearingStatus.SCHEDULED]
