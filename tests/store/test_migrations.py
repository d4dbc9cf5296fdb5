"""Migrations run on a frozen vault made by schema version 1 (tests/fixtures/vault-v1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safehaven.errors import NewerSchema
from safehaven.services import checkins, residents
from safehaven.services.context import Context
from safehaven.store import migrate
from safehaven.store.vault import Vault, db_path

FROZEN = Path(__file__).parent.parent / "fixtures" / "vault-v1"
PASSPHRASE = "fixture passphrase"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    shutil.copytree(FROZEN, folder)
    return folder


def _unlock(folder: Path) -> Vault:
    return Vault.unlock(folder, PASSPHRASE, sleep=lambda s: None)


def test_frozen_v1_vault_migrates_to_latest_and_keeps_its_records(old_vault: Path) -> None:
    with _unlock(old_vault) as vault:
        assert migrate.current_version(vault.conn) == migrate.LATEST
        ctx = Context.for_vault(vault)
        [row] = residents.overview(ctx)
        assert row.preferred_name == "Mădălina" and row.open_needs == 1
        assert [c.note for c in checkins.for_resident(ctx, row.id)] == ["frozen note"]
        indexes = {n for (n,) in vault.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "check_ins_resident_date" in indexes
        residents.add(ctx, "New after migration")  # still writable, with its log
    backups = list((old_vault / "backups").glob("pre-migration-v1-*.db"))
    assert len(backups) == 1
    # The backup is the encrypted v1 database, openable with the same key file.
    shutil.copy(backups[0], db_path(old_vault))
    with _unlock(old_vault) as vault:
        assert len(residents.overview(Context.for_vault(vault))) == 1


def test_each_step_is_applied_once(old_vault: Path) -> None:
    with _unlock(old_vault) as vault:
        assert migrate.migrate(vault.conn) == []


def test_newer_schema_is_refused_untouched(old_vault: Path) -> None:
    with _unlock(old_vault) as vault:
        vault.conn.execute(f"PRAGMA user_version = {migrate.LATEST + 1}")
    before = db_path(old_vault).read_bytes()
    with pytest.raises(NewerSchema):
        _unlock(old_vault)
    assert db_path(old_vault).read_bytes() == before


def test_migration_numbers_are_contiguous() -> None:
    assert [v for v, _ in migrate.available()] == list(range(1, migrate.LATEST + 1))
