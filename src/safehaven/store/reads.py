"""Read queries. Like writes, all SQL for reading lives in the store."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from safehaven import clock
from safehaven.domain import models as m
from safehaven.domain.vocab import CareStage
from safehaven.errors import NotFound
from safehaven.store.connection import Connection, rows_in
from safehaven.store.hlc import physical
from safehaven.store.tables import BY_NAME, Record, decode_field, from_row, table_of
from safehaven.store.writer import Changed

_CURRENT = "NOT EXISTS (SELECT 1 FROM {t} a WHERE a.amends_id = {t}.id)"
# a current check-in that counts: not corrected since, not a void (issue 25)
_LIVE_CHECKIN = _CURRENT.format(t="check_ins") + " AND check_ins.voided = 0"


def _current(table: str, columns: tuple[str, ...]) -> str:
    """The newest version of each amended row, leaving out voids."""
    where = _CURRENT.format(t=table)
    return where + f" AND {table}.voided = 0" if "voided" in columns else where


def _select(conn: Connection, model: type, where: str = "1", params: tuple[Any, ...] = (),
            order: str = "") -> list[Record]:
    table = table_of(model)
    sql = f"SELECT {', '.join(table.columns)} FROM {table.name} WHERE {where}"
    if order:
        sql += f" ORDER BY {order}"
    return [from_row(model, row) for row in conn.execute(sql, params)]


def get(conn: Connection, model: type, row_id: str) -> Record:
    found = _select(conn, model, "id = ?", (row_id,))
    if not found:
        raise NotFound(table_of(model).name, row_id)
    return found[0]


def exists(conn: Connection, model: type, row_id: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {table_of(model).name} WHERE id = ?",
                        (row_id,)).fetchone() is not None


def all_of(conn: Connection, model: type, *, include_deleted: bool = False) -> list[Record]:
    deleted = "deleted" in table_of(model).columns and not include_deleted
    return _select(conn, model, "deleted = 0" if deleted else "1", order="id")


def current_of(conn: Connection, model: type, ids: Collection[str] | None = None
               ) -> list[Any]:
    """Every live row of a kind: the current version of amended ones, no voids, nothing
    deleted (what a list of "what was written" shows once, as it now reads); `ids`: only
    those of these ids (the handover's few, not a year's check-ins read to find them)."""
    table = table_of(model)
    where = "deleted = 0" if "deleted" in table.columns else "1"
    if "amends_id" in table.columns:
        where += " AND " + _current(table.name, table.columns)
    if ids is None:
        return _select(conn, model, where, order="id")
    wanted, found = sorted(ids), []
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        found += _select(conn, model, f"{where} AND {table.name}.id IN "
                         f"({', '.join('?' * len(part))})", tuple(part), order="id")
    return found


def for_resident(conn: Connection, model: type, resident_id: str, order: str = "id") -> list[Any]:
    """A resident's rows of one kind: live rows, or the current version of amended ones."""
    table = table_of(model)
    where = "resident_id = ?"
    if "deleted" in table.columns:
        where += " AND deleted = 0"
    if "amends_id" in table.columns:
        where += " AND " + _current(table.name, table.columns)
    return _select(conn, model, where, (resident_id,), order)


def all_versions(conn: Connection, model: type, resident_id: str, order: str = "id"
                 ) -> list[Any]:
    """A resident's rows of an append-only kind, every version: corrected, corrections and
    voids (the record's history)."""
    return _select(conn, model, "resident_id = ?", (resident_id,), order)


def is_amended(conn: Connection, model: type, row_id: str) -> bool:
    """Whether a newer version (a correction or a void) names this row."""
    name = table_of(model).name
    return conn.execute(f"SELECT 1 FROM {name} WHERE amends_id = ? LIMIT 1",
                        (row_id,)).fetchone() is not None


def history(conn: Connection, model: type, row_id: str) -> list[Any]:
    """An append-only record and every amendment of it, oldest first."""
    table = table_of(model)
    return _select(conn, model,
                   f"id IN (WITH RECURSIVE chain(id) AS (SELECT ? UNION "
                   f"SELECT t.id FROM {table.name} t JOIN chain ON t.amends_id = chain.id) "
                   f"SELECT id FROM chain)", (row_id,), "id")


def checkins_between(conn: Connection, start: date, end: date) -> list[m.CheckIn]:
    return _select(conn, m.CheckIn, "date BETWEEN ? AND ? AND " + _LIVE_CHECKIN,
                   (start.isoformat(), end.isoformat()), "date, id")


def has_checkin(conn: Connection, resident_id: str, day: date, shift: str) -> bool:
    return conn.execute("SELECT 1 FROM check_ins WHERE resident_id = ? AND date = ? AND "
                        "shift = ? AND " + _LIVE_CHECKIN + " LIMIT 1",
                        (resident_id, day.isoformat(), shift)
                        ).fetchone() is not None


