"""Applying a change set that came from another device, field by field.

A write that names the version it replaced (`base_hlc`) wins over that version; among
writes made without seeing each other, (hlc, device id) orders them (store/versions.py), so
all devices end with the same value. When the remote writer had not seen the local value
(its `base_hlc` differs from the field's clock here), both sides edited the field at the
same time: the losing value goes to `conflicts`, for a manager to confirm or reverse. The
remote entries are kept in the change log either way, so the history is complete on every
device.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from safehaven.domain.write_rules import RULES
from safehaven.store import versions
from safehaven.store.changeset import ChangeSet, Entry, KnownEntry
from safehaven.store.connection import Connection, existing_ids
from safehaven.store.ids import new_id
from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.store.roster_trust import ROSTER_TABLES
from safehaven.store.tables import BY_NAME, Table
from safehaven.store.vault import Vault
from safehaven.store.writer import AUDIT_SQL, WHOLE_ROW, audit_rows, insert_audits
from safehaven.sync.replica import pending, receive_check, relay
from safehaven.sync.replica.pending import PendingChange, PendingKind
from safehaven.sync.replica.relay import Carried


class UnknownSchema(Refused):
    """A change names a table or field this version does not know: quarantined, not guessed."""

    def __init__(self, message: str) -> None:
        super().__init__(Refusal(RefusalKind.UNKNOWN_SCHEMA, message))


@dataclass(slots=True)
class ApplyCache:
    """Facts that hold for one receiving transaction, to spare repeated queries: rows seen
    to exist (rows are never deleted, only tombstoned) and the rows something waits for
    (read once, then kept up to date here; a row taken off the list elsewhere only makes
    its arrival take the slower path). Dropped with the transaction; cleared when a change
    set rolls back."""

    present: set[tuple[str, str]] = field(default_factory=set)
    waited: set[tuple[str, str]] | None = None  # (table, row id) a pending change waits for
    roles: dict[str | None, receive_check.Signer] = field(default_factory=dict)  # signers
    runs: set[bytes] = field(default_factory=set)  # runs kept in this transaction

    def clear(self) -> None:
        self.present.clear()
        self.waited = None
        self.roles.clear()
        self.runs.clear()

    def checked(self, conn: Connection, cs: ChangeSet, entries: list[KnownEntry], *,
                rows: list[dict[str, Any]] | None = None) -> None:
        """Refuse a change set its signer could not have made (`receive_check`); `rows`:
        all of them new here, already parsed."""
        receive_check.check(conn, cs, entries, self.roles, fresh=rows is not None, rows=rows)
        if any(e.table.name == "staff" for e in entries):
            self.roles.clear()  # a role may have changed


@dataclass(slots=True)
class Applied:
    changesets: int = 0
    entries: int = 0
    conflicts: int = 0
    skipped: int = 0  # already held: nothing is applied twice
    touched: set[tuple[str, str]] = field(default_factory=set)
    cache: ApplyCache = field(default_factory=ApplyCache)


def apply_changeset(vault: Vault, cs: ChangeSet, result: Applied | None = None,
                    carried: Carried | None = None, cache: ApplyCache | None = None, *,
                    careful: bool = True) -> Applied:
    """Apply one verified, decrypted change set (or skip it if held).

    Inside the caller's transaction, so a page of change sets and the pull cursor commit
    together. `careful`: under a savepoint of its own, so a failure undoes this change set
    alone (on its own, the savepoint is the transaction). Without it (the fast path for a
    page whose ids were checked as not held), a failure leaves the caller to roll back.
    `carried` (its envelope, or its run) is kept with it, so this device can pass the
    change set on unchanged.
    """
    result = result or Applied()
    conn = vault.conn
    if careful and (held := conn.execute("SELECT device_id, device_seq FROM change_sets "
                                         "WHERE id = ?", (cs.id,)).fetchone()):
        if (held[0], int(held[1])) != (cs.device_id, cs.device_seq):  # a chosen id
            raise Refused(Refusal(RefusalKind.MISMATCH,
                                  "its id is held here by another change set"))
        result.skipped += 1
        return result
    entries = [_checked(e) for e in cs.entries]
    (cache or result.cache).checked(conn, cs, entries)
    if not careful:
        return _write_changeset(vault, cs, entries, carried, cache, result)
    conn.execute("SAVEPOINT apply_changeset")
    try:
        _write_changeset(vault, cs, entries, carried, cache, result)
        conn.execute("RELEASE apply_changeset")
    except BaseException:
        conn.execute("ROLLBACK TO apply_changeset")
        conn.execute("RELEASE apply_changeset")
        if cache is not None:
            cache.clear()
        raise
    return result


def _write_changeset(vault: Vault, cs: ChangeSet, entries: list[KnownEntry],
                     carried: Carried | None, cache: ApplyCache | None,
                     result: Applied) -> Applied:
    conn = vault.conn
    relay.keep(conn, [carried], cache.runs if cache is not None else None)
    # the roster's change sets keep what their author signed (store/roster_trust.py)
    body = (json.dumps(cs.to_wire(), separators=(",", ":"))
            if any(e.table.name in ROSTER_TABLES for e in entries) else None)
    local_id = conn.execute(
        "INSERT INTO change_sets (id, device_id, device_seq, hlc, staff_id, origin, "
        "envelope, run, body) VALUES (?, ?, ?, ?, ?, 'remote', ?, ?, ?)",
        (cs.id, cs.device_id, cs.device_seq, cs.hlc, cs.staff_id,
         *(carried.columns() if carried is not None else (None, None)), body),
    ).lastrowid
    touched = Applied(cache=cache or ApplyCache())
    for table, row_id, fname, value, hlc, base in entries:
        _apply_entry(conn, int(local_id or 0), cs.device_id, table, row_id, fname,
                     value, hlc, base, touched)
    # the same audit entries the writer made, from the change set as it was written
    insert_audits(conn, vault.site_id, cs.id, cs.device_id, cs.hlc, cs.staff_id,
                  ((e.table.name, e.row_id, e.field, e.value) for e in entries))
    if any(e.table.name == "staff" and e.field == WHOLE_ROW for e in entries):
        vault.clock.joined(cs.hlc)  # someone arrived: no save here is dated before it
    vault.clock.observe(cs.hlc)
    result.changesets += 1
    result.entries += touched.entries
    result.conflicts += touched.conflicts
    result.touched |= touched.touched
    return result


def apply_new_rows(vault: Vault, items: list[tuple[ChangeSet, Carried | None]],
                   cache: ApplyCache, result: Applied) -> list[tuple[ChangeSet, Refused]]:
    """The fast path for a page of change sets, in order, inside the caller's transaction.

    Most change sets a laptop receives create rows it has never seen (a check-in, a note)
    whose resident is already here: those are written in bulk, a statement per kind of
    row rather than per change set. Anything else (an update, a row already here, a
    parent still missing, a change waiting for a row) goes through `apply_changeset`,
    in its place in the order.

    Each change set is checked (`receive_check`) against everything before it, as if each
    had been written on its own: the rows held back for the bulk are written first when
    its checks read one of them. Returns the change sets the checks (or an unknown table
    or field) refused, each with its refusal: nothing of them was written, and the caller
    quarantines them. Any other failure leaves the caller to roll the page back.
    """
    conn = vault.conn
    refused: list[tuple[ChangeSet, Refused]] = []
    checked: list[tuple[ChangeSet, Carried | None, list[KnownEntry]]] = []
    for cs, carried in items:
        try:
            checked.append((cs, carried, [_checked(e) for e in cs.entries]))
        except Refused as exc:
            refused.append((cs, exc))
    wanted: dict[str, list[str]] = {}
    for _, _, entries in checked:
        for table, row_id, fname, *_ in entries:
            if fname == WHOLE_ROW:
                wanted.setdefault(table.name, []).append(row_id)
    here = {(name, i) for name, ids in wanted.items() for i in existing_ids(conn, name, ids)}
    run: list[tuple[ChangeSet, Carried | None, list[KnownEntry], list[dict[str, Any]]]] = []
    held = _HeldBack(conn)
    for cs, carried, entries in checked:
        rows = _new_rows(conn, cs, entries, here, cache)
        if rows is None or held.read_by(entries, rows):
            _write_rows(vault, run, cache, result)
            run = []
            held = _HeldBack(conn)
        try:
            # against everything before it (`rows`: all of them new here, parsed)
            cache.checked(conn, cs, entries, rows=rows)
        except Refused as exc:
            refused.append((cs, exc))
            continue
        if rows is None:
            _write_changeset(vault, cs, entries, carried, cache, result)
        else:
            run.append((cs, carried, entries, rows))
            held.add(entries, rows)
            for table, row_id, *_ in entries:
                here.add((table.name, row_id))
                cache.present.add((table.name, row_id))
    _write_rows(vault, run, cache, result)
    return refused


class _HeldBack:
    """The rows held back for the bulk write, as far as a later change set's checks read
    them (`receive_check.read_named`, `read_beside`): their ids, and the keys under which
    later rows read them. Made again after each write, so what `memo` looked up (whether
    a prescription is as-needed) holds while it lives."""

    __slots__ = ("beside", "conn", "ids", "memo")

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.ids: set[str] = set()
        self.beside: set[str] = set()
        self.memo: dict[Any, bool] = {}

    def add(self, entries: list[KnownEntry], rows: list[dict[str, Any]]) -> None:
        for entry, row in zip(entries, rows, strict=True):
            self.ids.add(entry.row_id)
            key = receive_check.offered(entry.table.name, row)
            if key is not None:
                self.beside.add(key)

    def read_by(self, entries: list[KnownEntry], rows: list[dict[str, Any]] | None) -> bool:
        """Whether the checks of these rows would read one held back."""
        if rows is None or not self.ids:
            return False
        for entry, row in zip(entries, rows, strict=True):
            name = entry.table.name
            if any(row.get(column) in self.ids for column in receive_check.read_named(name)):
                return True
            if self.beside and receive_check.read_beside(self.conn, name, row,
                                                         self.memo) in self.beside:
                return True
        return False


def _new_rows(conn: Connection, cs: ChangeSet, entries: list[KnownEntry],
              here: set[tuple[str, str]], cache: ApplyCache) -> list[dict[str, Any]] | None:
    """The rows of a change set that only creates rows not here yet, whose parents are
    here and for which nothing waits; otherwise None (the one-by-one path)."""
    if not entries:
        return None
    waited = _waited(conn, cache)
    rows = []
    for n, (table, row_id, fname, _, _, _) in enumerate(entries):
        if fname != WHOLE_ROW or (table.name, row_id) in here or table.name in _ROSTER or \
                (table.name, row_id) in waited:
            return None
        row = cs.row(n)
        if not isinstance(row, dict) or row.get("id") != row_id or not row.keys() <= \
                _column_set(table.name) or _missing_parent(conn, table.name, row, cache) \
                is not None:
            return None
        rows.append(row)
    return rows


@cache
def _column_set(table: str) -> frozenset[str]:
    return frozenset(BY_NAME[table].columns)


# written at once (later change sets are checked against the roles and revocations they
# set), and each keeps its signed body
_ROSTER = ("sites", "staff", "devices", "restricted_grants")


def _write_rows(vault: Vault, run: list[Any], cache: ApplyCache, result: Applied) -> None:
    if not run:
        return
    conn = vault.conn
    top = int(conn.execute("SELECT coalesce(max(local_id), 0) FROM change_sets").fetchone()[0])
    sets, logs, audits = [], [], []
    inserts: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    relay.keep(conn, (carried for _, carried, _, _ in run), cache.runs)
    for n, (cs, carried, entries, rows) in enumerate(run, start=top + 1):
        sets.append((n, cs.id, cs.device_id, cs.device_seq, cs.hlc, cs.staff_id,
                     *(carried.columns() if carried is not None else (None, None))))
        for (table, row_id, fname, value, hlc, base), row in zip(entries, rows, strict=True):
            # its names are the table's own (`_new_rows` checked): fit to go into SQL
            inserts.setdefault((table.name, tuple(row)), []).append(tuple(row.values()))
            logs.append((n, table.name, row_id, fname, value, hlc, base))
            result.entries += 1
            result.touched.add((table.name, row_id))
        audits += audit_rows(conn, vault.site_id, cs.id, cs.device_id, cs.hlc, cs.staff_id,
                             [(e.table.name, e.row_id, e.field, e.value) for e in entries],
                             rows)
        result.changesets += 1
    vault.clock.observe(max(cs.hlc for cs, _, _, _ in run))  # once: it reads the time
    conn.executemany("INSERT INTO change_sets (local_id, id, device_id, device_seq, hlc, "
                     "staff_id, origin, envelope, run) VALUES (?, ?, ?, ?, ?, ?, 'remote', ?, ?)",
                     sets)
    order = list(BY_NAME)  # parents before children (residents before check-ins, plans
    # before sessions); within one kind, the order they came in
    for (name, cols), values in sorted(inserts.items(), key=lambda kv: order.index(kv[0][0])):
        conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' * len(cols))})", values)
    conn.executemany("INSERT INTO change_log (changeset, table_name, row_id, field, value, "
                     "hlc, base_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)", logs)
    conn.executemany(AUDIT_SQL, audits)


def _checked(entry: Entry) -> KnownEntry:
    """The entry with its table, when this version knows the table and the field."""
    table = BY_NAME.get(entry.table)
    if table is None:
        raise UnknownSchema(f"unknown table {entry.table}"[:200])
    if entry.field != WHOLE_ROW and (entry.field not in table.columns or entry.field == "id"):
        raise UnknownSchema(f"unknown field {entry.table}.{entry.field}"[:200])
    return KnownEntry(table, entry.row_id, entry.field, entry.value, entry.hlc, entry.base_hlc)


def _apply_entry(conn: Connection, local_id: int, device: str, table: Table, row_id: str,
                 fname: str, value: str, hlc: int, base: int | None, result: Applied) -> None:
    result.entries += 1
    result.touched.add((table.name, row_id))
    exists = conn.execute(f"SELECT 1 FROM {table.name} WHERE id = ?", (row_id,)).fetchone()
    if fname == WHOLE_ROW:
        row = json.loads(value)
        if not isinstance(row, dict) or row.get("id") != row_id or not set(row) <= set(
                table.columns):
            raise UnknownSchema(f"malformed row for {table.name}")
        if not exists:
            missing = _missing_parent(conn, table.name, row, result.cache)
            if missing is not None:  # e.g. a check-in whose resident has not arrived yet
                _waited(conn, result.cache).add(missing)
                pending.wait_for(conn, missing, PendingChange(
                    PendingKind.ROW, table.name, row_id, WHOLE_ROW, value, hlc, base, device,
                    local_id))
                return
            cols = [c for c in table.columns if c in row]
            conn.execute(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' * len(cols))})", [row[c] for c in cols])
            _log(conn, local_id, table.name, row_id, fname, value, hlc, base)
            if (table.name, row_id) in _waited(conn, result.cache):
                _replay_pending(conn, table, row_id, result)
        else:  # the row is here already: merge it field by field
            _log(conn, local_id, table.name, row_id, fname, value, hlc, base)
            for col in table.columns:
                if col != "id" and col in row:
                    _merge_field(conn, table.name, row_id, col, row[col], hlc, base, device,
                                 result, log_it=False, local_id=local_id)
        return
    if not exists:  # a change to a row that has not arrived yet: keep it for later
        _waited(conn, result.cache).add((table.name, row_id))
        pending.wait_for(conn, (table.name, row_id), PendingChange(
            PendingKind.FIELD, table.name, row_id, fname, value, hlc, base, device, local_id))
        return
    _merge_field(conn, table.name, row_id, fname, json.loads(value), hlc, base, device,
                 result, log_it=True, local_id=local_id)


# Rows that must exist before a row that refers to them can be inserted.
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "therapy_sessions": (("resident_id", "residents"), ("plan_id", "therapy_plans")),
    "check_ins": (("resident_id", "residents"), ("amends_id", "check_ins")),
    "case_notes": (("resident_id", "residents"), ("amends_id", "case_notes")),
    # a destruction's steps outlive the child's row (the tombstone names her by id only)
    "destructions": (),
}
RESIDENT_ONLY = (("resident_id", "residents"),)


def _missing_parent(conn: Connection, table: str, row: dict[str, Any],
                    cache: ApplyCache) -> tuple[str, str] | None:
    for column, parent in PARENTS.get(table, RESIDENT_ONLY if "resident_id" in row else ()):
        ref = row.get(column)
        if not ref or (parent, ref) in cache.present:
            continue
        if not conn.execute(f"SELECT 1 FROM {parent} WHERE id = ?", (ref,)).fetchone():
            return parent, ref
        cache.present.add((parent, ref))
    return None


def _waited(conn: Connection, cache: ApplyCache) -> set[tuple[str, str]]:
    """The rows some change waits for (usually none), read once per transaction: a row
    that arrives is looked up here rather than in the table."""
    if cache.waited is None:
        cache.waited = pending.waited_for(conn)
    return cache.waited


def _replay_pending(conn: Connection, table: Table, row_id: str, result: Applied) -> None:
    """The row has arrived: apply what was waiting for it (which may free more in turn)."""
    if result.cache.waited is not None:
        result.cache.waited.discard((table.name, row_id))
    for change in pending.take_waiting(conn, table.name, row_id):
        if change.kind is PendingKind.ROW:
            _apply_entry(conn, change.local_id, change.device_id, BY_NAME[change.table],
                         change.row_id, WHOLE_ROW, change.value, change.hlc, change.base_hlc,
                         result)
            result.entries -= 1  # counted when it first arrived
        else:
            _merge_field(conn, change.table, change.row_id, change.field,
                         json.loads(change.value), change.hlc, change.base_hlc,
                         change.device_id, result, log_it=True, local_id=change.local_id)


def _merge_field(conn: Connection, table: str, row_id: str, fname: str, value: Any, hlc: int,
                 base: int | None, device: str, result: Applied, *, log_it: bool,
                 local_id: int) -> None:
    """The field takes its current version (store/versions.py) once this entry is in the
    log: this entry when it is the newest of the versions no write has replaced, or when
    it replaced the one current here; another when this entry replaced that one and is
    itself already replaced. A value that revokes stays, whatever came before or after."""
    before = versions.current(conn, table, row_id, fname, leaving_out=local_id)
    current = conn.execute(f"SELECT {fname} FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
    if log_it:
        _log(conn, local_id, table, row_id, fname, json.dumps(value, ensure_ascii=False), hlc,
             base)
    permanent = RULES[table].permanent.get(fname, _NOTHING)
    if permanent == value or before is None:
        after, won = None, True
    elif permanent == current:
        after, won = None, False  # a revocation holds: a later "un-revoke" cannot win
    else:
        after = versions.current(conn, table, row_id, fname)
        won = after is not None and (after.hlc, after.device) == (hlc, device)
    if won:
        if current != value:
            conn.execute(f"UPDATE {table} SET {fname} = ? WHERE id = ?", (value, row_id))
        if before is not None and base != before.hlc and current != value:
            _conflict(conn, table, row_id, fname, kept=(value, hlc),
                      lost=(current, before.hlc, before.device))
            result.conflicts += 1
        return
    kept = current if after is None else after.value_of(fname, current)
    if kept != current:  # this entry replaced the version current here, and was replaced
        conn.execute(f"UPDATE {table} SET {fname} = ? WHERE id = ?", (kept, row_id))
    if before is not None and (hlc, device) != (before.hlc, before.device) and \
            kept != value and not versions.superseded(conn, table, row_id, fname, hlc):
        kept_hlc = before.hlc if after is None else after.hlc
        _conflict(conn, table, row_id, fname, kept=(kept, kept_hlc), lost=(value, hlc, device))
        result.conflicts += 1


_NOTHING = object()


def _log(conn: Connection, local_id: int, table: str, row_id: str, fname: str, value: str,
         hlc: int, base: int | None) -> None:
    conn.execute("INSERT INTO change_log (changeset, table_name, row_id, field, value, hlc, "
                 "base_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (local_id, table, row_id, fname, value, hlc, base))


def _conflict(conn: Connection, table: str, row_id: str, fname: str, *,
              kept: tuple[Any, int], lost: tuple[Any, int, str]) -> None:
    conn.execute(
        "INSERT INTO conflicts (id, table_name, row_id, field, kept_value, kept_hlc, "
        "lost_value, lost_hlc, lost_device, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), table, row_id, fname, json.dumps(kept[0], ensure_ascii=False), kept[1],
         json.dumps(lost[0], ensure_ascii=False), lost[1], lost[2],
         datetime.now(UTC).isoformat(timespec="seconds")))
