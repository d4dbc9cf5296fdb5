"""Per-laptop app settings (not records): language and auto-lock, in the config folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale

from safehaven import i18n
from safehaven.services.access import atomic_write, ensure_private_dir


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("SafeHaven", False)) / "settings.json"


def system_language() -> str:
    """The system's language when SafeHaven has it (first run), else English: the locale
    environment first (as the CLI reads it), then what Qt says the system uses (Windows,
    macOS)."""
    found = i18n.from_environment()
    if found is None:
        for name in QLocale.system().uiLanguages():
            found = i18n.match(name)
            if found:
                break
    return found or i18n.SOURCE_LANGUAGE


@dataclass
class Settings:
    language: str = field(default_factory=system_language)
    lock_minutes: int = 5
    backup_folder: str = ""  # automatic daily backups go here (e.g. a USB stick)
    backup_keep: int = 7
    # The language of the laptop for someone who chose none, when the house has none
    # either (issue 25): `language` is the last user's, which the lock screen speaks, and
    # one person's choice must not become the next person's. A code only, no name.
    house_language: str = ""
    path: Path | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.house_language = self.house_language or self.language

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or default_path()
        try:
            doc = json.loads(path.read_text())
            settings = cls(language=i18n.match(str(doc.get("language", "")))
                           or system_language(),
                           lock_minutes=int(doc.get("lock_minutes", 5)),
                           backup_folder=str(doc.get("backup_folder", "")),
                           backup_keep=max(1, int(doc.get("backup_keep", 7))),
                           house_language=i18n.match(str(doc.get("house_language", "")))
                           or "")
        except (OSError, ValueError, TypeError):
            settings = cls()
        settings.path = path
        return settings

    def save(self) -> None:
        if self.path is None:
            return
        ensure_private_dir(self.path.parent)
        doc = {k: v for k, v in asdict(self).items() if k != "path"}
        atomic_write(self.path, json.dumps(doc).encode())
