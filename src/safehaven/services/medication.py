"""Prescriptions and the medication administration record (MAR): every dose given,
refused, withheld, missed or not available, by whom and when; corrected by amendment,
never rewritten. What would harm the child is refused here, before anything is written:
an as-needed dose too soon or over the daily maximum, a medicine the child is allergic
to, a controlled drug given without a witness."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from safehaven import formats
from safehaven.domain import medication as rules
from safehaven.domain import validate as v
from safehaven.domain.medication import DueDose
from safehaven.domain.models import (
    Alert,
    DoseRecord,
    Prescription,
    Resident,
    Staff,
)
from safehaven.domain.vocab import DoseOutcome, MedForm, Route
from safehaven.errors import InvalidValue, NeedsConfirmation, NotAllowed
from safehaven.i18n import joined, tr
from safehaven.services import health
from safehaven.services.context import Context, Result, edit_record
from safehaven.services.permissions import Action, action_words
from safehaven.store import medication_reads, reads
from safehaven.store.ids import new_id

CLOCK_SLACK = timedelta(minutes=10)  # "just now" on a laptop whose clock is a little slow


def _times(value: object) -> tuple[str, ...]:
    items = value.split(",") if isinstance(value, str) else list(value or ())  # type: ignore[call-overload]
    out: list[str] = []
    for item in items:
        if not str(item).strip():
            continue
        moment = rules.parse_time(str(item))
        if moment is None:
            raise InvalidValue("times", tr("Write times of day as 08:00, 20:00."))
        out.append(f"{moment:%H:%M}")
    return tuple(sorted(set(out)))


def _substances(value: object) -> tuple[str, ...]:
    return health.allergy_list(value)


RULES: v.Rules = {
    "medicine": lambda x: v.name("medicine", x),
    "dose": lambda x: v.text("dose", x, required=True, max_len=120),
    "route": lambda x: v.choice("route", Route, x),
    "prescriber": lambda x: v.name("prescriber", x),
    "form": lambda x: v.optional_choice("form", MedForm, x),
    "strength": lambda x: v.text("strength", x, max_len=120),
    "substances": _substances,
    "times": _times,
    "as_needed": bool,
    "indication": lambda x: v.text("indication", x, max_len=500),
    "min_interval_min": lambda x: v.positive("min_interval_min", x or None),
    "max_per_day": lambda x: v.positive("max_per_day", x or None),
    "start_date": v.same, "end_date": v.same,
    "reason": lambda x: v.text("reason", x, max_len=2000),
    "instructions": lambda x: v.text("instructions", x, max_len=2000),
    "controlled": bool,
    "units_per_dose": lambda x: v.positive("units_per_dose", x or None),
}


def _check(ctx: Context, p: Prescription) -> None:
    if p.as_needed:
        if not p.indication:
            raise InvalidValue("indication", tr("Say what an as-needed dose is for."))
        if not p.min_interval_min:
            raise InvalidValue("min_interval_min",
                               tr("Give the shortest time between two doses."))
    elif not p.times:
        raise InvalidValue("times", tr("Give the times of day, or mark it as needed."))
    if p.end_date is not None and p.end_date < p.start_date:
        raise InvalidValue("end_date", tr("The end comes after the start."))


def _allergy_warning(ctx: Context, p: Prescription) -> str | None:
    found = rules.allergy_matches(health.allergies(ctx, p.resident_id), p)
    if not found:
        return None
    return tr("ALLERGY: this young person is recorded as allergic to {allergies}, and "
              "{medicine} lists it.", allergies=joined(found), medicine=p.medicine)


def may_prescribe(ctx: Context) -> bool:
    """Whether the acting person may add, correct or stop a prescription: whoever may
    give medicines (`trained`), who in many houses takes the order from the doctor."""
    return trained(ctx)


def _require_prescriber(ctx: Context) -> None:
    if not may_prescribe(ctx):
        raise NotAllowed(action_words(Action.MANAGE_MEDICATION))


def prescribe(ctx: Context, resident_id: str, medicine: str, dose: str, route: Route | str,
              prescriber: str, *, confirmed: bool = False, **fields: Any
              ) -> Result[Prescription]:
    """A prescription copied from the prescriber's order. One for a medicine the child is
    recorded allergic to is saved only when `confirmed` (the form asks, loudly)."""
    _require_prescriber(ctx)
    clean = v.fields(RULES, {"medicine": medicine, "dose": dose, "route": route,
                             "prescriber": prescriber, **fields})
    clean["start_date"] = clean.get("start_date") or ctx.today()
    if clean.get("as_needed"):
        clean["times"] = ()
    p = Prescription(id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                     recorded_by=ctx.actor.id if ctx.actor else "", **clean)
    _check(ctx, p)
    warning = _allergy_warning(ctx, p)
    if warning and not confirmed:
        raise NeedsConfirmation("medicine", warning + " " + tr("Record it all the same?"))
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(p)
    return Result(p, tuple(tx.changes))


def edit(ctx: Context, prescription_id: str, **fields: Any) -> Result[Prescription]:
    """Correct a prescription as the order says (each change kept in its history)."""
    _require_prescriber(ctx)  # (the check that matters: GIVE_DOSE below is implied by it)
    return edit_record(ctx, Prescription, prescription_id, Action.GIVE_DOSE,
                       v.fields(RULES, fields), _check)


def stop(ctx: Context, prescription_id: str, reason: str, on: date | None = None
         ) -> Result[Prescription]:
    """No doses from `on` (today by default)."""
    _require_prescriber(ctx)
    why = v.text("reason", reason, required=True, max_len=2000)
    with ctx.write() as tx:
        current = tx.get(Prescription, prescription_id)
        if current.stopped_on is not None:
            raise InvalidValue("reason", tr("This medicine was already stopped."))
        record = tx.update(Prescription, prescription_id, stopped_on=on or ctx.today(),
                           stop_reason=why)
    return Result(record, tuple(tx.changes))


def prescriptions_for(ctx: Context, resident_id: str, *, current_only: bool = False
                      ) -> list[Prescription]:
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, Prescription, resident_id,
                               "stopped_on IS NOT NULL, medicine, id")
    return [p for p in found if p.active_on(ctx.today())] if current_only else found


def prescription(ctx: Context, prescription_id: str) -> Prescription:
    ctx.require(Action.READ_RECORDS)
    return reads.get(ctx.conn, Prescription, prescription_id)  # type: ignore[no-any-return]


# -- the administration record ------------------------------------------------------------
def staff_id(ctx: Context, who: str | None) -> str | None:
    """A witness by id or by name (the CLI takes names)."""
    if not who:
        return None
    if reads.exists(ctx.conn, Staff, who):
        return who
    found = reads.staff_by_name(ctx.conn, who)
    if found is None:
        raise InvalidValue("witness", tr("No staff member is called {name}.", name=who))
    return found.id


def _refuse_too_soon(ctx: Context, p: Prescription, at: datetime,
                     amends: str | None) -> None:
    given = [d.at for d in medication_reads.doses_between(
        ctx.conn, at - rules.DAY - timedelta(days=1), at + rules.DAY, p.resident_id)
        if d.prescription_id == p.id and d.outcome is DoseOutcome.GIVEN and d.id != amends]
    # doses after `at` count too: a dose entered late must not make a later one too close
    later = [g for g in given if g > at]
    too_soon = rules.prn_refusal(p, [g for g in given if g <= at], at)
    if too_soon is None and later and p.min_interval_min and \
            later[0] - at < timedelta(minutes=p.min_interval_min):
        too_soon = rules.TooSoon("interval", later[0], later[0])
    if too_soon is None:
        return
    if too_soon.kind == "interval":
        raise InvalidValue("at", tr(
            "Too soon: {medicine} was last given at {last}; the next dose may be given from "
            "{next}.", medicine=p.medicine, last=formats.day_time(too_soon.last),
            next=formats.day_time(too_soon.next_at)))
    raise InvalidValue("at", tr(
        "{medicine} has been given {n} times in 24 hours, the most allowed; the next dose "
        "may be given from {next}.", medicine=p.medicine, n=p.max_per_day,
        next=formats.day_time(too_soon.next_at)))


def trained(ctx: Context) -> bool:
    """Whether the acting person may record a dose as given: clinicians and managers, and
    staff a manager has recorded as trained (read afresh: the training may be new)."""
    if ctx.actor is None:
        return False
    me: Staff = reads.get(ctx.conn, Staff, ctx.actor.id)
    return rules.may_give(me.role, me.med_trained)


def _check_dose(ctx: Context, p: Prescription, d: DoseRecord) -> None:
    if d.outcome is DoseOutcome.GIVEN and not trained(ctx):
        raise InvalidValue("outcome", tr(
            "Only staff trained to give medicines record a dose as given: ask a trained "
            "colleague, a clinician or a manager. A manager records the training."))
    if d.at > ctx.now() + CLOCK_SLACK:
        raise InvalidValue("at", tr("This time is in the future."))
    if not p.active_on(d.at.date()) and not (d.due_at and p.active_on(d.due_at.date())):
        raise InvalidValue("prescription_id", tr("{medicine} is not prescribed on that day.",
                                                 medicine=p.medicine))
    if p.as_needed and d.due_at is not None:
        raise InvalidValue("due_at", tr("An as-needed medicine has no scheduled times."))
    if not p.as_needed:
        if d.due_at is None:
            raise InvalidValue("due_at", tr("Choose which scheduled dose this is."))
        if d.due_at not in rules.due_times(p, d.due_at.date()):
            raise InvalidValue("due_at", tr("{medicine} is not due at that time.",
                                            medicine=p.medicine))
    if d.outcome is DoseOutcome.WITHHELD and not d.reason:
        raise InvalidValue("reason", tr("Say why the dose was withheld."))
    if d.outcome is not DoseOutcome.GIVEN:
        return
    if d.due_at is not None and d.at < d.due_at - rules.DUE_BEFORE:
        raise InvalidValue("at", tr(
            "Too early: this dose is due at {due}; it may be given from {start}.",
            due=formats.day_time(d.due_at),
            start=formats.day_time(d.due_at - rules.DUE_BEFORE)))
    if p.as_needed and not d.reason:
        raise InvalidValue("reason", tr("Say why the dose was needed."))
    found = rules.allergy_matches(health.allergies(ctx, p.resident_id), p)
    if found:
        raise InvalidValue("outcome", tr(
            "Not given: this young person is recorded as allergic to {allergies}. Call the "
            "prescriber; a clinician corrects the allergy record if it is wrong.",
            allergies=joined(found)))
    if p.controlled:
        if not d.witness:
            raise InvalidValue("witness", tr("A controlled drug is given with a witness: "
                                             "choose who watched."))
        if d.witness == d.given_by:
            raise InvalidValue("witness", tr("The witness is someone other than the person "
                                             "giving the dose."))
    if p.as_needed:
        _refuse_too_soon(ctx, p, d.at, d.amends_id)


def _moment(value: datetime | str | None) -> datetime | None:
    """A scheduled time as a form's choice holds it (ISO text) or as a datetime."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value) if value else None
        except ValueError:
            raise InvalidValue("due_at", tr("Choose which scheduled dose this is.")) from None
    return value.replace(second=0, microsecond=0) if value else None


