"""Migrations run on a frozen vault made by schema version 1 (tests/fixtures/vault-v1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from safehaven.errors import NewerSchema, SavesMissing
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
        # 0019: a void is a marked row; a person's own settings have a table of their own
        columns = {r[1] for r in vault.conn.execute("PRAGMA table_info(check_ins)")}
        assert "voided" in columns and "staff_prefs_staff" in indexes
        assert [c.voided for c in checkins.for_resident(ctx, row.id)] == [False]
        residents.add(ctx, "New after migration")  # still writable, with its log
    backups = list((old_vault / "backups").glob("pre-migration-v1-*.db"))
    assert len(backups) == 1
    # The backup is the encrypted v1 database, openable with the same key file; put in
    # place by hand it is older than the vault's count of commits, and said to be
    shutil.copy(backups[0], db_path(old_vault))
    with pytest.raises(SavesMissing):
        _unlock(old_vault)
    with Vault.unlock(old_vault, PASSPHRASE, sleep=lambda s: None,
                      accept_missing=True) as vault:
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


FROZEN_V3 = Path(__file__).parent.parent / "fixtures" / "vault-v3"


def test_frozen_v3_sync_vault_keeps_its_keys_and_carries_on(tmp_path: Path) -> None:
    """Schema 3 was the first sync release: its site key and signing key must survive
    migration 4, and what it writes next must seal and open under the new format."""
    from safehaven.sync.engine import known_now, open_all, outgoing, receive
    from safehaven.sync.envelope import Refused
    from safehaven.sync.replica import device_keys, outbox, peers

    folder = tmp_path / "v3"
    shutil.copytree(FROZEN_V3, folder)
    with _unlock(folder) as vault:
        assert migrate.current_version(vault.conn) == migrate.LATEST
        assert list((folder / "backups").glob("pre-migration-v3-*.db"))
        public_before = dict(vault.conn.execute("SELECT id, public_key FROM devices"))[
            vault.device_id]
        signer = device_keys.signing_key(vault)  # kept, and given an X25519 key beside it
        from cryptography.hazmat.primitives import serialization

        assert signer.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex() == public_before
        assert peers.box_keys(vault.conn).get(vault.device_id)
        assert device_keys.site_key(vault.conn, vault.site_id)[0] == 1
        ctx = Context.for_vault(vault)
        [row] = residents.overview(ctx)
        assert row.preferred_name == "Ioana"
        seq_before = outbox.own_highest(vault.conn, vault.device_id)
        checkins.record(ctx, row.id, 4, note="after the upgrade")
        assert outbox.own_highest(vault.conn, vault.device_id) > seq_before
        opened = open_all(known_now(vault), outgoing(vault))  # old change sets and new alike
        assert opened and not [r for _, r in opened if isinstance(r, Refused)]
        assert receive(vault, outgoing(vault)).skipped > 0  # held already: nothing twice


def test_sync_state_kept_as_text_becomes_columns() -> None:
    """Migration 10: quarantine rows get the kind their words meant (retries select by
    kind from then on) and waiting changes, JSON lists read back by position, become rows
    with named columns that replay as before."""
    import sqlcipher3.dbapi2 as sqlcipher

    from safehaven.store.refusal import RefusalKind
    from safehaven.sync.replica import pending, quarantine
    from safehaven.sync.replica.pending import PendingKind

    conn = sqlcipher.connect(":memory:")
    migrate.migrate(conn, target=9)
    rows = [("w", "waits for an earlier change set from the same laptop"),
            ("k", "encrypted with a site key this device does not have (v3)"),
            ("s", "bad signature")]
    conn.executemany("INSERT INTO quarantine (changeset_id, device_id, reason, envelope, "
                     "received_at) VALUES (?, 'd', ?, x'00', '2026-01-01')", rows)
    conn.executemany("INSERT INTO pending_changes (table_name, row_id, entry, changeset) "
                     "VALUES ('residents', 'r1', ?, '7')", [
                         ('["row", "check_ins", "c1", "{}", 5, null, "dev", 7]',),
                         ('["field", "residents", "r1", "stage", "\\"intake\\"", 6, 5, '
                          '"dev", 7]',)])
    conn.commit()
    migrate.migrate(conn)
    assert quarantine.quarantined_envelopes(conn, [RefusalKind.WAITING]) == [b"\x00"]
    kinds = {c: r.kind for c, r in quarantine.quarantined(conn)}
    assert kinds == {"w": RefusalKind.WAITING, "k": RefusalKind.MISSING_SITE_KEY,
                     "s": RefusalKind.UNKNOWN}
    row, field = pending.take_waiting(conn, "residents", "r1")
    assert (row.kind, row.table, row.row_id, row.field, row.value, row.hlc, row.base_hlc,
            row.device_id, row.local_id) == (PendingKind.ROW, "check_ins", "c1", "*", "{}",
                                             5, None, "dev", 7)
    assert (field.kind, field.table, field.field, field.value, field.base_hlc) == (
        PendingKind.FIELD, "residents", "stage", '"intake"', 5)
    assert not pending.any_waiting(conn)
