"""This laptop's own change sets as they leave it, and those it relays."""

from __future__ import annotations

from typing import Any

from safehaven.store.changeset import ChangeSet, Entry
from safehaven.store.connection import Connection, rows_in
from safehaven.sync.replica import relay


def local_changesets(conn: Connection, device_id: str, after_seq: int = 0,
                     limit: int | None = None) -> list[ChangeSet]:
    """This device's change sets with device_seq > after_seq, in order, with their entries:
    those made here. One of its own that came back from the server after a restore was
    received (origin 'remote'): the vault keeps its envelope, not its author's signature,
    so it is passed on as it came (`held_envelopes`), never sealed again unsigned."""
    sql = ("SELECT local_id, id, device_seq, hlc, staff_id, staff_sig, author_prev, "
           "(SELECT max(p.device_seq) FROM change_sets p WHERE p.device_id = "
           "change_sets.device_id AND p.device_seq < change_sets.device_seq) FROM change_sets "
           "WHERE device_id = ? AND device_seq > ? AND origin = 'local' ORDER BY device_seq")
    params: tuple[Any, ...] = (device_id, after_seq)
    if limit is not None:
        sql += " LIMIT ?"
        params += (limit,)
    sets = conn.execute(sql, params).fetchall()
    entries: dict[int, list[Entry]] = {local_id: [] for local_id, *_ in sets}
    for changeset, table, row_id, fname, value, hlc, base in rows_in(  # one query a batch
            conn, "SELECT changeset, table_name, row_id, field, value, hlc, base_hlc FROM "
            "change_log WHERE changeset IN ({in}) ORDER BY change_id", list(entries)):
        entries[changeset].append(Entry(table, row_id, fname, value, hlc, base))
    return [ChangeSet(cs_id, device_id, int(seq), int(hlc), staff_id,
                      tuple(entries[local_id]),
                      bytes(sig) if sig is not None else None, int(prev or 0),
                      author_prev=bytes(aprev) if aprev is not None else None)
            for local_id, cs_id, seq, hlc, staff_id, sig, aprev, prev in sets]


def split_for_sending(conn: Connection, device_id: str, changeset_ids: set[str]
                      ) -> tuple[list[ChangeSet], list[bytes]]:
    """These change sets, to send again: this device's own made here (to seal) and the
    envelopes it received (to relay as they came), its own fetched back after a restore
    among them."""
    own_seqs, passed_on = [], []
    for seq, dev, envelope, run, origin in rows_in(
            conn, "SELECT device_seq, device_id, envelope, run, origin FROM change_sets WHERE "
            "id IN ({in}) ORDER BY device_id, device_seq", sorted(changeset_ids)):
        if dev == device_id and origin == "local":
            own_seqs.append(int(seq))
        else:
            passed_on.append((envelope, run))
    own = [cs for cs in local_changesets(conn, device_id, min(own_seqs) - 1)
           if cs.device_seq in set(own_seqs)] if own_seqs else []
    return own, relay.envelopes(conn, passed_on)


def held_envelopes(conn: Connection, device_id: str, after_seq: int) -> list[bytes]:
    """Envelopes received from `device_id` (another laptop, or this one's own fetched back
    after a restore), as they came, to pass on (a run once, even if the receiver holds
    some of its change sets: it keeps each only once)."""
    return relay.envelopes(conn, conn.execute(
        "SELECT envelope, run FROM change_sets WHERE device_id = ? AND device_seq > ? AND "
        "origin = 'remote' ORDER BY device_seq", (device_id, after_seq)))


def own_count(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT count(*) FROM change_sets WHERE device_id = ?",
                            (device_id,)).fetchone()[0])


def own_highest(conn: Connection, device_id: str) -> int:
    return int(conn.execute("SELECT coalesce(max(device_seq), 0) FROM change_sets WHERE "
                            "device_id = ?", (device_id,)).fetchone()[0])
