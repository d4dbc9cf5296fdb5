"""Change sets set aside with the refusal that stopped them (its kind and its words), so
one bad change set never blocks the rest. Code selects by kind, never by the words."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import Any

from safehaven.store.connection import Connection, rows_in
from safehaven.store.local_state import local_value, now_text
from safehaven.store.refusal import Refusal, RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync.replica import relay
from safehaven.sync.replica.relay import Carried


def quarantine(vault: Vault, changeset_id: str, device_id: str | None, refusal: Refusal,
               carried: Carried, device_seq: int | None = None) -> None:
    """Set a change set aside with its refusal; `device_id` None for an envelope whose
    header could not be read; `device_seq` only when its laptop's signature was verified
    (a forged header must not fill a gap). A run's members share one copy of the run.

    Ids are named by whoever sends the envelope, so a row already here for this id gives
    way only to a new verdict on what carried it, or to a better-established one: a
    laptop's verified envelope over a forged header, and one that may yet apply over one
    that never will. Otherwise a server could evict a genuine waiting change set by
    sending a garbage envelope with its id (it would never be retried)."""
    conn = vault.conn
    envelope, run = carried.columns()
    here = conn.execute("SELECT envelope, run, kind, device_seq FROM quarantine WHERE "
                        "changeset_id = ?", (changeset_id,)).fetchone()
    if here is not None:
        same = (bytes(here[1]) == run) if run is not None and here[1] is not None \
            else (here[1] is None and run is None and bytes(here[0]) == envelope)
        if not same and _standing(_kind(here[2]), here[3]) >= _standing(refusal.kind,
                                                                         device_seq):
            return  # the row here stands; the newcomer keeps nothing (no orphan run)
    relay.keep(conn, [carried])
    conn.execute(
        "INSERT OR REPLACE INTO quarantine (changeset_id, device_id, kind, reason, envelope, "
        "received_at, device_seq, run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (changeset_id, device_id, refusal.kind.value, refusal.message, envelope or b"",
         now_text(), device_seq, run))
    changed(conn)
    if here is not None and here[1] is not None and bytes(here[1]) != run:
        relay.forget_unused(conn, [bytes(here[1])])  # the run it replaced, if now unused


UNREADABLE_KEPT = 100          # unreadable envelopes kept as evidence, newest first
UNREADABLE_BYTES = 64 * 1024   # of each: enough to show what came, never retried


def unreadable_id(envelope: bytes) -> str:
    """The same bytes, the same row: junk sent again does not pile up."""
    return "unreadable-" + hashlib.sha256(envelope).hexdigest()[:32]


def unreadable(vault: Vault, envelope: bytes, refusal: Refusal) -> None:
    """Set aside an envelope whose header could not be read (no id, no laptop: it can never
    be retried, and a hostile server could send it without end): its first bytes only, and
    only the newest `UNREADABLE_KEPT` of them."""
    conn = vault.conn
    conn.execute(
        "INSERT OR REPLACE INTO quarantine (changeset_id, device_id, kind, reason, envelope, "
        "received_at, device_seq, run) VALUES (?, NULL, ?, ?, ?, ?, NULL, NULL)",
        (unreadable_id(envelope), refusal.kind.value, refusal.message,
         envelope[:UNREADABLE_BYTES], now_text()))
    conn.execute("DELETE FROM quarantine WHERE device_id IS NULL AND changeset_id NOT IN "
                 "(SELECT changeset_id FROM quarantine WHERE device_id IS NULL ORDER BY "
                 "received_at DESC, rowid DESC LIMIT ?)", (UNREADABLE_KEPT,))
    changed(conn)


def _standing(kind: RefusalKind, device_seq: int | None) -> int:
    """How well a quarantine row is established: signed by its laptop, then curable."""
    return 2 if device_seq is not None else 1 if kind.retryable else 0


def quarantined_envelopes(conn: Connection, kinds: Iterable[RefusalKind],
                          limit: int = -1) -> list[bytes]:
    """Quarantined envelopes refused for one of these kinds, to try again (a run once);
    with `limit`, the longest set aside first (one refused again goes to the back)."""
    wanted = [k.value for k in kinds]
    return relay.envelopes(conn, conn.execute(
        f"SELECT envelope, run FROM quarantine WHERE kind IN ({', '.join('?' * len(wanted))})"
        " ORDER BY rowid LIMIT ?", (*wanted, limit))) if wanted else []


RETRY_FROM_SENDERS = 2000  # a page's senders' own waiting change sets, tried at once
RETRY_SLICE = 500  # and this many of the rest, in turn, each time something applies


def to_retry(conn: Connection, kinds: Iterable[RefusalKind], devices: set[str]) -> list[bytes]:
    """What to try again now that something applied: the waiting change sets of the laptops
    that just sent (their predecessor may be among what came), and a slice of the rest
    in turn. A quarantine filled with junk (20,000 envelopes of made-up laptops) then
    costs a page a slice, not the whole of it; a small one is tried whole, as before."""
    wanted = [k.value for k in kinds]
    if not wanted:
        return []
    marks = ", ".join("?" * len(wanted))
    rows: dict[int, tuple[Any, Any]] = {}
    if devices:
        for rowid, envelope, run in rows_in(
                conn, f"SELECT rowid, envelope, run FROM quarantine WHERE kind IN ({marks}) "
                "AND device_id IN ({in}) LIMIT " + str(RETRY_FROM_SENDERS), sorted(devices),
                tuple(wanted)):
            rows[rowid] = (envelope, run)
    after = int(local_value(conn, "quarantine_retry_after") or 0)
    turn = conn.execute(f"SELECT rowid, envelope, run FROM quarantine WHERE kind IN ({marks}) "
                        f"AND rowid > ? ORDER BY rowid LIMIT ?",
                        (*wanted, after, RETRY_SLICE)).fetchall()
    if len(turn) < RETRY_SLICE and after:  # round again from the start
        turn += conn.execute(f"SELECT rowid, envelope, run FROM quarantine WHERE kind IN "
                             f"({marks}) AND rowid <= ? ORDER BY rowid LIMIT ?",
                             (*wanted, after, RETRY_SLICE - len(turn))).fetchall()
    for rowid, envelope, run in turn:
        rows[rowid] = (envelope, run)
    if turn:
        conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                     "('quarantine_retry_after', ?)", (str(turn[-1][0]),))
    return relay.envelopes(conn, rows.values())


def release_quarantine(conn: Connection, applied: list[tuple[str, str, int]]) -> None:
    """Forget quarantined change sets that have now been applied, as (id, laptop, number):
    a row its laptop signed under another laptop or number is a different change set that
    took the same id (an insider's), and stays."""
    if conn.execute("SELECT 1 FROM quarantine LIMIT 1").fetchone():
        released = {bytes(r) for (r,) in rows_in(
            conn, "SELECT run FROM quarantine WHERE run IS NOT NULL AND changeset_id IN "
            "({in})", [i for i, _, _ in applied])}
        conn.executemany("DELETE FROM quarantine WHERE changeset_id = ? AND (device_seq IS "
                         "NULL OR (device_id = ? AND device_seq = ?))", applied)
        changed(conn)
        relay.forget_unused(conn, released)  # rare: a gap filled, a key or roster arrived


def quarantined(conn: Connection) -> list[tuple[str, Refusal]]:
    """(change set id, refusal), oldest first."""
    return [(c, Refusal(_kind(k), r)) for c, k, r in conn.execute(
        "SELECT changeset_id, kind, reason FROM quarantine ORDER BY received_at")]


def _kind(value: str) -> RefusalKind:
    try:
        return RefusalKind(value)
    except ValueError:  # a kind from a newer version: shown, never retried
        return RefusalKind.UNKNOWN


def quarantined_ids(conn: Connection) -> set[str]:
    """The ids of quarantined change sets whose header could be read (what a digest
    covers: an unreadable envelope has no id of its own), and not held: a forged header
    naming a held id must not count it twice."""
    return {i for (i,) in conn.execute(
        "SELECT changeset_id FROM quarantine WHERE device_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM change_sets c WHERE c.id = quarantine.changeset_id)")}


def waiting_by_device(conn: Connection) -> dict[str, int]:
    """device id -> how many of its change sets wait for an earlier one (a gap)."""
    return {d: int(n) for d, n in conn.execute(
        "SELECT device_id, count(*) FROM quarantine WHERE kind = ? GROUP BY device_id",
        (RefusalKind.WAITING.value,))}


def changed(conn: Connection) -> None:
    """Count a change to the quarantine (in the same transaction): the digest of its ids
    is folded again only after one (`ids_digest`), not at every round."""
    conn.execute("INSERT INTO local_state (key, value) VALUES ('quarantine_changes', '1') "
                 "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")


def ids_digest(conn: Connection, fold: Callable[[list[str], str], str]) -> str:
    """`fold` over `quarantined_ids`, kept while neither the quarantine nor the change sets
    held have changed: a round with nothing new costs a lookup, however much junk waits
    here (220,000 ids took 3 s to fold again)."""
    held = conn.execute("SELECT coalesce(max(local_id), 0) FROM change_sets").fetchone()[0]
    mark = f"{local_value(conn, 'quarantine_changes') or 0}/{held}"
    kept = local_value(conn, "quarantine_digest")
    if kept is not None and kept.startswith(mark + ":"):
        return kept[len(mark) + 1:]
    value = fold(sorted(quarantined_ids(conn)), "")
    conn.execute("INSERT OR REPLACE INTO local_state (key, value) VALUES "
                 "('quarantine_digest', ?)", (f"{mark}:{value}",))
    return value
