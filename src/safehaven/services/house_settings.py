"""Settings the whole house shares (they sync like records): which approvals it asks for,
and its retention rules. Kept by managers; read by everyone whose work they change."""

from __future__ import annotations

from safehaven.domain import retention as rules
from safehaven.domain.lifecycle import HouseSetting
from safehaven.domain.vocab import ApprovalSubject, RecordClass
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import lifecycle_reads
from safehaven.store.ids import new_id

JURISDICTION = "retention.jurisdiction"


def _approval_key(subject: ApprovalSubject) -> str:
    return f"approvals.{subject.value}"


def _retention_key(cls: RecordClass) -> str:
    return f"retention.{cls.value}"


def values(ctx: Context) -> dict[str, str]:
    """Every setting's current value, by key."""
    return {k: s.value for k, s in lifecycle_reads.settings(ctx.conn).items()}


def _set(ctx: Context, key: str, value: str) -> Result[HouseSetting]:
    ctx.require(Action.MANAGE_HOUSE if key.startswith("approvals.")
                else Action.MANAGE_RETENTION)
    actor = ctx.actor.id if ctx.actor else ""
    with ctx.write() as tx:
        current = lifecycle_reads.settings(ctx.conn).get(key)
        if current is not None:
            record = tx.update(HouseSetting, current.id, value=value, updated_by=actor)
        else:
            record = tx.insert(HouseSetting(new_id(), ctx.vault.site_id, key, value, actor))
    return Result(record, tuple(tx.changes))


# -- approvals ---------------------------------------------------------------------------------
def approvals_required(ctx: Context) -> set[ApprovalSubject]:
    """What this house asks a manager to approve (nothing until a manager switches it on)."""
    found = values(ctx)
    return {s for s in ApprovalSubject if found.get(_approval_key(s)) == "on"}


def require_approval(ctx: Context, subject: ApprovalSubject | str, on: bool
                     ) -> Result[HouseSetting]:
    try:
        which = ApprovalSubject(subject)
    except ValueError:
        raise InvalidValue("subject", tr("Not something a house can ask to approve.")) from None
    return _set(ctx, _approval_key(which), "on" if on else "off")


# -- retention ---------------------------------------------------------------------------------
def jurisdiction(ctx: Context) -> str:
    found = values(ctx).get(JURISDICTION)
    return found if found in rules.JURISDICTIONS else rules.DEFAULT_JURISDICTION


def overrides(ctx: Context) -> dict[RecordClass, rules.Rule]:
    """The house's own rules, where it changed a jurisdiction's default."""
    found = values(ctx)
    out: dict[RecordClass, rules.Rule] = {}
    for cls in RecordClass:
        rule = rules.parse_rule(found.get(_retention_key(cls), ""))
        if rule is not None:
            out[cls] = rule
    return out


def set_jurisdiction(ctx: Context, name: str) -> Result[HouseSetting]:
    if name not in rules.JURISDICTIONS:
        raise InvalidValue("jurisdiction", tr("Choose one of: {names}.",
                                              names=", ".join(rules.JURISDICTIONS)))
    return _set(ctx, JURISDICTION, name)


def set_rule(ctx: Context, record_class: RecordClass | str, rule: str
             ) -> Result[HouseSetting]:
    """A class's rule ("age:75", "closed:25"); an empty rule goes back to the default."""
    try:
        cls = RecordClass(record_class)
    except ValueError:
        raise InvalidValue("record_class", tr("Not a class of records.")) from None
    if rule.strip() and rules.parse_rule(rule) is None:
        raise InvalidValue("rule", tr("Write age:YEARS (until that birthday) or "
                                      "closed:YEARS (after the case closed)."))
    return _set(ctx, _retention_key(cls), rule.strip())
