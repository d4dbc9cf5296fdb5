"""Which of a transferred child's records the receiving house re-makes as its own, and how
(issue 30, item 1). Apart from `transfers.py`, which is the use case.

The receiving house needs, from the first night, what it must act on: the open needs,
consents, trusted adults, the health profile (allergies), current prescriptions, the
safety plan and the no-contact list. Those are re-made as the receiving house's records,
their ids kept, written by the manager who accepted: every laptop of a house checks that a
record names its author as whoever signed it (`write_rules.AUTHOR_FIELDS`), and nobody at
the receiving house wrote them at the first house. Who recorded what there, and everything
else (check-ins, notes, sessions, doses, incidents, every version and the audit), is in the
transfer record kept whole beside them as a document for clinicians and managers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from safehaven.domain.models import (
    Consent,
    HealthProfile,
    Need,
    NoContact,
    Prescription,
    SafetyPlan,
    TrustedAdult,
)
from safehaven.domain.write_rules import AUTHOR_FIELDS
from safehaven.store.tables import TABLES, Record, from_row

# kind -> fields naming someone of the first house that mean nothing here (an assignment,
# a form it belonged to): cleared
LIVE: dict[type, tuple[str, ...]] = {
    Need: ("owner_id",),
    Consent: ("referral_id",),
    TrustedAdult: (),
    HealthProfile: (),
    Prescription: (),
    SafetyPlan: (),
    NoContact: (),
}


def current(model: type, record: Any) -> bool:
    """A record the receiving house acts on: not removed; a need not yet met."""
    if getattr(record, "deleted", False):
        return False
    if isinstance(record, Need):
        return record.status.is_open
    if isinstance(record, Prescription):
        return record.stopped_on is None
    return True


def remade(records: dict[str, Any], site_id: str, author: str) -> Iterator[Record]:
    """The live records of a transfer's complete file, as this house's (a ValueError,
    KeyError or TypeError for a row that is not one)."""
    for model, cleared in LIVE.items():
        table = TABLES[model]
        for raw in records.get(table.name, ()):
            if not isinstance(raw, dict):
                raise TypeError
            record = from_row(model, [_stored(raw.get(c)) for c in table.columns])
            if not current(model, record):
                continue
            changes: dict[str, Any] = {"site_id": site_id}
            changes.update({f: None for f in cleared})
            changes.update({f: author for f in AUTHOR_FIELDS.get(table.name, ())
                            if getattr(record, f) is not None})
            yield replace(record, **changes)


def _stored(value: Any) -> Any:
    """A value of the complete file's JSON as the vault stores it (lists as JSON text)."""
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, dict):
        raise TypeError
    return value
