"""Daily check-ins: recorded in seconds, corrected by amendment, never rewritten."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from safehaven.domain import corrections
from safehaven.domain import validate as v
from safehaven.domain.models import CheckIn, Resident
from safehaven.domain.vocab import FeelsSafe, Level, RiskFlag, Shift
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed, SafeHavenError
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id


def shift_at(moment: datetime) -> Shift:
    if 6 <= moment.hour < 14:
        return Shift.MORNING
    if 14 <= moment.hour < 22:
        return Shift.AFTERNOON
    return Shift.NIGHT


def build(ctx: Context, resident_id: str, mood: object, *, day: date | None = None,
          shift: Shift | str | None = None, sleep: str | None = None,
          appetite: str | None = None, feels_safe: str | None = None,
          engagement: str | None = None, incidents: str | None = None,
          flags: Iterable[str] = (), note: str | None = None) -> CheckIn:
    """A validated check-in, not yet saved (the form and the bulk import both use this)."""
    return CheckIn(
        id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
        date=v.not_future("date", day, ctx.today()) or ctx.today(),
        shift=v.choice("shift", Shift, shift) if shift else shift_at(ctx.now()),
        mood=v.mood(mood),
        staff_id=ctx.actor.id if ctx.actor else "",
        sleep=v.optional_choice("sleep", Level, sleep),
        appetite=v.optional_choice("appetite", Level, appetite),
        feels_safe=v.optional_choice("feels_safe", FeelsSafe, feels_safe),
        engagement=v.optional_choice("engagement", Level, engagement),
        incidents=v.text("incidents", incidents, max_len=4000),
        flags=tuple(dict.fromkeys(v.choice("flags", RiskFlag, f) for f in flags)),
        note=v.text("note", note, max_len=4000),
    )


def record(ctx: Context, resident_id: str, mood: object, *, confirmed: bool = False,
           **fields: Any) -> Result[CheckIn]:
    """A check-in; a second one for the same resident, day and shift is saved only when
    `confirmed` (two staff filling the form for one young person is a mistake)."""
    ctx.require(Action.RECORD_CHECKIN)
    checkin = build(ctx, resident_id, mood, **fields)
    if not confirmed and reads.has_checkin(ctx.conn, resident_id, checkin.date,
                                           str(checkin.shift)):
        raise NeedsConfirmation("shift", tr("{shift} check-in for this resident was already "
                                            "saved today. Save another one?",
                                            shift=word(checkin.shift)))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)  # NotFound before anything is written
        tx.insert(checkin)
    return Result(checkin, tuple(tx.changes))


def amend(ctx: Context, checkin_id: str, reason: str, **changes: Any) -> Result[CheckIn]:
    """A correction is a new check-in naming the one it corrects; the old one is kept. Its
    author may correct it while the shift lasts, a manager at any time."""
    why = v.text("reason", reason, required=True, max_len=2000)
    original = _correctable(ctx, checkin_id)
    merged = {f: getattr(original, f) for f in ("mood", "shift", "sleep", "appetite",
                                                 "feels_safe", "engagement", "incidents",
                                                 "flags", "note")}
    merged.update(changes)
    mood = merged.pop("mood")
    fresh = build(ctx, original.resident_id, mood, day=original.date, **merged)
    amendment = replace(fresh, amends_id=checkin_id, amend_reason=why)
    with ctx.write() as tx:
        tx.insert(amendment)
    return Result(amendment, tuple(tx.changes))


def void(ctx: Context, checkin_id: str, reason: str) -> Result[CheckIn]:
    """Take back a check-in recorded for the wrong child or in error: a new row naming it,
    marked void, with the reason. The history keeps both; nothing counts either."""
    why = v.text("reason", reason, required=True, max_len=2000)
    original = _correctable(ctx, checkin_id)
    voided = replace(original, id=new_id(), staff_id=ctx.actor.id if ctx.actor else "",
                     amends_id=checkin_id, amend_reason=why, voided=True)
    with ctx.write() as tx:
        tx.insert(voided)
    return Result(voided, tuple(tx.changes))


def may_correct(ctx: Context, checkin: CheckIn) -> bool:
    """Whether this actor may correct or void it now."""
    return refusal(ctx, checkin, amended=reads.is_amended(ctx.conn, CheckIn, checkin.id)) \
        is None


def refusal(ctx: Context, checkin: CheckIn, *, amended: bool) -> SafeHavenError | None:
    """Why this actor may not correct or void it now, or None. `amended`: a newer version
    names it. No reading here: the app asks it of each row it shows, to disable its
    buttons with the reason."""
    if checkin.voided:
        return InvalidValue("id", tr("This check-in was voided; it cannot be changed."))
    if amended:
        return InvalidValue("id", tr("This check-in was corrected already: correct its "
                                     "newest version."))
    for action in sorted(corrections.needs(checkin.staff_id, ctx.actor.id if ctx.actor
                                           else None, checkin.date, str(checkin.shift),
                                           ctx.now(), Action.RECORD_CHECKIN)):
        try:
            ctx.require(action)
        except NotAllowed as refused:
            return refused
    return None


def _correctable(ctx: Context, checkin_id: str) -> CheckIn:
    original: CheckIn = reads.get(ctx.conn, CheckIn, checkin_id)
    refused = refusal(ctx, original, amended=reads.is_amended(ctx.conn, CheckIn, checkin_id))
    if refused is not None:
        raise refused
    return original


def for_resident(ctx: Context, resident_id: str) -> list[CheckIn]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, CheckIn, resident_id,
                              "date DESC, " + reads.LATEST_FIRST.replace("c.", ""))


def versions(ctx: Context, resident_id: str) -> list[CheckIn]:
    """Every check-in of a resident as written: corrected and voided ones too, newest first
    (the history the app's table and `resident show --json` show)."""
    ctx.require(Action.READ_RECORDS)
    return reads.all_versions(ctx.conn, CheckIn, resident_id, "date DESC, id DESC")


def history(ctx: Context, checkin_id: str) -> list[CheckIn]:
    ctx.require(Action.READ_RECORDS)
    return reads.history(ctx.conn, CheckIn, checkin_id)
