"""A backup whose database passed `integrity_check` when it was made (version 3, "checked"
under the house's MAC) restores without running it again; anything not proven identical
to checked bytes is refused or checked in full (store/backup.py, issue 35 item 8)."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from safehaven.errors import DamagedDatabase
from safehaven.store import backup as b
from safehaven.store import integrity
from safehaven.store.vault import Vault
from tests.store.test_backup import PASS, run


@pytest.fixture(scope="module")
def houses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two houses (the second for a MAC made with another house's key)."""
    made = []
    for name in ("a", "b"):
        folder = tmp_path_factory.mktemp(f"checked-{name}") / "vault"
        done = run("--vault", str(folder), "demo", "--residents", "3", "--days", "5",
                   "--no-gui")
        assert done.returncode == 0, done.stderr
        made.append(folder)
    return made[0], made[1]


@pytest.fixture()
def structure_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each `integrity_check` run (the real one), by the file it checked."""
    calls: list[Path] = []
    real = integrity.check_structure

    def counted(conn, db: Path) -> None:  # type: ignore[no-untyped-def]
        calls.append(db)
        real(conn, db)

    monkeypatch.setattr(integrity, "check_structure", counted)
    return calls


def _split(backup: Path) -> tuple[bytes, dict, bytes, bytes]:
    data = backup.read_bytes()
    end = data.index(b"\n", len(b.MAGIC))
    doc = json.loads(data[len(b.MAGIC):end])
    size = doc["parts"][0]["size"]
    return data[:len(b.MAGIC)], doc, data[end + 1:end + 1 + size], data[end + 1 + size:]


def _write(backup: Path, magic: bytes, doc: dict, keys: bytes, db: bytes) -> None:
    backup.write_bytes(magic + json.dumps(doc).encode() + b"\n" + keys + db)


def _master(folder: Path) -> bytes:
    with Vault.unlock(folder, PASS, sleep=lambda s: None) as vault:
        return vault._master_key


def _remac(doc: dict, master: bytes, version: int) -> dict:
    fields = {k: v for k, v in doc.items() if k not in ("mac", "checked")}
    manifest = b.Manifest(**fields, version=version, checked=bool(doc.get("checked")))
    return {**b._doc(manifest), "mac": b._mac(master, manifest)}


def _backup(house: Path, out: Path) -> None:
    done = run("--vault", str(house), "backup", "--out", str(out))
    assert done.returncode == 0, done.stderr


def _refused(target: Path, backup: Path) -> None:
    done = run("--vault", str(target), "restore", str(backup))
    assert done.returncode == 2, done.stdout
    assert not target.exists() or not any(target.iterdir())


def test_a_checked_backup_restores_without_checking_the_structure_again(
        houses: tuple[Path, Path], tmp_path: Path, structure_checks: list[Path]) -> None:
    house = tmp_path / "house"
    shutil.copytree(houses[0], house)
    out = tmp_path / "b.shbk"
    _backup(house, out)
    assert structure_checks == [house / "vault.db"]  # made: checked on the vault's bytes
    manifest, _ = b.read_backup(out)
    assert (manifest.version, manifest.checked, manifest.mac is not None) == (3, True, True)
    done = run("--vault", str(tmp_path / "new"), "restore", str(out))
    assert done.returncode == 0, done.stderr
    assert len(structure_checks) == 1  # restored: pages checked, structure vouched for
    assert run("--vault", str(tmp_path / "new"), "residents").returncode == 0


def test_a_version_2_backup_still_restores_with_the_full_check(
        houses: tuple[Path, Path], tmp_path: Path, structure_checks: list[Path]) -> None:
    out = tmp_path / "b.shbk"
    _backup(houses[0], out)
    _, doc, keys, db = _split(out)
    _write(out, b.MAGIC_V2, _remac(doc, _master(houses[0]), 2), keys, db)
    assert b.read_backup(out)[0].version == 2
    structure_checks.clear()
    done = run("--vault", str(tmp_path / "new"), "restore", str(out))
    assert done.returncode == 0, done.stderr
    assert len(structure_checks) == 1 and structure_checks[0].name == "vault.db"


def test_a_backup_made_unchecked_is_checked_in_full(
        houses: tuple[Path, Path], tmp_path: Path, structure_checks: list[Path]) -> None:
    out = tmp_path / "b.shbk"
    _backup(houses[0], out)
    _, doc, keys, db = _split(out)
    _write(out, b.MAGIC, _remac({**doc, "checked": False}, _master(houses[0]), 3), keys, db)
    structure_checks.clear()
    assert run("--vault", str(tmp_path / "new"), "restore", str(out)).returncode == 0
    assert len(structure_checks) == 1


@pytest.mark.parametrize("recompute", [False, True], ids=["as-is", "checksum-recomputed"])
def test_a_byte_flipped_in_the_database_is_refused(
        houses: tuple[Path, Path], tmp_path: Path, recompute: bool) -> None:
    out = tmp_path / "b.shbk"
    _backup(houses[0], out)
    magic, doc, keys, db = _split(out)
    flipped = bytearray(db)
    flipped[len(db) // 2] ^= 0x01
    if recompute:  # a tamperer's: the MAC (the house's key) no longer vouches for it
        doc["parts"][1]["sha256"] = hashlib.sha256(flipped).hexdigest()
    _write(out, magic, doc, keys, bytes(flipped))
    _refused(tmp_path / "new", out)


def test_a_digest_vouched_for_by_another_house_is_refused(
        houses: tuple[Path, Path], tmp_path: Path) -> None:
    out = tmp_path / "b.shbk"
    _backup(houses[0], out)
    magic, doc, keys, db = _split(out)
    _write(out, magic, _remac(doc, _master(houses[1]), 3), keys, db)
    _refused(tmp_path / "new", out)


def test_checked_relabelled_as_version_2_is_refused(
        houses: tuple[Path, Path], tmp_path: Path) -> None:
    """The version is in the MAC's purpose: a version 3 MAC vouches for nothing else."""
    out = tmp_path / "b.shbk"
    _backup(houses[0], out)
    _, doc, keys, db = _split(out)
    _write(out, b.MAGIC_V2, {k: v for k, v in doc.items() if k != "checked"}, keys, db)
    _refused(tmp_path / "new", out)


