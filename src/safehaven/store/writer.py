"""The one way records are written: a transaction that logs every change as it makes it.

Inside `Vault.write()`, each insert, update, tombstone or append also writes, in the same
SQLite transaction, its `change_log` entries (with this device's hybrid clock and the
field's previous clock as `base_hlc`) and `audit_log` entries. A failure anywhere rolls
all three back together.

The audit entries of writes are derived from the change set itself (`write_audits`), here
and on every laptop that receives it, with ids that depend only on the change set: the
audit log then travels without costing a byte on the wire. Other audit entries (views,
reports) are logged as rows of their own and travel like any append-only record.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from safehaven.domain.models import AuditEntry
from safehaven.domain.write_rules import RESTRICTED
from safehaven.errors import NotFound
from safehaven.store import versions
from safehaven.store.changeset import Entry
from safehaven.store.connection import Connection
from safehaven.store.crypto import Identity, author_hash, changeset_message
from safehaven.store.hlc import COUNTER_BITS, HybridClock, physical, wall_ms
from safehaven.store.ids import new_id
from safehaven.store.restricted import Keyring, seal_row
from safehaven.store.tables import BY_NAME, Record, Table, from_row, table_of, to_row

_LOG_SQL = (
    "INSERT INTO change_log (changeset, table_name, row_id, field, value, hlc, base_hlc) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
WHOLE_ROW = "*"


@cache
def _insert_sql(table: Table) -> str:
    cols = table.columns
    return f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


CHAIN_REACH = 2000  # change sets back on this laptop that a new save looks for its author's


@dataclass(frozen=True, slots=True)
class Changed:
    """What a mutation touched, so screens refresh only that: a save here, or a change
    sync brought from another laptop (`remote`: nothing to send back for it)."""

    table: str
    row_id: str
    resident_id: str | None
    action: str  # create, update, delete, amend
    remote: bool = False


@dataclass(slots=True)
class WriteContext:
    device_id: str
    site_id: str
    staff_id: str | None
    seq_floor: int = 0  # after a restore from backup: never reuse a number sent before
    signers: Mapping[str, Identity] = field(default_factory=dict)  # staff id -> identity
    keyring: Keyring | None = None  # seals legal names and clinical notes


@dataclass(slots=True)
class WriteTx:
    conn: Connection
    clock: HybridClock
    ctx: WriteContext
    changes: list[Changed] = field(default_factory=list)
    _changeset: int | None = None
    _hlc: int = 0
    _head: tuple[str, int] = ("", 0)  # the open change set's id and number
    _entries: list[Entry] = field(default_factory=list)  # its entries, as they travel
    _backdated: int | None = None  # synthetic data only: the next change set's clock

    def backdate(self, hlc: int) -> None:
        """Synthetic data only (the demo generator): the next change set carries `hlc`,
        the moment the record it makes stands for, not the clock's now, so a demo's past
        weeks read as recorded in their own time. Never later than the wall clock; the
        vault's own clock is left as it is (the next real write is dated now)."""
        self._backdated = min(hlc, wall_ms() << COUNTER_BITS)

    # -- the change set this transaction becomes -------------------------------------------
    def _begin_changeset(self) -> tuple[int, int]:
        if self._changeset is None:
            self._hlc = self.clock.tick() if self._backdated is None else self._backdated
            self._backdated = None
            seq = max(self.ctx.seq_floor, self.conn.execute(
                "SELECT coalesce(max(device_seq), 0) + 1 FROM change_sets WHERE device_id = ?",
                (self.ctx.device_id,),
            ).fetchone()[0])
            self._head = (new_id(), int(seq))
            cursor = self.conn.execute(
                "INSERT INTO change_sets (id, device_id, device_seq, hlc, staff_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (self._head[0], self.ctx.device_id, seq, self._hlc, self.ctx.staff_id),
            )
            self._changeset = int(cursor.lastrowid or 0)
            self._entries = []
        return self._changeset, self._hlc

    def end_changeset(self) -> None:
        """Let the next write start a change set of its own, in the same transaction:
        a bulk import then syncs as the separate saves it stands for."""
        if self._changeset is not None:
            self._sign()
            write_audits(self.conn, self._changeset, self.ctx.site_id)
        self._changeset = None

    def _sign(self) -> None:
        """The author signs the change set as it will travel, so every laptop can tell
        who made it, whichever laptop carries it."""
        identity = self.ctx.signers.get(self.ctx.staff_id or "")
        if identity is None:
            return  # no staff member (a recovery-key session), or one this session cannot sign for
        # Their last one here, among this laptop's recent change sets (the search stays
        # short: someone who last wrote here long ago starts a new chain).
        before = self.conn.execute(
            "SELECT author_hash FROM change_sets WHERE device_id = ? AND device_seq < ? AND "
            "device_seq >= ? AND staff_id = ? AND staff_sig IS NOT NULL ORDER BY device_seq "
            "DESC LIMIT 1", (self.ctx.device_id, self._head[1], self._head[1] - CHAIN_REACH,
                             self.ctx.staff_id)).fetchone()
        author_prev = bytes(before[0]) if before is not None and before[0] is not None \
            else b""  # the first this author signs here, or the one before has no chain
        message = changeset_message(self._head[0], self.ctx.device_id, self._head[1],
                                    self._hlc, self.ctx.staff_id,
                                    [e.to_wire() for e in self._entries], author_prev)
        self.conn.execute(
            "UPDATE change_sets SET staff_sig = ?, author_prev = ?, author_hash = ? "
            "WHERE local_id = ?", (identity.signer.sign(message), author_prev,
                                   author_hash(message, identity.sign_public),
                                   self._changeset))

    def sign_as(self, staff_id: str | None) -> None:
        """The next change set is made by `staff_id` (a bulk import of several people's
        records: each is signed by its author, as receivers check)."""
        self.end_changeset()
        self.ctx.staff_id = staff_id

    def finish(self) -> None:
        """Called just before the commit: the audit entries of this transaction's writes."""
        self.end_changeset()

    def _log(self, table: Table, row_id: str, entries: list[tuple[str, Any, int | None]]) -> None:
        changeset, hlc = self._begin_changeset()
        rows = [
            (changeset, table.name, row_id, name, json.dumps(value, ensure_ascii=False),
             hlc, base)
            for name, value, base in entries
        ]
        self._entries += [Entry(*r[1:]) for r in rows]
        if len(rows) == 1:
            self.conn.execute(_LOG_SQL, rows[0])
        else:
            self.conn.executemany(_LOG_SQL, rows)

    def audit(self, action: str, table: str | None = None, row_id: str | None = None,
              resident_id: str | None = None) -> None:
        """Record who did what beyond the writes themselves (views, reports, key changes);
        the entry travels to the other laptops like any record."""
        _, hlc = self._begin_changeset()  # the entry takes the clock of its change set
        self.insert(AuditEntry(new_id(), self.ctx.site_id, hlc, self.ctx.device_id,
                               self.ctx.staff_id, action, table, row_id, resident_id),
                    note=False)

    def _note(self, table: Table, record: Record, action: str) -> None:
        resident_id = getattr(record, "resident_id", None)
        if table.name == "residents":
            resident_id = record.id
        self.changes.append(Changed(table.name, record.id, resident_id, action))

    # -- writes ------------------------------------------------------------------------------
    def insert(self, record: Record, *, note: bool = True) -> Record:
        """Add a new row; its one change-log entry carries the whole row."""
        table = table_of(type(record))
        row = to_row(record)
        if table.name in RESTRICTED:
            seal_row(self.ctx.keyring, table.name, row)
        self.conn.execute(_insert_sql(table), [row[c] for c in table.columns])
        self._log(table, record.id, [(WHOLE_ROW, row, None)])
        if table.name == "staff":
            self.clock.joined(self._hlc)
        if note:
            amends = getattr(record, "amends_id", None)
            self._note(table, record, "amend" if amends else "create")
        return record

    def update(self, model: type, row_id: str, **values: Any) -> Record:
        """Change some fields of a mutable row; only fields whose value differs are logged."""
        table = table_of(model)
        if table.append_only:
            raise TypeError(f"{table.name} is append-only: amend it with a new row")
        current = self.get(model, row_id)
        updated = dataclasses.replace(current, **values)
        old, new = to_row(current), to_row(updated)
        if table.name in RESTRICTED:
            seal_row(self.ctx.keyring, table.name, new, old)
        changed = [c for c in table.columns if old[c] != new[c]]
        if not changed:
            return current
        clocks = {c: self.field_clock(table.name, row_id, c) for c in changed}
        self.conn.execute(
            f"UPDATE {table.name} SET {', '.join(f'{c} = ?' for c in changed)} WHERE id = ?",
            [*(new[c] for c in changed), row_id],
        )
        self._log(table, row_id, [(c, new[c], clocks[c]) for c in changed])
        self._note(table, updated, "delete" if "deleted" in changed and updated.deleted
                   else "update")
        return updated

    def tombstone(self, model: type, row_id: str) -> Record:
        """Records are never hard-deleted: `deleted` is set and synced like any field."""
        return self.update(model, row_id, deleted=True)

    # -- reads the writer needs ----------------------------------------------------------------
    def get(self, model: type, row_id: str) -> Record:
        table = table_of(model)
        row = self.conn.execute(
            f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE id = ?", (row_id,)
        ).fetchone()
        if row is None:
            raise NotFound(table.name, row_id)
        return from_row(model, row)

    def field_clock(self, table: str, row_id: str, fname: str) -> int | None:
        """The clock of the field's current version (the one an update replaces; the
        '*' entry's for a field not written since the row was made)."""
        version = versions.current(self.conn, table, row_id, fname)
        return version.hlc if version is not None else None



