"""Every visible string is translatable; the Spanish build really shows Spanish."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from safehaven.paths import resource_dir
from safehaven.ui.app import Window, apply_language, install_translator
from safehaven.ui.settings import Settings
from safehaven.ui.tasks import Tasks
from tests.ui.conftest import unlock

TS_DIR = resource_dir() / "translations"


def test_spanish_build_shows_spanish(qtbot, vault_dir: Path, tmp_path: Path) -> None:
    assert install_translator(QApplication.instance(), "es")
    try:
        win = Window(vault_dir, Settings(path=tmp_path / "s.json"), Tasks(synchronous=True))
        qtbot.addWidget(win)
        win.show()
        assert win.centralWidget().button.text() == "Desbloquear"
        unlock(win)
        shell = win.centralWidget()
        assert [shell.nav.item(i).text() for i in range(3)] == ["Hoy", "Residentes", "Agenda"]
        stages = [shell.residents.stage.itemText(i) for i in range(1, 3)]
        assert stages == ["Identificación", "Estabilización"]
        win.session.lock()
    finally:
        apply_language(QApplication.instance(), "en")


def test_every_spanish_entry_is_translated() -> None:
    text = (TS_DIR / "safehaven_es.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert text.count("<message") > 250


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
                    is None, reason="pyside6-lrelease is not installed")
def test_compiled_translations_match_their_sources(tmp_path: Path) -> None:
    lrelease = str(Path(sys.executable).parent / "pyside6-lrelease")
    for ts in TS_DIR.glob("*.ts"):
        out = tmp_path / f"{ts.stem}.qm"
        subprocess.run([lrelease, str(ts), "-qm", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
            f"{ts.name} changed: run `make translations`"


def test_ui_source_strings_are_all_in_the_ts_file() -> None:
    """A new tr() string without a translation entry fails here, not in a shelter."""
    import re

    text = (TS_DIR / "safehaven_es.ts").read_text(encoding="utf-8")
    sources = set(re.findall(r"<source>(.*?)</source>", text, re.S))
    from html import unescape
    sources = {unescape(s) for s in sources}
    ui = Path(__file__).resolve().parents[2] / "src" / "safehaven" / "ui"
    for path in ui.glob("*.py"):
        for literal in re.findall(r'self\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*\)', path.read_text()):
            assert literal.encode().decode("unicode_escape") in sources or literal in sources, \
                f"{path.name}: {literal!r} is not in safehaven_es.ts (run make translations)"


def test_switching_language_in_admin_rebuilds_the_screens(window) -> None:
    unlock(window)
    shell = window.centralWidget()
    shell.nav.setCurrentRow(5)
    try:
        shell.admin.language.setCurrentIndex(shell.admin.language.findData("es"))
        shell = window.centralWidget()
        assert shell.nav.item(0).text() == "Hoy"
        assert shell.nav.currentRow() == 5  # still on Admin
        assert window.settings.language == "es"
    finally:
        apply_language(QApplication.instance(), "en")
