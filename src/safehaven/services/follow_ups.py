"""Follow-up after reintegration: contacts at least monthly in the first year, each with a
re-trafficking risk check."""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import FollowUp, Resident
from safehaven.domain.vocab import ContactMethod, Level, Occupation, RiskIndicator, RiskLevel
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

MAX_PLANNED = 24  # two years of monthly contacts in one go


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return day.replace(year=year, month=month + 1,
                       day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def schedule(ctx: Context, resident_id: str, first_due: date, *, count: int = 1,
             every_months: int = 1) -> Result[list[FollowUp]]:
    """Plan `count` contacts, `every_months` apart, starting on `first_due`."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    n = v.positive("count", count, allow_none=False) or 1
    if n > MAX_PLANNED:
        raise InvalidValue("count", tr("Plan at most {n} contacts at a time.", n=MAX_PLANNED))
    step = v.positive("every_months", every_months, allow_none=False) or 1
    made = [FollowUp(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                     due_date=add_months(first_due, i * step)) for i in range(n)]
    with ctx.write() as tx:
        resident = tx.get(Resident, resident_id)
        v.before("first_due", first_due, resident.intake_date,
                 tr("This date is before the intake date."))
        for follow_up in made:
            tx.insert(follow_up)
    return Result(made, tuple(tx.changes))


CONTACT_RULES: v.Rules = {
    "done_on": v.same,
    "method": lambda x: v.choice("method", ContactMethod, x),
    "contacted": lambda x: v.text("contacted", x, required=True, max_len=v.MAX_NAME),
    "wellbeing": lambda x: v.optional_choice("wellbeing", Level, x),
    "occupation": lambda x: v.optional_choice("occupation", Occupation, x),
    "risk_indicators": lambda x: v.choices("risk_indicators", RiskIndicator, x),
    "risk_level": lambda x: v.choice("risk_level", RiskLevel, x),
    "notes": lambda x: v.text("notes", x),
    "due_date": v.same,
}


def complete(ctx: Context, follow_up_id: str, *, method: ContactMethod | str,
             contacted: str, risk_level: RiskLevel | str, done_on: date | None = None,
             wellbeing: Level | str | None = None, occupation: Occupation | str | None = None,
             risk_indicators: Any = (), notes: str | None = None) -> Result[FollowUp]:
    """The contact happened; the re-trafficking risk check is part of recording it."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(CONTACT_RULES, {
        "method": method, "contacted": contacted, "risk_level": risk_level,
        "wellbeing": wellbeing, "occupation": occupation, "risk_indicators": risk_indicators,
        "notes": notes})
    clean["done_on"] = v.not_future("done_on", done_on, ctx.today()) or ctx.today()
    if clean["risk_indicators"] and clean["risk_level"] is RiskLevel.LOW:
        raise InvalidValue("risk_level", tr("Risk signs were found: the risk is not low."))
    with ctx.write() as tx:
        follow_up = tx.update(FollowUp, follow_up_id, done_by=ctx.actor.id if ctx.actor
                              else None, **clean)
    return Result(follow_up, tuple(tx.changes))


def edit(ctx: Context, follow_up_id: str, **fields: Any) -> Result[FollowUp]:
    """Move a planned contact, or correct a recorded one."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(CONTACT_RULES, fields)
    if "done_on" in clean:
        v.not_future("done_on", clean["done_on"], ctx.today())
    with ctx.write() as tx:
        follow_up = tx.update(FollowUp, follow_up_id, **clean)
    return Result(follow_up, tuple(tx.changes))


def for_resident(ctx: Context, resident_id: str) -> list[FollowUp]:
    """In date order: done ones, then the next due."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, FollowUp, resident_id, "due_date, id")

