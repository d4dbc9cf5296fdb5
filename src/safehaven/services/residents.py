"""Residents: intake, profile changes, care-stage moves, and the residents table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from safehaven import formats
from safehaven.domain import duplicates as dup
from safehaven.domain import validate as v
from safehaven.domain.life import TraffickingProfile
from safehaven.domain.models import Resident, Staff, StageChange
from safehaven.domain.vocab import CareStage, Destination
from safehaven.domain.words import word
from safehaven.errors import InvalidValue, PossibleDuplicate
from safehaven.i18n import joined, tr
from safehaven.services import closures
from safehaven.services import profile as trafficking_profile
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads, reads
from safehaven.store.ids import new_id
from safehaven.store.reads import OverviewRow as OverviewRow  # the rows the screens show

_RESTRICTED = ("legal_name",)
PROFILE = ("legal_name", "date_of_birth", "age_estimate", "age_estimated_on", "gender",
           "pronouns", "languages", "interpreter_needed", "interpreter_language",
           "cultural_notes", "dietary_needs", "referral_source", "key_worker_id")


def _clean_profile(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(PROFILE)
    if unknown:
        raise InvalidValue(sorted(unknown)[0], tr("This is not part of a resident's profile."))
    if any(f in values for f in _RESTRICTED):  # setting or clearing it alike
        ctx.require(Action.READ_RESTRICTED)
    out = dict(values)
    for f in ("legal_name", "gender", "pronouns", "interpreter_language"):
        if f in out:
            out[f] = v.text(f, out[f], max_len=v.MAX_NAME)
    for f in ("cultural_notes", "referral_source", "dietary_needs"):
        if f in out:
            out[f] = v.text(f, out[f], max_len=2000)
    if "interpreter_needed" in out:
        out["interpreter_needed"] = bool(out["interpreter_needed"])
    if "date_of_birth" in out:
        born = v.not_future("date_of_birth", out["date_of_birth"], ctx.today())
        if born is not None and (ctx.today() - born).days > 31 * 366:
            raise InvalidValue("date_of_birth", tr("This date makes the resident older than 30."))
    if "age_estimate" in out:
        v.age(out["age_estimate"])
        out.setdefault("age_estimated_on", ctx.today() if out["age_estimate"] is not None
                       else None)
    if "languages" in out:
        out["languages"] = tuple(x for x in (v.text("languages", s, max_len=60)
                                             for s in out["languages"] or ()) if x)
    if out.get("key_worker_id") and not reads.exists(ctx.conn, Staff, out["key_worker_id"]):
        raise InvalidValue("key_worker_id", tr("No staff member with this id."))
    return out


def add(ctx: Context, preferred_name: str, *, intake_date: date | None = None,
        stage: CareStage | str = CareStage.IDENTIFICATION, confirmed: bool = False,
        trafficking: dict[str, Any] | None = None, **profile: Any) -> Result[Resident]:
    """Intake: the resident and their first stage, recorded together. A likely duplicate
    of a current or closed resident asks first (`PossibleDuplicate`; `confirmed` saves).
    `trafficking`: the trafficking profile's fields if the worker filled them (issue 31;
    clinicians and managers), written in the same transaction; empty ones are skipped."""
    ctx.require(Action.ADD_RESIDENT)
    name = v.name("preferred_name", preferred_name)
    stage = v.choice("stage", CareStage, stage)
    intake = v.not_future("intake_date", intake_date, ctx.today()) or ctx.today()
    fields = _clean_profile(ctx, profile)
    traffic = _trafficking(ctx, trafficking or {})
    if not confirmed:
        _ask_if_known(ctx, name, fields)
    resident = Resident(id=new_id(), site_id=ctx.vault.site_id, preferred_name=name,
                        intake_date=intake, stage=stage, **fields)
    with ctx.write() as tx:
        tx.insert(resident)
        tx.insert(StageChange(new_id(), resident.site_id, resident.id, None, stage, intake,
                              "intake", _actor_id(ctx)))  # a word key: shown translated
        if traffic:
            tx.insert(TraffickingProfile(id=new_id(), site_id=resident.site_id,
                                         resident_id=resident.id, updated_by=_actor_id(ctx),
                                         updated_on=ctx.today(), **traffic))
    return Result(resident, tuple(tx.changes))


def _trafficking(ctx: Context, values: dict[str, Any]) -> dict[str, Any]:
    """The profile's fields given at intake, checked before anything is written."""
    given = {k: x for k, x in values.items() if x not in (None, "", (), [])}
    if not given:
        return {}
    ctx.require(Action.MANAGE_LEGAL)
    return {k: x for k, x in v.fields(trafficking_profile.PROFILE_RULES, given).items()
            if x is not None}


