"""The core's one translation function.

The CLI and the reports speak through `tr()`; the Qt UI uses Qt's own `tr()`.
Catalogs are gettext `.mo` files in `resources/translations/<lang>/LC_MESSAGES/`.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from safehaven.paths import resource_dir

_DOMAIN = "safehaven"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def _locale_dir() -> Path:
    return resource_dir() / "translations"


def set_language(lang: str | None) -> None:
    """Switch the core's language; unknown languages fall back to English."""
    global _translation
    if not lang:
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        _DOMAIN, localedir=_locale_dir(), languages=[lang], fallback=True
    )


def tr(text: str, /, **values: object) -> str:
    """Translate `text`, then fill `{name}` placeholders from `values`."""
    translated = _translation.gettext(text)
    return translated.format(**values) if values else translated