def recorded_at(conn: Connection, table: str, row_ids: list[str]) -> dict[str, datetime]:
    """When each row was first written on its laptop (local time), from its change-log
    clock: a check-in knows its shift, this says the time of day."""
    if table not in BY_NAME:
        raise ValueError(f"unknown table {table!r}")
    out: dict[str, datetime] = {}
    for row_id in row_ids:
        found = conn.execute("SELECT min(hlc) FROM change_log WHERE table_name = ? AND "
                             "row_id = ?", (table, row_id)).fetchone()
        if found and found[0] is not None:
            out[row_id] = clock.local(physical(found[0]) / 1000)
    return out


def checked_in_on(conn: Connection, day: date) -> set[str]:
    return {r for (r,) in conn.execute("SELECT DISTINCT resident_id FROM check_ins WHERE "
                                       "date = ? AND " + _LIVE_CHECKIN, (day.isoformat(),))}


def sessions_between(conn: Connection, start: datetime, end: datetime) -> list[m.TherapySession]:
    return _select(conn, m.TherapySession, "scheduled_at >= ? AND scheduled_at < ? AND deleted = 0",
                   (start.isoformat(), end.isoformat()), "scheduled_at, id")


def recent_held_sessions(conn: Connection, per_resident: int = 2) -> list[m.TherapySession]:
    """Each resident's last sessions that were attended or missed (for the missed-row rule)."""
    return _select(
        conn, m.TherapySession,
        "id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY resident_id "
        "ORDER BY scheduled_at DESC) AS n FROM therapy_sessions "
        "WHERE deleted = 0 AND status IN ('attended', 'missed')) WHERE n <= ?)",
        (per_resident,),
    )


def sessions_used_by_plan(conn: Connection) -> dict[str, int]:
    """Funded sessions used per plan: one's own sessions attended or missed, and group
    sessions held where the resident was present."""
    return dict(conn.execute(
        "SELECT plan_id, count(*) FROM (SELECT plan_id FROM therapy_sessions WHERE deleted = 0 "
        "AND status IN ('attended', 'missed') UNION ALL SELECT a.plan_id FROM "
        "group_attendance a JOIN group_sessions g ON g.id = a.group_id WHERE a.deleted = 0 "
        "AND a.status = 'present' AND g.deleted = 0 AND g.status = 'held') GROUP BY plan_id"))


def group_attendance(conn: Connection, group_ids: list[str]) -> list[m.GroupAttendance]:
    if not group_ids:
        return []
    marks = ", ".join("?" * len(group_ids))
    return _select(conn, m.GroupAttendance, f"group_id IN ({marks}) AND deleted = 0",
                   tuple(group_ids), "group_id, id")


def groups_by_id(conn: Connection, ids: list[str]) -> list[m.GroupSession]:
    if not ids:
        return []
    unique = tuple(dict.fromkeys(ids))
    return _select(conn, m.GroupSession, f"id IN ({', '.join('?' * len(unique))}) "
                   "AND deleted = 0", unique, "scheduled_at, id")


def groups_between(conn: Connection, start: datetime, end: datetime) -> list[m.GroupSession]:
    return _select(conn, m.GroupSession, "scheduled_at >= ? AND scheduled_at < ? AND deleted = 0",
                   (start.isoformat(), end.isoformat()), "scheduled_at, id")


def booked_in_groups(conn: Connection, plan_id: str) -> int:
    """Places booked on a plan in group sessions still to be held."""
    return int(conn.execute(
        "SELECT count(*) FROM group_attendance a JOIN group_sessions g ON g.id = a.group_id "
        "WHERE a.plan_id = ? AND a.deleted = 0 AND a.status = 'booked' AND g.deleted = 0 "
        "AND g.status = 'scheduled'", (plan_id,)).fetchone()[0])


def open_needs(conn: Connection) -> list[m.Need]:
    return _select(conn, m.Need, "deleted = 0 AND status IN ('open', 'in-progress')",
                   order="due_date IS NULL, due_date, id")


def in_house_residents(conn: Connection) -> list[m.Resident]:
    stages = tuple(s.value for s in CareStage if s.in_house)
    return _select(conn, m.Resident,
                   f"deleted = 0 AND stage IN ({', '.join('?' * len(stages))})", stages,
                   "preferred_name COLLATE NOCASE")


