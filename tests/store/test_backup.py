"""Backup, wipe, restore: the same records; a damaged backup changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_inproc import run_cli

PASS = "backup test passphrase"


def run(*args: str, **env: str) -> subprocess.CompletedProcess:
    """A command run as `python -m safehaven` would (in the test's process: see
    tests/cli_inproc.py); a real process when a crash point is to end it."""
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SAFEHAVEN_") or k in ("SAFEHAVEN_LOG_DIR", "SAFEHAVEN_NOW")}
    environ["SAFEHAVEN_PASSPHRASE"] = PASS
    environ.update(env)
    if "SAFEHAVEN_CRASH_AT" not in env:
        return run_cli(list(args), environ)
    return subprocess.run([sys.executable, "-m", "safehaven", *args], capture_output=True,
                          text=True, env=environ, timeout=120, stdin=subprocess.DEVNULL)


def _counts(folder: Path) -> dict[str, int]:
    from safehaven.store import reads
    from safehaven.store.vault import Vault

    with Vault.unlock(folder, PASS, sleep=lambda s: None) as vault:
        tables = ["residents", "check_ins", "needs", "therapy_sessions", "case_notes",
                  "change_log", "change_sets", "audit_log"]
        return {t: reads.count(vault.conn, t) for t in tables}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("backup") / "vault"
    done = run("--vault", str(folder), "demo", "--residents", "8", "--days", "20", "--no-gui")
    assert done.returncode == 0, done.stderr
    return folder


def test_backup_wipe_restore_gives_the_same_vault(demo: Path, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(demo, vault)
    before_json = json.loads(run("--vault", str(vault), "residents", "--json").stdout)
    before_counts = _counts(vault)
    backup = tmp_path / "house.shbk"
    done = run("--vault", str(vault), "backup", "--out", str(backup))
    assert done.returncode == 0, done.stderr
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    shutil.rmtree(vault)  # the laptop was wiped
    done = run("--vault", str(vault), "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert json.loads(run("--vault", str(vault), "residents", "--json").stdout) == before_json
    # the backup checks itself by unlocking: allow for the audit entries that adds
    after = _counts(vault)
    assert {k: v for k, v in after.items() if k != "audit_log"} == \
        {k: v for k, v in before_counts.items() if k != "audit_log"}
    # a restored laptop fetches its own change sets back at its next sync, and numbers
    # new ones well past anything it may have sent after the backup
    from safehaven.store import numbering
    from safehaven.store.vault import Vault
    from safehaven.sync.replica import applied_log

    with Vault.unlock(vault, PASS, sleep=lambda s: None) as opened:
        assert numbering.was_restored(opened.conn)
        assert opened.seq_floor > applied_log.highest_seq(opened.conn)[opened.device_id]


def test_backup_holds_no_plaintext(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    data = backup.read_bytes()
    names = [r["preferred_name"] for r in
             json.loads(run("--vault", str(demo), "residents", "--json").stdout)]
    assert b"SQLite format 3" not in data
    names = [n for n in names if len(n.encode()) >= 6]  # shorter ones occur by chance
    assert len(names) >= 5
    assert not [n for n in names if n.encode() in data]


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage", "header"])
def test_damaged_backup_is_refused_and_the_vault_untouched(demo: Path, tmp_path: Path,
                                                           damage: str) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(demo, vault)
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    data = bytearray(backup.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x40
    elif damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "garbage":
        data = bytearray(b"not a backup at all")
    else:
        data[25:40] = b"}" * 15
    backup.write_bytes(bytes(data))
    before = {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()}
    done = run("--vault", str(vault), "restore", str(backup), "--replace")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "backup" in done.stderr
    assert {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.shbk", "vault"]


def test_restore_over_a_vault_needs_replace_and_keeps_the_old_one(demo: Path,
                                                                  tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(demo, vault)
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    refused = run("--vault", str(vault), "restore", str(backup))
    assert refused.returncode == 2 and "--replace" in refused.stderr
    done = run("--vault", str(vault), "restore", str(backup), "--replace")
    assert done.returncode == 0, done.stderr
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and (kept[0] / "vault.db").exists()


def test_backup_of_another_house_needs_explicit_confirmation(demo: Path,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other"
    assert run("--vault", str(other), "init", "--house", "Other House",
               "--staff-name", "Olga").returncode == 0
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    refused = run("--vault", str(other), "restore", str(backup), "--replace")
    assert refused.returncode == 2 and "another house" in refused.stderr
    done = run("--vault", str(other), "restore", str(backup), "--replace", "--other-house")
    assert done.returncode == 0, done.stderr


def test_restore_with_the_wrong_passphrase_changes_nothing(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    done = run("--vault", str(tmp_path / "new"), "restore", str(backup),
               SAFEHAVEN_PASSPHRASE="wrong wrong wrong")
    assert done.returncode == 2 and "passphrase" in done.stderr
    assert not (tmp_path / "new").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.shbk"]


def test_automatic_backups_run_daily_and_keep_the_newest(tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from safehaven.services import backups, residents
    from safehaven.services.context import Context
    from safehaven.store import crypto
    from safehaven.store.backup import read_backup
    from safehaven.store.vault import Vault

    vault, _ = Vault.create(tmp_path / "v", house="H", organisation="O", staff_name="M",
                            passphrase=PASS, kdf=crypto.MIN_KDF)
    clock = [datetime(2026, 11, 1, 9, 0)]
    ctx = Context.for_vault(vault, now=lambda: clock[0])
    usb = tmp_path / "usb"
    made = []
    for day in range(5):
        clock[0] = datetime(2026, 11, 1, 9, 0) + timedelta(days=day)
        residents.add(ctx, f"Resident {day}")
        first = backups.run_if_due(ctx, usb, keep=3)
        assert first is not None
        import os
        stamp = clock[0].timestamp()
        os.utime(first, (stamp, stamp))  # the file's time is what `due` reads
        assert backups.run_if_due(ctx, usb, keep=3) is None  # not twice a day
        made.append(first.name)
    assert [p.name for p in backups.existing(usb)] == made[-3:]
    manifest, _ = read_backup(backups.existing(usb)[-1])
    assert manifest.site_id == vault.site_id
    vault.close()


def _rewrite(backup: Path, change) -> None:
    """Change a backup as a tamperer would: parts edited, checksums and sizes recomputed."""
    import hashlib

    from safehaven.store import backup as b

    data = backup.read_bytes()
    end = data.index(b"\n", len(b.MAGIC))
    doc = json.loads(data[len(b.MAGIC):end])
    keys_size = doc["parts"][0]["size"]
    keys, db = data[end + 1:end + 1 + keys_size], data[end + 1 + keys_size:]
    magic, doc, keys = change(b.MAGIC, doc, keys)
    for part, chunk in zip(doc["parts"], (keys, db), strict=True):
        part["size"], part["sha256"] = len(chunk), hashlib.sha256(chunk).hexdigest()
    backup.write_bytes(magic + json.dumps(doc).encode() + b"\n" + keys + db)


def _no_recovery(magic: bytes, doc: dict, keys: bytes) -> tuple:
    slots = json.loads(keys)
    slots["slots"] = [s for s in slots["slots"] if s.get("kind") != "recovery"]
    return magic, doc, json.dumps(slots, indent=1).encode()


@pytest.mark.parametrize("change", [
    pytest.param(lambda m, d, k: (m, {**d, "created": "2020-01-01T00:00:00+00:00"}, k),
                 id="dated-back"),
    pytest.param(_no_recovery, id="recovery-slot-stripped"),
    pytest.param(lambda m, d, k: (b"SAFEHAVEN-BACKUP 1\n",
                                  {x: v for x, v in d.items() if x != "mac"}, k),
                 id="relabelled-version-1"),
])
def test_a_backup_changed_with_its_checksums_recomputed_is_refused(
        demo: Path, tmp_path: Path, change) -> None:
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    _rewrite(backup, change)
    done = run("--vault", str(tmp_path / "new"), "restore", str(backup))
    assert done.returncode == 2, done.stdout
    assert "backup" in done.stderr or "key file" in done.stderr, done.stderr
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_a_restore_killed_between_its_renames_is_finished_at_the_next_command(
        demo: Path, tmp_path: Path) -> None:
    """Killed after the old vault was moved aside and before the restored one took its
    place: there is no vault. The next command finds the verified copy, puts it in place
    and says so in one line; the records are the backup's."""
    vault = tmp_path / "vault"
    shutil.copytree(demo, vault)
    backup = tmp_path / "b.shbk"
    assert run("--vault", str(demo), "backup", "--out", str(backup)).returncode == 0
    killed = run("--vault", str(vault), "restore", str(backup), "--replace",
                 SAFEHAVEN_CRASH_AT="restore-between-renames")
    assert killed.returncode == 70 and not (vault / "vault.db").exists()
    after = run("--vault", str(vault), "residents")
    assert after.returncode == 0, after.stderr
    assert "interrupted; it has now been completed" in after.stderr
    assert _counts(vault) == _counts(demo)
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name and
                not p.name.startswith("vault.before")]


