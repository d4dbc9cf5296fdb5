"""House-wide settings a manager sets and every laptop of the house follows (they sync):
how many days a complaint may wait for an answer, how many weeks between case reviews
(numbers); which approvals the house asks for and its retention rules (issue 30, words)."""

from __future__ import annotations

import uuid
from datetime import date

from safehaven.domain import retention as rules
from safehaven.domain.life import HouseSetting
from safehaven.domain.life_alerts import COMPLAINT_DAYS, REVIEW_WEEKS
from safehaven.domain.vocab import ApprovalSubject, RecordClass, Technique
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads

# name -> (default, lowest, highest)
SETTINGS: dict[str, tuple[int, int, int]] = {
    "complaint-days": (COMPLAINT_DAYS, 1, 60),
    "review-weeks": (REVIEW_WEEKS, 1, 52),
    "document-max-mb": (20, 1, 200),  # the largest file a document may be (issue 29)
    "financial-year-start": (4, 1, 12),  # the month a funder's financial year starts in
    # issue 25: the longest a laptop may stay open unattended; each person may choose less
    "lock-minutes": (5, 1, 60),
    # issue 25: below this age (on the day, from the date of birth) a young person's own
    # consent also needs a guardian or an agency named (services/consents.py)
    "consent-age": (16, 10, 21),
}


