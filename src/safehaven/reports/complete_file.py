"""The complete file of one child, written to a folder the user chose (issue 30): a
readable PDF of every record, its history and the audit, and the same as JSON.

This is the one place SafeHaven writes a child's whole record in plaintext, and only
because a manager asked for it into a folder of their choosing (a subject-access request,
a court order): files are created 0600 in a folder made 0700, atomically, and nothing is
written anywhere else first (the PDF is made in memory).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from safehaven.domain.words import word
from safehaven.errors import CannotWrite, SafeHavenError
from safehaven.i18n import N_, tr
from safehaven.reports import layout as L
from safehaven.reports import save
from safehaven.services import audit as audit_words
from safehaven.services.documents import safe_name
from safehaven.services.export import CompleteFile
from safehaven.store.files import ensure_private_dir

PDF_NAME = "complete-file.pdf"
JSON_NAME = "complete-file.json"
DOCUMENTS = "documents"
MAX_CELL = 1500  # characters of one value in the PDF; the JSON holds every one whole

TITLES = {
    "residents": N_("Profile"), "stage_changes": N_("Care stages"),
    "case_closures": N_("Closing and reopening"), "approvals": N_("Approvals"),
    "needs": N_("Stabilization needs"), "check_ins": N_("Check-ins"),
    "therapy_plans": N_("Therapy plans"), "therapy_sessions": N_("Therapy sessions"),
    "case_notes": N_("Notes"), "referrals": N_("Referrals"), "consents": N_("Consents"),
    "trusted_adults": N_("Trusted adults"), "follow_ups": N_("Follow-up contacts"),
    "incidents": N_("Incidents"), "safety_plans": N_("Safety plans"),
    "outcome_measures": N_("Outcome measures"), "group_sessions": N_("Group sessions"),
    "group_attendance": N_("Group attendance"), "alert_acks": N_("Alerts acknowledged"),
    "health_profiles": N_("Health profile"), "prescriptions": N_("Prescriptions"),
    "dose_records": N_("Medication record"), "stock_entries": N_("Medicine stock"),
    "sightings": N_("Sightings while missing"), "no_contacts": N_("No-contact list"),
    "contacts": N_("Visits and contacts"), "restraints": N_("Restraints"),
    "restraint_debriefs": N_("Debriefs after restraints"),
    "restraint_reviews": N_("Reviews of restraints"), "house_log": N_("House log"),
    "legal_holds": N_("Legal holds"), "documents": N_("Documents"),
    "trafficking_profiles": N_("Trafficking profile"),
    "identification_decisions": N_("Identification decisions"),
    "legal_cases": N_("Legal cases"), "hearings": N_("Hearings"),
    "education_placements": N_("School and training"), "school_weeks": N_("School weeks"),
    "school_events": N_("School events"), "child_goals": N_("The young person's goals"),
    "wishes": N_("Wishes and feelings"), "complaints": N_("Complaints"),
    "case_reviews": N_("Case reviews"),
}


def title_of(table: str) -> str:
    return tr(TITLES[table]) if table in TITLES else table


def write_folder(data: CompleteFile, folder: Path) -> list[Path]:
    """Write the documents, the JSON and the PDF into `folder` (made if missing, private);
    an existing complete file there is never overwritten. A document this laptop cannot
    open (not yet synced, or for clinicians and managers) is listed with the reason."""
    folder = Path(folder)
    targets = [folder / PDF_NAME, folder / JSON_NAME]
    if any(t.exists() for t in targets):
        raise CannotWrite(folder, tr("this folder already holds a complete file; choose "
                                     "an empty folder"))
    try:
        if not folder.exists():  # a folder the user already had keeps its permissions
            ensure_private_dir(folder)
        ensure_private_dir(folder / DOCUMENTS)
    except OSError as exc:
        raise CannotWrite(folder, exc.strerror or str(exc)) from exc
    listed, written = _documents(data, folder / DOCUMENTS)
    content = data.to_json()
    content["documents"] = listed
    pdf = render(data, listed)  # in memory first: a failure leaves nothing half-written
    save(json.dumps(content, ensure_ascii=False, indent=1).encode(), targets[1])
    save(pdf, targets[0])
    return [*targets, *written]


def _documents(data: CompleteFile, into: Path) -> tuple[list[dict[str, Any]], list[Path]]:
    """Each document's content as a file of its own, or why it is not there."""
    listed: list[dict[str, Any]] = []
    written: list[Path] = []
    used: set[str] = set()
    for doc in data.documents:
        entry: dict[str, Any] = {"id": doc.id, "title": doc.title, "kind": str(doc.kind),
                                 "media_type": doc.media_type, "size": doc.size,
                                 "file": None, "not_included": None}
        try:
            body = data.content(doc.id) if data.content else None
        except SafeHavenError as why:
            entry["not_included"] = str(why)
            listed.append(entry)
            continue
        if body is None:
            continue
        name = _unique(safe_name(doc), used)
        save(body, into / name)
        written.append(into / name)
        entry["file"] = f"{DOCUMENTS}/{name}"
        listed.append(entry)
    if not listed:
        note = into / "README.txt"
        save(tr("No documents are kept with this record.").encode(), note)
        written.append(note)
    return listed, written


