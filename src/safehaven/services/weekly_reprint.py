"""Honest reprints: each fact of a week counted by its own date, whenever it was recorded.

A session marked attended a week late was attended in its own week; a need met in week W
and reopened in W+3 was met (and closed) in W: a reopening is a later event, never a rewrite
of the past. What changed since the week ended is listed as corrections (what, when, by
whom), so a reprint never differs silently from the copy printed on Monday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from safehaven import formats
from safehaven.domain.models import CheckIn, Incident, Need, TherapySession
from safehaven.domain.vocab import NeedStatus, SessionStatus
from safehaven.domain.words import word
from safehaven.i18n import joined, tr
from safehaven.store import history, reads
from safehaven.store.reprint import Reprint


@dataclass(frozen=True, slots=True)
class Correction:
    """A change recorded after the week ended to one of its facts."""

    at: datetime
    who: str  # the staff member's name
    resident_id: str
    what: str  # in words
    late: str = ""  # recorded after the week: "session", "need" or "incident"
    subject: str = ""  # which one, in words ("18 Nov 10:00", "Education"), to list a
    # sitting's late records together
    order: str = ""  # where the record falls among them: its date and time, ISO


def _sitting(clock: int) -> datetime:
    """The minute a change was made in: changes made with a record entered late, in the
    same minute, are part of entering it, not corrections of it."""
    return history.moment_of(clock).replace(second=0)


def needs_met(rp: Reprint, needs: list[Need], start: date, end: date) -> list[Need]:
    """Needs met between `start` and `end` by any version of their record (a need met then
    and reopened since was met then), each once, with that version's dates."""
    out = []
    for found in rp.versions(Need, {n.id for n in needs}).values():
        met = [v for _, v in found if v.status is NeedStatus.MET and v.closed_on
               and start <= v.closed_on <= end]
        if met and not met[-1].deleted:
            out.append(met[-1])
    return out


def open_on(rp: Reprint, needs: list[Need], day: date) -> set[str]:
    """Needs open on `day`: opened by then, and not in a span between a closing date and
    the day it was reopened (a back-dated closing counts from its own date)."""
    out = set()
    for nid, found in rp.versions(Need, {n.id for n in needs}).items():
        current = found[-1][1]
        if current.deleted or current.opened_on > day:
            continue
        closed = False
        for i, (_, v) in enumerate(found):
            if NeedStatus(v.status).is_open or v.closed_on is None or v.closed_on > day:
                continue
            later = [(h, w) for h, w in found[i + 1:] if NeedStatus(w.status).is_open]
            reopened = history.moment_of(later[0][0]).date() if later else None
            if reopened is None or reopened > day:
                closed = True
        if not closed:
            out.add(nid)
    return out


def corrections(rp: Reprint, sessions: list[TherapySession], needs: list[Need],
                staff: dict[str, str], start: date, end: date) -> list[Correction]:
    """Changes recorded after `clock` (the end of the week) to the week's sessions and to
    needs opened or closed in it."""
    out = []
    entered: dict[str, datetime] = {}  # rows entered late: the minute they were entered
    week_sessions = {s.id: s for s in sessions}
    for row_id, field, value, hlc, who in rp.changes_after(TherapySession, week_sessions):
        s = week_sessions.get(row_id)
        if s is None or (field != history.WHOLE_ROW
                         and entered.get(row_id) == _sitting(hlc)):
            continue
        day = f"{formats.day(s.scheduled_at.date(), year=False)} {s.scheduled_at:%H:%M}"
        when = tr("session of {day}", day=day)
        late = ""
        if field == history.WHOLE_ROW:
            what, late, entered[row_id] = (tr("{session} recorded late", session=when),
                                           "session", _sitting(hlc))
        elif field == "status":
            what = tr("{session} marked {status}", session=when, status=word(value).lower())
        else:
            continue
        out.append(Correction(history.moment_of(hlc), staff.get(who or "", "–"),
                              s.resident_id, what, late, day, s.scheduled_at.isoformat()))
    by_id = {n.id: n for n in needs}
    for row_id, field, value, hlc, who in rp.changes_after(Need, by_id):
        n = by_id.get(row_id)
        if n is None or field not in ("status", history.WHOLE_ROW):
            continue
        if field == history.WHOLE_ROW and not (start <= n.opened_on <= end):
            continue
        if field != history.WHOLE_ROW and entered.get(row_id) == _sitting(hlc):
            continue
        if field == history.WHOLE_ROW:
            entered[row_id] = _sitting(hlc)
        what = (tr("{need} recorded late", need=word(n.category))
                if field == history.WHOLE_ROW
                else tr("{need} reopened", need=word(n.category))
                if NeedStatus(value).is_open
                else tr("{need} marked {status}", need=word(n.category),
                        status=word(value).lower()))
        late = "need" if field == history.WHOLE_ROW else ""
        out.append(Correction(history.moment_of(hlc), staff.get(who or "", "–"),
                              n.resident_id, what, late, word(n.category),
                              n.opened_on.isoformat()))
    return sorted(out, key=lambda c: c.at)


