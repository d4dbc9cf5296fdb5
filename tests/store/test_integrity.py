"""Damage found at unlock: bytes flipped in a real vault file, a vault copied without its
WAL, the last WAL frame damaged. Each is one plain line, never a traceback or a silent loss."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.errors import DamagedDatabase, SavesMissing
from safehaven.services import access, residents
from safehaven.services.context import Context
from safehaven.store import integrity, numbering
from safehaven.store.vault import DB_NAME, Vault, db_path
from tests.conftest import PASSPHRASE, House

PAGE = 4096


def _unlock(folder: Path, **kw: bool) -> Vault:
    return Vault.unlock(folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None, **kw)


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAFEHAVEN_PASSPHRASE": PASSPHRASE, "PYTHONPATH": "src"}
    return subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(folder),
                           "--staff", "Maria Manager", *args], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)


def _copy_while_open(house: House, dest: Path, *, with_wal: bool) -> Path:
    """What a careless copy of the folder takes while the app has the vault open."""
    dest.mkdir()
    for f in house.folder.iterdir():
        if f.name.endswith("-shm") or (f.name.endswith("-wal") and not with_wal):
            continue
        if f.is_file() and f.name != "vault.lock":
            shutil.copy2(f, dest / f.name)
    return dest


@pytest.mark.parametrize("page", [0, 1, 5, -1])
def test_a_flipped_byte_is_found_at_unlock(house: House, page: int) -> None:
    for i in range(30):
        residents.add(house.manager, f"Resident {i}")
    house.vault.close()
    path = db_path(house.folder)
    pages = path.stat().st_size // PAGE
    _flip(path, (page % pages) * PAGE + 700)
    damaged = path.read_bytes()
    with pytest.raises(DamagedDatabase) as caught:
        _unlock(house.folder)
    assert type(caught.value) is DamagedDatabase
    assert path.read_bytes() == damaged  # nothing written into a damaged file


def test_the_cli_says_damage_in_one_line(house: House) -> None:
    residents.add(house.manager, "Lucía")
    house.vault.close()
    path = db_path(house.folder)
    _flip(path, (path.stat().st_size // PAGE - 2) * PAGE + 300)
    done = _cli(house.folder, "residents")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "restore" in lines[0]


def test_a_vault_copied_without_its_wal_is_told(house: House, tmp_path: Path) -> None:
    for i in range(3):
        residents.add(house.manager, f"Resident {i}")
    copy = _copy_while_open(house, tmp_path / "copy", with_wal=False)
    with pytest.raises(SavesMissing) as caught:
        _unlock(copy)
    assert caught.value.missing >= 3
    # the same copy with its WAL is whole
    whole = _copy_while_open(house, tmp_path / "whole", with_wal=True)
    with _unlock(whole) as vault:
        assert len(residents.overview(Context.for_vault(vault))) == 3


def test_a_damaged_last_wal_frame_is_told_not_dropped(house: House, tmp_path: Path) -> None:
    for i in range(3):
        residents.add(house.manager, f"Resident {i}")
    copy = _copy_while_open(house, tmp_path / "copy", with_wal=True)
    wal = copy / (DB_NAME + "-wal")
    _flip(wal, wal.stat().st_size - 100)  # inside the last frame: SQLite drops it silently
    with pytest.raises(SavesMissing):
        _unlock(copy)


def test_carrying_on_without_the_lost_saves_starts_a_new_epoch(house: House,
                                                              tmp_path: Path) -> None:
    residents.add(house.manager, "Before")
    copy = _copy_while_open(house, tmp_path / "copy", with_wal=False)
    done = _cli(copy, "residents")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    assert "accept-missing-saves" in done.stderr
    done = _cli(copy, "accept-missing-saves")
    assert done.returncode == 0, done.stderr
    with _unlock(copy) as vault:  # no longer refused, and numbered past anything sent
        assert vault.seq_floor >= numbering.RESTORE_GAP
        assert numbering.was_restored(vault.conn)
    assert access.accept_missing_saves(copy, PASSPHRASE, "Maria Manager") == 0


def test_no_false_alarm_after_saves_close_rekey_and_crash(house: House) -> None:
    residents.add(house.manager, "One")
    house.vault.rekey()
    residents.add(house.manager, "Two")
    counted = house.vault.commits.value
    house.vault.close()
    with _unlock(house.folder) as vault:
        assert vault.commits.value == counted and vault.commits.missing == 0
        record = (house.folder / integrity.COMMITS_NAME).read_bytes()
        assert vault.keys.vault_id.encode() in record
    # a count file behind the database (a power cut before it reached the disk) is fine
    (house.folder / integrity.COMMITS_NAME).write_bytes(b"garbage")
    _unlock(house.folder).close()
