"""Every page of a vault as SQLCipher would read it, decrypted, free pages and the WAL's
frames included: a byte scan of the file itself sees only ciphertext, so a scan for a
destroyed child's names must look at what the key opens.

SQLCipher 4 with a raw key: pages of 4096 bytes, each AES-256-CBC under the key with a
16-byte IV and a 64-byte HMAC at its end (80 bytes reserved); page 1 starts after the
16-byte salt. The HMAC is not checked here (the vault's own unlock does that)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from safehaven.store.vault import Vault

PAGE, RESERVE, SALT = 4096, 80, 16
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, raw: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    end = PAGE - RESERVE
    iv = raw[end:end + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(raw[start:end]) + dec.finalize()


def decrypted(path: Path, key: bytes, data: bytes | None = None) -> bytes:
    """Every page of a database file (or of its WAL, frame by frame), decrypted."""
    data = path.read_bytes() if data is None else data
    out = []
    if path.name.endswith("-wal"):
        at = WAL_HEADER
        while at + FRAME_HEADER + PAGE <= len(data):
            number = int.from_bytes(data[at:at + 4], "big")
            out.append(_page(key, data[at + FRAME_HEADER:at + FRAME_HEADER + PAGE],
                             number == 1))
            at += FRAME_HEADER + PAGE
    else:
        for n in range(len(data) // PAGE):
            out.append(_page(key, data[n * PAGE:(n + 1) * PAGE], n == 0))
    return b"".join(out)


def vault_plaintext(vault: Vault) -> bytes:
    """The vault's database and WAL, every page decrypted."""
    key = vault._data_key
    db = vault.folder / "vault.db"
    parts = [decrypted(db, key)]
    wal = db.with_name("vault.db-wal")
    if wal.exists():
        parts.append(decrypted(wal, key))
    return b"\n".join(parts)


def holds(blob: bytes, *texts: str) -> list[str]:
    """Which of these texts appear in the bytes (UTF-8 and UTF-16, as SQLite may keep)."""
    return [t for t in texts if any(t.encode(enc) in blob for enc in
                                    ("utf-8", "utf-16-le", "utf-16-be"))]


def backup_plaintext(vault: Vault, path: Path) -> bytes:
    """A backup file's database, every page decrypted (with the vault's data key)."""
    from safehaven.store.backup import DB_NAME, read_backup

    _, parts = read_backup(path)
    return decrypted(Path(DB_NAME), vault._data_key, parts[DB_NAME])
