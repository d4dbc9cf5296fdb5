"""Missing from care: one episode from the report to the return interview.

The episode is the `missing` incident (what the police ask first is recorded with it);
this module adds the return (when, how, where the young person was and with whom,
injuries) and the return interview, due within 72 hours of the return. Until the return
is recorded the episode heads Today; until the interview is, it stays there as due, then
overdue (`domain.alerts.missing_episode_alerts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.alerts import RETURN_INTERVIEW_WITHIN
from safehaven.domain.models import Incident, Sighting
from safehaven.domain.vocab import IncidentKind
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import incidents, sealed
from safehaven.services.context import Context, Result
from safehaven.services.incidents import CLOCK_SLACK
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def open_episode(ctx: Context, resident_id: str, *, occurred_at: datetime,
                 description: str, **fields: Any) -> Result[Incident]:
    """Report a young person missing: last seen when and where, as the police ask."""
    return incidents.record(ctx, resident_id, IncidentKind.MISSING, occurred_at=occurred_at,
                            description=description, **fields)


def _episode(ctx: Context, incident_id: str) -> Incident:
    found: Incident = reads.get(ctx.conn, Incident, incident_id)
    if found.kind is not IncidentKind.MISSING or found.deleted:
        raise InvalidValue("incident_id", tr("This incident is not a missing-from-care "
                                             "episode."))
    return found


def _moment(ctx: Context, name: str, value: Any, earliest: datetime) -> datetime:
    if not isinstance(value, datetime):
        raise InvalidValue(name, tr("Say when, as a date and time."))
    if value > ctx.now() + CLOCK_SLACK:
        raise InvalidValue(name, tr("This time is in the future."))
    if value < earliest:
        raise InvalidValue(name, tr("This is before the young person went missing or "
                                    "came back."))
    return value


def record_return(ctx: Context, incident_id: str, *, returned_at: datetime,
                  how: str | None = None, whereabouts: str | None = None,
                  injuries: str | None = None, police_reference: str | None = None
                  ) -> Result[Incident]:
    """The young person is back: when and how, where they were and with whom. A return
    recorded wrongly is corrected by recording it again (each change is in the history).
    Where they were is sealed: staff write it but do not read it back, so left empty it
    keeps what was written."""
    ctx.require(Action.RECORD_INCIDENT)
    episode = _episode(ctx, incident_id)
    since = min(x for x in (episode.last_seen_at, episode.occurred_at) if x is not None)
    values: dict[str, Any] = {
        "returned_at": _moment(ctx, "returned_at", returned_at, since),
        "return_how": v.text("how", how, max_len=500),
        "return_injuries": v.text("injuries", injuries, max_len=2000),
        "return_recorded_by": ctx.actor.id if ctx.actor else None,
    }
    if episode.interview_at is not None and episode.interview_at < returned_at:
        raise InvalidValue("returned_at", tr("The return interview is recorded before this "
                                             "time."))
    reference = v.text("police_reference", police_reference, max_len=100)
    if reference:
        values["police_reference"] = reference
    where = v.text("whereabouts", whereabouts, max_len=2000)
    if where:
        values["whereabouts"] = where
    with ctx.write() as tx:
        record = tx.update(Incident, incident_id, **values)
    return Result(record, tuple(tx.changes))


def record_interview(ctx: Context, incident_id: str, *, held_at: datetime, held_by: str,
                     summary: str) -> Result[Incident]:
    """The return interview: who held it, when, what was said and what follows. It takes
    the episode off Today. What was said is sealed (staff write it, clinicians and managers
    read it); recorded again with it left empty, it keeps what was written."""
    ctx.require(Action.RECORD_INCIDENT)
    episode = _episode(ctx, incident_id)
    if episode.returned_at is None:
        raise InvalidValue("held_at", tr("Record the return first."))
    said = v.text("summary", summary, required=episode.interview_summary is None)
    values = {
        "interview_at": _moment(ctx, "held_at", held_at, episode.returned_at),
        "interview_by": v.name("held_by", held_by),
        "interview_recorded_by": ctx.actor.id if ctx.actor else None,
    }
    if said:
        values["interview_summary"] = said
    with ctx.write() as tx:
        record = tx.update(Incident, incident_id, **values)
    return Result(record, tuple(tx.changes))


def record_sighting(ctx: Context, incident_id: str, *, at: datetime, place: str,
                    seen_by: str | None = None, note: str | None = None) -> Result[Sighting]:
    """Someone saw the young person while they were missing (the police ask for each)."""
    ctx.require(Action.RECORD_INCIDENT)
    episode = _episode(ctx, incident_id)
    since = min(x for x in (episode.last_seen_at, episode.occurred_at) if x is not None)
    when = _moment(ctx, "at", at, since)
    if episode.returned_at is not None and when > episode.returned_at:
        raise InvalidValue("at", tr("The young person was back by then."))
    sighting = Sighting(id=new_id(), site_id=ctx.vault.site_id,
                        resident_id=episode.resident_id, incident_id=incident_id, at=when,
                        place=v.text("place", place, required=True, max_len=500) or "",
                        staff_id=ctx.actor.id if ctx.actor else "",
                        seen_by=v.text("seen_by", seen_by, max_len=v.MAX_NAME),
                        note=v.text("note", note, max_len=2000))
    with ctx.write() as tx:
        tx.insert(sighting)
    return Result(sighting, tuple(tx.changes))


def sightings(ctx: Context, incident_id: str) -> list[Sighting]:
    """An episode's sightings, oldest first."""
    ctx.require(Action.READ_RECORDS)
    episode = _episode(ctx, incident_id)
    return sorted((s for s in reads.for_resident(ctx.conn, Sighting, episode.resident_id)
                   if s.incident_id == incident_id), key=lambda s: (s.at, s.id))


