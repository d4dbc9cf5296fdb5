"""Retention (issue 30, the local part): the rules per record class (a jurisdiction's
defaults, changed by the house), legal holds per child, and the list of closed cases
whose records are due for destruction, for managers. Destroying them is not built yet:
it must reach every laptop and the server, with two managers' approval."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from safehaven.domain import retention as rules
from safehaven.domain import validate as v
from safehaven.domain.duplicates import Person, birth_range
from safehaven.domain.lifecycle import LegalHold
from safehaven.domain.models import Resident
from safehaven.domain.vocab import RecordClass
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import closures, house_settings
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


@dataclass(frozen=True, slots=True)
class RuleInUse:
    record_class: RecordClass
    rule: rules.Rule
    default: bool  # the jurisdiction's, not changed by the house


@dataclass(frozen=True, slots=True)
class DueLine:
    due: rules.Due
    resident_name: str
    closed_on: date
    hold: LegalHold | None  # the hold keeping it, if any


def rules_in_use(ctx: Context) -> tuple[str, list[RuleInUse], int | None]:
    """The jurisdiction, each class's rule, and the years kept after a death in care."""
    ctx.require(Action.READ_RECORDS)
    name = house_settings.jurisdiction(ctx)
    place = rules.JURISDICTIONS[name]
    own = house_settings.overrides(ctx)
    return name, [RuleInUse(c, own.get(c) or place.rules[c], c not in own)
                  for c in RecordClass], place.after_death


def holds(ctx: Context, resident_id: str | None = None) -> list[LegalHold]:
    """Legal holds in force (for one child, or all)."""
    ctx.require(Action.READ_RECORDS)
    found = (reads.for_resident(ctx.conn, LegalHold, resident_id) if resident_id
             else reads.all_of(ctx.conn, LegalHold))
    return [h for h in found if h.active]


def place_hold(ctx: Context, resident_id: str, reason: str, on: date | None = None
               ) -> Result[LegalHold]:
    """Keep a child's records past their time (a court case, an inquiry, a claim)."""
    ctx.require(Action.MANAGE_RETENTION)
    why = v.text("reason", reason, required=True, max_len=2000)
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    hold = LegalHold(new_id(), ctx.vault.site_id, resident_id, why or "", day,
                     ctx.actor.id if ctx.actor else "")
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(hold)
    return Result(hold, tuple(tx.changes))


def lift_hold(ctx: Context, hold_id: str, on: date | None = None) -> Result[LegalHold]:
    ctx.require(Action.MANAGE_RETENTION)
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    with ctx.write() as tx:
        current = tx.get(LegalHold, hold_id)
        if not current.active:
            raise InvalidValue("hold_id", tr("This hold is no longer in force."))
        if day < current.placed_on:
            raise InvalidValue("on", tr("This date is before the hold was placed."))
        hold = tx.update(LegalHold, hold_id, lifted_on=day,
                         lifted_by=ctx.actor.id if ctx.actor else "")
    return Result(hold, tuple(tx.changes))


def due(ctx: Context, within_days: int = 0) -> list[DueLine]:
    """Closed cases whose records are due for destruction by today (or within
    `within_days`), soonest first; those under a legal hold are listed as held."""
    ctx.require(Action.MANAGE_RETENTION)
    closed = closures.closed_map(ctx.conn)
    people = {r.id: r for r in reads.all_of(ctx.conn, Resident) if r.id in closed}
    cases = []
    for rid, closure in closed.items():
        r = people.get(rid)
        if r is None:
            continue
        span = birth_range(Person(r.preferred_name, r.date_of_birth, r.age_estimate,
                                  r.age_estimated_on))
        cases.append(rules.ClosedCase(rid, closure.day, closure.reason,
                                      span[1] if span else None))
    kept = {h.resident_id: h for h in holds(ctx)}
    place = rules.JURISDICTIONS[house_settings.jurisdiction(ctx)]
    found = rules.due_list(cases, place, house_settings.overrides(ctx), set(kept),
                           ctx.today(), within_days)
    return [DueLine(d, people[d.resident_id].preferred_name, closed[d.resident_id].day,
                    kept.get(d.resident_id)) for d in found]
