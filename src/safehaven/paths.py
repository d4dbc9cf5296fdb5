"""Where SafeHaven's shipped resources (fonts, translations, icons) are found."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_dir() -> Path:
    """`resources/` of the source tree, or the bundle's copy in a packaged app."""
    bundled = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
