"""Destroying a child's records when they are due (issue 30, item 5), as records.

A destruction is a short append-only story told in `destructions` rows: a manager asks
for it (`request`), a second manager approves or declines it, and every laptop that
carries it out says so (`done`, with the change sets it erased). These rows are the
tombstone: they name the young person only by id, with dates and who decided, and they
are never erased. The pure rules here say what state a destruction is in, and whether a
laptop may carry it out (two different managers, neither step undone).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class DestructionAction(StrEnum):
    REQUEST = "request"
    APPROVE = "approve"
    DECLINE = "decline"
    DONE = "done"  # a laptop's receipt: it erased everything of the child it held


@dataclass(frozen=True, slots=True)
class DestructionStep:
    """One step of a destruction. `destruction_id` is the request's own id."""

    id: str
    site_id: str
    destruction_id: str
    resident_id: str
    action: DestructionAction
    at: datetime
    staff_id: str  # who asked, approved, declined, or was signed in where it was done
    device_id: str | None = None  # a receipt: the laptop that did it
    reason: str | None = None  # why (a request) or why not (a decline)
    closed_on: date | None = None  # a request: the day the case closed
    changesets: str | None = None  # a receipt: JSON [[id, laptop, number], ...] erased


@dataclass(frozen=True, slots=True)
class Destruction:
    """A destruction as its steps tell it."""

    request: DestructionStep
    approval: DestructionStep | None  # by a manager other than the one who asked
    declined: DestructionStep | None
    receipts: tuple[DestructionStep, ...]

    @property
    def id(self) -> str:
        return self.request.id

    @property
    def resident_id(self) -> str:
        return self.request.resident_id

    @property
    def approved(self) -> bool:
        return self.approval is not None and self.declined is None

    @property
    def waiting(self) -> bool:
        return self.approval is None and self.declined is None


def destructions(steps: Iterable[DestructionStep], managers: set[str]
                 ) -> dict[str, Destruction]:
    """Each request with its answer and receipts. Only a manager's request counts, and only
    an approval by another manager (`managers`: the staff ids with that role now), the
    first one written; a decline by any manager stops it unless an approval came first."""
    by_request: dict[str, list[DestructionStep]] = {}
    for step in sorted(steps, key=lambda s: s.id):  # UUIDv7: in the order written
        by_request.setdefault(step.destruction_id, []).append(step)
    out: dict[str, Destruction] = {}
    for request_id, found in by_request.items():
        request = next((s for s in found if s.action is DestructionAction.REQUEST
                        and s.id == request_id and s.staff_id in managers), None)
        if request is None:
            continue
        approval = declined = None
        for step in found:
            if step.resident_id != request.resident_id or step.staff_id not in managers:
                continue
            if approval is None and declined is None:
                if step.action is DestructionAction.APPROVE and step.staff_id != \
                        request.staff_id:
                    approval = step
                elif step.action is DestructionAction.DECLINE:
                    declined = step
        receipts = tuple(s for s in found if s.action is DestructionAction.DONE
                         and s.resident_id == request.resident_id)
        out[request_id] = Destruction(request, approval, declined, receipts)
    return out


def erased(step: DestructionStep) -> list[tuple[str, str, int]]:
    """The change sets a receipt says its laptop erased: (id, laptop, number)."""
    try:
        found = json.loads(step.changesets or "[]")
    except ValueError:
        return []
    if not isinstance(found, list):
        return []
    return [(str(i), str(d), int(s)) for i, d, s in
            (x for x in found if isinstance(x, list) and len(x) == 3
             and isinstance(x[2], int))]


def receipt_list(erased: Iterable[tuple[str, str, int]]) -> str:
    return json.dumps(sorted([list(x) for x in erased]), separators=(",", ":"))


def by_resident(found: Mapping[str, Destruction]) -> dict[str, Destruction]:
    """The approved destruction of each child (the first approved, if several)."""
    out: dict[str, Destruction] = {}
    for d in sorted(found.values(), key=lambda d: d.id):
        if d.approved:
            out.setdefault(d.resident_id, d)
    return out
