"""The Sync page says when the server asks for a newer SafeHaven (upgrade order: the
server first, then the laptops)."""

from __future__ import annotations

from pathlib import Path

from safehaven.server.admin import create_org
from safehaven.server.config import ServerConfig
from safehaven.server.storage import Storage
from safehaven.store.vault import Vault
from safehaven.sync.client import connect
from tests.conftest import PASSPHRASE
from tests.server.live import ThreadServer
from tests.ui.conftest import unlock


def test_the_sync_page_says_an_update_is_available_then_required(
        window, vault_dir: Path, tmp_path: Path, qtbot) -> None:
    storage = Storage(tmp_path / "server.db")
    token = create_org(storage, "Harbour")
    server = ThreadServer(storage, ServerConfig(latest_app_version="9.9"))
    try:
        with Vault.unlock(vault_dir, PASSPHRASE, "Maria Manager") as vault:
            connect(vault, server.url, token)
        unlock(window)
        shell = window.centralWidget()
        with qtbot.waitSignal(shell.background_sync.finished, timeout=15_000):
            shell.background_sync.run_now()
        shell.sync_page.refresh()
        assert "SafeHaven 9.9 is available" in shell.sync_page.problem_label.text()
    finally:
        server.stop()
    strict = ThreadServer(Storage(tmp_path / "server.db"),  # the upgraded server
                          ServerConfig(min_app_version="9.0", latest_app_version="9.9"),
                          port=server.port)
    try:
        with qtbot.waitSignal(shell.background_sync.failed, timeout=15_000):
            shell.background_sync.run_now()
        shell.sync_page.refresh()
        text = shell.sync_page.problem_label.text()
        assert "needs a newer SafeHaven (9.0)" in text and "is available" not in text
    finally:
        strict.stop()
