"""Damage found at unlock: bytes flipped in a real vault file, a vault copied without its
WAL, the last WAL frame damaged. Each is one plain line, never a traceback or a silent loss."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from safehaven.errors import DamagedDatabase, SavesMissing, StorageFailed
from safehaven.services import access, residents
from safehaven.services.context import Context
from safehaven.store import integrity, numbering
from safehaven.store.database import DB_NAME
from safehaven.store.vault import Vault, db_path
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
    counted = house.vault.db.commits.value
    house.vault.close()
    with _unlock(house.folder) as vault:
        assert vault.db.commits.value == counted and vault.db.commits.missing == 0
        record = (house.folder / integrity.COMMITS_NAME).read_bytes()
        assert vault.keys.vault_id.encode() in record
    # a count file behind the database (a power cut before it reached the disk) is fine
    (house.folder / integrity.COMMITS_NAME).write_bytes(b"garbage")
    _unlock(house.folder).close()


# -- when the full page check runs (issue 35, item 8: not at every unlock) -----------------
class _Counted:
    """`integrity.check_pages`, counting its runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.runs = 0
        real = integrity.check_pages

        def counted(conn: object) -> None:
            self.runs += 1
            real(conn)  # type: ignore[arg-type]
        monkeypatch.setattr(integrity, "check_pages", counted)


