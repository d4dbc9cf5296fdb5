"""Every catalogue on disk is complete and keeps its placeholders.

Parametrized over the languages found in resources/translations, so a new language's files
are checked as soon as they are there: the core's gettext .po (and its compiled .mo), the
Qt UI's .ts. English is the source language: its .ts only carries plural forms.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from babel.messages.catalog import Message
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from safehaven import i18n
from safehaven.domain.words import _WORDS

ROOT = Path(__file__).resolve().parents[1]
TR = ROOT / "resources" / "translations"
POS = sorted(TR.glob("*/LC_MESSAGES/safehaven.po"))
TSS = sorted(p for p in TR.glob("safehaven_*.ts") if p.stem != "safehaven_en")
BRACES = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|\{\d+\}")
PERCENT = re.compile(r"%\([A-Za-z_]+\)[sdr]|%[sdr]")
QT = re.compile(r"%n|%L?\d")


def braces(text: str) -> Counter[str]:
    return Counter(BRACES.findall(text))


def percents(text: str) -> Counter[str]:
    return Counter(PERCENT.findall(text))


def _lang(po: Path) -> str:
    return po.parent.parent.name


def test_catalogues_exist_for_spanish_at_least() -> None:
    assert "es" in [_lang(p) for p in POS]
    assert TR / "safehaven_es.ts" in TSS
    for po in POS:  # every language on disk is one the app offers
        assert _lang(po) in i18n.CODES, f"{po}: add it to i18n.LANGUAGES"


@pytest.mark.parametrize("po", POS, ids=_lang)
def test_po_complete_with_matching_placeholders(po: Path) -> None:
    with po.open("rb") as f:
        catalog = read_po(f)
    with (TR / "safehaven.pot").open("rb") as f:
        template = read_po(f)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
    missing = [m.id for m in template if m.id and
               (m.id if isinstance(m.id, str) else m.id[0]) not in ids]
    assert not missing, f"{po}: not merged from safehaven.pot (make translations): {missing[:5]}"
    problems = []
    for m in catalog:
        if not m.id:
            continue
        if m.fuzzy:
            problems.append(f"fuzzy: {m.id!r}")
        if isinstance(m.id, str):
            if not m.string:
                problems.append(f"untranslated: {m.id!r}")
            elif braces(m.string) != braces(m.id) or percents(m.string) != percents(m.id):
                problems.append(f"placeholders: {m.id!r} -> {m.string!r}")
            continue
        forms = list(m.string)
        if len(forms) != catalog.num_plurals or not all(forms):
            problems.append(f"plural forms missing: {m.id[0]!r}")
            continue
        source = braces(m.id[1])
        for form in forms:  # a form for exactly one may say "one" instead of {n}
            got = braces(form)
            if got - source or (source - got) - Counter({"{n}": 1}):
                problems.append(f"placeholders: {m.id[1]!r} -> {form!r}")
        if "{n}" in source and "{n}" not in forms[-1]:
            problems.append(f"the general plural form lacks {{n}}: {forms[-1]!r}")
    assert not problems, f"{po}:\n" + "\n".join(problems)


@pytest.mark.parametrize("po", POS, ids=_lang)
def test_mo_is_compiled_from_its_po(po: Path) -> None:
    def key(m: Message) -> tuple[object, object]:
        return (m.id if isinstance(m.id, str) else tuple(m.id),
                m.string if isinstance(m.string, str) else tuple(m.string))
    with po.open("rb") as f:
        source = dict(key(m) for m in read_po(f) if m.id and not m.fuzzy)
    with po.with_suffix(".mo").open("rb") as f:
        compiled = dict(key(m) for m in read_mo(f) if m.id)
    assert compiled == source, f"{po.with_suffix('.mo')} is stale: run make translations"


def test_pot_holds_every_core_string_and_the_vocabulary() -> None:
    """A new tr() in the core without `make translations` fails here, not in a shelter."""
    found = set()
    method_map = [("**/ui/**", "ignore"), ("**.py", "python")]
    keywords = {"tr": None, "tr_n": (1, 2), "N_": None}
    for _, _, message, _, _ in extract_from_dir(str(ROOT / "src"), method_map,
                                                keywords=keywords):
        found.add(message if isinstance(message, str) else message[0])
    found |= set(_WORDS.values())
    with (TR / "safehaven.pot").open("rb") as f:
        pot = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    assert found - pot == set(), "run make translations"
    assert len(pot) > 800


@pytest.mark.parametrize("ts", TSS, ids=lambda p: p.stem)
def test_ts_complete_with_matching_placeholders(ts: Path) -> None:
    problems = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{translation.get('type')}: {source!r}")
            continue
        forms = ([f.text or "" for f in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for i, form in enumerate(forms):
            if not form.strip():
                problems.append(f"untranslated: {source!r}")
                continue
            want, got = Counter(QT.findall(source)), Counter(QT.findall(form))
            if message.get("numerus") == "yes" and i < len(forms) - 1:
                want.pop("%n", None)  # "one" forms may spell the number out
                got.pop("%n", None)
            if want != got or braces(form) != braces(source):
                problems.append(f"placeholders: {source!r} -> {form!r}")
    assert not problems, f"{ts.name}:\n" + "\n".join(problems)
