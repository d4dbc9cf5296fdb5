"""Seconds-long writes (a USB bundle, a backup) show a busy sign, then where the file went."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from safehaven.services import backups, sync_status
from safehaven.ui.admin import AdminPage
from safehaven.ui.shell import Shell
from tests.ui.conftest import unlock


def _watching(monkeypatch: pytest.MonkeyPatch, module: Any, name: str,
              seen: dict[str, Any], look: Any) -> None:
    """Wrap a service so the test sees the screen while the work is under way."""
    real = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        seen.update(look())
        return real(*args, **kwargs)
    monkeypatch.setattr(module, name, wrapped)


def test_usb_export_shows_busy_then_the_full_path(window, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    unlock(window)
    shell = window.centralWidget()
    assert isinstance(shell, Shell)
    page = shell.sync_page
    out = tmp_path / "stick" / "house.bundle"
    out.parent.mkdir()
    monkeypatch.chdir(out.parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("house.bundle", ""))
    seen: dict[str, Any] = {}
    _watching(monkeypatch, sync_status, "export_bundle", seen, lambda: {
        "cursor": QApplication.overrideCursor() is not None,
        "button": page.export_button.isEnabled(), "text": page.message.text()})
    page._export()
    assert seen["cursor"] and not seen["button"] and "Writing" in seen["text"]
    assert out.exists()
    assert str(out.resolve()) in page.message.text()  # the full path, not "house.bundle"
    assert "written" in page.message.text()
    assert page.export_button.isEnabled() and QApplication.overrideCursor() is None


def test_back_up_now_shows_busy_then_the_full_path(window, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    unlock(window)
    shell = window.centralWidget()
    admin = shell.admin
    assert isinstance(admin, AdminPage) and not admin.backup_now.isEnabled()  # no folder yet
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    admin._choose_backup_folder()
    assert admin.backup_now.isEnabled()
    for old in backups.existing(folder):  # the daily one the choice may have started
        old.unlink()
    seen: dict[str, Any] = {}
    _watching(monkeypatch, backups, "run_now", seen, lambda: {
        "cursor": QApplication.overrideCursor() is not None,
        "button": admin.backup_now.isEnabled(), "text": admin.backup_message.text()})
    admin.back_up_now()
    assert seen["cursor"] and not seen["button"] and seen["text"]
    written = backups.existing(folder)
    assert len(written) == 1
    assert str(written[0].resolve()) in admin.backup_message.text()
    assert admin.backup_now.isEnabled() and QApplication.overrideCursor() is None
