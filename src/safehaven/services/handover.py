"""Since my last shift: what happened while the signed-in person was away, and who is on
shift now (issue 25). A person's sessions are audit entries ("session-start" when the app
unlocks for them, "session-end" when it locks), so every laptop of the house knows when
someone's last shift ended; after a crash it ended with the last thing they did."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from safehaven import clock
from safehaven.domain.models import CaseNote, CheckIn, HouseLogEntry, Incident, Resident
from safehaven.domain.vocab import NoteKind, SessionStatus
from safehaven.services import closures
from safehaven.services.context import Context
from safehaven.services.permissions import Action
from safehaven.store import reads, shift_reads
from safehaven.store.hlc import physical

FIRST_SHIFT = timedelta(hours=24)  # someone's first shift: the last day and night
# Sessions closer together than this are one shift: a lock for a break (the idle lock comes
# after five minutes) does not start a new one and empty the list of what is new.
SHIFT_GAP = timedelta(hours=2)
MISSED_DAYS = 14  # at most this many days of missed check-ins (a long holiday)
KINDS = ("incident", "flag", "missed-checkin", "session-held", "session-missed", "note",
         "house-log")


@dataclass(frozen=True, slots=True)
class Item:
    kind: str  # one of KINDS
    at: datetime  # when it happened (a day's missed check-in: the end of that day)
    resident_id: str | None
    staff_id: str | None  # who wrote it
    what: str  # vocabulary values, comma-separated (an incident's kind, a check-in's flags)
    text: str = ""
    id: str = ""


@dataclass(frozen=True, slots=True)
class Handover:
    since: datetime
    first_shift: bool  # no earlier session known: the last day and night instead
    items: list[Item] = field(default_factory=list)  # oldest first
    on_shift: list[str] = field(default_factory=list)  # staff ids with a session open today


def begin_session(ctx: Context) -> int:
    """Mark the start of this person's session; returns its clock (to pass to `since`)."""
    with ctx.write() as tx:
        tx.audit(shift_reads.SESSION_START)
    return _latest(ctx, shift_reads.SESSION_START)


def end_session(ctx: Context) -> None:
    with ctx.write() as tx:
        tx.audit(shift_reads.SESSION_END)


def _latest(ctx: Context, action: str) -> int:
    marks = shift_reads.session_marks_since(ctx.conn, 0)
    me = ctx.actor.id if ctx.actor else ""
    return max((h for s, a, h in marks if s == me and a == action), default=0)


def _moment(hlc: int) -> datetime:
    return clock.local(physical(hlc) / 1000)


def since_last_shift(ctx: Context, session_start: int | None = None) -> Handover:
    """Everything new since the end of this person's previous session, that their role may
    read, oldest first. `session_start`: the clock of the session now open (the app's);
    without it (the CLI), everything since their last recorded activity."""
    ctx.require(Action.READ_RECORDS)
    me = ctx.actor.id if ctx.actor else ""
    ended = _previous_shift_end(ctx, me, session_start)
    if ended is None:
        since, first = ctx.now() - FIRST_SHIFT, True
        since_hlc = _hlc_of(since)
    else:
        since, first, since_hlc = _moment(ended), False, ended
    items = (_incidents(ctx, since_hlc) + _flags(ctx, since_hlc) + _notes(ctx, since_hlc)
             + _house_log(ctx, since_hlc) + _missed(ctx, since) + _sessions(ctx, since))
    items.sort(key=lambda i: (i.at, KINDS.index(i.kind), i.id))
    return Handover(since, first, items, on_shift(ctx))


def _previous_shift_end(ctx: Context, me: str, session_start: int | None) -> int | None:
    """The clock of the last thing this person did before the shift now open: going back
    session by session while the gap before each is shorter than `SHIFT_GAP`."""
    start = session_start if session_start is not None else _hlc_of(ctx.now())
    gap_ms = SHIFT_GAP.total_seconds() * 1000
    for _ in range(200):  # a shift of 200 locks and unlocks: call it a shift of its own
        ended = shift_reads.last_activity(ctx.conn, me, start)
        if ended is None or physical(start) - physical(ended) >= gap_ms:
            return ended
        earlier = shift_reads.last_session_start(ctx.conn, me, ended)
        if earlier is None:
            return None  # their first shift: nothing of theirs before it
        start = earlier
    return shift_reads.last_activity(ctx.conn, me, start)