def staff_by_name(conn: Connection, name: str) -> m.Staff | None:
    found = _select(conn, m.Staff, "display_name = ? COLLATE NOCASE", (name,))
    return found[0] if found else None


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One line of the residents table."""

    id: str
    preferred_name: str
    stage: CareStage
    intake_date: date
    date_of_birth: date | None
    age_estimate: int | None
    age_estimated_on: date | None
    last_checkin_date: date | None
    last_mood: int | None
    open_needs: int
    next_session: datetime | None
    closed_on: date | None = None  # a closed case (issue 30): filled in by the services


# The same day's check-ins, latest first: by shift, then by id (a UUIDv7, made when it was
# written), never by the order they arrived in, so every laptop shows the same "last mood".
LATEST_FIRST = ("CASE c.shift WHEN 'night' THEN 3 WHEN 'afternoon' THEN 2 ELSE 1 END DESC, "
                "c.id DESC")


def residents_overview(conn: Connection, now: datetime) -> list[OverviewRow]:
    """The residents table in one query: an index seek per resident, not a scan per column."""
    rows = conn.execute(
        f"""
        SELECT r.id, r.preferred_name, r.stage, r.intake_date, r.date_of_birth, r.age_estimate,
               r.age_estimated_on, lc.date, lc.mood,
               (SELECT count(*) FROM needs n WHERE n.resident_id = r.id AND n.deleted = 0
                  AND n.status IN ('open', 'in-progress')),
               (SELECT min(s.scheduled_at) FROM therapy_sessions s WHERE s.resident_id = r.id
                  AND s.deleted = 0 AND s.status = 'scheduled' AND s.scheduled_at >= ?)
        FROM residents r
        LEFT JOIN check_ins lc ON lc.rowid = (
            SELECT c.rowid FROM check_ins c WHERE c.resident_id = r.id AND c.voided = 0
              AND NOT EXISTS (SELECT 1 FROM check_ins a WHERE a.amends_id = c.id)
            ORDER BY c.date DESC, {LATEST_FIRST} LIMIT 1)
        WHERE r.deleted = 0
        ORDER BY r.preferred_name COLLATE NOCASE
        """,
        (now.isoformat(),),
    ).fetchall()
    dec = decode_field
    return [
        OverviewRow(
            id=r[0], preferred_name=r[1], stage=CareStage(r[2]),
            intake_date=date.fromisoformat(r[3]),
            date_of_birth=dec(m.Resident, "date_of_birth", r[4]), age_estimate=r[5],
            age_estimated_on=dec(m.Resident, "age_estimated_on", r[6]),
            last_checkin_date=date.fromisoformat(r[7]) if r[7] else None, last_mood=r[8],
            open_needs=r[9], next_session=datetime.fromisoformat(r[10]) if r[10] else None,
        )
        for r in rows
    ]


def change_log_for(conn: Connection, table: str, row_id: str) -> list[tuple[Any, ...]]:
    """The field-by-field history of one row (for the timeline and for tests)."""
    return conn.execute(
        "SELECT l.field, l.value, l.hlc, l.base_hlc, s.staff_id, s.id FROM change_log l "
        "JOIN change_sets s ON s.local_id = l.changeset "
        "WHERE l.table_name = ? AND l.row_id = ? ORDER BY l.change_id", (table, row_id)).fetchall()


def count(conn: Connection, table: str) -> int:
    if table not in BY_NAME and table not in ("change_log", "change_sets", "audit_log"):
        raise ValueError(f"unknown table {table!r}")
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def synced_changes(conn: Connection, touched: set[tuple[str, str]]) -> tuple[Changed, ...]:
    """The (table, row id) pairs sync applied, as the `Changed` values a save returns
    (with the resident each belongs to), so screens refresh as they do after a save."""
    residents = {(table, row): row for table, row in touched if table == "residents"}
    by_table: dict[str, list[str]] = {}
    for table, row in touched:
        known = BY_NAME.get(table)
        if known is not None and table != "residents" and "resident_id" in known.columns:
            by_table.setdefault(table, []).append(row)
    for table, rows in by_table.items():
        residents |= {(table, i): r for i, r in rows_in(
            conn, f"SELECT id, resident_id FROM {table} WHERE id IN ({{in}})", rows)}
    return tuple(Changed(table, row, residents.get((table, row)), "update", remote=True)
                 for table, row in sorted(touched))


def current_between(conn: Connection, model: type, column: str, start: object, end: object
                    ) -> list[Any]:
    """Live rows (current versions of amended ones) whose `column` is in [start, end),
    oldest first: the recent safeguarding records Today and the weekly report show."""
    table = table_of(model)
    if column not in table.columns:
        raise ValueError(column)
    where = f"{column} >= ? AND {column} < ?"
    if "deleted" in table.columns:
        where += " AND deleted = 0"
    if "amends_id" in table.columns:
        where += " AND " + _current(table.name, table.columns)
    return _select(conn, model, where, (_iso(start), _iso(end)), f"{column}, id")


def _iso(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value
