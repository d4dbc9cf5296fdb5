"""The audit a manager reads (issue 30): per child, who opened or changed what and when;
per staff member, what they opened. Every view and change is already audited by the vault
(`store/writer.py`); this makes it readable, and reading it is audited in turn."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from safehaven.domain.models import Resident, Staff
from safehaven.domain.words import word
from safehaven.errors import InvalidValue
from safehaven.i18n import N_, tr
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads, reads
from safehaven.store.lifecycle_reads import AuditRow

# How an audit action reads; other actions (reports, prints) are shown as they are named.
ACTIONS = {"view": N_("opened"), "create": N_("created"), "update": N_("changed"),
           "amend": N_("amended"), "delete": N_("deleted"),
           "view-document": N_("opened a document"),
           "export-document": N_("copied a document out"),
           "view-mar": N_("opened the medication chart"),
           "print-safety-plan": N_("printed the safety plan"),
           "print-missing-sheet": N_("printed the missing-person sheet"),
           "report-weekly": N_("made the weekly report"),
           "report-resident": N_("made a hand-off summary"),
           "handoff-without-consent": N_("shared a hand-off summary without consent"),
           "report-funder": N_("made the funder summary"),
           "change-passphrase": N_("changed a passphrase"),
           "read-audit": N_("read the audit"),
           "export-complete-file": N_("exported the complete file"),
           "transfer-card": N_("made the house card for transfers"),
           "transfer-send": N_("sent a transfer to another house"),
           "transfer-open": N_("opened a transfer package"),
           "transfer-accept": N_("accepted a transfer"),
           "transfer-decline": N_("declined a transfer"),
           "transfer-receipt": N_("recorded a transfer's receipt")}


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One audit entry with names, for a screen, a CSV or JSON."""

    at: datetime
    staff_id: str | None
    staff: str  # name, or "?" for someone the roster does not hold
    device_id: str
    action: str
    record: str  # the kind of record (table name)
    row_id: str | None
    resident_id: str | None
    resident: str


def _lines(ctx: Context, rows: list[AuditRow]) -> list[AuditLine]:
    names = lifecycle_reads.staff_names(ctx.conn)
    children = {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident,
                                                             include_deleted=True)}
    return [AuditLine(r.at, r.staff_id, names.get(r.staff_id or "", "?"), r.device_id,
                      r.action, r.table_name or "", r.row_id, r.resident_id,
                      children.get(r.resident_id or "", "")) for r in rows]


def for_resident(ctx: Context, resident_id: str) -> list[AuditLine]:
    """Who opened or changed this child's records, newest first."""
    ctx.require(Action.READ_AUDIT)
    reads.get(ctx.conn, Resident, resident_id)  # NotFound for a wrong id
    rows = lifecycle_reads.audit_for_resident(ctx.conn, resident_id)
    with ctx.write() as tx:
        tx.audit("read-audit", "residents", resident_id, resident_id)
    return _lines(ctx, rows)


def find_staff(ctx: Context, who: str) -> Staff:
    """A staff member by id or by name (any case)."""
    everyone: list[Staff] = reads.all_of(ctx.conn, Staff)
    for s in everyone:
        if who in (s.id,) or s.display_name.casefold() == who.strip().casefold():
            return s
    raise InvalidValue("staff", tr("No staff member with this name or id."))


def for_staff(ctx: Context, who: str) -> list[AuditLine]:
    """What this staff member opened or changed, newest first."""
    ctx.require(Action.READ_AUDIT)
    member = find_staff(ctx, who)
    rows = lifecycle_reads.audit_for_staff(ctx.conn, member.id)
    with ctx.write() as tx:
        tx.audit("read-audit", "staff", member.id, None)
    return _lines(ctx, rows)


def action_words(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else word(action)


CSV_COLUMNS = ("when", "staff", "staff_id", "device_id", "action", "record", "record_id",
               "resident", "resident_id")


def to_csv(lines: list[AuditLine]) -> str:
    """The lines as CSV (column names in English, for scripts and spreadsheets)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for x in lines:
        writer.writerow((x.at.isoformat(timespec="seconds"), _safe(x.staff), x.staff_id or "",
                         x.device_id, x.action, x.record, x.row_id or "", _safe(x.resident),
                         x.resident_id or ""))
    return out.getvalue()


def _safe(text: str) -> str:
    """A name that a spreadsheet would run as a formula is quoted as text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
