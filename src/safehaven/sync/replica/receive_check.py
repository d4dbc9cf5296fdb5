"""What a laptop checks in a change set from another laptop before it applies any of it.

The signature says which device sent it; these checks decide whether its author could
have made it in the app: the signer's role may write each table and field
(`domain/write_rules.py`, the same rule table the services use), append-only records are
only ever added to, every value fits its field, a revocation is never undone, an audit
entry names its real author, no key goes to a revoked device, and the clock is not far
ahead of this laptop's. A change set that fails is refused whole, with its reason, and is
quarantined; the rest still flows.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from safehaven import clock
from safehaven.domain import corrections
from safehaven.domain.permissions import Action, allowed
from safehaven.domain.vocab import KeyCircle, Role
from safehaven.domain.write_rules import (
    AUTHOR_FIELDS,
    CORRECTED_IN_SHIFT,
    OWNED,
    RESTRICTED,
    RULES,
    circle_of,
    insert_needs,
    update_needs,
)
from safehaven.store.changeset import ChangeSet, KnownEntry
from safehaven.store.connection import Connection
from safehaven.store.crypto import verify
from safehaven.store.hlc import MAX_LEAD_MS, physical, wall_ms
from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.store.restricted import PREFIX, eligible, is_sealed
from safehaven.store.roster_trust import circle_named, pinned_founder
from safehaven.store.tables import Table
from safehaven.sync.replica import dose_check, row_values
from safehaven.sync.replica.row_values import MAX_HLC

WHOLE_ROW = "*"
MAX_SKEW_MS = MAX_LEAD_MS  # laptops' clocks drift; a day's worth would be an attack

# Refusals that time or a later change set can cure (their kinds are retryable).
AHEAD = Refusal(RefusalKind.CLOCK_AHEAD, "written with a clock ahead of this laptop's")
UNKNOWN_SIGNER = Refusal(RefusalKind.UNKNOWN_SIGNER,
                         "signed by a staff member this laptop does not know yet")
NOT_AUTHOR = Refusal(RefusalKind.NOT_AUTHOR,
                     "not signed with its author's key as this laptop knows it")
NOT_HOLDER = Refusal(RefusalKind.NOT_HOLDER, "grants the restricted key to someone this "
                     "laptop does not know as a clinician")
# fields of their own staff record a person may change without a manager: their identity
# (a new passphrase derives a new one; the change is signed with the old)
OWN_FIELDS = frozenset({"sign_key", "box_key", "key_params"})


def _refuse(kind: RefusalKind, message: str) -> Refused:
    return Refused(Refusal(kind, message))


# What the checks of a new row read besides the roster and the row itself. A check that
# reads another row must say so here: sync/replica/apply.py, writing a page in bulk, holds
# rows back and writes them before a change set whose checks read one (`read_named`,
# `read_beside`).
# - the rows it names in these columns: the record an amendment corrects (`_amendment`),
#   a dose's prescription (`dose_check`);
_READS_NAMED = {"dose_records": ("amends_id", "prescription_id")}
_AMENDS = ("amends_id",)


def read_named(table: str) -> tuple[str, ...]:
    """The columns of a new row of `table` that name rows its checks read."""
    return _READS_NAMED.get(table, _AMENDS)


# - and the rows before it that share a key with it: a dose given under an as-needed
#   prescription is checked against the doses given under it the day before it.
def offered(table: str, row: dict[str, Any]) -> str | None:
    """The key under which a later row's checks may read this one."""
    return dose_check.offered(row) if table == "dose_records" else None


def read_beside(conn: Connection, table: str, row: dict[str, Any],
                memo: dict[Any, bool]) -> str | None:
    """The key of the earlier rows this row's checks read (`memo`: what was looked up)."""
    return dose_check.read_beside(conn, row, memo) if table == "dose_records" else None


# (role, signing key, clock of the change that added them to the roster) from the roster
Signer = tuple[Role | None, str | None, int | None]
# No change set is older than SafeHaven (1 January 2026): a clock of 1970 is a forgery.
CLOCK_FLOOR_MS = 1_767_225_600_000


