"""Search across notes (issue 25): case notes, the house log, check-ins, incidents and the
other free-text records, for the roles that may read them.

Why in memory and not a full-text index: SQLite's FTS keeps its index in ordinary tables.
In an SQLCipher vault those pages are encrypted like the rest, but an index is a second
copy of every word of every note, kept in the page cache and the WAL, rebuilt on each
write, and for sealed fields (clinical notes, where a missing young person was) it would
have to hold the words in the clear where only their sealed form is stored today: anyone
who opens the vault with a staff passphrase would read them. So nothing is indexed: each
search reads the current rows, opens what this session may open, folds case and accents
and looks for the words there; the text lives only in this process's memory while the
search runs. On the demo house (40 residents, 120 days) a search takes 0.08 s here; a
house ten times that reads ten times the rows, so the app runs it as a background task.

Sealed fields are searched only when the session holds the key to open them (clinicians
and managers); for staff they are left out entirely: no hit, no snippet, no count.

Audit: each search writes one entry ("search", who and when) but not the words searched
for: they are often a child's name or the words of a disclosure, and the audit log travels
to every laptop and is kept longer than some records. What a person then opens from the
hits is audited as any view is."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from safehaven.domain import life as L
from safehaven.domain import models as M
from safehaven.domain.text import fold
from safehaven.domain.write_rules import RESTRICTED
from safehaven.errors import InvalidValue
from safehaven.i18n import N_, tr
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads, restricted
from safehaven.store.lifecycle_reads import staff_names
from safehaven.store.tables import table_of

MIN_CHARS = 2
MAX_LIMIT = 500
AROUND = 60  # characters of context each side of the words found
_CLOSED = "\x00sealed\x00"  # stands in for a sealed field this session cannot open
_fold = fold.__wrapped__  # not the cached one: a note's text is not kept in a cache


@dataclass(frozen=True, slots=True)
class Source:
    """One kind of record searched: its text fields, when it happened and who wrote it."""

    kind: str
    model: type
    fields: tuple[str, ...]
    when: str
    who: str | None
    action: Action = Action.READ_RECORDS


# what each kind is called where a hit is listed (the words of the screens' headings)
LABELS = {
    "note": N_("Note"), "house-log": N_("House log"), "check-in": N_("Check-ins"),
    "incident": N_("Incident"), "sighting": N_("Sightings while missing"),
    "contact": N_("Contact"), "restraint": N_("Restraints"), "debrief": N_("Debrief"),
    "restraint-review": N_("Review"), "need": N_("Need"), "stage": N_("Stage"),
    "follow-up": N_("Follow-up"), "referral": N_("Referrals"), "safety-plan": N_("Safety plan"),
    "no-contact": N_("No-contact list"), "trusted-adult": N_("Trusted adult"), "dose": N_("Dose"),
    "measure": N_("Scores"), "school": N_("School"), "school-week": N_("Attendance"),
    "goal": N_("The young person's goals"), "wish": N_("Wishes and feelings"),
    "complaint": N_("Complaints"), "review": N_("Case review"), "legal-case": N_("Legal case"),
    "hearing": N_("Hearing"), "decision": N_("Decisions"),
}


def label(kind: str) -> str:
    return tr(LABELS.get(kind, kind))


SOURCES: tuple[Source, ...] = (
    Source("note", M.CaseNote, ("body",), "written_at", "staff_id"),
    Source("house-log", M.HouseLogEntry, ("text",), "at", "staff_id"),
    Source("check-in", M.CheckIn, ("note", "incidents"), "date", "staff_id"),
    Source("incident", M.Incident, ("description", "actions", "outcome", "last_seen_place",
                                    "appearance", "return_how", "return_injuries",
                                    "whereabouts", "interview_summary"),
           "occurred_at", "recorded_by"),
    Source("sighting", M.Sighting, ("place", "note"), "at", "staff_id"),
    Source("contact", M.Contact, ("reason", "outcome"), "at", "staff_id"),
    Source("restraint", M.Restraint, ("behaviour", "child_injuries", "staff_injuries",
                                      "medical_check"), "started_at", "staff_id"),
    Source("debrief", M.RestraintDebrief, ("child_words",), "held_at", "staff_id"),
    Source("restraint-review", M.RestraintReview, ("review", "actions"), "reviewed_at",
           "staff_id"),
    Source("need", M.Need, ("notes", "close_note"), "opened_on", None),
    Source("stage", M.StageChange, ("reason",), "changed_on", "staff_id"),
    Source("follow-up", M.FollowUp, ("notes", "contacted"), "due_date", "done_by"),
    Source("referral", M.Referral, ("notes",), "made_on", None),
    Source("safety-plan", M.SafetyPlan, ("warning_signs", "coping", "safe_people_places",
                                         "avoid", "contacts"), "reviewed_on", "updated_by"),
    Source("no-contact", M.NoContact, ("description", "reason"), "added_on", "added_by"),
    Source("trusted-adult", M.TrustedAdult, ("vetting_notes",), "vetted_on", "vetted_by"),
    Source("dose", M.DoseRecord, ("note", "reason", "effect"), "at", "given_by"),
    Source("measure", M.OutcomeMeasure, ("note",), "taken_on", "administered_by",
           Action.READ_MEASURES),
    Source("school", L.SchoolEvent, ("detail",), "happened_on", "staff_id"),
    Source("school-week", L.SchoolWeek, ("note",), "week_start", "recorded_by"),
    Source("goal", L.ChildGoal, ("words", "progress"), "set_on", "recorded_by"),
    Source("wish", L.Wish, ("words",), "said_on", "staff_id"),
    Source("complaint", L.Complaint, ("details", "handling", "answer"), "made_on",
           "received_by"),
    Source("review", L.CaseReview, ("decisions",), "held_on", "chaired_by"),
    Source("legal-case", L.LegalCase, ("special_measures", "outcome", "notes"), "opened_on",
           "recorded_by"),
    Source("hearing", L.Hearing, ("note",), "at", "recorded_by"),
    Source("decision", L.IdentificationDecision, ("note",), "applied_on", "recorded_by"),
)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # a Source's kind
    record_id: str
    field: str  # where the words were found
    resident_id: str | None  # None: a house-log entry naming nobody
    resident: str  # the preferred name ("" for none)
    at: datetime  # when it happened (a day: its midnight)
    who: str | None  # the staff id of who wrote it
    who_name: str
    snippet: str  # the words found with some context, on one line
    day_only: bool = False  # the record keeps a day, not a time of day

    @property
    def id(self) -> str:
        """One hit per record: its id (the app's tables key their rows by it)."""
        return self.record_id


@dataclass(frozen=True, slots=True)
class Found:
    hits: list[Hit] = field(default_factory=list)  # newest first
    more: bool = False  # more hits than the limit


def search(ctx: Context, text: str, limit: int = 100) -> Found:
    """Every current record this role may read whose free text holds all of `text`'s
    words (case and accents ignored), newest first, at most `limit`."""
    ctx.require(Action.READ_RECORDS)
    words = [_fold(w) for w in " ".join((text or "").split()).split(" ") if w]
    if sum(len(w) for w in words) < MIN_CHARS:
        raise InvalidValue("text", tr("Type at least {n} letters to search for.",
                                      n=MIN_CHARS))
    limit = max(1, min(limit, MAX_LIMIT))
    keyring = ctx.vault.keyring if ctx.may(Action.READ_RESTRICTED) else None
    names = {r.id: r.preferred_name for r in reads.current_of(ctx.conn, M.Resident)}
    staff = staff_names(ctx.conn)
    hits: list[Hit] = []
    for source in SOURCES:
        if not ctx.may(source.action):
            continue
        for row in reads.current_of(ctx.conn, source.model):
            hit = _match(source, row, words, keyring, ctx.may(Action.READ_RESTRICTED))
            if hit is None:
                continue
            field_name, snippet = hit
            resident_id = _resident(row)
            if resident_id is not None and resident_id not in names:
                continue  # a removed resident's records are not shown
            who = getattr(row, source.who) if source.who else None
            when = getattr(row, source.when)
            hits.append(Hit(source.kind, row.id, field_name, resident_id,
                            names.get(resident_id or "", ""), _moment(when), who,
                            staff.get(who or "", who or ""), snippet,
                            not isinstance(when, datetime)))
    hits.sort(key=lambda h: (h.at, h.record_id), reverse=True)
    with ctx.write() as tx:
        tx.audit("search")
    return Found(hits[:limit], len(hits) > limit)


def _match(source: Source, row: Any, words: list[str], keyring: Any, may_restricted: bool
           ) -> tuple[str, str] | None:
    """The first field of `row` that holds every word, with its snippet."""
    table = table_of(source.model).name
    rules = RESTRICTED.get(table, {})
    sealed_here = ({f for f, rule in rules.items() if rule(_columns(row))} if rules
                   else set())
    opened = None
    for name in source.fields:
        if name in sealed_here:
            if not may_restricted:
                continue  # never searched for staff, sealed or not
            if opened is None:
                opened = restricted.opened(keyring, row, _CLOSED)
            value = getattr(opened, name)
        else:
            value = getattr(row, name)
        if not value or value == _CLOSED:
            continue
        found = _snippet(str(value), words)
        if found is not None:
            return name, found
    return None


def _snippet(value: str, words: list[str]) -> str | None:
    """The text around the first word, if the text holds every word."""
    folded = _fold(value)
    if not all(w in folded for w in words):
        return None
    # fold character by character to find where the first word is in the original
    starts: list[int] = []
    pieces: list[str] = []
    for i, ch in enumerate(value):
        piece = _fold(ch)
        pieces.append(piece)
        starts.extend([i] * len(piece))
    joined = "".join(pieces)
    at = joined.find(words[0])
    if at < 0:  # folding one character at a time differed from folding the whole
        begin, end = 0, min(len(value), 2 * AROUND)
    else:
        first = starts[at]
        last = starts[min(at + len(words[0]), len(starts)) - 1] + 1
        begin, end = max(0, first - AROUND), min(len(value), last + AROUND)
    shown = " ".join(value[begin:end].split())
    return ("…" if begin > 0 else "") + shown + ("…" if end < len(value) else "")


def _columns(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in dataclasses.fields(row)}


def _resident(row: Any) -> str | None:
    if isinstance(row, M.HouseLogEntry):
        return row.resident_ids[0] if row.resident_ids else None
    return getattr(row, "resident_id", None)


def _moment(value: date | datetime | None) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time())
    return datetime.min
