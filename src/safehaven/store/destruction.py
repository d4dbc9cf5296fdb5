"""Erasing every trace of one child from this laptop's vault (issue 30, item 5).

What goes: each row of the child in every table (every version, tombstones too), the
house log entries that name her and her attendance at group sessions, her documents'
content, each of those rows' history in the change log, the audit entries about her,
the change sets that then hold nothing (and the runs that carried them, as they came
from the server, since a run is ciphertext this laptop's site key opens), what waits in
the quarantine under those ids, pending changes and conflicts of her rows, and half-typed
drafts. What stays: the `destructions` rows (the tombstone: her id, dates, who decided)
and this laptop's list of what was destroyed (`destroyed`: ids only), so that nothing of
hers is ever applied or kept here again, whoever brings it.

`secure_delete` is on for every connection, so freed pages are overwritten; `compact`
then rewrites the file (VACUUM) and empties the write-ahead log, so that no old page of
hers is left in free space or in the WAL, and a backup made afterwards holds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from safehaven.store import chunks
from safehaven.store.connection import Connection, rows_in
from safehaven.store.tables import TABLES

CHANGESET, ROW, RESIDENT = "changeset", "row", "resident"
REPORTED = "reported"  # another laptop's receipt lists it: only a chain's placeholder


@dataclass(frozen=True, slots=True)
class Erased:
    rows: int
    changesets: list[tuple[str, str, int]]  # (id, laptop, number)
    trimmed: int  # change sets kept for other children's writes, with hers taken out


def _rows_of(conn: Connection, resident_id: str) -> list[tuple[str, str]]:
    """(table, row id) of every row of the child, and of the audit entries about her."""
    out: list[tuple[str, str]] = [("residents", resident_id)]
    for table in TABLES.values():
        if table.resident_scoped and "resident_id" in table.columns:
            out += [(table.name, i) for (i,) in conn.execute(
                f"SELECT id FROM {table.name} WHERE resident_id = ?", (resident_id,))]
    out += [("house_log", i) for (i,) in conn.execute(
        "SELECT id FROM house_log WHERE EXISTS (SELECT 1 FROM json_each(house_log."
        "resident_ids) WHERE value = ?)", (resident_id,))]
    # the audit about her, but not that of the destruction itself (the tombstone's own)
    out += [("audit_log", i) for (i,) in conn.execute(
        "SELECT id FROM audit_log WHERE (resident_id = ? OR row_id = ?) AND "
        "coalesce(table_name, '') != 'destructions'", (resident_id, resident_id))]
    return out


def erase_resident(conn: Connection, resident_id: str, destruction_id: str) -> Erased:
    """Erase the child from this vault (inside the caller's transaction)."""
    conn.execute("PRAGMA defer_foreign_keys = ON")  # her rows refer to each other
    rows = _rows_of(conn, resident_id)
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    # the change sets that wrote any of them, before their entries go
    touched: set[int] = set()
    for table, ids in by_table.items():
        touched |= {int(c) for (c,) in rows_in(
            conn, "SELECT DISTINCT changeset FROM change_log WHERE table_name = ? AND "
            "row_id IN ({in})", ids, before=(table,))}
        rows_in(conn, "DELETE FROM change_log WHERE table_name = ? AND row_id IN ({in})",
                ids, before=(table,))
        rows_in(conn, "DELETE FROM pending_changes WHERE table_name = ? AND row_id IN "
                "({in})", ids, before=(table,))
        rows_in(conn, "DELETE FROM conflicts WHERE table_name = ? AND row_id IN ({in})",
                ids, before=(table,))
        rows_in(conn, f"DELETE FROM {table} WHERE id IN ({{in}})", ids)
    chunks.forget_unreferenced(conn)  # her documents' content
    empty = rows_in(conn, "SELECT local_id, id, device_id, device_seq, run FROM change_sets "
                    "WHERE local_id IN ({in}) AND NOT EXISTS (SELECT 1 FROM change_log l "
                    "WHERE l.changeset = change_sets.local_id)", sorted(touched))
    gone = [(str(i), str(d), int(s)) for _, i, d, s, _ in empty]
    runs = {bytes(r) for *_, r in empty if r is not None}
    rows_in(conn, "DELETE FROM change_sets WHERE local_id IN ({in})", [x[0] for x in empty])
    trimmed = sorted(touched - {int(x[0]) for x in empty})
    # a change set kept for others' writes no longer matches what was sealed: its envelope
    # (which holds hers) goes; its own laptop seals it again from what is left
    rows_in(conn, "UPDATE change_sets SET envelope = NULL, run = NULL WHERE local_id IN "
            "({in})", trimmed)
    for cs_id, _, _ in gone:
        forget_changeset(conn, cs_id, runs)
    for run in runs:
        conn.execute("UPDATE change_sets SET run = NULL WHERE run = ?", (run,))
        conn.execute("DELETE FROM quarantine WHERE run = ?", (run,))
        conn.execute("DELETE FROM runs WHERE hash = ?", (run,))
    conn.execute("DELETE FROM local_state WHERE key LIKE 'draft:%' AND instr(value, ?) > 0",
                 (resident_id,))
    conn.execute("DELETE FROM local_state WHERE key = 'digest'")  # counted again from scratch
    note(conn, destruction_id, gone)
    conn.executemany("INSERT OR IGNORE INTO destroyed (id, kind, destruction_id) VALUES "
                     "(?, ?, ?)", [(row_id, ROW, destruction_id) for _, row_id in rows
                                   if row_id != resident_id])
    conn.execute("INSERT OR IGNORE INTO destroyed (id, kind, destruction_id) VALUES "
                 "(?, ?, ?)", (resident_id, RESIDENT, destruction_id))
    return Erased(len(rows), gone, len(trimmed))


def forget_changeset(conn: Connection, changeset_id: str, runs: set[bytes] | None = None
                     ) -> None:
    """A destroyed change set leaves the quarantine too (with the run it came in)."""
    for (run,) in conn.execute("SELECT run FROM quarantine WHERE changeset_id = ? AND run "
                               "IS NOT NULL", (changeset_id,)).fetchall():
        if runs is not None:
            runs.add(bytes(run))
    conn.execute("DELETE FROM quarantine WHERE changeset_id = ?", (changeset_id,))


def note(conn: Connection, destruction_id: str, erased: Iterable[tuple[str, str, int]]
         ) -> None:
    """Remember these change sets as destroyed (refused for ever, and not a gap)."""
    conn.executemany("INSERT OR IGNORE INTO destroyed (id, kind, destruction_id, device_id, "
                     "device_seq) VALUES (?, ?, ?, ?, ?)",
                     [(i, CHANGESET, destruction_id, d, s) for i, d, s in erased])


def report(conn: Connection, destruction_id: str, erased: list[tuple[str, str, int]]
           ) -> None:
    """Another laptop's receipt says it erased these change sets. Its word is not proof of
    what they held (any staff member signs a receipt), so they are neither refused nor
    erased here on it: they only count as present in their laptop's chain, so that one
    erased there is not taken here for a change set withheld."""
    conn.executemany("INSERT OR IGNORE INTO destroyed (id, kind, destruction_id, device_id, "
                     "device_seq) VALUES (?, ?, ?, ?, ?)",
                     [(i, REPORTED, destruction_id, d, s) for i, d, s in erased])


def drop_held(conn: Connection, destruction_id: str, hers: list[tuple[str, str, int]]
              ) -> None:
    """Change sets this laptop found (by their content) to hold the child's records: noted
    as destroyed, out of the quarantine, and the runs they came in dropped."""
    note(conn, destruction_id, hers)
    runs: set[bytes] = set()
    for cs_id, _, _ in hers:
        forget_changeset(conn, cs_id, runs)
    drop_runs(conn, runs)


def drop_runs(conn: Connection, runs: Iterable[bytes]) -> None:
    for run in runs:
        conn.execute("UPDATE change_sets SET run = NULL WHERE run = ?", (run,))
        conn.execute("DELETE FROM quarantine WHERE run = ?", (run,))
        conn.execute("DELETE FROM runs WHERE hash = ?", (run,))


def destroyed_residents(conn: Connection) -> set[str]:
    return {i for (i,) in conn.execute("SELECT id FROM destroyed WHERE kind = ?",
                                       (RESIDENT,))}


def destroyed_among(conn: Connection, ids: list[str], kinds: tuple[str, ...]
                    ) -> set[str]:
    """Which of these ids were destroyed here as one of these kinds (`CHANGESET`, `ROW`,
    `RESIDENT`: what this laptop saw and erased; `REPORTED`: another laptop's word)."""
    marks = ", ".join("?" * len(kinds))
    return {i for (i,) in rows_in(conn, f"SELECT id FROM destroyed WHERE kind IN ({marks}) "
                                  "AND id IN ({in})", ids, before=kinds)}


def destroyed_changesets(conn: Connection) -> set[str]:
    return {i for (i,) in conn.execute("SELECT id FROM destroyed WHERE kind = ?",
                                       (CHANGESET,))}


def not_on_server(conn: Connection) -> list[str]:
    """Destroyed change sets the server has not been told to drop."""
    return [i for (i,) in conn.execute("SELECT id FROM destroyed WHERE kind = ? AND "
                                       "on_server = 0 ORDER BY id", (CHANGESET,))]


def told_server(conn: Connection, ids: list[str]) -> None:
    rows_in(conn, "UPDATE destroyed SET on_server = 1 WHERE id IN ({in})", ids)


def server_forgot(conn: Connection) -> None:
    """A server restored from an older copy may hold them again: tell it again."""
    conn.execute("UPDATE destroyed SET on_server = 0 WHERE kind = ?", (CHANGESET,))


def compact(conn: Connection) -> None:
    """Rewrite the file without free pages and empty the WAL (outside a transaction)."""
    conn.execute("VACUUM")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