def check(conn: Connection, cs: ChangeSet, entries: list[KnownEntry],
          roles: dict[str | None, Signer], *, now_ms: int | None = None,
          fresh: bool = False, rows: list[dict[str, Any]] | None = None) -> None:
    """Refuse (raise `Refused`) unless every entry of `cs` is one its signer may make.

    `roles` caches staff roles and keys for one receiving transaction; the caller clears
    it when a change set writes to `staff`. `fresh`: the caller knows every row is new
    here; `rows`: the entries' whole rows, already parsed.
    """
    hlc = cs.hlc
    if not isinstance(hlc, int) or isinstance(hlc, bool) or not 0 < hlc <= MAX_HLC:
        raise _refuse(RefusalKind.INVALID_CLOCK, "its clock is not a valid time")
    if physical(hlc) > (now_ms if now_ms is not None else wall_ms()) + MAX_SKEW_MS:
        raise Refused(AHEAD)
    if physical(hlc) < CLOCK_FLOOR_MS:
        raise _refuse(RefusalKind.INVALID_CLOCK, "dated before SafeHaven existed")
    signer = cs.staff_id
    role, key, since = _signer(conn, signer, roles)
    if since is not None and hlc < since:
        # a change set dated before its author was on the roster: back-dated to win a
        # row id on a laptop that applies the oldest clock first (a join)
        raise _refuse(RefusalKind.INVALID_CLOCK, "dated before its author joined the house")
    if key is not None and cs.verified_key != key and not signed_by(cs, key):
        raise Refused(NOT_AUTHOR)
    if role is None and signer is not None:
        if _removed(conn, signer):
            raise _refuse(RefusalKind.REMOVED_SIGNER, "signed by a staff member who was removed")
        if _legacy_join(conn, cs, signer, entries):
            return
        role = _founder(conn, cs, signer, entries)
    for n, entry in enumerate(entries):
        table, row_id, fname, value = entry.table, entry.row_id, entry.field, entry.value
        if entry.hlc != hlc:
            raise _refuse(RefusalKind.INVALID_CLOCK,
                          "an entry's clock differs from its change set's")
        if fname == WHOLE_ROW:
            row = rows[n] if rows is not None else json.loads(value)
            needs = _whole_row(conn, cs, table, row_id, row, fresh=fresh)
        elif table.name == "staff" and row_id == signer and fname in OWN_FIELDS:
            _field(conn, table, row_id, fname, json.loads(value))  # checked all the same
            needs = set()
        else:
            needs = _field(conn, table, row_id, fname, json.loads(value), signer, cs)
        if needs <= _may(role):
            continue
        refused = [a for a in needs if not allowed(role, a)]
        if refused == [Action.MANAGE_MEDICATION] and role is Role.STAFF:
            dose_check.require_trained(conn, signer)  # a trained staff member prescribes
            refused = []
        if refused:
            if role is None and signer is not None:
                raise Refused(UNKNOWN_SIGNER)
            who = str(role) if role is not None else "no staff member"
            raise _refuse(RefusalKind.NOT_PERMITTED, f"{who} may not write {table.name}"
                          + (f".{fname}" if fname != WHOLE_ROW else ""))


@cache
def _may(role: Role | None) -> frozenset[Action]:  # what `role` is `allowed`, as one set
    return frozenset(a for a in Action if allowed(role, a))


