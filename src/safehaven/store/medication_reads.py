"""Reads the medication record needs: current doses in a time window, active
prescriptions of the house, the doses of one medicine given around a moment."""

from __future__ import annotations

from datetime import datetime

from safehaven.domain import models as m
from safehaven.domain.vocab import DoseOutcome
from safehaven.store.connection import Connection
from safehaven.store.tables import from_row, table_of

_CURRENT = "NOT EXISTS (SELECT 1 FROM dose_records a WHERE a.amends_id = dose_records.id)"


def _doses(conn: Connection, where: str, params: tuple[object, ...]) -> list[m.DoseRecord]:
    cols = ", ".join(table_of(m.DoseRecord).columns)
    return [from_row(m.DoseRecord, row) for row in conn.execute(
        f"SELECT {cols} FROM dose_records WHERE {where} AND {_CURRENT} ORDER BY at, id",
        params)]


def doses_between(conn: Connection, start: datetime, end: datetime,
                  resident_id: str | None = None) -> list[m.DoseRecord]:
    """Current dose records (amended ones left out) recorded at, or due, in [start, end]."""
    where = "((at >= ? AND at <= ?) OR (due_at >= ? AND due_at <= ?))"
    params: tuple[object, ...] = (start.isoformat(), end.isoformat(), start.isoformat(),
                                  end.isoformat())
    if resident_id is not None:
        where += " AND resident_id = ?"
        params += (resident_id,)
    return _doses(conn, where, params)


def given_times(conn: Connection, prescription_id: str, start: datetime, end: datetime,
                *, device_id: str | None = None, before_hlc: int | None = None,
                exclude: str | None = None) -> list[datetime]:
    """When the doses of one medicine were given in [start, end]. With `device_id` and
    `before_hlc`: only doses that laptop had written before that clock (what its own
    check could see when it recorded another). `exclude`: a record being corrected."""
    where = "prescription_id = ? AND outcome = ? AND at >= ? AND at <= ?"
    params: tuple[object, ...] = (prescription_id, DoseOutcome.GIVEN.value, start.isoformat(),
                                  end.isoformat())
    if device_id is not None and before_hlc is not None:
        # each dose of the window looked up in the log by its id (a receiver checks every
        # dose it is sent: a list of all the laptop's doses made a join quadratic)
        where += (" AND EXISTS (SELECT 1 FROM change_log l JOIN change_sets s "
                  "ON s.local_id = l.changeset WHERE l.table_name = 'dose_records' "
                  "AND l.row_id = dose_records.id AND s.device_id = ? AND l.hlc < ?)")
        params += (device_id, before_hlc)
    # the times only: Today asks this of every medicine with stock (2,908 whole records
    # built for their `at` on the 500 x 365 house)
    rows = conn.execute(f"SELECT id, at FROM dose_records WHERE {where} AND {_CURRENT} "
                        "ORDER BY at, id", params)
    return [datetime.fromisoformat(at) for row_id, at in rows if row_id != exclude]


def active_prescriptions(conn: Connection) -> list[m.Prescription]:
    """Prescriptions not stopped or deleted (the caller checks dates)."""
    cols = ", ".join(table_of(m.Prescription).columns)
    return [from_row(m.Prescription, row) for row in conn.execute(
        f"SELECT {cols} FROM prescriptions WHERE deleted = 0 AND stopped_on IS NULL "
        "ORDER BY resident_id, medicine, id")]


def stock_entries(conn: Connection, prescription_ids: list[str] | None = None
                  ) -> list[m.StockEntry]:
    """Current stock entries (corrections in place of what they correct), by time."""
    cols = ", ".join(table_of(m.StockEntry).columns)
    current = ("NOT EXISTS (SELECT 1 FROM stock_entries a "
               "WHERE a.amends_id = stock_entries.id)")
    where = current
    params: tuple[str, ...] = ()
    if prescription_ids is not None:
        where += f" AND prescription_id IN ({', '.join('?' * len(prescription_ids))})"
        params = tuple(prescription_ids)
    return [from_row(m.StockEntry, row) for row in conn.execute(
        f"SELECT {cols} FROM stock_entries WHERE {where} ORDER BY at, id", params)]

