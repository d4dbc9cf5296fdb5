"""What this laptop knows of documents' content on the move: which chunks the server has
not had, which this laptop lacks, and which removed documents' content a manager's laptop
has still to have erased from the server."""

from __future__ import annotations

import json

from safehaven.domain.vocab import FetchPolicy
from safehaven.store import chunks
from safehaven.store.connection import Connection, rows_in
from safehaven.store.local_state import keep_local_value, local_value, save_local_value
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


# what each policy fetches in the background, in this order: thumbnails first, so a list
# fills in before any original arrives
_FETCHED = {FetchPolicy.ALL: ("thumb", "preview", "chunks"),
            FetchPolicy.THUMBNAILS: ("thumb",), FetchPolicy.ON_DEMAND: ()}
_POLICY = "document_fetch"  # this laptop's own policy, when it has one (local_state)
HOUSE_POLICY = "document-fetch"  # the house's (house_settings.name)


def wanted(conn: Connection, policy: FetchPolicy = FetchPolicy.ALL) -> list[str]:
    """Chunks of current documents this laptop lacks and fetches in the background under
    `policy`: thumbnails first, then in the documents' order."""
    columns = _FETCHED[policy]
    if not columns:
        return []
    return list(dict.fromkeys(str(cid) for (cid,) in conn.execute(
        f"SELECT id FROM ({chunks.referenced(columns=columns)}) WHERE id NOT IN "
        "(SELECT id FROM document_chunks) ORDER BY part, added_at, n")))


def lacking(conn: Connection, ids: list[str]) -> list[str]:
    """Which of `ids` this laptop does not hold."""
    here = set(chunks.held(conn, ids))
    return [cid for cid in dict.fromkeys(ids) if cid not in here]


def own_policy(conn: Connection) -> FetchPolicy | None:
    """This laptop's own fetch policy, when set here."""
    try:
        return FetchPolicy(local_value(conn, _POLICY) or "")
    except ValueError:
        return None


def house_policy(conn: Connection) -> FetchPolicy:
    """The house's fetch policy (every original, unless a manager chose less)."""
    row = conn.execute("SELECT value FROM house_settings WHERE name = ? ORDER BY id LIMIT 1",
                       (HOUSE_POLICY,)).fetchone()
    try:
        return FetchPolicy(row[0]) if row else FetchPolicy.ALL
    except ValueError:
        return FetchPolicy.ALL


def policy(conn: Connection) -> FetchPolicy:
    """What this laptop fetches in the background: its own choice, else the house's."""
    return own_policy(conn) or house_policy(conn)


def set_own_policy(vault: Vault, chosen: FetchPolicy | None) -> None:
    """This laptop's own policy (None: follow the house's again). Not synced."""
    keep_local_value(vault, _POLICY, chosen.value if chosen is not None else None)


def current_chunks(conn: Connection) -> list[tuple[str, bytes]]:
    """Every chunk of a current document this laptop holds (for a USB bundle)."""
    return [(str(cid), bytes(data)) for cid, data in conn.execute(
        f"SELECT c.id, c.data FROM document_chunks c WHERE c.id IN (SELECT id FROM "
        f"({chunks.referenced()})) ORDER BY c.rowid")]


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
    for doc_id, *listed in conn.execute(
            f"SELECT id, {', '.join(chunks.CHUNK_COLUMNS)} FROM documents WHERE removed_at "
            "IS NOT NULL"):
        if doc_id not in told:
            docs.append(str(doc_id))
            ids += [cid for column in listed for cid in json.loads(column)]
    return docs, ids


def forgotten(vault: Vault, docs: list[str]) -> None:
    told = set(json.loads(local_value(vault.conn, _FORGOTTEN) or "[]")) | set(docs)
    save_local_value(vault, _FORGOTTEN, json.dumps(sorted(told)))