def likely_duplicates(ctx: Context, preferred_name: str, *, date_of_birth: date | None = None,
                      age_estimate: int | None = None, languages: tuple[str, ...] = (),
                      legal_name: str | None = None) -> list[dup.Likely]:
    """Current and closed residents of the house the new one may be, most likely first.
    Both names are tried, the legal one only for roles that read it."""
    ctx.require(Action.ADD_RESIDENT)
    closed = closures.closed_map(ctx.conn)
    names_known = ctx.may(Action.READ_RESTRICTED)
    known: list[dup.Person] = []
    for r in lifecycle_reads.residents_named(ctx.conn):
        if names_known and r.legal_name:
            r = ctx.opened(r)
        for name in {r.preferred_name, r.legal_name if names_known else None} - {None}:
            known.append(dup.Person(str(name), r.date_of_birth, r.age_estimate,
                                    r.age_estimated_on, r.languages, r.id, r.id in closed))
    found: dict[str, dup.Likely] = {}
    for name in (preferred_name, legal_name):
        if not name:
            continue
        new = dup.Person(name, date_of_birth, age_estimate,
                         ctx.today() if age_estimate is not None else None, languages)
        for m in dup.likely_matches(new, known):
            if m.person.id not in found or found[m.person.id].score < m.score:
                found[m.person.id] = m
    return sorted(found.values(), key=lambda m: -m.score)


def duplicate_question(ctx: Context, name: str, fields: dict[str, Any]
                       ) -> PossibleDuplicate | None:
    """The question to ask before a second record of a young person the house may already
    know (at intake, and when a transfer from another house is accepted), or None."""
    found = likely_duplicates(ctx, name, date_of_birth=fields.get("date_of_birth"),
                              age_estimate=fields.get("age_estimate"),
                              languages=fields.get("languages") or (),
                              legal_name=fields.get("legal_name"))
    if not found:
        return None
    preferred = {r.id: r.preferred_name for r in lifecycle_reads.residents_named(ctx.conn)}
    described = []
    for m in found[:3]:
        p = m.person
        facts = [tr("born {day}", day=formats.day(p.date_of_birth)) if p.date_of_birth
                 else ""]
        facts.append(tr("case closed") if p.closed else tr("living here now"))
        described.append(tr("{name} ({facts})", name=preferred.get(p.id, p.name),
                            facts=joined(f for f in facts if f)))
    return PossibleDuplicate("preferred_name", tr(
        "The house may already know this young person: {matches}. Check before making a "
        "second record. Save a new record anyway?", matches=joined(described, semicolons=True)),
        tuple((m.person.id, preferred.get(m.person.id, m.person.name)) for m in found))


def _ask_if_known(ctx: Context, name: str, fields: dict[str, Any]) -> None:
    question = duplicate_question(ctx, name, fields)
    if question is not None:
        raise question


def update(ctx: Context, resident_id: str, **profile: Any) -> Result[Resident]:
    ctx.require(Action.EDIT_RESIDENT)
    if "preferred_name" in profile:
        profile_name = v.name("preferred_name", profile.pop("preferred_name"))
    else:
        profile_name = None
    fields = _clean_profile(ctx, profile)
    if profile_name:
        fields["preferred_name"] = profile_name
    with ctx.write() as tx:
        current = tx.get(Resident, resident_id)
        if ("age_estimated_on" not in profile
                and fields.get("age_estimate") == current.age_estimate):
            # the same estimate saved again: it still dates from when it was made
            fields["age_estimated_on"] = current.age_estimated_on
        resident = tx.update(Resident, resident_id, **fields)
    return Result(resident, tuple(tx.changes))


