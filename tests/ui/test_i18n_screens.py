"""Every screen, in every language SafeHaven has catalogues for, shows no English.

The walk is the screenshots' (`safehaven screenshots --lang`): first run, unlock, each page
and resident tab, the care forms and the check-in. On each screen the visible words are read
(labels, buttons, group titles, tabs, list and combo items, table headers and cells, window
titles, placeholders) and two rules find English left over, strict but not flaky:
- a text that is exactly an English source string of a catalogue whose translation differs;
- outside table cells (which hold staff's own notes), a text with a common English word.
Names (residents, staff, the house) and the product name are no English words here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from safehaven import i18n
from safehaven.paths import resource_dir
from safehaven.ui.app import Window, apply_language
from safehaven.ui.screenshots import walk
from tests.conftest import PASSPHRASE

TR = resource_dir() / "translations"
LANGS = [lang.code for lang in i18n.LANGUAGES if lang.code != i18n.SOURCE_LANGUAGE
         and (TR / f"safehaven_{lang.code}.qm").exists()
         and (TR / lang.code / "LC_MESSAGES" / "safehaven.mo").exists()]
# Common English words no other language SafeHaven speaks writes ("for" is Portuguese too;
# whole words): a text holding one of them is English left over.
STOP = re.compile(r"\b(the|and|with|this|your|you|of|to|is|not|none|Save|Cancel|Close|"
                  r"Next|Back|Add|Edit|Remove|Delete|Choose|Open|Show|passphrase|laptop|"
                  r"week|today|Today|Resident|residents|Unlock|Check-in|check-in)\b")
TAGS = re.compile(r"<[^>]+>")
PATH = re.compile(r"^([A-Za-z]:)?[/\\]\S*$")  # a folder or file: where data lives


def english_sources(code: str) -> dict[str, str]:
    """Each English source string of the catalogues with its translation in `code`."""
    found: dict[str, str] = {}
    for message in ET.parse(TR / f"safehaven_{code}.ts").getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text and \
                message.get("numerus") != "yes":
            found[source] = translation.text
    with (TR / code / "LC_MESSAGES" / "safehaven.mo").open("rb") as f:
        for m in read_mo(f):
            if m.id and isinstance(m.id, str) and m.string:
                found.setdefault(m.id, str(m.string))
    return {k: v for k, v in found.items() if k.strip() != v.strip()}


def visible_texts(top: QWidget) -> list[tuple[str, bool]]:
    """(text, is_data) for what `top` shows now; is_data for table cells."""
    out: list[tuple[str, bool]] = [(top.windowTitle(), False)]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel):
            out.append((unescape(TAGS.sub(" ", w.text())), False))
        elif isinstance(w, QAbstractButton):
            out.append((w.text(), False))
        elif isinstance(w, QGroupBox):
            out.append((w.title(), False))
        elif isinstance(w, QComboBox):
            out += [(w.itemText(i), False) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [(w.tabText(i), False) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [(w.item(i).text(), False) for i in range(w.count())]
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            out.append((w.placeholderText(), False))
        if isinstance(w, QWizard) and w.currentPage() is not None:
            out += [(w.currentPage().title(), False), (w.currentPage().subTitle(), False)]
        if isinstance(w, QAbstractItemView) and w.model() is not None \
                and not isinstance(w, QListWidget):
            model = w.model()
            for c in range(model.columnCount()):
                out.append((str(model.headerData(c, Qt.Orientation.Horizontal) or ""), False))
            for r in range(min(model.rowCount(), 30)):
                for c in range(model.columnCount()):
                    value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        out.append((value, True))
    return [(t.strip(), data) for t, data in out if t and t.strip()]


def english_left(code: str, screens: dict[str, list[tuple[str, bool]]]) -> list[str]:
    sources = english_sources(code)
    # a word both languages share for different things ("Direction": French for the
    # manager role, English for a scale's direction) is no English when it is a translation
    translated = {t.strip() for t in sources.values()}
    found = []
    for screen, texts in screens.items():
        for text, is_data in texts:
            plain = text.replace("&", "")
            for line in {text, plain, *text.splitlines()}:
                if line.strip() in sources and line.strip() not in translated:
                    found.append(f"{screen}: {line.strip()!r} (catalogue: "
                                 f"{sources[line.strip()]!r})")
            if not is_data and not PATH.match(text) and STOP.search(plain):
                found.append(f"{screen}: {text!r}")
    return sorted(set(found))


@pytest.fixture
def walked(qapp, vault_dir: Path):
    """Walk every screen in a language; English is back afterwards for the other tests."""
    def run(code: str) -> dict[str, list[tuple[str, bool]]]:
        screens: dict[str, list[tuple[str, bool]]] = {}

        def visit(widget: QWidget, name: str) -> Path:
            QApplication.processEvents()
            screens[name] = visible_texts(widget)
            return Path(name)
        walk(vault_dir, PASSPHRASE, "Maria Manager", visit, code)
        return screens
    yield run
    apply_language(qapp, "en")


@pytest.mark.parametrize("code", LANGS)
def test_every_screen_speaks_the_language(walked, code: str) -> None:
    screens = walked(code)
    assert len(screens) >= 15, sorted(screens)  # the walk reached the forms
    left = english_left(code, screens)
    assert not left, f"English on the {code} screens:\n" + "\n".join(left)


def test_the_check_finds_english(walked) -> None:
    """The rules do catch English: the same walk in English is full of it."""
    screens = walked("en")
    code = LANGS[0] if LANGS else "es"
    assert len(english_left(code, screens)) > 50


@pytest.mark.parametrize("code", [c for c in i18n.CODES if i18n.is_right_to_left(c)])
def test_right_to_left_app_has_the_sidebar_on_the_right(qtbot, qapp, vault_dir: Path,
                                                         tmp_path: Path, code: str) -> None:
    from safehaven.ui.settings import Settings
    from safehaven.ui.tasks import Tasks
    from tests.ui.conftest import unlock

    apply_language(qapp, code)
    try:
        win = Window(vault_dir, Settings(language=code, path=tmp_path / "s.json"),
                     Tasks(synchronous=True))
        qtbot.addWidget(win)
        win.resize(1000, 700)
        win.show()
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        unlock(win)
        shell = win.centralWidget()
        qtbot.waitUntil(lambda: shell.nav.isVisible())
        nav_x = shell.nav.mapTo(shell, shell.nav.rect().center()).x()
        page_x = shell.stack.mapTo(shell, shell.stack.rect().center()).x() \
            if hasattr(shell, "stack") else shell.width() / 2
        assert nav_x > page_x, "the sidebar is not on the right"
        view = shell.today.alerts_view
        assert view.isRightToLeft()  # table columns run right to left too
        win.session.lock()
    finally:
        apply_language(qapp, "en")