def _whole_row(conn: Connection, cs: ChangeSet | None, table: Table, row_id: str,
               row: Any, *, fresh: bool = False) -> set[Any]:
    if not isinstance(row, dict) or row.get("id") != row_id:
        raise _refuse(RefusalKind.MALFORMED, f"malformed row for {table.name}")
    row_values.check_row(table, row)
    current = None if fresh else _current(conn, table, row_id)
    author, device = (cs.staff_id, cs.device_id) if cs is not None else (None, None)
    if table.name == "audit_log" and (row.get("staff_id") != author
                                      or row.get("device_id") != device
                                      or author is None):
        raise _refuse(RefusalKind.WRONG_AUTHOR,
                      "an audit entry that names someone other than its author")
    if table.name == "key_grants":
        if row.get("sender") != device:
            raise _refuse(RefusalKind.BAD_GRANT, "a key grant that names another sender")
        if _revoked(conn, str(row.get("recipient"))):
            raise _refuse(RefusalKind.BAD_GRANT, "grants a key to a revoked device")
    if table.name == "restricted_grants":
        if row.get("sender") != author:
            raise _refuse(RefusalKind.BAD_GRANT, "a restricted key grant that names another sender")
        circle = circle_named(row)
        if circle is None or (row.get("staff_id"), row.get("box_key")) not in eligible(
                conn, circle):
            raise Refused(NOT_HOLDER)
        if _later_than(row.get("created_at"), cs.hlc if cs is not None else None):
            # the newest grant decides which key is current: a date ahead of its change
            # set would make every laptop think the key needs replacing, forever
            raise _refuse(RefusalKind.BAD_GRANT, "a restricted key grant dated after it was made")
    for name in AUTHOR_FIELDS.get(table.name, ()):
        if row.get(name) is not None and row.get(name) != author and (
                current is None or current.get(name) != row.get(name)):
            raise _refuse(RefusalKind.WRONG_AUTHOR,
                          f"names someone other than its author ({table.name}.{name})")
    if table.name == "destructions" and row.get("action") == "done" and \
            row.get("device_id") != device:  # a receipt is its own laptop's proof
        raise _refuse(RefusalKind.WRONG_AUTHOR, "a receipt in another laptop's name")
    owner = OWNED.get(table.name)
    if current is not None and owner is not None and current.get(owner) != author:
        raise _refuse(RefusalKind.WRONG_AUTHOR, f"changes another person's own row ({table.name})")
    if table.name in RESTRICTED:  # (most tables have no restricted field)
        _sealed(conn, cs, table, {**(current or {}), **row})
    if current is None and table.name == "dose_records":
        dose_check.check(conn, cs, row)
    if current is None:
        if row.get("amends_id") is not None:
            return _amendment(conn, cs, table, row)
        return insert_needs(table.name, row)
    if table.append_only:
        if any(current.get(k) != v for k, v in row.items()):
            raise _refuse(RefusalKind.APPEND_ONLY, f"rewrites an append-only record ({table.name})")
        return set()
    needs: set[Any] = set()
    for name, value in row.items():
        if name != "id" and current.get(name) != value:
            _permanent(table, name, current.get(name), value)
            needs |= update_needs(table.name, name)
    return needs


def _amendment(conn: Connection, cs: ChangeSet | None, table: Table, row: dict[str, Any]
               ) -> set[Any]:
    """An amendment is of the same kind, for the same resident, and needs what writing the
    original needed (staff cannot bury a clinical note under a general one). A check-in is
    corrected or voided by its author within the shift, or by a manager later; a void is
    final."""
    original = _current(conn, table, str(row["amends_id"]))
    if original is not None:
        for name in ("kind", "resident_id"):
            if name in original and original[name] != row.get(name):
                raise _refuse(RefusalKind.APPEND_ONLY,
                              f"an amendment that changes the record's {name} ({table.name})")
        if original.get("voided"):
            raise _refuse(RefusalKind.APPEND_ONLY, f"amends a voided record ({table.name})")
        needs = insert_needs(table.name, original) | insert_needs(table.name, row)
        if table.name in CORRECTED_IN_SHIFT:
            needs |= _in_shift_needs(cs, table.name, original)
        return needs
    return insert_needs(table.name, row)


def _in_shift_needs(cs: ChangeSet | None, table: str, original: dict[str, Any]) -> set[Any]:
    """The author within the shift the record belongs to (the change set's clock, as this
    laptop reads it, with some slack), else a manager."""
    author, day, shift = CORRECTED_IN_SHIFT[table]
    if cs is None:
        return {Action.CORRECT_ANY}
    try:
        on = date.fromisoformat(str(original.get(day)))
    except ValueError:
        return {Action.CORRECT_ANY}
    at = clock.local(physical(int(cs.hlc)) / 1000)
    return corrections.needs(original.get(author), cs.staff_id, on, str(original.get(shift)),
                             at, RULES[table].write or Action.READ_RECORDS,
                             corrections.RECEIVE_SLACK)


