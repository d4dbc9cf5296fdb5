"""Every schema version's vault, frozen as that release wrote it (tests/fixtures/vault-vN,
made by tests/fixtures/make_vault_vN.py), opens with its passphrase, migrates to the
latest schema in one go and keeps its records; the migrated vault passes SQLCipher's
integrity check and takes new records, and opening it again migrates nothing."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from safehaven.services import checkins, notes, residents
from safehaven.services.context import Context
from safehaven.store import migrate
from safehaven.store.vault import Vault
from tests.fixtures.make_vault_vN import COMMITS, PASSPHRASE

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _frozen() -> list[int]:
    return sorted(int(re.sub(r"\D", "", p.name)) for p in FIXTURES.glob("vault-v*"))


def test_every_schema_version_before_the_latest_has_a_frozen_vault() -> None:
    """A new migration needs the vault of the schema before it frozen (CONTRIBUTING.md)."""
    frozen = _frozen()
    assert frozen == list(range(1, migrate.LATEST))
    assert set(COMMITS) == set(frozen) - {1, 3}  # (those two have generators of their own)


@pytest.mark.parametrize("version", [v for v in _frozen() if v in COMMITS])
def test_a_frozen_vault_migrates_and_keeps_its_records(tmp_path: Path, version: int) -> None:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURES / f"vault-v{version}", folder)
    with Vault.unlock(folder, PASSPHRASE, sleep=lambda s: None) as vault:
        assert migrate.current_version(vault.conn) == migrate.LATEST
        ctx = Context.for_vault(vault)
        [row] = residents.overview(ctx)
        assert row.preferred_name == "Ioana"
        assert [c.note for c in checkins.for_resident(ctx, row.id)] == [
            f"frozen note v{version}"]
        assert [n.body for n in notes.for_resident(ctx, row.id)] == [
            f"frozen case note v{version}"]
        assert vault.conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        checkins.record(ctx, row.id, 4, note="after the migration")
    assert len(list((folder / "backups").glob(f"pre-migration-v{version}-*.db"))) == 1
    with Vault.unlock(folder, PASSPHRASE, sleep=lambda s: None) as vault:
        assert migrate.migrate(vault.conn) == []
        assert len(checkins.for_resident(Context.for_vault(vault), row.id)) == 2
