"""Demo incidents: a check-in's flag answered the same evening, closed by a manager a
day later (the last two days' still open, as on a real Today); a child gone missing comes
back, now and then seen while away, and has a return interview."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from safehaven.demo.data import INCIDENT_TEXT, RETURNS
from safehaven.domain import models as m
from safehaven.domain.vocab import INCIDENT_FOR_FLAG, IncidentKind, Notified, RiskFlag
from safehaven.services.permissions import Action
from safehaven.store.writer import WriteTx

if TYPE_CHECKING:
    from safehaven.demo.generator import Generator


def after_flag(gen: Generator, tx: WriteTx, checkin: m.CheckIn, flag: RiskFlag) -> None:
    """A flag answered the same evening; older ones acknowledged and closed by a
    manager, the last two days' still open, as on a real Today."""
    rng = gen.rng
    # in the demo a runaway flag is followed by the child going missing that evening
    kind = IncidentKind.MISSING if flag is RiskFlag.RUNAWAY else INCIDENT_FOR_FLAG[flag]
    at = datetime.combine(checkin.date, time(rng.randint(17, 21), rng.choice([0, 30])))
    missing = kind is IncidentKind.MISSING
    incident = gen._add(
        tx, checkin.staff_id, m.Incident, resident_id=checkin.resident_id, kind=kind,
        occurred_at=at, description=INCIDENT_TEXT[kind][0], actions=INCIDENT_TEXT[kind][1],
        recorded_by=checkin.staff_id, checkin_id=checkin.id,
        notified=(Notified.MANAGER, Notified.POLICE) if missing else (Notified.MANAGER,),
        notified_at=at + timedelta(minutes=15),
        last_seen_at=at - timedelta(minutes=40) if missing else None,
        last_seen_place="the bus stop by the school" if missing else None,
        appearance="grey hoodie, jeans, white trainers, hair tied back" if missing
        else None)
    closers = gen.may[Action.CLOSE_INCIDENT]
    if checkin.date < gen.today - timedelta(days=2) and closers:
        closer = rng.choice(closers)
        tx.sign_as(closer)
        gen.clock.backdate(tx, at + timedelta(days=1), closer, incident.id)
        tx.update(m.Incident, incident.id, acknowledged_by=closer,
                  acknowledged_at=at + timedelta(hours=2), closed_by=closer,
                  closed_at=at + timedelta(days=1), outcome=INCIDENT_TEXT[kind][2])
        tx.end_changeset()
    if missing:
        _return(gen, tx, incident, checkin.staff_id)


def _return(gen: Generator, tx: WriteTx, episode: m.Incident, by: str) -> None:
    """Back some hours later; the return interview two days on (never in the future,
    so the last days' episodes show as due on Today). Drawn from the day, not the seed's
    generator, so that adding them left the rest of the demo as it was."""
    n = episode.occurred_at.date().toordinal()
    how, where, said = RETURNS[n % len(RETURNS)]
    back = episode.occurred_at + timedelta(hours=2 + n % 9)
    now = datetime.combine(gen.today, time(9))
    if back > now:
        return
    by = by if by in gen.known else (gen.signer or by)
    if n % 3 == 0:  # now and then someone saw them while they were away
        gen._add(tx, by, m.Sighting, resident_id=episode.resident_id,
                  incident_id=episode.id, at=episode.occurred_at + timedelta(hours=1),
                  place="the old bus station", seen_by="a bus driver",
                  note="with an older man; walked towards the market", staff_id=by)
    tx.sign_as(by)
    gen.clock.backdate(tx, back + timedelta(hours=30 + n % 60)
                        if back + timedelta(hours=30 + n % 60) <= now else back, by,
                        episode.id)
    # sealed fields (issue 27): written only where this house's key can seal them (a
    # laptop that has not received it yet leaves them out, as a person would wait)
    keyring = getattr(tx.ctx, "keyring", None)
    sealable = keyring is not None and (keyring.current is not None
                                        or keyring.public is not None)
    tx.update(m.Incident, episode.id, returned_at=back, return_how=how,
              return_recorded_by=by, police_reference=f"MP/{back:%y}/{n % 9000 + 1000}",
              **({"whereabouts": where} if sealable else {}))
    held = back + timedelta(hours=30 + n % 60)  # now and then later than 72 hours
    if held <= now:
        tx.update(m.Incident, episode.id, interview_at=held,
                  interview_by="Independent advocate (children's rights service)",
                  interview_recorded_by=by,
                  **({"interview_summary": said} if sealable else {}))
    tx.end_changeset()