def test_a_restore_killed_before_its_copy_was_checked_is_undone(demo: Path,
                                                                tmp_path: Path) -> None:
    """No verified copy (the kill came earlier): the previous vault is put back."""
    from safehaven.services import access

    vault = tmp_path / "vault"
    shutil.copytree(demo, vault)
    moved = tmp_path / "vault.before-restore-20261126-093000"
    os.replace(vault, moved)
    (tmp_path / ".vault.restore-abc").mkdir()  # staged, never verified
    assert "put back" in (access.finish_interrupted_restore(vault) or "")
    assert _counts(vault) == _counts(demo)


def test_a_backup_sweeps_what_killed_backups_left_in_its_folder(tmp_path: Path) -> None:
    """A backup killed mid-way leaves a hidden working folder as large as the vault (and
    perhaps a half-written file); the next backup into that folder removes them, but not
    one a backup running right now is using."""
    from safehaven.store import crypto
    from safehaven.store.backup import write_backup
    from safehaven.store.vault import Vault

    usb = tmp_path / "usb"
    usb.mkdir()
    stale_dir = usb / ".safehaven-backup-k1ll3d"
    stale_dir.mkdir()
    (stale_dir / "vault.db").write_bytes(b"\0" * 4096)
    stale_file = usb / ".safehaven-backup-20261101-0900.shbk.tmp-0123456789abcdef"
    stale_file.write_bytes(b"partial")
    running = usb / ".safehaven-backup-running"
    running.mkdir()
    elsewhere = usb / "notes.txt"
    elsewhere.write_text("not ours to touch")
    hour_ago = time.time() - 3600
    for path in (stale_dir, stale_file, elsewhere):
        os.utime(path, (hour_ago, hour_ago))
    vault, _ = Vault.create(tmp_path / "v", house="H", organisation="O", staff_name="M",
                            passphrase=PASS, kdf=crypto.MIN_KDF)
    try:
        write_backup(vault, usb / "safehaven-backup-20261102-0900.shbk")
    finally:
        vault.close()
    assert sorted(p.name for p in usb.iterdir()) == [
        ".safehaven-backup-running", "notes.txt", "safehaven-backup-20261102-0900.shbk"]