def _break_an_index(folder: Path) -> None:
    """Damage no page HMAC shows: an index whose entries no longer match its table (as
    SQLite getting a page wrong, or a lost write, would leave it)."""
    with Vault.unlock(folder, PASS, sleep=lambda s: None) as vault:
        vault.conn.execute("PRAGMA writable_schema = ON")
        vault.conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX check_ins_date "
                           "ON check_ins (resident_id)' WHERE name = 'check_ins_date'")
        vault.conn.execute("PRAGMA writable_schema = OFF")


def test_a_vault_whose_structure_fails_is_not_backed_up(
        houses: tuple[Path, Path], tmp_path: Path) -> None:
    house = tmp_path / "house"
    shutil.copytree(houses[0], house)
    _break_an_index(house)
    with Vault.unlock(house, PASS, sleep=lambda s: None) as vault, \
            pytest.raises(DamagedDatabase):
        b.write_backup(vault, tmp_path / "b.shbk")
    assert not (tmp_path / "b.shbk").exists()


def test_an_unchecked_backup_of_a_damaged_structure_is_refused(
        houses: tuple[Path, Path], tmp_path: Path) -> None:
    """What the full check at restore is still for: a backup that does not vouch for
    its structure (here a version 2 one) whose index no longer matches its table."""
    house = tmp_path / "house"
    shutil.copytree(houses[0], house)
    out = tmp_path / "b.shbk"
    _backup(house, out)
    _, doc, keys, _ = _split(out)
    _break_an_index(house)
    with Vault.unlock(house, PASS, sleep=lambda s: None) as vault:
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        master = vault._master_key
    db = (house / "vault.db").read_bytes()
    doc["parts"][1].update(size=len(db), sha256=hashlib.sha256(db).hexdigest())
    _write(out, b.MAGIC_V2, _remac(doc, master, 2), keys, db)
    _refused(tmp_path / "new", out)


def test_without_free_pages_the_structure_check_alone_finds_a_damaged_page(
        houses: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page check is left out when `integrity_check` reads every page itself (no free
    pages): a page damaged under a sealed file is still refused, by the HMAC check of the
    structure check's own reads."""
    import time

    house = tmp_path / "house"
    shutil.copytree(houses[0], house)
    with Vault.unlock(house, PASS, sleep=lambda s: None) as vault:
        assert integrity.structure_reads_every_page(vault.conn)
        key, vault_id = vault._data_key, vault.keys.vault_id
    db = house / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2 + 500] ^= 0x10  # a page in use, none free
    db.write_bytes(bytes(data))
    integrity.write_seal(db, vault_id, key, time.time())  # as a disk gone bad: sealed
    pages: list[int] = []
    monkeypatch.setattr(Vault, "check_pages", lambda self: pages.append(1))
    with Vault.unlock(house, PASS, sleep=lambda s: None) as vault, \
            pytest.raises(DamagedDatabase):
        b.write_backup(vault, tmp_path / "b.shbk")
    assert pages == [] and not (tmp_path / "b.shbk").exists()
