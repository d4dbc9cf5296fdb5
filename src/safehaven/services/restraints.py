"""Restraint and physical intervention: the record of what happened (within 24 hours),
the young person's debrief (within 24 hours, in their own words) and a manager's review.

All three are append-only: a correction of the restraint is a new row that amends the old
one, and a debrief or review names the restraint's first version, so it stays attached
through corrections. Until the debrief and the review exist, Today shows them as due.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import Resident, Restraint, RestraintDebrief, RestraintReview
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result
from safehaven.services.incidents import CLOCK_SLACK
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.connection import Connection
from safehaven.store.ids import new_id

MAX_MINUTES = 24 * 60


def _minutes(x: Any) -> int:
    try:
        n = int(x)
    except (TypeError, ValueError):
        raise InvalidValue("duration_min", tr("Give the minutes as a whole number.")) from None
    if not 1 <= n <= MAX_MINUTES:
        raise InvalidValue("duration_min", tr("Between 1 and {n} minutes.", n=MAX_MINUTES))
    return n


RULES: v.Rules = {
    "started_at": v.same,
    "duration_min": _minutes,
    "behaviour": lambda x: v.text("behaviour", x, required=True, max_len=4000),
    "technique": lambda x: v.text("technique", x, required=True, max_len=120),
    "held_by": lambda x: v.text("held_by", x, required=True, max_len=500),
    "measure": lambda x: v.text("measure", x, max_len=2000),
    "witnesses": lambda x: v.text("witnesses", x, max_len=500),
    "child_injuries": lambda x: v.text("child_injuries", x, max_len=2000),
    "staff_injuries": lambda x: v.text("staff_injuries", x, max_len=2000),
    "medical_check": lambda x: v.text("medical_check", x, max_len=2000),
}


def _when(ctx: Context, name: str, value: Any, earliest: datetime | None = None) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidValue(name, tr("Say when, as a date and time."))
    if value > ctx.now() + CLOCK_SLACK:
        raise InvalidValue(name, tr("This time is in the future."))
    if earliest is not None and value < earliest:
        raise InvalidValue(name, tr("This is before the restraint ended."))
    return value


def _listed(ctx: Context, technique: str, kept: str | None = None) -> str:
    """One of the house's techniques (a correction may keep the record's own, though the
    house no longer lists it)."""
    if technique == kept:
        return technique
    listed = house_settings.restraint_techniques(ctx)
    if technique not in listed:
        raise InvalidValue("technique", tr("Choose one of the house's techniques: "
                                           "{options}.", options=", ".join(listed)))
    return technique


def record(ctx: Context, resident_id: str, *, started_at: datetime, duration_min: int,
           behaviour: str, technique: str, held_by: str, **fields: Any
           ) -> Result[Restraint]:
    """A restraint, with a technique from the house's list."""
    ctx.require(Action.RECORD_INCIDENT)
    clean = v.fields(RULES, {"duration_min": duration_min, "behaviour": behaviour,
                             "technique": technique, "held_by": held_by, **fields})
    clean["technique"] = _listed(ctx, clean["technique"])
    restraint = Restraint(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                          started_at=_when(ctx, "started_at", started_at),
                          staff_id=ctx.actor.id if ctx.actor else "", **clean)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(restraint)
    return Result(restraint, tuple(tx.changes))


def amend(ctx: Context, restraint_id: str, why: str, **changes: Any) -> Result[Restraint]:
    """A correction as a new row; the old one stays in the history."""
    ctx.require(Action.RECORD_INCIDENT)
    reason = v.text("why", why, required=True, max_len=500)
    old: Restraint = reads.get(ctx.conn, Restraint, restraint_id)
    clean = v.fields(RULES, changes)
    if "technique" in clean:
        clean["technique"] = _listed(ctx, clean["technique"], old.technique)
    if "started_at" in clean:
        clean["started_at"] = _when(ctx, "started_at", clean["started_at"])
    fixed = replace(old, **clean, id=new_id(), staff_id=ctx.actor.id if ctx.actor else "",
                    amends_id=restraint_id, amend_reason=reason)
    with ctx.write() as tx:
        tx.insert(fixed)
    return Result(fixed, tuple(tx.changes))


