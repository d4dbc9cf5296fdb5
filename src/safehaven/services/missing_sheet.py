"""The missing-person sheet for the police: one page with what they ask first, and nothing
restricted beyond it. The legal name is on it only when the person printing may read it
(the police need it; a staff member calls a manager for it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from safehaven.domain.dates import age_on
from safehaven.domain.models import Incident, Resident, Sighting, Site
from safehaven.domain.vocab import DocumentKind, IncidentKind, Notified
from safehaven.errors import InvalidValue, SafeHavenError
from safehaven.i18n import tr
from safehaven.services import documents, missing
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads


@dataclass(frozen=True, slots=True)
class MissingSheet:
    preferred_name: str
    legal_name: str | None  # None: not for this role, or not known
    age: int | None
    date_of_birth: date | None
    gender: str | None
    languages: tuple[str, ...]
    interpreter_language: str | None
    last_seen_at: datetime
    last_seen_place: str
    appearance: str | None
    circumstances: str
    notified: tuple[Notified, ...]
    notified_at: datetime | None
    police_reference: str | None
    earlier_episodes: int  # how often before: the police ask
    house: str
    printed_by: str
    printed_at: datetime
    legal_name_withheld: bool  # a legal name exists that this role may not print
    sightings: tuple[Sighting, ...] = ()  # since last seen, oldest first
    photo: bytes | None = None  # the current photo on file (JPEG or PNG), when there is one


def current_photo(ctx: Context, resident_id: str) -> bytes | None:
    """The newest photo on the young person's record that this person may open and this
    laptop holds (the police ask for one first)."""
    for listed in documents.for_resident(ctx, resident_id):
        if listed.document.kind is DocumentKind.PHOTO and listed.may_open and listed.here:
            try:
                return documents.content(ctx, listed.document.id)[1]
            except SafeHavenError:
                return None
    return None


def sheet(ctx: Context, incident_id: str) -> MissingSheet:
    """The sheet for one missing episode; audited, as every print of a record is."""
    ctx.require(Action.RECORD_INCIDENT)
    episode: Incident = reads.get(ctx.conn, Incident, incident_id)
    if episode.kind is not IncidentKind.MISSING or episode.deleted:
        raise InvalidValue("incident_id", tr("This incident is not a missing-from-care "
                                             "episode."))
    raw: Resident = reads.get(ctx.conn, Resident, episode.resident_id)
    restricted = ctx.may(Action.READ_RESTRICTED)
    resident = ctx.opened(raw) if restricted else raw
    earlier = sum(1 for i in reads.for_resident(ctx.conn, Incident, raw.id)
                  if i.kind is IncidentKind.MISSING and i.occurred_at < episode.occurred_at)
    sites = reads.all_of(ctx.conn, Site)
    with ctx.write() as tx:
        tx.audit("print-missing-sheet", "incidents", episode.id, raw.id)
    return MissingSheet(
        preferred_name=raw.preferred_name,
        legal_name=resident.legal_name if restricted else None,
        age=age_on(ctx.today(), raw.date_of_birth, raw.age_estimate, raw.age_estimated_on),
        date_of_birth=raw.date_of_birth, gender=raw.gender, languages=raw.languages,
        interpreter_language=raw.interpreter_language if raw.interpreter_needed else None,
        last_seen_at=episode.last_seen_at or episode.occurred_at,
        last_seen_place=episode.last_seen_place or "–", appearance=episode.appearance,
        circumstances=episode.description, notified=episode.notified,
        notified_at=episode.notified_at, police_reference=episode.police_reference,
        earlier_episodes=earlier, house=sites[0].name if sites else "",
        printed_by=ctx.actor.display_name if ctx.actor else "", printed_at=ctx.now(),
        legal_name_withheld=not restricted and raw.legal_name is not None,
        sightings=tuple(missing.sightings(ctx, episode.id)),
        photo=current_photo(ctx, raw.id))