def sessions_then(rp: Reprint, sessions: list[TherapySession]) -> list[TherapySession]:
    """Each session as the week's own fact: its status at the end of the week, or, if none
    was recorded by then (still booked, or booked afterwards), the first one recorded since.
    A later correction (attended, then cancelled) never erases what the week printed; it
    is listed with the corrections. Only the statuses are replayed (a session written once
    has the status it has now)."""
    found = rp.field_values(TherapySession, "status", {s.id for s in sessions})
    out = []
    for s in sessions:
        steps: list[tuple[int, SessionStatus]] = found.get(s.id) or []
        if not steps:
            out.append(s)
            continue
        known = [v for h, v in steps if h <= rp.clock] or [steps[0][1]]
        then = known[-1]
        if then is SessionStatus.SCHEDULED:
            later = [v for h, v in steps if h > rp.clock and v is not SessionStatus.SCHEDULED]
            then = later[0] if later else then
        out.append(s if then is s.status else replace(s, status=then))
    return out


def checkin_corrections(rp: Reprint, ids: set[str], start: date, end: date,
                        staff: dict[str, str]) -> list[Correction]:
    """Check-ins of the week corrected or voided after the end of the week: a correction
    or a void is a new row naming the one it replaces, with the reason (found by the
    store among the week's amending rows, not among every check-in written since)."""
    out = []
    for row_id, hlc, who in rp.amendments_after(CheckIn, start.isoformat(), end.isoformat()):
        fix: CheckIn = reads.get(rp.conn, CheckIn, row_id)
        if fix.amends_id is None or fix.resident_id not in ids \
                or not start <= fix.date <= end:
            continue
        day = formats.day(fix.date, year=False)
        reason = " ".join((fix.amend_reason or "–").split())
        if fix.voided:
            what = tr("check-in of {day} voided: {reason}", day=day, reason=reason)
        else:
            before: CheckIn = reads.get(rp.conn, CheckIn, fix.amends_id)
            what = (tr("check-in of {day} corrected, mood {old} to {new}: {reason}", day=day,
                       old=before.mood, new=fix.mood, reason=reason)
                    if before.mood != fix.mood
                    else tr("check-in of {day} corrected: {reason}", day=day, reason=reason))
        out.append(Correction(history.moment_of(hlc), staff.get(who or "", "–"),
                              fix.resident_id, what))
    return out


# an incident's fields, by what a later change to them means
_ACKNOWLEDGED = {"acknowledged_at", "acknowledged_by"}
_CLOSED = {"closed_at", "closed_by", "outcome"}
_RETURNED = {"returned_at", "return_how", "whereabouts", "return_injuries",
             "return_recorded_by", "interview_at", "interview_by", "interview_summary",
             "interview_recorded_by"}


def incident_corrections(rp: Reprint, incidents: list[Incident],
                         staff: dict[str, str]) -> list[Correction]:
    """The week's incidents recorded, corrected, acknowledged or closed after `clock`:
    one line per sitting (the fields one change set wrote)."""
    week = {i.id: i for i in incidents}
    sittings: dict[tuple[str, int], tuple[str | None, set[str]]] = {}
    for row_id, field, _, hlc, who in rp.changes_after(Incident, week):
        if row_id in week:
            sittings.setdefault((row_id, hlc), (who, set()))[1].add(field)
    entered = {row_id: _sitting(hlc) for (row_id, hlc), (_, fields) in sittings.items()
               if history.WHOLE_ROW in fields}
    out = []
    for (row_id, hlc), (who, fields) in sittings.items():
        i = week[row_id]
        day = f"{formats.day(i.occurred_at.date(), year=False)} {i.occurred_at:%H:%M}"
        when = tr("incident of {day}", day=day)
        late = ""
        if history.WHOLE_ROW in fields:
            what, late = [tr("{incident} recorded late", incident=when)], "incident"
        elif entered.get(row_id) == _sitting(hlc):
            continue  # part of entering it late
        else:
            what = []
            fixed = fields - _ACKNOWLEDGED - _CLOSED - _RETURNED
            if fixed:
                what.append(tr("{incident} corrected ({fields})", incident=when,
                               fields=joined(sorted({_field_words(f) for f in fixed}))))
            if fields & _RETURNED:
                what.append(tr("{incident}: return recorded", incident=when))
            if fields & _CLOSED:
                what.append(tr("{incident} closed: {outcome}", incident=when,
                               outcome=i.outcome or "–"))
            elif fields & _ACKNOWLEDGED:
                what.append(tr("{incident} acknowledged", incident=when))
        out += [Correction(history.moment_of(hlc), staff.get(who or "", "–"), i.resident_id,
                           w, late, day, i.occurred_at.isoformat()) for w in what]
    return out


def _field_words(field: str) -> str:
    return {"description": tr("what happened"), "actions": tr("actions taken"),
            "notified": tr("who was told"), "notified_at": tr("who was told"),
            "kind": tr("kind"), "occurred_at": tr("time")}.get(field, tr("details"))