def _current(conn: Connection, restraint_id: str) -> tuple[Restraint, str]:
    """The newest version of a restraint (given any of its versions) and its first id."""
    versions = {r.id: r for r in reads.all_of(conn, Restraint)}
    if restraint_id not in versions:
        reads.get(conn, Restraint, restraint_id)  # says what was not found
    chains = _chains(versions)
    first = next(f for f, ids in chains.items() if restraint_id in ids)
    return versions[chains[first][-1]], first


def _chains(versions: dict[str, Restraint]) -> dict[str, list[str]]:
    """first id -> every version's id, oldest first."""
    newer = {r.amends_id: r.id for r in versions.values() if r.amends_id}
    out = {}
    for r in versions.values():
        if r.amends_id is None:
            chain = [r.id]
            while chain[-1] in newer:
                chain.append(newer[chain[-1]])
            out[r.id] = chain
    return out


def debrief(ctx: Context, restraint_id: str, *, held_at: datetime, child_words: str,
            held_by: str | None = None) -> Result[RestraintDebrief]:
    """The young person's debrief, in their own words."""
    ctx.require(Action.RECORD_INCIDENT)
    current, first = _current(ctx.conn, restraint_id)
    ended = current.started_at + timedelta(minutes=current.duration_min)
    made = RestraintDebrief(
        id=new_id(), site_id=ctx.vault.site_id, resident_id=current.resident_id,
        restraint_id=first, held_at=_when(ctx, "held_at", held_at, ended),
        child_words=v.text("child_words", child_words, required=True) or "",
        staff_id=ctx.actor.id if ctx.actor else "",
        held_by=v.text("held_by", held_by, max_len=v.MAX_NAME))
    with ctx.write() as tx:
        tx.insert(made)
    return Result(made, tuple(tx.changes))


def review(ctx: Context, restraint_id: str, *, review: str, actions: str | None = None
           ) -> Result[RestraintReview]:
    """A manager's review: necessary, proportionate, what follows."""
    ctx.require(Action.CLOSE_INCIDENT)
    current, first = _current(ctx.conn, restraint_id)
    made = RestraintReview(
        id=new_id(), site_id=ctx.vault.site_id, resident_id=current.resident_id,
        restraint_id=first, reviewed_at=ctx.now(),
        review=v.text("review", review, required=True) or "",
        staff_id=ctx.actor.id if ctx.actor else "",
        actions=v.text("actions", actions, max_len=4000))
    with ctx.write() as tx:
        tx.insert(made)
    return Result(made, tuple(tx.changes))


@dataclass(frozen=True, slots=True)
class RestraintRecord:
    """A restraint as the screens and reports show it: its newest version, with the first
    version's id (what debriefs and reviews name), the debrief and the review if done."""

    restraint: Restraint
    first_id: str
    debrief: RestraintDebrief | None
    review: RestraintReview | None

    @property
    def id(self) -> str:
        return self.restraint.id


def _records(conn: Connection, resident_id: str | None = None) -> list[RestraintRecord]:
    versions = {r.id: r for r in reads.all_of(conn, Restraint)
                if resident_id is None or r.resident_id == resident_id}
    debriefs = {d.restraint_id: d for d in reads.all_of(conn, RestraintDebrief)}
    reviews = {r.restraint_id: r for r in reads.all_of(conn, RestraintReview)}
    out = [RestraintRecord(versions[chain[-1]], first, debriefs.get(first), reviews.get(first))
           for first, chain in _chains(versions).items()]
    return sorted(out, key=lambda x: (x.restraint.started_at, x.first_id), reverse=True)


def for_resident(ctx: Context, resident_id: str) -> list[RestraintRecord]:
    """Newest first."""
    ctx.require(Action.READ_RECORDS)
    return _records(ctx.conn, resident_id)


def open_ones(ctx: Context) -> list[RestraintRecord]:
    """Restraints still waiting for a debrief or a review (for Today)."""
    ctx.require(Action.READ_RECORDS)
    return [r for r in _records(ctx.conn) if r.debrief is None or r.review is None]


def between(ctx: Context, start: datetime, end: datetime) -> list[RestraintRecord]:
    """Restraints that began in [start, end), oldest first (the weekly report)."""
    ctx.require(Action.READ_RECORDS)
    return sorted((r for r in _records(ctx.conn) if start <= r.restraint.started_at < end),
                  key=lambda r: (r.restraint.started_at, r.first_id))