def _unique(name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem} ({n}){dot}{ext}"
    used.add(candidate.casefold())
    return candidate


def _value(value: Any, names: dict[str, str], field: str) -> str:
    if value is None or value == () or value == []:
        return "–"
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, Enum):
        return word(value)
    if isinstance(value, datetime):
        return L.moment(value)
    if isinstance(value, date):
        return L.day(value)
    if isinstance(value, list | tuple):
        return ", ".join(_value(v, names, field) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value(v, names, k)}" for k, v in value.items())
    text = str(value)
    if field.endswith(("staff_id", "_by")) and text in names:
        return names[text]
    return text if len(text) <= MAX_CELL else text[:MAX_CELL] + " …"


def render(data: CompleteFile, documents: list[dict[str, Any]] | None = None) -> bytes:
    s = L.styles()
    names = data.staff_names
    doc = L.ReportDoc(title=tr("Complete file"), period=data.resident.preferred_name,
                      house=data.house, generated=L.generated_line(data.exported_by,
                                                                  data.exported_at))
    story: list[Any] = [
        L.para(tr("Complete file"), s["title"]),
        L.para(data.resident.preferred_name, s["h1"]),
        L.para(tr("Everything the vault of {house} holds about this young person: every "
                  "record and every version of it, each record's history of changes, and "
                  "who opened or changed it. Strictly confidential: keep it as safe as the "
                  "laptop, and share it only as the request it answers allows.",
                  house=data.house), s["confidential"]),
    ]
    for table, rows in data.records.items():
        story.append(L.para(title_of(table), s["h1"]))
        for record in rows:
            fields = [(k, getattr(record, k)) for k in record.__dataclass_fields__
                      if k != "site_id"]
            story.append(L.table([(k.replace("_", " "), _value(v, names, k))
                                  for k, v in fields], [L.WIDTH * 0.3, L.WIDTH * 0.7],
                                 header=False))
            story.append(Spacer(1, 3 * mm))
    story += [PageBreak(), L.para(tr("History of changes"), s["h1"])]
    for table, by_row in data.history.items():
        story.append(L.para(title_of(table), s["h2"]))
        rows = [(L.moment(c.at), names.get(c.staff_id or "", "?"), row_id[-8:],
                 tr("written") if c.field == "*" else
                 f"{c.field.replace('_', ' ')}: {_value(c.value, names, c.field)}")
                for row_id, changes in by_row.items() for c in changes]
        story.append(L.table([(tr("When"), tr("Who"), tr("Record"), tr("What")), *rows],
                             [L.WIDTH * 0.2, L.WIDTH * 0.18, L.WIDTH * 0.12, L.WIDTH * 0.5]))
    story += [PageBreak(), L.para(tr("Who opened or changed this file"), s["h1"])]
    story.append(L.table([(tr("When"), tr("Who"), tr("What"), tr("Record")), *[
        (L.moment(a.at), a.staff, audit_words.action_words(a.action),
         title_of(a.record) if a.record else "") for a in data.audit]],
        [L.WIDTH * 0.22, L.WIDTH * 0.24, L.WIDTH * 0.24, L.WIDTH * 0.3]))
    story.append(L.para(tr("Documents"), s["h1"]))
    if documents:
        story.append(L.table([(tr("Document"), tr("Kind"), tr("File")), *[
            (d["title"], word(d["kind"]), d["file"] or d["not_included"] or "")
            for d in documents]], [L.WIDTH * 0.35, L.WIDTH * 0.2, L.WIDTH * 0.45]))
    else:
        story.append(L.para(tr("No documents are kept with this record."), s["body"]))
    return doc.render(story)

