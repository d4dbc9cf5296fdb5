"""The trafficking profile (issue 31), at intake and corrected later, and the decisions that
identify the child as a victim or settle their status (NRM grounds decisions, a T visa…).

Clinicians and managers keep both. Staff see where the young person comes from and who
their guardian or advocate is (they ring them); how the child was exploited and
identified, their immigration status and the decisions' references are sealed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.life import (
    DecisionKind,
    DecisionOutcome,
    ExploitationForm,
    IdentificationDecision,
    TraffickingProfile,
    exploitation_forms,
)
from safehaven.domain.models import Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import decision_kinds
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.services.sealed import shown
from safehaven.store import reads
from safehaven.store.ids import new_id


def _forms(x: Any) -> str | None:
    """Several forms of exploitation, as a list or one text separated by commas."""
    items = re.split(r"[,;\s]+", x) if isinstance(x, str) else list(x or ())
    chosen = v.choices("exploitation", ExploitationForm, [i for i in items if i])
    return ",".join(str(f) for f in chosen) or None


def _short(name: str, most: int = 500) -> Any:
    return lambda x: v.text(name, x, max_len=most)


PROFILE_RULES: v.Rules = {
    "exploitation": _forms,
    "country_of_origin": _short("country_of_origin", v.MAX_NAME),
    "citizenship": _short("citizenship", v.MAX_NAME),
    "exploitation_countries": _short("exploitation_countries"),
    "exploitation_period": _short("exploitation_period", 200),
    "identified_how": _short("identified_how", 2000),
    "identified_by": _short("identified_by"),
    "immigration_status": _short("immigration_status"),
    "guardian": _short("guardian"),
    "guardian_contact": lambda x: v.contact("guardian_contact", x),
}


def for_resident(ctx: Context, resident_id: str) -> TraffickingProfile | None:
    """The profile as this role may see it, or None before one is written."""
    ctx.require(Action.READ_RECORDS)
    found = [p for p in reads.for_resident(ctx.conn, TraffickingProfile, resident_id)
             if not p.deleted]
    return shown(ctx, found[0]) if found else None


def save(ctx: Context, resident_id: str, **fields: Any) -> Result[TraffickingProfile]:
    """Write the profile's given fields (the first save makes it; one profile a child)."""
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(PROFILE_RULES, fields)
    who = ctx.actor.id if ctx.actor else ""
    existing = [p for p in reads.for_resident(ctx.conn, TraffickingProfile, resident_id)
                if not p.deleted]
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        if existing:
            made = tx.update(TraffickingProfile, existing[0].id, updated_by=who,
                             updated_on=ctx.today(), **clean)
        else:
            made = tx.insert(TraffickingProfile(
                id=new_id(), site_id=ctx.vault.site_id, resident_id=resident_id,
                updated_by=who, updated_on=ctx.today(), **clean))
    return Result(shown(ctx, made), tuple(tx.changes))


def forms_of(profile: TraffickingProfile | None) -> tuple[ExploitationForm, ...]:
    return exploitation_forms(profile.exploitation if profile else None)


DECISION_RULES: v.Rules = {
    "kind": _short("kind", decision_kinds.MAX_NAME),  # one of the house's (decision_kinds)
    "outcome": lambda x: v.choice("outcome", DecisionOutcome, x),
    "applied_on": v.day_rule("applied_on"),
    "decided_on": v.day_rule("decided_on"),
    "reference": _short("reference", 200),
    "note": _short("note", 4000),
}


def _check_decision(ctx: Context, d: IdentificationDecision) -> None:
    v.not_future("applied_on", d.applied_on, ctx.today())
    v.not_future("decided_on", d.decided_on, ctx.today())
    v.before("decided_on", d.decided_on, d.applied_on,
             tr("A decision cannot come before the referral or application."))
    if d.outcome is DecisionOutcome.PENDING and d.decided_on is not None:
        raise InvalidValue("decided_on", tr("A decision still awaited has no decision date."))
    if d.outcome in (DecisionOutcome.POSITIVE, DecisionOutcome.NEGATIVE) \
            and d.decided_on is None:
        raise InvalidValue("decided_on", tr("Say when the decision was made."))


def add_decision(ctx: Context, resident_id: str, *, kind: DecisionKind | str,
                 outcome: DecisionOutcome | str = DecisionOutcome.PENDING, **fields: Any
                 ) -> Result[IdentificationDecision]:
    """A decision of one of the house's kinds (services/decision_kinds.py)."""
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(DECISION_RULES, {"kind": kind, "outcome": outcome, **fields})
    clean["kind"] = decision_kinds.check_kind(ctx, clean.get("kind") or "")
    made = IdentificationDecision(id=new_id(), site_id=ctx.vault.site_id,
                                  resident_id=resident_id,
                                  recorded_by=ctx.actor.id if ctx.actor else "", **clean)
    _check_decision(ctx, made)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        tx.insert(made)
    return Result(shown(ctx, made), tuple(tx.changes))


def edit_decision(ctx: Context, decision_id: str, **fields: Any
                  ) -> Result[IdentificationDecision]:
    """Record the decision when it comes (outcome and date), or correct one."""
    ctx.require(Action.MANAGE_LEGAL)
    clean = v.fields(DECISION_RULES, fields)
    with ctx.write() as tx:
        old: IdentificationDecision = tx.get(IdentificationDecision, decision_id)
        if "kind" in clean:  # a correction may keep a kind the house no longer lists
            clean["kind"] = decision_kinds.check_kind(ctx, clean["kind"] or "", old.kind)
        _check_decision(ctx, replace(old, **clean))
        made = tx.update(IdentificationDecision, decision_id, **clean)
    return Result(shown(ctx, made), tuple(tx.changes))


def decisions(ctx: Context, resident_id: str) -> list[IdentificationDecision]:
    """Oldest first: the order a child's identification went."""
    ctx.require(Action.READ_RECORDS)
    found = reads.for_resident(ctx.conn, IdentificationDecision, resident_id, "id")
    return sorted((shown(ctx, d) for d in found if not d.deleted),
                  key=lambda d: (d.decided_on or d.applied_on or date.max, d.id))
