"""The core's languages: which one the CLI speaks, plurals, dates and numbers, and the CLI
itself in Spanish (real processes on a real vault)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from safehaven import formats, i18n
from safehaven.domain.words import word

PASS = "i18n test passphrase"
TR = Path(__file__).resolve().parents[1] / "resources" / "translations"
CORE_LANGS = sorted(p.parent.parent.name for p in TR.glob("*/LC_MESSAGES/safehaven.mo"))
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def spanish() -> Iterator[None]:
    i18n.set_language("es")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "es"), ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
    ({"LANG": "pt_PT"}, "pt_BR"), ({"LC_ALL": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "ar_EG.UTF-8"}, "ar"), ({"LANG": "de_DE.UTF-8"}, None),
    ({"LANG": "C.UTF-8"}, None), ({"LANGUAGE": "de:es", "LANG": "en_US.UTF-8"}, "es"),
    ({"LC_MESSAGES": "es_MX", "LANG": "fr_FR"}, "es"),
    ({"LC_ALL": "C", "LANGUAGE": "es"}, None),  # LC_ALL=C switches LANGUAGE off
    ({}, None),
])
def test_system_language_from_the_environment(environ: dict[str, str],
                                              expected: str | None) -> None:
    assert i18n.from_environment(environ) == expected


def test_one_list_of_languages() -> None:
    assert [lang.code for lang in i18n.LANGUAGES] == ["en", "es", "pt_BR", "fr", "ar"]
    assert [c for c in i18n.CODES if i18n.is_right_to_left(c)] == ["ar"]
    assert i18n.set_language("xx") == "en" and i18n.language() == "en"  # unknown: English


def test_spanish_words_plurals_and_errors(spanish: None) -> None:
    assert i18n.tr("This cannot be empty.") == "Esto no puede quedar vacío."
    assert i18n.tr_n("{n} house", "{n} houses", 1) == "1 casa"
    assert i18n.tr_n("{n} house", "{n} houses", 3) == "3 casas"
    assert word("police") == "Policía" and word("non-binary") == "No binaria"
    assert i18n.tr("") == ""  # not the catalogue's header


def test_dates_and_numbers_follow_the_language(spanish: None) -> None:
    friday = date(2026, 11, 27)
    assert formats.day(friday, weekday=True) == "vie, 27 nov 2026"
    assert formats.day(friday, year=False) == "27 nov"
    assert formats.number(1234.5) == "1234,5" or formats.number(1234.5) == "1.234,5"
    assert formats.clock(datetime(2026, 11, 27, 14, 30)) == "14:30"
    i18n.set_language("en")
    assert formats.day(friday, weekday=True) == "Fri 27 Nov 2026"  # as the reports wrote it
    assert formats.day(None) == "–"


def run(*args: str, lang: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items()
               if (not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_NOW")
               and k not in LOCALE_VARS}
    environ.update({"SAFEHAVEN_PASSPHRASE": PASS, "LANG": "C.UTF-8", **(lang or {})})
    return subprocess.run([sys.executable, "-m", "safehaven", *args], capture_output=True,
                          text=True, env=environ, timeout=180, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The vault `init` makes, with the cheapest key derivation allowed (each process of
    these tests unlocks it: at the default's cost that was most of the file's time)."""
    from safehaven.services import access
    from tests.cli_inproc import run_cli
    from tests.conftest import FAST

    folder = tmp_path_factory.mktemp("i18n") / "vault"
    ctx, _ = access.create(folder, house="Casa Luz", organisation="", staff_name="Rosa",
                           passphrase=PASS, kdf=FAST)
    ctx.vault.close()
    environ = {k: v for k, v in os.environ.items()
               if (not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_NOW", "SAFEHAVEN_LOG_DIR"))
               and k not in LOCALE_VARS}
    added = run_cli(["--vault", str(folder), "resident", "add", "--preferred-name", "Lucía",
                     "--stage", "stabilization", "--json"],
                    {**environ, "SAFEHAVEN_PASSPHRASE": PASS, "LANG": "C.UTF-8"})
    assert added.returncode == 0, added.stderr
    return folder


def test_lang_environment_makes_the_cli_speak_spanish(vault: Path) -> None:
    today = run("--vault", str(vault), "today", lang={"LANG": "es_ES.UTF-8"})
    assert today.returncode == 0, today.stderr
    assert "Falta registrar hoy: 1" in today.stdout and "Lucía" in today.stdout
    assert "Still to check in" not in today.stdout
    english = run("--vault", str(vault), "today")
    assert "Still to check in today: 1" in english.stdout


def test_an_error_in_spanish_is_spanish(vault: Path, tmp_path: Path) -> None:
    missing = run("--vault", str(tmp_path / "none"), "today", lang={"LANG": "es_ES.UTF-8"})
    assert missing.returncode != 0
    assert "No se encontró ningún almacén" in missing.stderr
    usage = run("--vault", str(vault), "checkin", "add", "--resident", "x", "--mood", "9",
                lang={"LC_ALL": "es_ES.UTF-8"})
    assert usage.returncode == 2
    assert "opción no válida" in usage.stderr and "uso:" in usage.stderr


def test_lang_option_wins_over_the_environment(vault: Path) -> None:
    listed = run("--lang", "es", "--vault", str(vault), "residents",
                 lang={"LANG": "fr_FR.UTF-8"})
    assert listed.returncode == 0, listed.stderr
    assert "Lucía" in listed.stdout and "Estabilización" in listed.stdout
    assert json.loads(run("--lang", "es", "--vault", str(vault), "residents", "--json")
                      .stdout)[0]["stage"] == "stabilization"  # JSON stays as stored


@pytest.mark.parametrize("code", [c for c in CORE_LANGS if c != "en"])
def test_each_language_on_disk_speaks_through_the_cli(vault: Path, code: str) -> None:
    i18n.set_language(code)
    try:
        expected = i18n.tr("Still to check in today: {n}", n=1)
    finally:
        i18n.set_language("en")
    assert expected != "Still to check in today: 1"
    today = run("--lang", code, "--vault", str(vault), "today")
    assert today.returncode == 0, today.stderr
    assert expected in today.stdout


def test_screenshots_in_spanish(vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "es"
    done = run("--vault", str(vault), "--staff", "Rosa", "screenshots", "--lang", "es",
               "--out", str(out), lang={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    names = {p.name for p in out.glob("*.png")}
    assert {"02-unlock.png", "03-today.png", "11-admin.png"} <= names
    assert any("perfil" in n for n in names)  # the tabs are named in Spanish


def test_a_plain_table_cell_in_arabic_keeps_its_letters() -> None:
    """Report tables hold plain strings ("{n} overdue" in Arabic: "متأخر: 2"); their
    letters must come out, not blanks."""
    import io
    import unicodedata

    from pypdf import PdfReader
    from reportlab.platypus import SimpleDocTemplate

    from safehaven.reports import layout as L

    out = io.BytesIO()
    SimpleDocTemplate(out).build([L.table([["الحالة", "Count"], ["متأخر: 2", "3"]],
                                          [200, 100])])
    text = unicodedata.normalize("NFKC", PdfReader(out).pages[0].extract_text())
    assert "متأخر" in text and "الحالة" in text


def test_speaking_a_language_changes_nothing_on_another_thread() -> None:
    """A safety plan rendered in Arabic on the database thread while the GUI thread
    formats a date: each thread keeps its own language (a ContextVar, not a global)."""
    import threading

    steps = threading.Barrier(2, timeout=10)
    heard: dict[str, str] = {}

    def reporter() -> None:
        with i18n.speaking("ar"):
            steps.wait()  # the other thread speaks while this block is open
            steps.wait()
            heard["reporter"] = i18n.language()

    def screen() -> None:
        steps.wait()
        heard["screen"] = i18n.language()
        heard["screen_word"] = i18n.tr("Monday")
        steps.wait()

    threads = [threading.Thread(target=reporter), threading.Thread(target=screen)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert heard == {"reporter": "ar", "screen": "en", "screen_word": "Monday"}
    assert i18n.language() == "en"


def test_a_speaking_block_ends_where_it_began_even_when_the_process_language_changes(
        spanish: None) -> None:
    with i18n.speaking("fr"):
        assert i18n.language() == "fr"
        with i18n.speaking("ar"):
            assert i18n.is_right_to_left()
        assert i18n.language() == "fr"
    assert i18n.language() == "es"
