"""At unlock: the person's own language and idle lock, and the house's (issue 25).

The language is the person's, else the house's, else the laptop's own (never simply the
last user's: one staff member's Arabic is not the next person's). Its code (no name) is
kept in the laptop's plain settings file, so the lock screen, which runs before anything
is unlocked, speaks the last user's language. This laptop's backup folder, as a manager
chose it in the vault, is copied there too, for the hourly look at whether one is due."""

from __future__ import annotations

from collections.abc import Callable

from safehaven.ui.session import Session
from safehaven.ui.settings import Settings, system_language


def apply_on_unlock(session: Session, settings: Settings,
                    apply_language: Callable[[str], object]) -> int:
    """Apply the person's language now (before the shell is built in it) and return the
    idle-lock minutes that hold for them."""
    prefs = session.prefs
    if prefs is None:  # a vault made just now: the laptop's file as it is
        return settings.lock_minutes
    changed = False
    if prefs.house_language and prefs.house_language != settings.house_language:
        settings.house_language = prefs.house_language
        changed = True
    language = prefs.language or settings.house_language or system_language()
    if language != settings.language:
        settings.language = language
        apply_language(language)
        changed = True
    # a folder chosen on this laptop before the vault kept it stays until a manager chooses
    if prefs.backup_folder and prefs.backup_folder != settings.backup_folder:
        settings.backup_folder = prefs.backup_folder
        changed = True
    if prefs.lock_minutes != settings.lock_minutes:
        settings.lock_minutes = prefs.lock_minutes
        changed = True
    if changed:
        settings.save()
    return prefs.lock_minutes
