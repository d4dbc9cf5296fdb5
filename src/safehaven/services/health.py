"""A resident's health profile: allergies and reactions first (shown wherever care is
given), conditions, the doctor or clinic, immunisations; pregnancy sealed for clinical
eyes. Clinicians and managers keep it; everyone on shift reads what safety needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from safehaven.domain import validate as v
from safehaven.domain.models import HealthProfile, Resident
from safehaven.errors import InvalidValue
from safehaven.i18n import joined, tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads
from safehaven.store.ids import new_id

TEXTS = ("reactions", "conditions", "immunisations")
RULES: v.Rules = {
    **{name: v.text_rule(name, max_len=4000) for name in TEXTS},
    "gp_contact": lambda x: v.contact("gp_contact", x, max_len=4000),
    "allergies": lambda x: allergy_list(x),
    "pregnancy": lambda x: v.text("pregnancy", x, max_len=2000),
    "height_cm": lambda x: _between("height_cm", x, 30, 250, whole=True),
    "weight_kg": lambda x: _between("weight_kg", x, 2, 300, whole=False),
    "measured_on": v.same,
}


def _between(field: str, value: object, low: float, high: float, *, whole: bool
             ) -> int | float | None:
    """A measurement typed as a number or text ("41,5" too); None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", ".")) if not isinstance(
            value, int | float) or isinstance(value, bool) else float(value)
    except ValueError:
        number = -1.0
    if not low <= number <= high:
        raise InvalidValue(field, tr("Enter a number between {low} and {high}.",
                                     low=f"{low:g}", high=f"{high:g}"))
    return round(number) if whole else round(number, 1)


def allergy_list(value: object) -> tuple[str, ...]:
    """Allergies as a list, from a list or from "penicillin, peanuts" (each trimmed, once)."""
    items = value.split(",") if isinstance(value, str) else list(value or ())  # type: ignore[call-overload]
    out: dict[str, str] = {}
    for item in items:
        text = v.text("allergies", str(item), max_len=120)
        if text:
            out.setdefault(text.casefold(), text)
    return tuple(out.values())


def _profiles(ctx: Context, resident_id: str) -> list[HealthProfile]:
    return reads.for_resident(ctx.conn, HealthProfile, resident_id, "updated_on DESC, id DESC")


def profile(ctx: Context, resident_id: str) -> HealthProfile | None:
    """The newest profile, as this role may see it (pregnancy only for clinical roles)."""
    ctx.require(Action.READ_RECORDS)
    found = _profiles(ctx, resident_id)
    if not found:
        return None
    shown = ctx.opened(found[0])
    if not ctx.may(Action.READ_RESTRICTED):
        shown = replace(shown, pregnancy=None)
    return shown


def allergies(ctx: Context, resident_id: str) -> tuple[str, ...]:
    """Every allergy any profile of the resident records: two laptops may each have
    started one while apart, and an allergy is never dropped by a merge."""
    ctx.require(Action.READ_RECORDS)
    return allergy_list([a for p in _profiles(ctx, resident_id) for a in p.allergies])


def save(ctx: Context, resident_id: str, **fields: Any) -> Result[HealthProfile]:
    """Write the profile as it stands now."""
    ctx.require(Action.MANAGE_HEALTH)
    clean = v.fields(RULES, fields)
    if "pregnancy" in clean:
        ctx.require(Action.READ_RESTRICTED)
    if clean.get("height_cm") is not None or clean.get("weight_kg") is not None:
        clean["measured_on"] = v.not_future("measured_on", clean.get("measured_on"),
                                            ctx.today()) or ctx.today()
    values = {**clean, "updated_by": ctx.actor.id if ctx.actor else None,
              "updated_on": ctx.today()}
    found = _profiles(ctx, resident_id)
    with ctx.write() as tx:
        tx.get(Resident, resident_id)
        if not found:
            record = tx.insert(HealthProfile(id=new_id(), site_id=ctx.vault.site_id,
                                             resident_id=resident_id, **values))
        else:
            record = tx.update(HealthProfile, found[0].id, **values)
    return Result(record, tuple(tx.changes))


@dataclass(frozen=True, slots=True)
class SafetyFacts:
    """What a form that gives care shows under the child's name."""

    allergies: tuple[str, ...]
    reactions: str | None
    dietary_needs: str | None

    def line(self) -> str:
        """"Allergies: penicillin, peanuts (rash)" or "" when none recorded."""
        if not self.allergies:
            return ""
        text = tr("Allergies: {list}", list=joined(self.allergies))
        return f"{text} ({self.reactions})" if self.reactions else text


def safety_facts(ctx: Context, resident_id: str) -> SafetyFacts:
    ctx.require(Action.READ_RECORDS)
    resident: Resident = reads.get(ctx.conn, Resident, resident_id)
    current = profile(ctx, resident_id)
    return SafetyFacts(allergies(ctx, resident_id), current.reactions if current else None,
                       resident.dietary_needs)
