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
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
# A needle of n bytes turns up by chance about once in 2^(8n) positions: a 4-byte one (two
# CJK letters in UTF-16) did, in a few megabytes of ciphertext. Ten bytes never will
# (one chance in 10^24 per position), so shorter encodings of a secret are not searched.
MIN_NEEDLE = 10


def _all_bytes(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _secrets(vault: Vault) -> set[str]:
    conn = vault.conn
    found = {r.preferred_name for r in reads.all_of(conn, Resident)}
    found |= {n.body for n in reads.all_of(conn, CaseNote)}
    found |= {c.note for c in reads.all_of(conn, CheckIn) if c.note}
    return found


def needles(secrets: set[str]) -> set[tuple[str, bytes]]:
    """Each secret in each encoding a leak could use, where it is long enough to mean
    something when found (see MIN_NEEDLE)."""
    return {(encoding, encoded) for secret in secrets for encoding in ENCODINGS
            if len(encoded := secret.encode(encoding)) >= MIN_NEEDLE}


def test_needles_are_never_short_enough_to_match_by_chance() -> None:
    found = needles({"李娜", "Ана", "Ana", "Hannah", "Grounding practised after dinner."})
    assert found and all(len(needle) >= MIN_NEEDLE for _, needle in found)
    assert ("utf-16-le", "Hannah".encode("utf-16-le")) in found  # 12 bytes: searched
    assert not any(needle == "李娜".encode("utf-16-le") for _, needle in found)  # 4 bytes


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
        assert len(needles(secrets)) > 60
        files = _all_bytes(folder)
        assert any(p.name.endswith("-wal") for p in files), "scan while the WAL is live"
        _assert_clean(files, secrets)
    finally:
        vault.close()
    _assert_clean(_all_bytes(folder), secrets)


def _assert_clean(files: dict[Path, bytes], secrets: set[str]) -> None:
    for path, data in files.items():
        assert SQLITE_HEADER not in data, f"SQLite header in {path.name}"
        for encoding, needle in needles(secrets):
            assert needle not in data, f"a record in {path.name} ({encoding})"
