"""The house's settings in one place (issue 31), as the Admin page's "House settings" form
shows them: everyone may read them (staff see what the house decided), a manager changes
them. Saving checks every value before it writes any, so a refusal changes nothing and
names the field it is about. The idle-lock limit and the house's language stay on the
Admin page (they change this laptop at once); retention rules in their own dialog."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from safehaven.domain.vocab import ApprovalSubject, FetchPolicy
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import decision_kinds, document_fetch, house_settings
from safehaven.services.context import Context
from safehaven.services.permissions import Action

# form field -> house setting (numbers; house_settings.SETTINGS holds their ranges)
NUMBERS = {"review_weeks": "review-weeks", "complaint_days": "complaint-days",
           "financial_year_start": "financial-year-start",
           "document_max_mb": "document-max-mb"}


@dataclass(frozen=True, slots=True)
class HouseConfig:
    numbers: dict[str, int]  # form field -> value
    approvals: tuple[str, ...]  # ApprovalSubject values a manager approves
    first_stage: tuple[str, ...]  # the house's first-stage decision kinds
    final: tuple[str, ...]
    techniques: tuple[str, ...]
    may_change: bool  # the reader is a manager
    document_fetch: str = FetchPolicy.ALL.value  # what laptops fetch in the background


def load(ctx: Context) -> HouseConfig:
    ctx.require(Action.READ_RECORDS)
    kinds = decision_kinds.listed(ctx)
    return HouseConfig(
        numbers={f: house_settings.get(ctx, name) for f, name in NUMBERS.items()},
        approvals=tuple(s.value for s in ApprovalSubject
                        if s in house_settings.approvals_required(ctx)),
        first_stage=tuple(k.name for k in kinds if k.first_stage),
        final=tuple(k.name for k in kinds if not k.first_stage),
        techniques=tuple(house_settings.restraint_techniques(ctx)),
        may_change=ctx.may(Action.MANAGE_HOUSE),
        document_fetch=document_fetch.policy(ctx).house.value)


def _lines(value: str | Iterable[str] | None) -> list[str]:
    if isinstance(value, str):
        return value.splitlines()
    return list(value or ())


def _number(field: str, value: Any) -> int:
    _, low, high = house_settings.SETTINGS[NUMBERS[field]]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue(field, tr("Between {low} and {high}.", low=low, high=high))
    return value


def save(ctx: Context, **values: Any) -> HouseConfig:
    """Write the given settings (a manager). Numbers by their form field; `approvals` the
    subjects a manager approves; `first_stage`, `final` and `techniques` lists (or text,
    one a line; empty: the shipped list)."""
    ctx.require(Action.MANAGE_HOUSE)
    unknown = set(values) - {*NUMBERS, "approvals", "first_stage", "final", "techniques",
                             "document_fetch"}
    if unknown:
        raise InvalidValue(sorted(unknown)[0], tr("Not a house setting."))
    numbers = {f: _number(f, values[f]) for f in NUMBERS if f in values}
    approvals: set[ApprovalSubject] | None = None
    if "approvals" in values:
        try:
            approvals = {ApprovalSubject(a) for a in values["approvals"] or ()}
        except ValueError:
            raise InvalidValue("approvals",
                               tr("Not something a house can ask to approve.")) from None
    kinds = None
    if "first_stage" in values or "final" in values:
        now = load(ctx)
        first = _lines(values.get("first_stage", now.first_stage))
        final = _lines(values.get("final", now.final))
        if decision_kinds.clean_list(first, final) != decision_kinds.listed(ctx):
            kinds = (first, final)
    techniques = None
    if "techniques" in values:
        try:
            techniques = house_settings.clean_techniques(_lines(values["techniques"]))
        except InvalidValue as e:
            raise InvalidValue("techniques", e.message) from None
    fetch = None
    if "document_fetch" in values:
        try:
            fetch = FetchPolicy(values["document_fetch"])
        except ValueError:
            raise InvalidValue("document_fetch", tr("Not a choice here.")) from None
    # every value is good: write the ones that changed
    before = load(ctx)
    for f, value in numbers.items():
        if before.numbers[f] != value:
            house_settings.set_value(ctx, NUMBERS[f], value)
    if approvals is not None:
        for subject in ApprovalSubject:
            if (subject.value in before.approvals) != (subject in approvals):
                house_settings.require_approval(ctx, subject, subject in approvals)
    if kinds is not None:
        decision_kinds.set_list(ctx, *kinds)
    if techniques is not None and tuple(techniques) != before.techniques:
        house_settings.set_restraint_techniques(ctx, techniques)
    if fetch is not None and fetch.value != before.document_fetch:
        document_fetch.set_house_policy(ctx, fetch)
    return load(ctx)
