"""The kinds of identification and status decision a house records (issue 31): the shipped
list (the UK's NRM grounds decisions, the US T visa and continued presence...) until a
manager sets the house's own, for the country it works in. Each kind is first-stage (a
later decision confirms it) or final, so the funder summary's decision table keeps
working for kinds a house adds. A synced house setting, like the restraint techniques."""

from __future__ import annotations

from safehaven.domain.life import SHIPPED_DECISIONS, DecisionChoice, DecisionKind, HouseSetting
from safehaven.domain.life import first_stage as _first_stage
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action

SETTING = "identification-decisions"
MAX_KINDS = 30
MAX_NAME = 120
_FIRST, _FINAL = "first-stage", "final"


def listed(ctx: Context) -> list[DecisionChoice]:
    """The house's kinds, first-stage ones first, or the shipped list."""
    found: list[DecisionChoice] = []
    for line in (house_settings.text(ctx, SETTING) or "").splitlines():
        stage, _, name = line.partition("\t")
        if name.strip() and stage in (_FIRST, _FINAL):
            found.append(DecisionChoice(name.strip(), stage == _FIRST))
    return found or list(SHIPPED_DECISIONS)


def names(ctx: Context) -> list[str]:
    """What the decision form and the CLI offer."""
    return [c.name for c in listed(ctx)]


def is_first_stage(ctx: Context, kind: str) -> bool:
    return _first_stage(kind, listed(ctx))


def _shipped(name: str) -> DecisionKind | None:
    try:
        return DecisionKind(name)
    except ValueError:
        return None


def _clean(given: list[str], first: bool, clean: list[DecisionChoice]) -> None:
    field = "first_stage" if first else "final"
    for name in given:
        name = " ".join(name.split())
        if not name:
            continue
        if len(name) > MAX_NAME:
            raise InvalidValue(field, tr("A kind of decision is at most {n} characters.",
                                         n=MAX_NAME))
        shipped = _shipped(name)
        if shipped is not None and shipped.preliminary != first:
            raise InvalidValue(field, tr("{kind} is a first-stage decision.", kind=name)
                               if shipped.preliminary
                               else tr("{kind} is a final decision.", kind=name))
        if name.casefold() not in {c.name.casefold() for c in clean}:
            clean.append(DecisionChoice(name, first))


def set_list(ctx: Context, first_stage: list[str], final: list[str]
             ) -> Result[HouseSetting]:
    """A manager sets the house's kinds: a shipped kind by its code, the house's own in its
    words. Both lists empty: back to the shipped list. Decisions already recorded keep
    their kind (one no longer listed counts as a final decision)."""
    ctx.require(Action.MANAGE_HOUSE)
    clean = clean_list(first_stage, final)
    text = "\n".join(f"{_FIRST if c.first_stage else _FINAL}\t{c.name}" for c in clean)
    return house_settings.set_text(ctx, SETTING, text, Action.MANAGE_HOUSE)


def clean_list(first_stage: list[str], final: list[str]) -> list[DecisionChoice]:
    """The list as it would be kept, or InvalidValue("first_stage" or "final")."""
    clean: list[DecisionChoice] = []
    _clean(first_stage, True, clean)
    _clean(final, False, clean)
    if len(clean) > MAX_KINDS:
        raise InvalidValue("final", tr("At most {n} kinds of decision.", n=MAX_KINDS))
    return clean


def check_kind(ctx: Context, kind: str, kept: str | None = None) -> str:
    """One of the house's kinds (a correction may keep the record's own, no longer listed)."""
    kind = " ".join(str(kind or "").split())
    if kept is not None and kind == kept:
        return kind
    offered = names(ctx)
    if kind not in offered:
        raise InvalidValue("kind", tr("Choose one of the house's decisions: {options}.",
                                      options=", ".join(offered)))
    return kind