def _build(ctx: Context, p: Prescription, outcome: DoseOutcome | str, *,
           at: datetime | None = None, due_at: datetime | str | None = None,
           dose_given: str | None = None, witness: str | None = None,
           reason: str | None = None, note: str | None = None,
           effect: str | None = None) -> DoseRecord:
    chosen = v.choice("outcome", DoseOutcome, outcome)
    return DoseRecord(
        id=new_id(), site_id=ctx.vault.site_id, resident_id=p.resident_id,
        prescription_id=p.id, outcome=chosen,
        at=(at or ctx.now()).replace(second=0, microsecond=0),
        given_by=ctx.actor.id if ctx.actor else "",
        due_at=_moment(due_at),
        dose_given=v.text("dose_given", dose_given, max_len=120)
        or (p.dose if chosen is DoseOutcome.GIVEN else None),
        witness=staff_id(ctx, witness) if chosen is DoseOutcome.GIVEN else None,
        reason=v.text("reason", reason, max_len=2000),
        note=v.text("note", note, max_len=4000),
        effect=v.text("effect", effect, max_len=2000) if p.as_needed else None)


def record_dose(ctx: Context, prescription_id: str, outcome: DoseOutcome | str,
                **fields: Any) -> Result[DoseRecord]:
    """One dose: given, refused, withheld, missed or not available. A scheduled dose names
    its `due_at`; a second record for the same scheduled dose is refused (amend it)."""
    ctx.require(Action.GIVE_DOSE)
    p: Prescription = reads.get(ctx.conn, Prescription, prescription_id)
    dose = _build(ctx, p, outcome, **fields)
    _check_dose(ctx, p, dose)
    if dose.due_at is not None and any(
            d.prescription_id == p.id and d.due_at == dose.due_at
            for d in medication_reads.doses_between(ctx.conn, dose.due_at, dose.due_at,
                                                    p.resident_id)):
        raise InvalidValue("due_at", tr("This dose is already recorded; correct that record "
                                        "instead."))
    with ctx.write() as tx:
        tx.insert(dose)
    return Result(dose, tuple(tx.changes))