def _field(conn: Connection, table: Table, row_id: str, fname: str, value: Any,
           signer: str | None = None, cs: ChangeSet | None = None) -> set[Any]:
    if table.append_only:
        raise _refuse(RefusalKind.APPEND_ONLY,
                      f"changes an append-only record ({table.name}.{fname})")
    row_values.valid(table, fname, value)
    if fname in AUTHOR_FIELDS.get(table.name, ()) and value is not None and value != signer:
        raise _refuse(RefusalKind.WRONG_AUTHOR,
                      f"names someone other than its author ({table.name}.{fname})")
    current = _current(conn, table, row_id)
    if current is not None:
        _sealed(conn, cs, table, {**current, fname: value}, only=fname)
        _permanent(table, fname, current.get(fname), value)
        owner = OWNED.get(table.name)
        if owner is not None and current.get(owner) != signer:
            raise _refuse(RefusalKind.WRONG_AUTHOR,
                          f"changes another person's own row ({table.name})")
    return update_needs(table.name, fname)


def _sealed(conn: Connection, cs: ChangeSet | None, table: Table, row: dict[str, Any],
            only: str | None = None) -> None:
    """Refuse a restricted field (a legal name, a clinical note...) in the clear from a
    change set written after the house had its restricted key: the app seals every one
    from then on (a staff session to the key's public half), so only a writer past the app
    sends one, and it would be readable by every role here. Values from before the key
    (older vaults) arrive as they were."""
    rules = RESTRICTED.get(table.name)
    if not rules or cs is None:
        return
    _sealed_for_circle(conn, table, row, [f for f in rules if only is None or f == only])
    clear = [f for f, applies in rules.items() if (only is None or f == only)
             and row.get(f) is not None and not is_sealed(row.get(f)) and applies(row)]
    if not clear:
        return
    first = _stamp_ms(conn.execute("SELECT MIN(created_at) FROM restricted_grants")
                      .fetchone()[0])
    # (clocks drift: a writer is given the benefit of MAX_SKEW_MS after the key came)
    if first is not None and physical(int(cs.hlc)) > first + MAX_SKEW_MS:
        raise _refuse(RefusalKind.UNSEALED,
                      f"a restricted field in the clear ({table.name}.{clear[0]})")


def _sealed_for_circle(conn: Connection, table: Table, row: dict[str, Any],
                       fields: list[str]) -> None:
    """A row for a narrower circle (a managers-only document) has its restricted fields
    sealed under a key of that circle: under the clinicians' key, every clinician would
    open what the row says is for managers."""
    circle = circle_of(table.name, row)
    if circle is KeyCircle.CLINICAL:
        return
    for fname in fields:
        value = row.get(fname)
        if not is_sealed(value):
            continue  # in the clear: the check below refuses it
        key_id = str(value)[len(PREFIX):].partition(":")[0]
        if conn.execute("SELECT 1 FROM restricted_grants WHERE key_id = ? AND circle = ?",
                        (key_id, circle.value)).fetchone() is None:
            raise _refuse(RefusalKind.UNSEALED,
                          f"sealed for a wider circle than its row's ({table.name}.{fname})")


def _permanent(table: Table, fname: str, current: Any, value: Any) -> None:
    """A revoked device stays revoked, a removed staff member stays removed."""
    fixed = RULES[table.name].permanent
    if fname in fixed and current == fixed[fname] and value != current:
        raise _refuse(RefusalKind.UNDOES_REVOCATION, f"undoes a revocation ({table.name}.{fname})")


def _current(conn: Connection, table: Table, row_id: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE id = ?",
                       (row_id,)).fetchone()
    return dict(zip(table.columns, row, strict=True)) if row is not None else None


def _stamp_ms(stamp: Any) -> float | None:
    """A stored date-time in milliseconds since the epoch (UTC when it names no zone)."""
    try:
        when = datetime.fromisoformat(str(stamp))
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp() * 1000


def _later_than(stamp: Any, hlc: Any) -> bool:
    when = _stamp_ms(stamp)
    return when is None or when > physical(int(hlc)) + MAX_SKEW_MS


def _revoked(conn: Connection, device_id: str) -> bool:
    row = conn.execute("SELECT revoked FROM devices WHERE id = ?", (device_id,)).fetchone()
    return bool(row and row[0])


