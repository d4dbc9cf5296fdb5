"""The complete file of one child (issue 30): every record the vault holds of them (every
version, tombstones too), each record's history of changes, and the audit of who opened
or changed them, for a subject-access request or a court. Managers only; audited.

This gathers the content; `reports/complete_file.py` writes it to the folder the user
chose (a readable PDF, a machine-readable JSON, and the documents kept with the record as
files). Document keys are never written out: the rows go without them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from datetime import date, datetime
from enum import Enum
from typing import Any

from safehaven.domain import redaction
from safehaven.domain.models import Contact, Document, NoContact, Resident, Site, TrustedAdult
from safehaven.domain.write_rules import RESTRICTED
from safehaven.errors import Failed
from safehaven.i18n import tr
from safehaven.services import audit, documents
from safehaven.services.audit import AuditLine
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads, reads
from safehaven.store.lifecycle_reads import FieldChange

FORMAT = "safehaven-complete-file"
VERSION = 1


@dataclass(frozen=True, slots=True)
class CompleteFile:
    house: str
    exported_by: str
    exported_at: datetime
    resident: Resident
    records: dict[str, list[Any]]  # table -> records, restricted fields opened
    history: dict[str, dict[str, list[FieldChange]]]  # table -> row id -> changes
    audit: list[AuditLine]  # newest first
    staff_names: dict[str, str]
    # the documents not removed, and how to read one's content (audited as an opening)
    documents: list[Document] = field(default_factory=list)
    content: Callable[[str], bytes] | None = None
    redacted: int = 0  # how many third parties' names were taken out (never which)

    def to_json(self) -> dict[str, Any]:
        """The machine-readable file: plain JSON values, dates in ISO 8601."""
        return {
            "format": FORMAT, "version": VERSION, "house": self.house,
            "exported_by": self.exported_by, "exported_at": plain(self.exported_at),
            "resident_id": self.resident.id,
            "records": {t: [plain(r) for r in rows] for t, rows in self.records.items()},
            "history": {t: {i: [plain(c) for c in changes] for i, changes in rows.items()}
                        for t, rows in self.history.items()},
            "audit": [plain(a) for a in self.audit],
            "staff": self.staff_names,
            "redacted_names": self.redacted,
            "documents": [],  # filled by the writer: each file written, or why not
        }


def plain(value: Any) -> Any:
    """Records as JSON-ready values: enums as their values, dates ISO."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    return value


def third_parties(ctx: Context, resident_id: str) -> list[str]:
    """The people other than the child that her records name in fields of their own
    (trusted adults, the no-contact list, visitors and callers): what a redacted file
    offers to take out. Names written only in free text are the manager's to add."""
    ctx.require(Action.EXPORT_FILE)
    conn = ctx.conn
    found = {a.name for a in reads.for_resident(conn, TrustedAdult, resident_id)}
    found |= {n.name for n in reads.for_resident(conn, NoContact, resident_id)}
    found |= {c.who for c in reads.for_resident(conn, Contact, resident_id)
              if c.who.strip().casefold() != "unknown"}
    return sorted((n for n in found if n.strip()), key=str.casefold)


def complete_file(ctx: Context, resident_id: str, redact: Iterable[str] = ()
                  ) -> CompleteFile:
    """Everything of one child, as a manager may read it (restricted fields opened).
    `redact`: names of third parties taken out of every text (`domain/redaction.py`); a
    redacted file leaves the documents out, listed, since their content cannot be."""
    ctx.require(Action.EXPORT_FILE)
    conn = ctx.conn
    names = [n for n in redact if n.strip()]
    hide = redaction.pattern(names)
    resident = reads.get(conn, Resident, resident_id)
    rows = lifecycle_reads.resident_rows(conn, resident_id)
    records = {t: [redaction.value(_without_keys(ctx.opened(r)), hide) for r in found]
               for t, found in rows.items()}
    history = {t: {i: [redaction.value(_opened(ctx, t, i, c), hide) for c in changes]
                   for i, changes in
                   lifecycle_reads.row_history(conn, t, [r.id for r in found]).items()}
               for t, found in rows.items()}
    lines = audit.for_resident(ctx, resident_id)
    with ctx.write() as tx:
        tx.audit("export-complete-file", "residents", resident_id, resident_id)
    site = reads.all_of(conn, Site)
    def content(document_id: str) -> bytes:
        if hide is not None:
            raise Failed(tr("left out of a redacted file: review the document before "
                            "giving it"))
        return documents.content(ctx, document_id)[1]

    return CompleteFile(site[0].name if site else "",
                        ctx.actor.display_name if ctx.actor else "", ctx.now(),
                        redaction.value(ctx.opened(resident), hide), records, history,
                        lines, lifecycle_reads.staff_names(conn),
                        [d for d in records.get("documents", []) if d.removed_at is None],
                        content, len(names) if hide is not None else 0)


def _without_keys(record: Any) -> Any:
    """A document's row without its key: the export holds the content itself, and a key
    beside the ciphertext the server keeps would open it."""
    if isinstance(record, Document):
        return replace(record, file_key=None, sealed_key=None)
    return record


def _opened(ctx: Context, table: str, row_id: str, change: FieldChange) -> FieldChange:
    """A change with its restricted values opened (they travel sealed); a document's key
    left out."""
    if table == "documents":
        return _history_without_keys(change)
    fields = RESTRICTED.get(table)
    ring = ctx.vault.keyring
    if not fields or ring is None:
        return change
    if change.field == "*" and isinstance(change.value, dict):
        value = dict(change.value)
        for name in fields:
            value[name] = ring.open(table, row_id, name, value.get(name))
        return FieldChange(change.field, value, change.at, change.staff_id, change.changeset)
    if change.field in fields:
        return FieldChange(change.field, ring.open(table, row_id, change.field, change.value),
                           change.at, change.staff_id, change.changeset)
    return change


_KEYS = ("file_key", "sealed_key")


def _history_without_keys(change: FieldChange) -> FieldChange:
    if change.field == "*" and isinstance(change.value, dict):
        value = {k: (None if k in _KEYS else v) for k, v in change.value.items()}
        return FieldChange(change.field, value, change.at, change.staff_id, change.changeset)
    if change.field in _KEYS:
        return FieldChange(change.field, None, change.at, change.staff_id, change.changeset)
    return change