def amend_dose(ctx: Context, dose_id: str, why: str, **changes: Any) -> Result[DoseRecord]:
    """A correction: a new record naming the one it corrects, and `why`; the old one is
    kept. (`reason` among `changes` is the dose's own: why it was needed or not given.)"""
    ctx.require(Action.GIVE_DOSE)
    why = v.text("why", why, required=True, max_len=2000)
    original: DoseRecord = reads.get(ctx.conn, DoseRecord, dose_id)
    p: Prescription = reads.get(ctx.conn, Prescription, original.prescription_id)
    merged = {"outcome": original.outcome, "at": original.at, "due_at": original.due_at,
              "dose_given": original.dose_given, "witness": original.witness,
              "reason": original.reason, "note": original.note, "effect": original.effect,
              **changes}
    dose = replace(_build(ctx, p, **merged), amends_id=dose_id, amend_reason=why)
    _check_dose(ctx, p, dose)
    with ctx.write() as tx:
        tx.insert(dose)
    return Result(dose, tuple(tx.changes))


def record_effect(ctx: Context, dose_id: str, effect: str) -> Result[DoseRecord]:
    """How an as-needed dose helped, checked later: an amendment that adds it."""
    text = v.text("effect", effect, required=True, max_len=2000)
    return amend_dose(ctx, dose_id, tr("effect checked"), effect=text)