def _id(site_id: str, name: str) -> str:
    """One id per setting and house, so two managers setting it offline edit one row
    (last writer wins, the loser kept as a conflict) rather than adding two."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"safehaven:{site_id}:setting:{name}"))


def get(ctx: Context, name: str) -> int:
    default, low, high = SETTINGS[name]
    conn = ctx.conn
    row_id = _id(ctx.vault.site_id, name)
    if not reads.exists(conn, HouseSetting, row_id):
        return default
    try:
        value = int(reads.get(conn, HouseSetting, row_id).value)
    except ValueError:
        return default
    return value if low <= value <= high else default


def set_value(ctx: Context, name: str, value: int) -> Result[HouseSetting]:
    ctx.require(Action.MANAGE_HOUSE)
    if name not in SETTINGS:
        raise InvalidValue("name", tr("Choose one of: {options}.", options=", ".join(SETTINGS)))
    _, low, high = SETTINGS[name]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue("value", tr("Between {low} and {high}.", low=low, high=high))
    row_id = _id(ctx.vault.site_id, name)
    who = ctx.actor.id if ctx.actor else ""
    with ctx.write() as tx:
        if reads.exists(ctx.conn, HouseSetting, row_id):
            made = tx.update(HouseSetting, row_id, value=str(value), updated_by=who,
                             updated_on=ctx.today())
        else:
            made = tx.insert(HouseSetting(row_id, ctx.vault.site_id, name, str(value), who,
                                          ctx.today()))
    return Result(made, tuple(tx.changes))


# -- settings in words (issue 30) ------------------------------------------------------------
JURISDICTION = "retention.jurisdiction"


def _approval_key(subject: ApprovalSubject) -> str:
    return f"approvals.{subject.value}"


def _retention_key(cls: RecordClass) -> str:
    return f"retention.{cls.value}"


def text(ctx: Context, name: str) -> str | None:
    """A setting in words, or None when no manager has set it."""
    row_id = _id(ctx.vault.site_id, name)
    if not reads.exists(ctx.conn, HouseSetting, row_id):
        return None
    return str(reads.get(ctx.conn, HouseSetting, row_id).value)


def set_text(ctx: Context, name: str, value: str, action: Action) -> Result[HouseSetting]:
    """A setting in words, for whoever `action` allows (services/preferences.py)."""
    return _set_text(ctx, name, value, action)


def _set_text(ctx: Context, name: str, value: str, action: Action) -> Result[HouseSetting]:
    ctx.require(action)
    row_id = _id(ctx.vault.site_id, name)
    who = ctx.actor.id if ctx.actor else ""
    with ctx.write() as tx:
        if reads.exists(ctx.conn, HouseSetting, row_id):
            made = tx.update(HouseSetting, row_id, value=value, updated_by=who,
                             updated_on=ctx.today())
        else:
            made = tx.insert(HouseSetting(row_id, ctx.vault.site_id, name, value, who,
                                          ctx.today()))
    return Result(made, tuple(tx.changes))


def approvals_required(ctx: Context) -> set[ApprovalSubject]:
    """What this house asks a manager to approve (nothing until a manager switches it on)."""
    return {s for s in ApprovalSubject if text(ctx, _approval_key(s)) == "on"}


def require_approval(ctx: Context, subject: ApprovalSubject | str, on: bool
                     ) -> Result[HouseSetting]:
    try:
        which = ApprovalSubject(subject)
    except ValueError:
        raise InvalidValue("subject", tr("Not something a house can ask to approve.")) from None
    return _set_text(ctx, _approval_key(which), "on" if on else "off", Action.MANAGE_HOUSE)


def jurisdiction(ctx: Context) -> str:
    found = text(ctx, JURISDICTION)
    return found if found in rules.JURISDICTIONS else rules.DEFAULT_JURISDICTION


def overrides(ctx: Context) -> dict[RecordClass, rules.Rule]:
    """The house's own rules, where it changed a jurisdiction's default."""
    out: dict[RecordClass, rules.Rule] = {}
    for cls in RecordClass:
        rule = rules.parse_rule(text(ctx, _retention_key(cls)) or "")
        if rule is not None:
            out[cls] = rule
    return out


def set_jurisdiction(ctx: Context, name: str) -> Result[HouseSetting]:
    if name not in rules.JURISDICTIONS:
        raise InvalidValue("jurisdiction", tr("Choose one of: {names}.",
                                              names=", ".join(rules.JURISDICTIONS)))
    return _set_text(ctx, JURISDICTION, name, Action.MANAGE_RETENTION)


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
    return _set_text(ctx, _retention_key(cls), rule.strip(), Action.MANAGE_RETENTION)


AFTER_TRANSFER = "after-transfer"
KEEPS = ("copy", "none")  # what a sending house keeps of a child it transferred


def after_transfer(ctx: Context) -> str:
    """"copy" (a closed copy, the default) or "none": the organisation's choice for what a
    house keeps of a young person another house accepted (issue 30, item 1)."""
    found = text(ctx, AFTER_TRANSFER)
    return found if found in KEEPS else KEEPS[0]


def set_after_transfer(ctx: Context, keep: str) -> Result[HouseSetting]:
    if keep not in KEEPS:
        raise InvalidValue("keep", tr("Choose one of: {options}.", options=", ".join(KEEPS)))
    return _set_text(ctx, AFTER_TRANSFER, keep, Action.MANAGE_RETENTION)


def approval_setting(site_id: str, subject: ApprovalSubject, by: str, on: date
                     ) -> HouseSetting:
    """The row that switches approval of `subject` on (for the demo generator)."""
    name = _approval_key(subject)
    return HouseSetting(_id(site_id, name), site_id, name, "on", by, on)


# -- the restraint techniques the house trains in (issue 27) ----------------------------------
TECHNIQUES = "restraint-techniques"
MAX_TECHNIQUES = 30


def restraint_techniques(ctx: Context) -> list[str]:
    """The techniques a restraint record offers: the house's list, one a line (a shipped
    technique by its code, the house's own in its words), or the shipped list."""
    found = [t.strip() for t in (text(ctx, TECHNIQUES) or "").splitlines() if t.strip()]
    return found or [t.value for t in Technique]


def set_restraint_techniques(ctx: Context, names: list[str]) -> Result[HouseSetting]:
    """A manager sets the list (empty: back to the shipped list). Records made with a
    technique no longer listed keep it and still show it."""
    ctx.require(Action.MANAGE_HOUSE)
    return _set_text(ctx, TECHNIQUES, "\n".join(clean_techniques(names)), Action.MANAGE_HOUSE)


def clean_techniques(names: list[str]) -> list[str]:
    """The list as it would be kept, or InvalidValue("names") (checked before a form that
    sets several settings writes any)."""
    clean: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        if len(name) > 120:
            raise InvalidValue("names", tr("A technique is at most 120 characters."))
        if name.casefold() not in {c.casefold() for c in clean}:
            clean.append(name)
    if len(clean) > MAX_TECHNIQUES:
        raise InvalidValue("names", tr("At most {n} techniques.", n=MAX_TECHNIQUES))
    return clean


def techniques_setting(site_id: str, names: list[str], by: str, on: date) -> HouseSetting:
    """The row that sets the house's restraint techniques (for the demo generator)."""
    return HouseSetting(_id(site_id, TECHNIQUES), site_id, TECHNIQUES, "\n".join(names), by,
                        on)