def _hlc_of(moment: datetime) -> int:
    """The hybrid clock of a moment as this clock reads it (the inverse of `_moment`)."""
    offset = clock.current().offset
    return int((moment - offset).timestamp() * 1000) << 16


def _written(ctx: Context, model: type, table: str, since_hlc: int) -> list[tuple[int, object]]:
    """Rows of `table` written since `since_hlc`, as they now read: a record corrected in
    the shift shows once, corrected; a voided one not at all."""
    new = shift_reads.written_since(ctx.conn, table, since_hlc)
    return [(new[r.id], r) for r in reads.current_of(ctx.conn, model, new) if r.id in new]


def _incidents(ctx: Context, since_hlc: int) -> list[Item]:
    out = []
    for _, i in _written(ctx, Incident, "incidents", since_hlc):
        assert isinstance(i, Incident)
        out.append(Item("incident", i.occurred_at, i.resident_id, i.recorded_by, str(i.kind),
                        i.description, i.id))
    return out


def _flags(ctx: Context, since_hlc: int) -> list[Item]:
    out = []
    for hlc, c in _written(ctx, CheckIn, "check_ins", since_hlc):
        assert isinstance(c, CheckIn)
        if c.flags:
            out.append(Item("flag", _moment(hlc), c.resident_id, c.staff_id,
                            ",".join(str(f) for f in c.flags), c.incidents or "", c.id))
    return out


def _notes(ctx: Context, since_hlc: int) -> list[Item]:
    clinical = ctx.may(Action.READ_RESTRICTED)  # clinical notes only for clinical eyes
    out = []
    for _, n in _written(ctx, CaseNote, "case_notes", since_hlc):
        assert isinstance(n, CaseNote)
        if n.kind is NoteKind.CLINICAL and not clinical:
            continue
        n = ctx.opened(n)
        out.append(Item("note", n.written_at, n.resident_id, n.staff_id, str(n.kind), n.body,
                        n.id))
    return out


def _house_log(ctx: Context, since_hlc: int) -> list[Item]:
    out = []
    for _, e in _written(ctx, HouseLogEntry, "house_log", since_hlc):
        assert isinstance(e, HouseLogEntry)
        out.append(Item("house-log", e.at, None, e.staff_id, str(e.category), e.text, e.id))
    return out


def _missed(ctx: Context, since: datetime) -> list[Item]:
    """Each whole day since the last shift (today too once it is over), the young people
    living in the house who had no check-in."""
    closed = closures.closed_map(ctx.conn)
    living = [r for r in reads.in_house_residents(ctx.conn) if r.id not in closed]
    today = ctx.today()
    first = max(since.date(), today - timedelta(days=MISSED_DAYS))
    out = []
    day: date = first
    while day < today:
        done = reads.checked_in_on(ctx.conn, day)
        end = datetime.combine(day, datetime.max.time()).replace(microsecond=0)
        out += [Item("missed-checkin", end, r.id, None, "no-checkin-today", "",
                     f"{r.id}@{day.isoformat()}")
                for r in living if r.intake_date <= day and r.id not in done]
        day += timedelta(days=1)
    return out


def _sessions(ctx: Context, since: datetime) -> list[Item]:
    out = []
    for s in reads.sessions_between(ctx.conn, since, ctx.now()):
        kind = ("session-held" if s.status is SessionStatus.ATTENDED
                else "session-missed" if s.status is SessionStatus.MISSED else None)
        if kind:
            out.append(Item(kind, s.scheduled_at, s.resident_id, None, str(s.status),
                            s.reason or "", s.id))
    return out


def on_shift(ctx: Context) -> list[str]:
    """Staff ids with a session opened today and not ended (on any laptop that synced)."""
    start = datetime.combine(ctx.today(), datetime.min.time())
    open_now: dict[str, bool] = {}
    for staff_id, action, _ in shift_reads.session_marks_since(ctx.conn, _hlc_of(start)):
        open_now[staff_id] = action == shift_reads.SESSION_START
    return sorted(s for s, is_open in open_now.items() if is_open)


def residents_named(ctx: Context) -> dict[str, str]:
    return {r.id: r.preferred_name for r in reads.all_of(ctx.conn, Resident)}
