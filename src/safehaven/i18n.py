"""The core's one translation function.

The CLI and the reports speak through `tr()`; the Qt UI uses Qt's own `tr()`.
Catalogs are gettext `.mo` files in `resources/translations/<lang>/LC_MESSAGES/`.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from safehaven.paths import resource_dir

_DOMAIN = "safehaven"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def _locale_dir() -> Path:
    return resource_dir() / "translations"


_language = "en"


def has_language(lang: str) -> bool:
    """English, or a language with a compiled catalogue."""
    return lang == "en" or (_locale_dir() / lang / "LC_MESSAGES" / f"{_DOMAIN}.mo").is_file()


def current_language() -> str:
    return _language


def set_language(lang: str | None) -> None:
    """Switch the core's language; unknown languages fall back to English."""
    global _translation, _language
    _language = lang if lang and has_language(lang) else "en"
    if not lang:
        _translation = gettext.NullTranslations()
        return
    _translation = gettext.translation(
        _DOMAIN, localedir=_locale_dir(), languages=[lang], fallback=True
    )


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """The core speaks `lang` inside the block (a page printed in the young person's
    language), then goes back to the language it spoke before."""
    global _translation, _language
    before = _translation, _language
    set_language(lang)
    try:
        yield
    finally:
        _translation, _language = before


def tr(text: str, /, **values: object) -> str:
    """Translate `text`, then fill `{name}` placeholders from `values`."""
    translated = _translation.gettext(text)
    return translated.format(**values) if values else translated