def write_audits(conn: Connection, changeset: int, site_id: str) -> None:
    """The audit entries of one of this laptop's change sets, from its change log."""
    head = conn.execute("SELECT id, device_id, hlc, staff_id FROM change_sets WHERE "
                        "local_id = ?", (changeset,)).fetchone()
    if head is not None:
        entries = conn.execute("SELECT table_name, row_id, field, value FROM change_log "
                               "WHERE changeset = ? ORDER BY change_id", (changeset,))
        insert_audits(conn, site_id, head[0], head[1], head[2], head[3], entries)


AUDIT_SQL = ("INSERT OR IGNORE INTO audit_log (id, site_id, hlc, device_id, staff_id, "
             "action, table_name, row_id, resident_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def insert_audits(conn: Connection, site_id: str, changeset_id: str, device_id: str,
                  hlc: int, staff_id: str | None, entries: Any) -> None:
    conn.executemany(AUDIT_SQL, audit_rows(conn, site_id, changeset_id, device_id, hlc,
                                           staff_id, entries))


def audit_rows(conn: Connection, site_id: str, changeset_id: str, device_id: str,
               hlc: int, staff_id: str | None, entries: Any,
               parsed: list[dict[str, Any]] | None = None) -> list[tuple[Any, ...]]:
    """One audit entry per row a change set wrote: created, amended, updated or deleted.

    Derived from the change set alone, with ids derived from it, so the laptop that wrote
    it and every laptop that receives it hold the same entries.
    """
    rows: dict[tuple[str, str], str] = {}
    values: dict[tuple[str, str], Any] = {}
    for n, (table_name, row_id, fname, value) in enumerate(entries):
        key = (table_name, row_id)
        if table_name == "audit_log":
            continue
        if fname == WHOLE_ROW:
            row = parsed[n] if parsed is not None else json.loads(value)
            rows[key] = "amend" if row.get("amends_id") else "create"
            values[key] = row
        elif fname == "deleted" and json.loads(value):
            rows[key] = "delete"
        else:
            rows.setdefault(key, "update")
    return [(_audit_id(changeset_id, hlc, table, row_id), site_id, hlc, device_id, staff_id,
             action, table, row_id,
             row_id if table == "residents" else _resident_of(conn, table, row_id,
                                                               values.get((table, row_id))))
            for (table, row_id), action in rows.items()]


def _audit_id(changeset_id: str, hlc: int, table: str, row_id: str) -> str:
    """A UUID (version 8 layout) that only the change set and the row decide.

    Its first 48 bits are the change set's time in milliseconds, as in a UUIDv7, and the
    rest a hash of the change set's and the row's ids. Entries therefore reach the index
    in about the order they are written. Wholly hashed ids scattered each page of a join
    over the whole index, and the pages rewritten grew with the house."""
    name = f"audit:{changeset_id}:{table}:{row_id}".encode()
    raw = bytearray((physical(hlc) & 0xFFFF_FFFF_FFFF).to_bytes(6, "big")
                    + hashlib.sha256(name).digest()[:10])
    raw[6] = (raw[6] & 0x0F) | 0x80
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _resident_of(conn: Connection, table_name: str, row_id: str,
                 row: dict[str, Any] | None) -> str | None:
    if row is not None:
        return row.get("resident_id")
    table = BY_NAME.get(table_name)
    if table is None or "resident_id" not in table.columns:
        return None
    found = conn.execute(f"SELECT resident_id FROM {table_name} WHERE id = ?",
                         (row_id,)).fetchone()
    return found[0] if found else None
