"""One vault, one writer: a second process cannot write into a vault that is open."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.services import residents
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.backup import restore as restore_backup
from safehaven.store.backup import write_backup
from safehaven.store.vault import Vault
from safehaven.store.writer_lock import VaultBusy
from tests.conftest import PASSPHRASE


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHAVEN_")
           or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    env["SAFEHAVEN_PASSPHRASE"] = PASSPHRASE
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(folder), *args],
                          capture_output=True, text=True, env=env, timeout=120,
                          stdin=subprocess.DEVNULL)


def test_a_command_refuses_while_the_app_holds_the_vault_and_nothing_is_lost(
        tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, house="Casa", organisation="", staff_name="Rosa",
                            passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    try:
        done = _cli(folder, "rekey")
        assert done.returncode == 2
        assert done.stderr.count("\n") == 1 and "open in another SafeHaven" in done.stderr
        saved = residents.add(Context.for_vault(vault), "Mateo").record.id  # after it
    finally:
        vault.close()
    assert _cli(folder, "rekey").returncode == 0  # free again once the app let go
    with Vault.unlock(folder, PASSPHRASE) as again:
        assert residents.get(Context.for_vault(again), saved).preferred_name == "Mateo"


def test_a_second_open_and_a_restore_over_an_open_vault_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _ = Vault.create(folder, house="Casa", organisation="", staff_name="Rosa",
                            passphrase=PASSPHRASE, kdf=crypto.MIN_KDF)
    try:
        write_backup(vault, tmp_path / "copy.shbk")
        with pytest.raises(VaultBusy):
            Vault.unlock(folder, PASSPHRASE, sleep=lambda s: None)
        with pytest.raises(VaultBusy):
            restore_backup(tmp_path / "copy.shbk", folder, PASSPHRASE, replace=True)
        assert (folder / "vault.db").exists()  # nothing was moved aside
    finally:
        vault.close()
    Vault.unlock(folder, PASSPHRASE).close()
