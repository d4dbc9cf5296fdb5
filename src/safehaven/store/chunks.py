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


# what a document's chunks hold besides its content: its picture's viewing copy and
# thumbnail, under the same key but bound to their part (one cannot pass for another)
CONTENT, VIEW, THUMB = "", "view", "thumb"
# every column of `documents` that names chunks
CHUNK_COLUMNS = ("chunks", "preview", "thumb")


def aad(document_id: str, n: int, part: str = CONTENT) -> bytes:
    where = f"{document_id}|{part}" if part else document_id
    return f"safehaven-doc/1|{where}|{n}".encode()


def seal(key: bytes, document_id: str, parts: list[bytes], part: str = CONTENT
         ) -> list[tuple[str, bytes]]:
    """(id, ciphertext) for each slice, in order."""
    sealed = [crypto.seal(key, piece, aad(document_id, n, part))
              for n, piece in enumerate(parts)]
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


def open_content(key: bytes, document_id: str, ids: list[str], held: dict[str, bytes],
                 part: str = CONTENT) -> bytes:
    """The document's content (or its `part`) from its chunks (all of them held)."""
    return b"".join(crypto.unseal(key, held[cid], aad(document_id, n, part))
                    for n, cid in enumerate(ids))


def referenced(current: bool = True, columns: tuple[str, ...] = CHUNK_COLUMNS) -> str:
    """SQL for the chunk ids the documents name (current ones only, by default), in
    `columns`: each value with the document's added_at and its place, for ordering."""
    where = " WHERE d.removed_at IS NULL" if current else ""
    return " UNION ALL ".join(
        f"SELECT j.value AS id, d.added_at AS added_at, {n} AS part, j.key AS n "
        f"FROM documents d, json_each(d.{col}) j{where}" for n, col in enumerate(columns))


def forget_unreferenced(conn: Connection) -> int:
    """Erase chunks no document names any more (removed documents): their bytes leave this
    laptop's vault (SQLCipher's secure_delete overwrites freed pages)."""
    cursor = conn.execute(
        f"DELETE FROM document_chunks WHERE id NOT IN (SELECT id FROM ({referenced()}))")
    return int(cursor.rowcount or 0)