@dataclass(frozen=True, slots=True)
class Episode:
    """An episode as reports count it."""

    incident: Incident
    hours_missing: float | None  # None while still missing
    interview_in_time: bool | None  # None while not returned or interview not yet due

    @property
    def resident_id(self) -> str:
        return self.incident.resident_id


def episode(incident: Incident, now: datetime) -> Episode:
    i = incident
    since = i.last_seen_at or i.occurred_at
    hours = ((i.returned_at - since).total_seconds() / 3600 if i.returned_at else None)
    in_time: bool | None = None
    if i.returned_at is not None:
        due = i.returned_at + RETURN_INTERVIEW_WITHIN
        if i.interview_at is not None:
            in_time = i.interview_at <= due
        elif now > due:
            in_time = False
    return Episode(i, hours, in_time)


def between(ctx: Context, start: datetime, end: datetime) -> list[Episode]:
    """Episodes that began in [start, end) or were still open at its start, oldest first
    (sealed parts opened or left out as the role may: `sealed.shown`)."""
    ctx.require(Action.READ_RECORDS)
    found = [i for i in reads.all_of(ctx.conn, Incident)
             if i.kind is IncidentKind.MISSING and not i.deleted
             and (i.last_seen_at or i.occurred_at) < end
             and (i.returned_at is None or i.returned_at >= start
                  or (i.last_seen_at or i.occurred_at) >= start)]
    found.sort(key=lambda i: (i.last_seen_at or i.occurred_at, i.id))
    now = ctx.now()
    return [episode(sealed.shown(ctx, i), now) for i in found]


def for_resident(ctx: Context, resident_id: str) -> list[Episode]:
    """Every episode of one young person, newest first (the hand-off lists them all)."""
    ctx.require(Action.READ_RECORDS)
    now = ctx.now()
    return [episode(i, now) for i in incidents.for_resident(ctx, resident_id)
            if i.kind is IncidentKind.MISSING]

