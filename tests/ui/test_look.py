"""How the app looks: sharp faces, a clear choice, readable colours, named controls."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from safehaven.services import checkins
from safehaven.ui.app import Window
from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.faces import FaceButton, paint_face
from safehaven.ui.look import apply_look
from safehaven.ui.settings import Settings
from safehaven.ui.shell import Shell
from safehaven.ui.tasks import Tasks
from tests.ui.conftest import unlock


def _edge_width(scale: float) -> int:
    """Device pixels between fully outside and fully inside a face's left edge, on the
    middle line, with the face drawn at 40 logical pixels on a screen of this scale."""
    side = int(48 * scale)
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    paint_face(p, QRectF(4, 4, 40, 40), 3)
    p.end()
    y = side // 2
    alphas = [image.pixelColor(x, y).alpha()
              for x in range(side // 2)]
    return sum(1 for a in alphas if 0 < a < 255)


def test_faces_are_vectors_sharp_at_any_scale() -> None:
    # a 48-pixel pixmap scaled by 3 smears its edge over several device pixels; a face
    # painted at the screen's scale keeps a one- or two-pixel antialiased edge
    for scale in (1.0, 2.0, 3.0):
        assert _edge_width(scale) <= 2, scale


def test_chosen_face_is_clearly_marked_and_readable_without_colour(qtbot) -> None:
    dialog = CheckInDialog("Ana")
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.mood.button(4)
    assert isinstance(button, FaceButton) and button.icon().isNull()
    plain = button.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    button.setChecked(True)
    chosen = button.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    changed = sum(1 for x in range(plain.width()) for y in range(plain.height())
                  if abs(plain.pixelColor(x, y).value() - chosen.pixelColor(x, y).value()) > 60)
    # in grey alone, a strong change: frame, tick and bold word, not a faint tint
    assert changed > 0.08 * plain.width() * plain.height()
    assert "chosen" in button.accessibleDescription()
    assert button.accessibleName() == button.toolTip() != ""


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio (1 to 21; 4.5 is enough for body text)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#181818"),
                         (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Button, "#303030"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.ButtonText, "#eeeeee")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_os(qapp) -> Iterator[QApplication]:
    """A dark OS theme is in place before SafeHaven sets its own look; undone after."""
    before = (qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setStyle(before[0])
    qapp.setPalette(before[1])
    qapp.setStyleSheet(before[2])


def test_dark_os_theme_never_gives_dark_text_on_dark(dark_os, qtbot, vault_dir: Path,
                                                     tmp_path: Path) -> None:
    apply_look(dark_os)
    window = Window(vault_dir, Settings(path=tmp_path / "settings.json"),
                    Tasks(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    try:
        unlock(window)
        shell = window.centralWidget()
        assert isinstance(shell, Shell)
        checked = 0
        for row in range(shell.nav.count()):
            shell.nav.setCurrentRow(row)
            qtbot.wait(5)  # widgets added to a shown window show on the next event round
            page = shell.stack.current()
            assert page is not None
            for widget in [shell.nav, page, *page.findChildren(QWidget)]:
                if not widget.isVisibleTo(window) or not widget.isEnabled() or \
                        not isinstance(widget, QLabel | QLineEdit | QAbstractItemView |
                                       QAbstractButton | QComboBox):
                    continue
                widget.ensurePolished()
                palette = widget.palette()
                fg = palette.color(widget.foregroundRole())
                bg = palette.color(widget.backgroundRole())
                assert contrast(fg, bg) >= 4.5, (type(widget).__name__, fg.name(), bg.name())
                if isinstance(widget, QAbstractItemView | QLineEdit):
                    assert contrast(palette.color(QPalette.ColorRole.Text),
                                    palette.color(QPalette.ColorRole.Base)) >= 4.5
                checked += 1
        assert checked > 30, checked
    finally:
        window.session.lock()


def _unnamed(root: QWidget) -> list[str]:
    """Buttons a screen reader could only call "button": no text and no accessible name."""
    return [f"{type(b).__name__} in {type(b.parent()).__name__}"
            for b in root.findChildren(QAbstractButton)
            if not b.text().strip() and not b.accessibleName().strip()]


def test_every_button_without_text_has_an_accessible_name(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    for row in range(shell.nav.count()):
        shell.nav.setCurrentRow(row)
    resident = next(iter(shell.today.waiting.rows.values()))
    shell.open_resident(resident.id)
    assert shell.detail is not None
    for tab in range(shell.detail.tabs.count()):
        shell.detail.tabs.setCurrentIndex(tab)
    shell.start_checkin(resident.id, resident.preferred_name)
    qtbot.wait(5)
    assert sorted(set(_unnamed(window))) == []
    assert shell.checkin_dialog is not None and _unnamed(shell.checkin_dialog) == []
    lock = next(b for b in shell.findChildren(QAbstractButton) if "Ctrl+L" in b.text())
    assert lock.accessibleDescription()


def test_a_long_note_in_the_checkins_table_is_readable_whole(window, qtbot) -> None:
    unlock(window)
    shell = window.centralWidget()
    fatima = next(r for r in shell.today.waiting.rows.values() if r.preferred_name == "Fatima")
    note = ("Woke twice in the night & asked for the light on; talked with Rosa about "
            "<school> tomorrow and drew for an hour.\nAte well at breakfast.")
    checkins.record(window.session.ctx, fatima.id, 3, note=note)
    shell.open_resident(fatima.id)
    model = shell.detail.checkins_model
    column = next(i for i, c in enumerate(model.columns) if c.title == "Note")
    tip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert QtGui.Qt.mightBeRichText(tip)  # Qt wraps a rich-text tooltip to a readable width
    assert html.unescape(re.sub("<[^>]+>", "", tip)) == note
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == \
        model.data(model.index(0, 1))  # short cells: the same text


def test_counts_take_the_plural_form_of_the_language(window) -> None:
    from safehaven.ui.app import install_translator

    unlock(window)
    admin = window.centralWidget().admin
    app = QApplication.instance()
    try:
        for language, one, many in (("en", "minute", "minutes"), ("es", "minuto", "minutos")):
            assert install_translator(app, language)
            admin._minutes_suffix(1)
            assert admin.lock_minutes.suffix().strip() == one  # "1 minute", never "1 minutes"
            admin._minutes_suffix(5)
            assert admin.lock_minutes.suffix().strip() == many
            page = window.centralWidget().residents
            page._count()
            total = page.model.rowCount()
            assert page.count.text().endswith(("residents" if language == "en" else "residentes")
                                              if total != 1 else ("resident", "residente"))
    finally:
        install_translator(app, "en")