def skipped(from_stage: CareStage | str, to_stage: CareStage | str) -> list[CareStage]:
    """The stages a forward move passes over (Stabilization to Reintegration: Recovery)."""
    order = list(CareStage)
    start, end = order.index(CareStage(from_stage)), order.index(CareStage(to_stage))
    return order[start + 1:end]


def move_stage(ctx: Context, resident_id: str, to_stage: CareStage | str, reason: str,
               on: date | None = None, *, destination: Destination | str | None = None,
               skip_reason: str | None = None) -> Result[Resident]:
    """A stage change is recorded with who, when and why; leaving the house sets discharge.
    A move to reintegration says where the young person goes. A move that skips a stage
    says why it skips (`skip_reason`, kept with the reason): Stabilization to
    Reintegration went through with no word on the missing Recovery (issue 25)."""
    ctx.require(Action.MOVE_STAGE)
    target = v.choice("to_stage", CareStage, to_stage)
    why = v.text("reason", reason, required=True, max_len=2000)
    why_skip = v.text("skip_reason", skip_reason, max_len=2000)
    day = v.not_future("on", on, ctx.today()) or ctx.today()
    goes_to = v.optional_choice("destination", Destination, destination)
    if target is CareStage.REINTEGRATION and goes_to is None:
        raise InvalidValue("destination", tr("Say where the young person goes."))
    with ctx.write() as tx:
        current = tx.get(Resident, resident_id)
        if current.stage is target:
            raise InvalidValue("to_stage", tr("The resident is already in this stage."))
        if day < current.intake_date:
            raise InvalidValue("on", tr("This date is before the intake date."))
        passed = skipped(current.stage, target)
        if passed and not why_skip:
            raise InvalidValue("skip_reason", tr(
                "This move skips {stages}: say why.",
                stages=joined(word(x) for x in passed)))
        if passed:
            why = f"{why}\n{why_skip}"
        changes: dict[str, Any] = {"stage": target}
        if target is CareStage.FOLLOW_UP and current.discharge_date is None:
            changes["discharge_date"] = day
        elif target.in_house and current.discharge_date is not None:
            changes["discharge_date"] = None  # came back into the house
        resident = tx.update(Resident, resident_id, **changes)
        tx.insert(StageChange(new_id(), current.site_id, resident_id, current.stage, target, day,
                              why or "", _actor_id(ctx), goes_to))
    return Result(resident, tuple(tx.changes))


def remove(ctx: Context, resident_id: str) -> Result[Resident]:
    """A tombstone: the record stays in the history and syncs as deleted."""
    ctx.require(Action.MOVE_STAGE)
    with ctx.write() as tx:
        resident = tx.tombstone(Resident, resident_id)
    return Result(resident, tuple(tx.changes))


def next_stage(stage: CareStage) -> CareStage:
    """The stage a move usually goes to: the next one along the pathway."""
    order = list(CareStage)
    return order[min(order.index(stage) + 1, len(order) - 1)]


def get(ctx: Context, resident_id: str) -> Resident:
    """One resident's profile, audited as a view; the legal name only for restricted roles."""
    ctx.require(Action.READ_RECORDS)
    resident: Resident = reads.get(ctx.conn, Resident, resident_id)
    with ctx.write() as tx:
        tx.audit("view", "residents", resident_id, resident_id)
    if not ctx.may(Action.READ_RESTRICTED):
        return replace(resident, legal_name=None)
    return ctx.opened(resident)


def overview(ctx: Context) -> list[OverviewRow]:
    """The residents table, closed cases marked with the day they closed."""
    ctx.require(Action.READ_RECORDS)
    closed = closures.closed_map(ctx.conn)
    return [replace(r, closed_on=closed[r.id].day) if r.id in closed else r
            for r in reads.residents_overview(ctx.conn, ctx.now())]


def stage_history(ctx: Context, resident_id: str) -> list[StageChange]:
    ctx.require(Action.READ_RECORDS)
    return reads.for_resident(ctx.conn, StageChange, resident_id, "changed_on, id")


def _actor_id(ctx: Context) -> str:
    return ctx.actor.id if ctx.actor else ""
