"""How the app looks: sharp faces, a clear choice, readable colours, named controls."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from safehaven.ui.checkin import CheckInDialog
from safehaven.ui.faces import FaceButton, paint_face


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
