"""Commands for clinical safety: incidents, from a risk flag or on their own."""

from __future__ import annotations

from typing import Any

from safehaven.cli_care import Command, _datetime, _define, _group, _id, _o, _resident, _values
from safehaven.domain import vocab as V
from safehaven.i18n import tr
from safehaven.services import incidents


def register(sub: Any, command: Command) -> None:
    incident = _group(sub, "incident", tr("incidents: record, acknowledge, close"))
    details = [
        _o("--actions", "actions", tr("what was done at once")),
        _o("--notified", "notified", tr("who was told (repeat)"), action="append",
           choices=_values(V.Notified)),
        _o("--notified-at", "notified_at", tr("when they were told (YYYY-MM-DDTHH:MM)"),
           type=_datetime, metavar="WHEN"),
        _o("--last-seen-at", "last_seen_at", tr("missing from care: when last seen"),
           type=_datetime, metavar="WHEN"),
        _o("--last-seen-place", "last_seen_place", tr("missing from care: where last seen")),
        _o("--appearance", "appearance", tr("missing from care: clothing and appearance")),
    ]
    _define(incident, command, "add", tr("record an incident"), incidents.record, [
        _resident(),
        _o("--kind", "kind", tr("what happened"), choices=_values(V.IncidentKind)),
        _o("--at", "occurred_at", tr("when it happened (YYYY-MM-DDTHH:MM)"), type=_datetime,
           metavar="WHEN"),
        _o("--description", "description", tr("what happened, in plain words")),
        _o("--checkin", "checkin_id", tr("the risk-flagged check-in it comes from")),
        *details], ["resident_id", "kind", "occurred_at", "description"])
    _define(incident, command, "edit", tr("add what became known later"), incidents.edit,
            [_id("incident", "incident_id"),
             _o("--description", "description", tr("what happened")), *details],
            ["incident_id"])
    _define(incident, command, "ack", tr("acknowledge an incident (managers)"),
            incidents.acknowledge, [_id("incident", "incident_id")], ["incident_id"])
    _define(incident, command, "close", tr("close an incident with its outcome (managers)"),
            incidents.close, [_id("incident", "incident_id"),
                              _o("--outcome", "outcome", tr("what was done and what follows"))],
            ["incident_id", "outcome"])
