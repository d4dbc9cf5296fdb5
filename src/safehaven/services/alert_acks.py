"""Acknowledging an alert: someone has seen it and acted, and says how. The alert leaves
Today until its condition changes; the acknowledgement is audited and synced like any
record. An open incident is not acknowledged here: a manager closes it as an incident."""

from __future__ import annotations

from safehaven.domain import validate as v
from safehaven.domain.models import Alert, AlertAck, Resident
from safehaven.domain.vocab import AlertKind
from safehaven.domain.write_rules import RISK_ACKS
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

# Alerts that leave Today only when the record is done: an open incident is closed, a young
# person missing comes back, a return interview is held. A note does not stand for those.
NOT_SET_ASIDE = frozenset({AlertKind.INCIDENT_OPEN, AlertKind.MISSING_NOW,
                           AlertKind.RETURN_INTERVIEW_DUE, AlertKind.RETURN_INTERVIEW_OVERDUE,
                           AlertKind.DEBRIEF_DUE, AlertKind.DEBRIEF_OVERDUE,
                           AlertKind.RESTRAINT_REVIEW,
                           # someone goes with the child, the complaint is answered, the
                           # review is held (issue 31)
                           AlertKind.HEARING_ALONE, AlertKind.COMPLAINT_UNANSWERED,
                           AlertKind.REVIEW_DUE})


def may_acknowledge(ctx: Context, alert: Alert) -> bool:
    if alert.kind in NOT_SET_ASIDE:
        return False
    needed = Action.ACK_RISK_ALERT if alert.kind in RISK_ACKS else Action.ACK_ALERT
    return ctx.may(Action.ACK_ALERT) and ctx.may(needed)


def acknowledge(ctx: Context, alert: Alert, note: str) -> Result[AlertAck]:
    """`alert` as Today showed it; `note`: what was done, or why it can wait."""
    ctx.require(Action.ACK_ALERT)
    if alert.kind == AlertKind.INCIDENT_OPEN:
        raise InvalidValue("alert", tr("An open incident is acknowledged and closed as an "
                                       "incident, by a manager."))
    if alert.kind in NOT_SET_ASIDE:
        raise InvalidValue("alert", tr("This alert leaves Today when the record is done: "
                                       "the return, the return interview, the debrief or "
                                       "the review."))
    if alert.kind in RISK_ACKS:
        ctx.require(Action.ACK_RISK_ALERT)
    text = v.text("note", note, required=True, max_len=2000)
    assert text is not None
    ack = AlertAck(id=new_id(), site_id=ctx.vault.site_id, resident_id=alert.resident_id,
                   kind=AlertKind(alert.kind), condition=alert.condition, note=text,
                   acked_by=ctx.actor.id if ctx.actor else "", acked_at=ctx.now())
    with ctx.write() as tx:
        tx.get(Resident, alert.resident_id)
        tx.insert(ack)
    return Result(ack, tuple(tx.changes))


def find(alerts: list[Alert], number: int) -> Alert:
    """The alert at a 1-based position of Today's list (as `today --json` numbers them)."""
    if not 1 <= number <= len(alerts):
        raise InvalidValue("number", tr("There is no alert {n} on Today (1 to {count}).",
                                        n=number, count=len(alerts)))
    return alerts[number - 1]


def for_resident(ctx: Context, resident_id: str) -> list[AlertAck]:
    """Newest first."""
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, AlertAck, resident_id, "acked_at DESC, id DESC")

