"""The idle lock, the language and the backup folder (issue 25): the house's are a
manager's, each person's own are theirs.

What lives where, and why:
- The house's idle-lock limit and language are house settings in the vault (synced): a
  manager's decision for every laptop of the house, refused to staff here and by every
  receiving laptop (`house_settings` needs MANAGE_HOUSE).
- The backup folder is a path on one laptop, so it is kept per laptop (a house setting
  named for the laptop's device id): a manager chooses it; kept in the vault, a staff
  member cannot point it elsewhere from the app.
- A person's own language and shorter idle lock are theirs (`staff_prefs`, one row per
  person, synced so that they follow the person to every laptop; only they write it).
- The laptop's plain settings file keeps a language code only (no name): the lock screen
  runs before anything is unlocked and speaks the last user's language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from safehaven import i18n
from safehaven.domain.life import HouseSetting
from safehaven.domain.models import StaffPrefs
from safehaven.errors import InvalidValue
from safehaven.i18n import tr
from safehaven.services import house_settings
from safehaven.services.context import Context, Result
from safehaven.services.permissions import Action
from safehaven.store import reads

LOCK = "lock-minutes"
LANGUAGE = "house-language"
BACKUP = "backup-folder."  # + the laptop's device id


@dataclass(frozen=True, slots=True)
class Effective:
    """What applies to the person at the keyboard on this laptop."""

    language: str | None  # theirs, else the house's, else None (the laptop keeps its own)
    lock_minutes: int  # theirs when shorter, else the house's limit
    own_language: str | None
    own_lock: int | None
    house_language: str | None
    house_lock: int
    backup_folder: str  # this laptop's; "" for none


def _row_id(site_id: str, staff_id: str) -> str:
    """One row per person and house: two laptops writing it offline edit one row."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"safehaven:{site_id}:prefs:{staff_id}"))


def own(ctx: Context) -> StaffPrefs | None:
    if ctx.actor is None:
        return None
    row_id = _row_id(ctx.vault.site_id, ctx.actor.id)
    return reads.get(ctx.conn, StaffPrefs, row_id) if reads.exists(
        ctx.conn, StaffPrefs, row_id) else None


def house_language(ctx: Context) -> str | None:
    return i18n.match(house_settings.text(ctx, LANGUAGE) or "") or None


def backup_folder(ctx: Context) -> str:
    return house_settings.text(ctx, BACKUP + ctx.vault.device_id) or ""


def effective(ctx: Context) -> Effective:
    """Read at unlock (no role needed: everyone reads their own and the house's)."""
    mine = own(ctx)
    limit = house_settings.get(ctx, LOCK)
    own_lock = mine.lock_minutes if mine else None
    own_language = i18n.match(mine.language or "") if mine and mine.language else None
    house = house_language(ctx)
    return Effective(own_language or house,
                     min(own_lock, limit) if own_lock else limit,
                     own_language, own_lock, house, limit, backup_folder(ctx))


# -- the house's: managers only -------------------------------------------------------------
def set_house_lock(ctx: Context, minutes: int) -> Result[HouseSetting]:
    return house_settings.set_value(ctx, LOCK, minutes)  # MANAGE_HOUSE


def set_house_language(ctx: Context, code: str) -> Result[HouseSetting]:
    ctx.require(Action.MANAGE_HOUSE)
    return house_settings.set_text(ctx, LANGUAGE, _language(code), Action.MANAGE_HOUSE)


def set_backup_folder(ctx: Context, folder: str) -> Result[HouseSetting]:
    """This laptop's backup folder ("" for none): a manager's choice."""
    ctx.require(Action.MANAGE_HOUSE)
    return house_settings.set_text(ctx, BACKUP + ctx.vault.device_id, folder.strip(),
                                   Action.MANAGE_HOUSE)


# -- one's own: anyone, for themselves ------------------------------------------------------
def set_own_language(ctx: Context, code: str) -> Result[StaffPrefs]:
    return _set_own(ctx, language=_language(code))


def set_own_lock(ctx: Context, minutes: int | None) -> Result[StaffPrefs]:
    """A shorter idle lock for oneself (None: the house's); never longer than the house's."""
    limit = house_settings.get(ctx, LOCK)
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int)
                                or not 1 <= minutes <= limit):
        raise InvalidValue("lock_minutes", tr(
            "Between 1 and {limit} minutes: the house's limit.", limit=limit))
    return _set_own(ctx, lock_minutes=minutes)


def _language(code: str) -> str:
    if code not in i18n.CODES:
        raise InvalidValue("language", tr("Choose one of: {options}.",
                                          options=", ".join(i18n.CODES)))
    return code


def _set_own(ctx: Context, **values: object) -> Result[StaffPrefs]:
    if ctx.actor is None:
        raise InvalidValue("staff", tr("Only a staff member has settings of their own."))
    row_id = _row_id(ctx.vault.site_id, ctx.actor.id)
    with ctx.write() as tx:
        if reads.exists(ctx.conn, StaffPrefs, row_id):
            made = tx.update(StaffPrefs, row_id, **values)
        else:
            made = tx.insert(StaffPrefs(row_id, ctx.vault.site_id, ctx.actor.id,
                                        **values))  # type: ignore[arg-type]
    return Result(made, tuple(tx.changes))