def doses_for(ctx: Context, resident_id: str, start: datetime, end: datetime
              ) -> list[DoseRecord]:
    """Current records (corrections in place of what they correct), oldest first."""
    ctx.require(Action.READ_RECORDS)
    return medication_reads.doses_between(ctx.conn, start, end, resident_id)


def dose_history(ctx: Context, dose_id: str) -> list[DoseRecord]:
    ctx.require(Action.READ_RECORDS)
    return reads.history(ctx.conn, DoseRecord, dose_id)


def due(ctx: Context, resident_id: str | None = None) -> list[DueDose]:
    """Scheduled doses not yet recorded (the last 24 hours and the rest of today), in
    order of time: what Today lists for the shift."""
    ctx.require(Action.READ_RECORDS)
    now = ctx.now().replace(tzinfo=None)
    prescriptions = [p for p in medication_reads.active_prescriptions(ctx.conn)
                     if resident_id is None or p.resident_id == resident_id]
    doses = medication_reads.doses_between(ctx.conn, now - rules.DAY - timedelta(hours=1),
                                           now + rules.DAY, resident_id)
    return rules.outstanding(prescriptions, doses, now)


def refused_alerts(ctx: Context) -> list[Alert]:
    """Medicines refused at their last two doses (looking back a week), and as-needed
    doses recorded closer than allowed in the last two days (on two laptops apart)."""
    ctx.require(Action.READ_RECORDS)
    now = ctx.now().replace(tzinfo=None)
    doses = medication_reads.doses_between(ctx.conn, now - timedelta(days=7), now)
    current = medication_reads.active_prescriptions(ctx.conn)
    recent = [d for d in doses if d.at >= now - 2 * rules.DAY]
    return rules.refused_alerts(current, doses) + rules.too_close_alerts(current, recent)
