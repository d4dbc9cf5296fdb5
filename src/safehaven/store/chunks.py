"""The content of documents on this laptop: encrypted chunks, by the hash of their bytes.

A chunk is `nonce + AES-256-GCM(document key, a slice of the content)`, bound to its
document and position; its id is the SHA-256 of those bytes, so the same chunk is kept
once and a damaged one is noticed. Rows here never travel in change sets (sync moves them
apart: sync/replica/chunk_sync.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from safehaven.store import crypto
from safehaven.store.connection import Connection, rows_in


def chunk_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def aad(document_id: str, n: int) -> bytes:
    return f"safehaven-doc/1|{document_id}|{n}".encode()


def seal(key: bytes, document_id: str, parts: list[bytes]) -> list[tuple[str, bytes]]:
    """(id, ciphertext) for each slice, in order."""
    sealed = [crypto.seal(key, part, aad(document_id, n)) for n, part in enumerate(parts)]
    return [(chunk_id(blob), blob) for blob in sealed]


def put(conn: Connection, chunks: Iterable[tuple[str, bytes]], *, sent: bool = False) -> None:
    conn.executemany("INSERT OR IGNORE INTO document_chunks (id, data, sent) VALUES (?, ?, ?)",
                     [(cid, data, int(sent)) for cid, data in chunks])


def get(conn: Connection, ids: list[str]) -> dict[str, bytes]:
    """The chunks held here of `ids`; a chunk whose bytes do not hash to its id (damage)
    is left out, as if missing."""
    found = {}
    for cid, data in rows_in(conn, "SELECT id, data FROM document_chunks WHERE id IN ({in})",
                             list(dict.fromkeys(ids))):
        if chunk_id(bytes(data)) == cid:
            found[str(cid)] = bytes(data)
    return found


def held(conn: Connection, ids: list[str]) -> list[str]:
    """Which of `ids` this laptop holds."""
    return [str(r[0]) for r in rows_in(conn, "SELECT id FROM document_chunks WHERE id IN "
                                       "({in})", list(dict.fromkeys(ids)))]


def open_content(key: bytes, document_id: str, ids: list[str], held: dict[str, bytes]) -> bytes:
    """The document's content from its chunks (all of them held)."""
    return b"".join(crypto.unseal(key, held[cid], aad(document_id, n))
                    for n, cid in enumerate(ids))


def forget_unreferenced(conn: Connection) -> int:
    """Erase chunks no document names any more (removed documents): their bytes leave this
    laptop's vault (SQLCipher's secure_delete overwrites freed pages)."""
    cursor = conn.execute(
        "DELETE FROM document_chunks WHERE id NOT IN (SELECT value FROM documents, "
        "json_each(documents.chunks) WHERE documents.removed_at IS NULL)")
    return int(cursor.rowcount or 0)
