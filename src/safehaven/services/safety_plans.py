"""A resident's safety plan: one current plan, kept up to date, reviewed by a date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from safehaven import formats, i18n
from safehaven.domain import validate as v
from safehaven.domain.models import Resident, SafetyPlan, Site
from safehaven.domain.vocab import ApprovalSubject
from safehaven.errors import InvalidValue, NotFound
from safehaven.i18n import tr
from safehaven.services import approvals
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

REVIEW_DAYS = 30  # the review date offered when none is given
TEXTS = ("warning_signs", "coping", "safe_people_places", "avoid", "contacts")
RULES: v.Rules = {**{name: v.text_rule(name, max_len=4000) for name in TEXTS},
                  "reviewed_on": v.same, "review_due": v.same}


def current(ctx: Context, resident_id: str) -> SafetyPlan | None:
    """The newest plan (two laptops may each have started one while apart)."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, SafetyPlan, resident_id, "reviewed_on DESC, id DESC")
    return found[0] if found else None


def save(ctx: Context, resident_id: str, **fields: Any) -> Result[SafetyPlan]:
    """Write the plan as reviewed with the young person today (or on `reviewed_on`)."""
    ctx.require(Action.MANAGE_SAFEGUARDING)
    clean = v.fields(RULES, fields)
    reviewed = v.not_future("reviewed_on", clean.get("reviewed_on"), ctx.today()) \
        or ctx.today()
    due = clean.get("review_due") or reviewed + timedelta(days=REVIEW_DAYS)
    if due <= reviewed:
        raise InvalidValue("review_due", tr("The next review comes after this one."))
    if not any(clean.get(name) for name in TEXTS):
        raise InvalidValue("warning_signs", tr("Write at least one part of the plan."))
    values: dict[str, Any] = {**{name: clean.get(name) for name in TEXTS},
                              "reviewed_on": reviewed,
              "review_due": due, "updated_by": ctx.actor.id if ctx.actor else None}
    existing = current(ctx, resident_id)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        if existing is None:
            plan = tx.insert(SafetyPlan(id=new_id(), site_id=ctx.vault.site_id,
                                        resident_id=resident_id, **values))
        else:
            plan = tx.update(SafetyPlan, existing.id, **values)
        approvals.submit_if_needed(ctx, tx, ApprovalSubject.SAFETY_PLAN, plan.id, resident_id)
    return Result(plan, tuple(tx.changes))



@dataclass(frozen=True, slots=True)
class Printout:
    """What the one-page plan shows, and the language it is printed in."""

    plan: SafetyPlan
    name: str  # the preferred name: the page is the young person's own
    house: str
    language: str  # a catalogue's code, e.g. "es"
    printed_by: str
    printed_at: datetime


def language_of(resident: Resident) -> str | None:
    """The first of the resident's languages that SafeHaven speaks, if any."""
    for spoken in resident.languages:  # English names ('Spanish'), or the language's own
        said = spoken.strip().casefold()
        base = formats.language_code(spoken)
        for lang in i18n.LANGUAGES:
            own = lang.native_name.split(" (")[0].casefold()  # 'Português (Brasil)'
            named = base == lang.code.split("_")[0] or said == own
            if named and i18n.has_language(lang.code):
                return lang.code
    return None


def printout(ctx: Context, resident_id: str, language: str | None = None) -> Printout:
    """The plan to print, in `language`, else the resident's, else the user's; audited,
    as every print of a record is."""
    ctx.require(Action.READ_RECORDS)
    plan = current(ctx, resident_id)
    if plan is None:
        raise NotFound(tr("safety plan"), resident_id)
    resident: Resident = reads.get(ctx.conn, Resident, resident_id)
    if language and not i18n.has_language(language):
        raise InvalidValue("language", tr("SafeHaven has no words in {language} yet.",
                                          language=language))
    sites = reads.all_of(ctx.conn, Site)
    with ctx.write() as tx:
        tx.audit("print-safety-plan", "residents", resident_id, resident_id)
    return Printout(plan=plan, name=resident.preferred_name,
                    house=sites[0].name if sites else "",
                    language=language or language_of(resident) or i18n.current_language(),
                    printed_by=ctx.actor.display_name if ctx.actor else "",
                    printed_at=ctx.now())