def _flipped_keeping_its_times(path: Path, page: int = -1) -> None:
    """A byte changed as a tool would, its modification time put back (the change time
    cannot be)."""
    info = path.stat()
    _flip(path, (page % (info.st_size // PAGE)) * PAGE + 500)
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))


def _rot(house: House) -> None:
    """A page going bad under a file nobody wrote: the seal still matches it (made here
    with the key, as a disk going bad would not move the file's times)."""
    key, vault_id = house.vault._data_key, house.vault.keys.vault_id
    checked = house.vault.db.pages_checked_at
    # a page nothing reads at unlock or in the residents list: an empty table's
    (root,) = house.vault.conn.execute("SELECT rootpage FROM sqlite_master WHERE name = "
                                       "'school_events'").fetchone()
    house.vault.close()
    path = db_path(house.folder)
    _flipped_keeping_its_times(path, root - 1)
    assert checked is not None
    (house.folder / integrity.SEAL_NAME).unlink(missing_ok=True)
    integrity.write_seal(path, vault_id, key, checked)


def test_a_vault_left_as_it_was_opens_without_the_full_check(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(30):
        residents.add(house.manager, f"Resident {i}")
    house.vault.close()
    assert (house.folder / integrity.SEAL_NAME).exists()
    checks = _Counted(monkeypatch)
    _unlock(house.folder).close()
    assert checks.runs == 0
    with _unlock(house.folder) as vault:  # a save, then a clean close: sealed again
        residents.add(Context.for_vault(vault), "Another")
    _unlock(house.folder).close()
    assert checks.runs == 0
    # any change to the file is seen, even with its modification time put back
    _flipped_keeping_its_times(db_path(house.folder))
    with pytest.raises(DamagedDatabase):
        _unlock(house.folder)
    assert checks.runs == 1
    with pytest.raises(DamagedDatabase):  # and again: a failed unlock leaves no seal
        _unlock(house.folder)


def test_the_full_check_runs_again_after_a_day(house: House,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    now = 1_795_000_000.0  # a moment given, not read: the rule is about ages
    assert not integrity.check_due(now - 3600, now)
    assert integrity.check_due(now - 25 * 3600, now)
    assert integrity.check_due(now + 3600, now)  # a clock set back does not postpone it
    house.vault.close()
    checks = _Counted(monkeypatch)
    monkeypatch.setattr(integrity, "RECHECK_SECONDS", 0)
    with _unlock(house.folder) as vault:
        assert checks.runs == 1 and not vault.db.page_check_due


def test_damage_under_an_untouched_file_is_found_within_a_day(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(30):
        residents.add(house.manager, f"Resident {i}")
    _rot(house)
    # the trade-off: a day's grace for a page nobody reads...
    with _unlock(house.folder) as vault:
        with pytest.raises(DamagedDatabase):
            vault.check_pages()  # ...until the check runs: then writes stop
        with pytest.raises(DamagedDatabase):
            residents.add(Context.for_vault(vault), "Not saved")
    assert not (house.folder / integrity.SEAL_NAME).exists()
    with pytest.raises(DamagedDatabase):  # and the next unlock checks every page
        _unlock(house.folder)


def test_a_deferred_daily_check_runs_before_the_first_write(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    residents.add(house.manager, "Before")
    _rot(house)
    monkeypatch.setattr(integrity, "RECHECK_SECONDS", 0)  # the last check is a day old
    path = db_path(house.folder)
    rotten = path.read_bytes()
    vault = Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None,
                         defer_page_check=True)
    with vault:
        assert vault.db.page_check_due
        ctx = Context.for_vault(vault)
        assert [r.preferred_name for r in residents.overview(ctx)] == ["Before"]
        with pytest.raises(DamagedDatabase):
            residents.add(ctx, "After")
        assert vault.db.damaged
    assert path.read_bytes() == rotten  # nothing written into it
    with pytest.raises(DamagedDatabase):
        _unlock(house.folder)


def test_a_deferred_check_on_a_sound_vault_lets_writes_through(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    house.vault.close()
    checks = _Counted(monkeypatch)
    monkeypatch.setattr(integrity, "RECHECK_SECONDS", 0)
    vault = Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None,
                         defer_page_check=True)
    with vault:
        assert checks.runs == 0 and vault.db.page_check_due
        residents.add(Context.for_vault(vault), "Saved")
        assert checks.runs == 1 and not vault.db.page_check_due
        residents.add(Context.for_vault(vault), "Saved too")
        assert checks.runs == 1


def test_an_error_in_a_session_means_a_full_check_next_time(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    house.vault.close()
    checks = _Counted(monkeypatch)
    with pytest.raises(StorageFailed), _unlock(house.folder):
        raise StorageFailed()
    assert checks.runs == 0 and not (house.folder / integrity.SEAL_NAME).exists()
    _unlock(house.folder).close()
    assert checks.runs == 1
    _unlock(house.folder).close()
    assert checks.runs == 1


def test_a_seal_is_refused_for_another_file_key_or_a_full_journal(house: House) -> None:
    key, vault_id = house.vault._data_key, house.vault.keys.vault_id
    house.vault.close()
    path = db_path(house.folder)
    seal = house.folder / integrity.SEAL_NAME
    kept = seal.read_bytes()
    assert integrity.take_seal(path, vault_id, key) is not None
    assert not seal.exists()  # used up
    for vid, k in ((vault_id, bytes(32)), ("another-vault", key)):
        seal.write_bytes(kept)
        assert integrity.take_seal(path, vid, k) is None
    seal.write_bytes(kept)
    (house.folder / (DB_NAME + "-wal")).write_bytes(b"\0" * 100)  # a killed session's
    assert integrity.take_seal(path, vault_id, key) is None


def test_a_damaged_page_never_reaches_a_backup(house: House, tmp_path: Path) -> None:
    from safehaven.store import backup

    residents.add(house.manager, "Before")
    _rot(house)  # a page nobody reads, the file sealed as sound
    with _unlock(house.folder) as vault:
        with pytest.raises(DamagedDatabase):
            backup.write_backup(vault, tmp_path / "b.shbk")
        assert vault.db.damaged
    assert not (tmp_path / "b.shbk").exists()


def test_a_backup_is_the_checked_file_and_restores(house: House, tmp_path: Path) -> None:
    from safehaven.store import backup

    residents.add(house.manager, "Kept")
    backup.write_backup(house.vault, tmp_path / "b.shbk")
    assert not list(tmp_path.glob(".safehaven-backup-*"))  # no working copy
    house.vault.close()
    _, parts = backup.read_backup(tmp_path / "b.shbk")
    assert parts[DB_NAME] == db_path(house.folder).read_bytes()  # the file as it was
    backup.restore(tmp_path / "b.shbk", tmp_path / "restored", PASSPHRASE, "Maria Manager")
    with _unlock(tmp_path / "restored") as vault:
        assert [r.preferred_name for r in residents.overview(Context.for_vault(vault))] \
            == ["Kept"]


def test_the_app_runs_a_deferred_check_after_unlock_and_only_once(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app unlocks with the check deferred and asks for it once Today's reads are
    queued (`ui/session.py`): rotten pages are then found without a save."""
    residents.add(house.manager, "Before")
    _rot(house)
    monkeypatch.setattr(integrity, "RECHECK_SECONDS", 0)
    ctx = access.unlock(house.folder, PASSPHRASE, "Maria Manager", defer_page_check=True)
    with ctx.vault:
        assert ctx.vault.db.page_check_due and not ctx.vault.db.damaged
        with pytest.raises(DamagedDatabase):
            access.check_pages_if_due(ctx)
        assert ctx.vault.db.damaged


def test_a_deferred_check_on_a_sound_vault_runs_once(
        house: House, monkeypatch: pytest.MonkeyPatch) -> None:
    house.vault.close()
    checks = _Counted(monkeypatch)
    monkeypatch.setattr(integrity, "RECHECK_SECONDS", 0)
    ctx = access.unlock(house.folder, PASSPHRASE, "Maria Manager", defer_page_check=True)
    with ctx.vault:
        assert checks.runs == 0
        assert access.check_pages_if_due(ctx) and checks.runs == 1
        assert not access.check_pages_if_due(ctx) and checks.runs == 1
