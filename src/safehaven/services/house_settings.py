"""House-wide settings a manager sets and every laptop of the house follows (they sync):
how many days a complaint may wait for an answer, how many weeks between case reviews."""

from __future__ import annotations

import uuid

from safehaven.domain.life import HouseSetting
from safehaven.domain.life_alerts import COMPLAINT_DAYS, REVIEW_WEEKS
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads

# name -> (default, lowest, highest)
SETTINGS: dict[str, tuple[int, int, int]] = {
    "complaint-days": (COMPLAINT_DAYS, 1, 60),
    "review-weeks": (REVIEW_WEEKS, 1, 52),
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
