"""What a receiving laptop checks in a dose record, beyond roles and values: the rules the
services apply before a dose is written (domain/medication.py), judged with what the
sending laptop itself knew. A controlled drug given without a witness, or an as-needed
dose too soon after (or over the daily maximum with) doses that same laptop had already
recorded, could only come from past the app, and is refused; so is a dose given by a staff
member this laptop does not know as trained to give medicines. Doses recorded on two
laptops while apart are not refused: both were really given, and refusing one would
hide a double dose instead of showing it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from safehaven.domain import medication as rules
from safehaven.domain.models import Prescription
from safehaven.store import medication_reads
from safehaven.store.changeset import ChangeSet
from safehaven.store.connection import Connection
from safehaven.store.refusal import Refusal, RefusalKind, Refused
from safehaven.store.tables import from_row, table_of


def _prescription(conn: Connection, row_id: Any) -> Prescription | None:
    table = table_of(Prescription)
    found = conn.execute(f"SELECT {', '.join(table.columns)} FROM prescriptions WHERE id = ?",
                         (row_id,)).fetchone()
    return from_row(Prescription, found) if found is not None else None


def _refuse(message: str) -> Refused:
    return Refused(Refusal(RefusalKind.UNSAFE_DOSE, message))


def _trained(conn: Connection, staff_id: Any) -> bool:
    found = conn.execute("SELECT role, med_trained FROM staff WHERE id = ?",
                         (staff_id,)).fetchone()
    return found is not None and rules.may_give(found[0], bool(found[1]))


def require_trained(conn: Connection, staff_id: Any) -> None:
    """Refuse what only staff trained to give medicines write (a dose given, a
    prescription copied from the order), unless `staff_id` is one of them here. Retryable:
    the manager's record of the training may reach this laptop later."""
    if not _trained(conn, staff_id):
        raise Refused(Refusal(RefusalKind.NOT_TRAINED,
                              "written by staff not trained to give medicines"))


def offered(row: dict[str, Any]) -> str | None:
    """A given dose's prescription: the doses checked after it read it (`check`)."""
    return str(row.get("prescription_id")) if row.get("outcome") == "given" else None


def read_beside(conn: Connection, row: dict[str, Any], memo: dict[Any, bool]) -> str | None:
    """The prescription whose earlier given doses checking this dose reads: a given dose
    under an as-needed prescription held here (`memo`: prescription id -> as needed)."""
    key = offered(row)
    if key is None:
        return None
    if key not in memo:
        found = conn.execute("SELECT as_needed FROM prescriptions WHERE id = ?",
                             (key,)).fetchone()
        memo[key] = found is not None and bool(found[0])
    return key if memo[key] else None


def check(conn: Connection, cs: ChangeSet | None, row: dict[str, Any]) -> None:
    """Raise `Refused` for a new dose record the sender's app would have refused."""
    if row.get("outcome") != "given":
        return
    require_trained(conn, row.get("given_by"))
    p = _prescription(conn, row.get("prescription_id"))
    if p is None:
        return  # not here yet: nothing to judge it by
    if p.controlled and (not row.get("witness") or row.get("witness") == row.get("given_by")):
        raise _refuse("a controlled drug given without a witness")
    if not p.as_needed or cs is None:
        return
    try:
        at = datetime.fromisoformat(str(row.get("at")))
    except ValueError:
        return  # the value checks say why
    given = medication_reads.given_times(conn, p.id, at - rules.DAY, at,
                                         device_id=cs.device_id, before_hlc=cs.hlc,
                                         exclude=row.get("amends_id"))
    if rules.prn_refusal(p, given, at) is not None:
        raise _refuse("an as-needed dose too soon after the last, or over the daily maximum")