def _signer(conn: Connection, staff_id: str | None,
            roles: dict[str | None, Signer]) -> Signer:
    """(role, signing key, since): role None for someone unknown or removed; key None for
    a person who has no identity yet (a house from before identities, until they unlock);
    since: the clock of the first change that put them on the roster here."""
    if staff_id not in roles:
        row = conn.execute(
            "SELECT role, active, sign_key, (SELECT min(hlc) FROM change_log WHERE "
            "table_name = 'staff' AND row_id = staff.id) FROM staff WHERE id = ?",
            (staff_id,)).fetchone() if staff_id else None
        try:
            role = Role(row[0]) if row and row[1] else None
        except ValueError:
            role = None
        roles[staff_id] = (role, row[2] if row else None, row[3] if row else None)
    return roles[staff_id]


def signed_by(cs: ChangeSet, public_hex: str) -> bool:
    """The change set carries its author's signature by this key, over what it holds."""
    if cs.staff_sig is None:
        return False
    return verify(public_hex, cs.staff_sig, cs.signed_message())


def _removed(conn: Connection, staff_id: str) -> bool:
    row = conn.execute("SELECT active FROM staff WHERE id = ?", (staff_id,)).fetchone()
    return row is not None and not row[0]


def _self_signed(cs: ChangeSet, row: dict[str, Any]) -> bool:
    """A person's first record, signed with the identity it introduces (a record from
    before identities has none to check)."""
    key = row.get("sign_key")
    return key is None or (isinstance(key, str) and signed_by(cs, key))


# Before named codes (development versions until 27 Nov 2026), a laptop that joined as
# someone new added them itself, as its first change set. Such a join is still accepted
# from a laptop the roster says was enrolled before then, within a week of it, so houses
# set up with those versions keep syncing; no laptop enrolled since can add anyone.
LEGACY_JOINS_BEFORE = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
JOIN_DAYS = 8


def _legacy_join(conn: Connection, cs: ChangeSet, signer: str,
                 entries: list[KnownEntry]) -> bool:
    if len(entries) != 1:
        return False
    entry = entries[0]
    if entry.table.name != "staff" or entry.field != WHOLE_ROW or entry.row_id != signer:
        return False
    row = conn.execute("SELECT enrolled_at FROM devices WHERE id = ?",
                       (cs.device_id,)).fetchone()
    try:
        enrolled = datetime.fromisoformat(str(row[0])) if row else None
    except ValueError:
        enrolled = None
    if enrolled is None:
        return False
    if enrolled.tzinfo is None:
        enrolled = enrolled.replace(tzinfo=UTC)
    if enrolled >= LEGACY_JOINS_BEFORE or physical(cs.hlc) > (
            enrolled.timestamp() + JOIN_DAYS * 86400) * 1000:
        return False
    if conn.execute("SELECT 1 FROM change_sets WHERE device_id = ? LIMIT 1",
                    (cs.device_id,)).fetchone():
        return False  # only that laptop's first change set
    new_row = json.loads(entry.value)
    if not isinstance(new_row, dict) or new_row.get("role") != Role.STAFF.value:
        return False
    _whole_row(conn, cs, entry.table, entry.row_id, new_row)  # checked all the same
    if not _self_signed(cs, new_row):
        raise Refused(NOT_AUTHOR)
    return True


def _founder(conn: Connection, cs: ChangeSet, signer: str,
             entries: list[KnownEntry]) -> Role | None:
    """The change set that creates the house (its site, its first manager, the first
    laptop) is signed by a manager no roster knows yet: accepted while this laptop holds
    no house at all, as when it has just joined and pulls the house's history."""
    rows = [json.loads(e.value) for e in entries if e.field == WHOLE_ROW and e.table.name in
            ("sites", "staff")]
    me = next((r for r in rows if isinstance(r, dict) and r.get("id") == signer
               and "role" in r), None)
    makes_site = any(e.table.name == "sites" and e.field == WHOLE_ROW for e in entries)
    if (me is not None and me.get("role") == Role.MANAGER.value and makes_site
            and conn.execute("SELECT count(*) FROM sites").fetchone()[0] == 0):
        if not _self_signed(cs, me):
            raise Refused(NOT_AUTHOR)
        pinned = pinned_founder(conn)
        if pinned is None or pinned[0] != signer or (pinned[1] and pinned[1] !=
                                                     me.get("sign_key")):
            # the enrolment package named who made the house: nobody else can pose as them
            raise _refuse(RefusalKind.FALSE_FOUNDER,
                          "founds a house as someone the enrolment did not name")
        return Role.MANAGER
    return None
