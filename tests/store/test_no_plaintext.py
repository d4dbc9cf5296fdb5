"""No record in the clear on disk: database, WAL, key file, backups, temp files."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven import cli
from safehaven.domain.models import CaseNote, CheckIn, Resident
from safehaven.services import checkins
from safehaven.services.context import Context
from safehaven.store import reads
from safehaven.store.connection import SQLITE_HEADER
from safehaven.store.vault import Vault

MARKER = "Zebra-marker note 7Q"


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _secrets(vault: Vault) -> set[str]:
    conn = vault.conn
    found = {r.preferred_name for r in reads.all_of(conn, Resident)}
    found |= {n.body for n in reads.all_of(conn, CaseNote)}
    found |= {c.note for c in reads.all_of(conn, CheckIn) if c.note}
    # Shorter strings turn up by chance in megabytes of ciphertext (4 bytes: one chance in
    # a thousand per megabyte); six bytes and more do not.
    return {s for s in found if len(s.encode()) >= 6}


@pytest.mark.slow
def test_demo_vault_leaves_no_plaintext(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "demo"
    monkeypatch.setenv("SAFEHAVEN_PASSPHRASE", "plaintext test passphrase")
    assert cli.main(["--vault", str(folder), "demo", "--residents", "25", "--days", "40",
                     "--no-gui"]) == 0
    vault = Vault.unlock(folder, "plaintext test passphrase", sleep=lambda s: None)
    try:
        ctx = Context.for_vault(vault)
        rid = reads.all_of(vault.conn, Resident)[0].id
        checkins.record(ctx, rid, 3, note=MARKER, confirmed=True)
        vault.rekey()  # leaves the exported file's life cycle on disk too
        checkins.record(ctx, rid, 4, note=MARKER + " again", confirmed=True)
        secrets = _secrets(vault) | {MARKER}
        assert len(secrets) > 20
        files = _all_bytes(folder)
        assert any(p.name.endswith("-wal") for p in files), "scan while the WAL is live"
        _assert_clean(files, secrets)
    finally:
        vault.close()
    _assert_clean(_all_bytes(folder), secrets)


def _assert_clean(files: dict[Path, bytes], secrets: set[str]) -> None:
    for path, data in files.items():
        assert SQLITE_HEADER not in data, f"SQLite header in {path.name}"
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert secret.encode(encoding) not in data, f"a record in {path.name}"
