"""What this laptop knows of documents' content on the move: which chunks the server has
not had, which this laptop lacks, and which removed documents' content a manager's laptop
has still to have erased from the server."""

from __future__ import annotations

import json

from safehaven.store import chunks
from safehaven.store.connection import Connection, rows_in
from safehaven.store.local_state import local_value, save_local_value
from safehaven.store.vault import Vault

_FORGOTTEN = "chunks_forgotten"  # removed documents whose content the server has erased


def unsent(conn: Connection, max_bytes: int, limit: int) -> list[tuple[str, bytes]]:
    """Chunks the server has not had, oldest first, up to `max_bytes` (at least one)."""
    out: list[tuple[str, bytes]] = []
    total = 0
    for cid, data in conn.execute("SELECT id, data FROM document_chunks WHERE sent = 0 "
                                  "ORDER BY rowid LIMIT ?", (limit,)):
        if out and total + len(data) > max_bytes:
            break
        out.append((str(cid), bytes(data)))
        total += len(data)
    return out


def unsent_count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM document_chunks WHERE sent = 0"
                            ).fetchone()[0])


def mark_sent(vault: Vault, ids: list[str]) -> None:
    with vault.transaction():
        rows_in(vault.conn, "UPDATE document_chunks SET sent = 1 WHERE id IN ({in})", ids)


def wanted(conn: Connection) -> list[str]:
    """Chunks of current documents this laptop lacks, in the documents' order."""
    return [str(cid) for (cid,) in conn.execute(
        "SELECT j.value FROM documents d, json_each(d.chunks) j WHERE d.removed_at IS NULL "
        "AND j.value NOT IN (SELECT id FROM document_chunks) ORDER BY d.added_at, j.key")]


def current_chunks(conn: Connection) -> list[tuple[str, bytes]]:
    """Every chunk of a current document this laptop holds (for a USB bundle)."""
    return [(str(cid), bytes(data)) for cid, data in conn.execute(
        "SELECT c.id, c.data FROM document_chunks c WHERE c.id IN (SELECT j.value FROM "
        "documents d, json_each(d.chunks) j WHERE d.removed_at IS NULL) ORDER BY c.rowid")]


def keep(vault: Vault, fetched: list[tuple[str, bytes]]) -> int:
    """Chunks fetched from the server or a bundle, each only if its bytes hash to its id
    (no one can pass off other bytes); returns how many were kept."""
    good = [(cid, data) for cid, data in fetched if chunks.chunk_id(data) == cid]
    with vault.transaction():
        chunks.put(vault.conn, good, sent=True)
    return len(good)


def forget_removed_here(vault: Vault, touched: set[tuple[str, str]]) -> int:
    """Erase here the content of documents removed on another laptop, when what was just
    applied (`touched`, (table, row)) changed a document: not a scan of every chunk at
    every round."""
    if not any(table == "documents" for table, _ in touched):
        return 0
    with vault.transaction():
        return chunks.forget_unreferenced(vault.conn)


def to_forget(conn: Connection) -> tuple[list[str], list[str]]:
    """(removed documents not yet erased from the server, their chunk ids)."""
    told = set(json.loads(local_value(conn, _FORGOTTEN) or "[]"))
    docs, ids = [], []
    for doc_id, listed in conn.execute("SELECT id, chunks FROM documents WHERE removed_at "
                                       "IS NOT NULL"):
        if doc_id not in told:
            docs.append(str(doc_id))
            ids += json.loads(listed)
    return docs, ids


def forgotten(vault: Vault, docs: list[str]) -> None:
    told = set(json.loads(local_value(vault.conn, _FORGOTTEN) or "[]")) | set(docs)
    save_local_value(vault, _FORGOTTEN, json.dumps(sorted(told)))
