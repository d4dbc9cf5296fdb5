"""The core's language: which languages SafeHaven speaks, and its one translation function.

The CLI and the reports speak through `tr()` / `tr_n()`; the Qt UI uses Qt's own `tr()`.
`set_language` sets the process's language; `speaking(lang)` changes it only for the
code running inside the block, in its own thread or task (a `ContextVar`): a safety plan
rendered in Arabic on the database thread leaves the GUI thread's dates in English.
Catalogues are gettext `.mo` files in `resources/translations/<lang>/LC_MESSAGES/`, extracted
with Babel (`make translations`); see TRANSLATORS.md.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from safehaven.paths import resource_dir

_DOMAIN = "safehaven"
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True)
class Language:
    """One language SafeHaven ships: its code (gettext/Qt), its own name, its direction."""

    code: str
    native_name: str
    right_to_left: bool = False


# The one list: the Admin language combo, the CLI's --lang, the screenshots and the tests.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English"),
    Language("es", "Español"),
    Language("pt_BR", "Português (Brasil)"),
    Language("fr", "Français"),
    Language("ar", "العربية", right_to_left=True),
)
CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)

_Speech = tuple[_gettext.NullTranslations, str]  # a catalogue and its language code
_process: _Speech = (_gettext.NullTranslations(), SOURCE_LANGUAGE)
_speaking: ContextVar[_Speech | None] = ContextVar("safehaven_speaking", default=None)


def _now() -> _Speech:
    """What the running code speaks: its block's language, or the process's."""
    return _speaking.get() or _process


def _load(lang: str | None) -> _Speech:
    code = match(lang) or SOURCE_LANGUAGE
    if code == SOURCE_LANGUAGE:
        return _gettext.NullTranslations(), code
    return _gettext.translation(_DOMAIN, localedir=_locale_dir(), languages=[code],
                                fallback=True), code


def _locale_dir() -> Path:
    return resource_dir() / "translations"


def match(tag: str | None) -> str | None:
    """The supported language for a locale tag, or None: 'es_ES.UTF-8' → 'es',
    'pt-BR' → 'pt_BR', 'pt_PT' → 'pt_BR' (the one Portuguese we have), 'fr_CA' → 'fr'."""
    if not tag:
        return None
    tag = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not tag or tag in ("C", "POSIX"):
        return None
    lang, _, region = tag.partition("_")
    lang = lang.lower()
    exact = f"{lang}_{region.upper()}" if region else lang
    if exact in CODES:
        return exact
    if lang in CODES:
        return lang
    return next((code for code in CODES if code.split("_")[0] == lang), None)


def from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """The system's language if SafeHaven has it, as gettext reads it: LANGUAGE (a
    colon-separated preference list), then LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    if env.get("LC_ALL", "") not in ("C", "POSIX"):  # LC_ALL=C turns LANGUAGE off
        candidates += env.get("LANGUAGE", "").split(":")
    candidates += [env.get(name, "") for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for candidate in candidates:
        if candidate:
            found = match(candidate)
            if found:
                return found
            if candidate in ("C", "POSIX"):
                return None  # an explicit C locale means English
    return None


def language() -> str:
    """The core's current language code."""
    return _now()[1]


current_language = language


def has_language(lang: str) -> bool:
    """English, or a language with a compiled catalogue."""
    return lang == SOURCE_LANGUAGE or (
        _locale_dir() / lang / "LC_MESSAGES" / f"{_DOMAIN}.mo").is_file()


@contextmanager
def speaking(lang: str | None) -> Iterator[None]:
    """The core speaks `lang` inside the block (a page printed in the young person's
    language), then goes back to the language it spoke before. Only this thread (or
    task) hears it: the others go on in theirs."""
    token = _speaking.set(_load(lang))
    try:
        yield
    finally:
        _speaking.reset(token)


def is_right_to_left(code: str | None = None) -> bool:
    code = code or language()
    return any(lang.code == code and lang.right_to_left for lang in LANGUAGES)


def set_language(lang: str | None) -> str:
    """Switch the core's language; unknown languages fall back to English. Returns the
    language now in use. This is the process's language: a `speaking` block still speaks
    its own."""
    global _process
    _process = _load(lang)
    return _process[1]


def N_(text: str, /) -> str:  # the gettext convention
    """Mark `text` for extraction where it is translated later with `tr(variable)`."""
    return text


def gettext(text: str, /) -> str:
    """Translate `text` as it is (no placeholders filled): for libraries that format
    their own messages, like argparse."""
    return _now()[0].gettext(text) if text else text


def ngettext(singular: str, plural: str, n: int, /) -> str:
    return _now()[0].ngettext(singular, plural, n)


def tr(text: str, /, **values: object) -> str:
    """Translate `text`, then fill `{name}` placeholders from `values`."""
    translated = _now()[0].gettext(text) if text else text  # "" is gettext's header
    return translated.format(**values) if values else translated


def joined(items: Iterable[str], /, *, semicolons: bool = False) -> str:
    """`items` as one list in the core's language: 'a, b' ('a، b' in Arabic), or with
    `semicolons` between items that hold commas themselves ('a; b', 'a؛ b'). The separator
    is the translators' to choose, not a hard-coded ASCII one."""
    out = ""
    for n, item in enumerate(items):
        if n == 0:
            out = item
        elif semicolons:
            out = tr("{list}; {item}", list=out, item=item)
        else:
            out = tr("{list}, {item}", list=out, item=item)
    return out


def tr_n(singular: str, plural: str, n: int, /, **values: object) -> str:
    """Translate a count with the language's plural forms; `{n}` is filled with `n`."""
    translated = _now()[0].ngettext(singular, plural, n)
    return translated.format(n=n, **values)
