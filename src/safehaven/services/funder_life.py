"""Funder figures about trafficking itself (issue 31): children served by form of
exploitation, by citizenship region and by identification decision, as the OVC's TIMS and
the UK's NRM statistics ask (a region, never a country: a country would often name a few
children). Each is a partition of the children served (one category a child), so the funder
summary's suppression covers them as it covers the others (services/funder.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from safehaven.domain import regions
from safehaven.domain.life import (
    DecisionChoice,
    DecisionOutcome,
    ExploitationForm,
    IdentificationDecision,
    TraffickingProfile,
    exploitation_forms,
    first_stage,
)
from safehaven.services import decision_kinds
from safehaven.services.context import Context
from safehaven.store import reads

SEVERAL = "more than one form"
NOT_RECORDED = "not recorded"
EXPLOITATION = (*(str(f) for f in ExploitationForm), SEVERAL, NOT_RECORDED)
CITIZENSHIP = (*regions.REGIONS, regions.UNKNOWN)
DECISIONS = ("positive final decision", "positive first-stage decision only",
             "negative decision", "awaiting a decision", "no decision recorded")

Partition = tuple[str, tuple[str, ...], dict[str, str]]


def partitions(ctx: Context, ids: Iterable[str], end: date) -> list[Partition]:
    """(table name, categories, child -> category) for each table; the caller (a manager,
    who opens the sealed forms of exploitation) counts them."""
    ids = set(ids)
    conn = ctx.conn
    kinds = decision_kinds.listed(ctx)  # which of the house's kinds are first-stage
    forms: dict[str, tuple[ExploitationForm, ...]] = {}
    citizens: dict[str, str] = {}
    for p in reads.all_of(conn, TraffickingProfile):
        if p.resident_id in ids and not p.deleted:
            forms[p.resident_id] = exploitation_forms(ctx.opened(p).exploitation)
            citizens[p.resident_id] = regions.region_of(p.citizenship)
    by_child: dict[str, list[IdentificationDecision]] = {}
    for d in reads.all_of(conn, IdentificationDecision):
        if d.resident_id in ids and not d.deleted and (d.applied_on or d.decided_on or end) <= end:
            by_child.setdefault(d.resident_id, []).append(d)
    return [
        ("children served, by form of exploitation", EXPLOITATION,
         {rid: _form(forms.get(rid, ())) for rid in ids}),
        ("children served, by citizenship region", CITIZENSHIP,
         {rid: citizens.get(rid, regions.UNKNOWN) for rid in ids}),
        ("children served, by identification decision", DECISIONS,
         {rid: _decision(by_child.get(rid, []), end, kinds) for rid in ids}),
    ]


def _form(forms: tuple[ExploitationForm, ...]) -> str:
    if not forms:
        return NOT_RECORDED
    return str(forms[0]) if len(forms) == 1 else SEVERAL


def _decision(decisions: list[IdentificationDecision], end: date,
              kinds: list[DecisionChoice]) -> str:
    """The furthest a child's identification had gone by the end of the period: a positive
    final decision, else a positive first-stage one, else a negative one, else awaiting."""
    if not decisions:
        return DECISIONS[4]
    known = [d for d in decisions if d.decided_on is not None and d.decided_on <= end
             and d.outcome in (DecisionOutcome.POSITIVE, DecisionOutcome.NEGATIVE)]
    if any(d.outcome is DecisionOutcome.POSITIVE and not first_stage(d.kind, kinds)
           for d in known):
        return DECISIONS[0]
    if any(d.outcome is DecisionOutcome.POSITIVE for d in known):
        return DECISIONS[1]
    if known:
        return DECISIONS[2]
    return DECISIONS[3]
