"""Every write leaves exactly its change-log and audit entries, in the same transaction."""

from __future__ import annotations

import json

import pytest
import sqlcipher3

from safehaven.domain.models import CheckIn, Need, Resident
from safehaven.services import checkins, needs, residents
from safehaven.store import reads
from safehaven.store.tables import table_of
from tests.conftest import House


def _counts(house: House) -> tuple[int, int, int]:
    conn = house.vault.conn
    return (reads.count(conn, "change_log"), reads.count(conn, "audit_log"),
            reads.count(conn, "change_sets"))


def test_insert_logs_the_whole_row_once(house: House) -> None:
    before = _counts(house)
    result = residents.add(house.manager, "Amelia", languages=["English"])
    rid = result.record.id
    [(field, value, _, base, staff_id, _)] = reads.change_log_for(
        house.vault.conn, "residents", rid)
    assert (field, base, staff_id) == ("*", None, house.manager.actor.id)
    row = json.loads(value)
    assert set(row) == set(table_of(Resident).columns)
    assert row["preferred_name"] == "Amelia" and json.loads(row["languages"]) == ["English"]
    after = _counts(house)
    # the resident and its first stage change: two entries, two audits, one change set
    assert [a - b for a, b in zip(after, before, strict=True)] == [2, 2, 1]
    assert {c.action for c in result.changes} == {"create"}


def test_update_logs_only_changed_fields_with_their_previous_clock(house: House) -> None:
    rid = residents.add(house.manager, "Grace").record.id
    [(_, _, created, *_)] = reads.change_log_for(house.vault.conn, "residents", rid)
    residents.update(house.staff, rid, pronouns="she/her", gender=None)
    [_, (field, value, second, base, staff_id, _)] = reads.change_log_for(
        house.vault.conn, "residents", rid)
    assert (field, json.loads(value), base, staff_id) == (
        "pronouns", "she/her", created, house.staff.actor.id)
    residents.update(house.manager, rid, pronouns="they/them", gender="non-binary")
    log = reads.change_log_for(house.vault.conn, "residents", rid)[2:]
    assert sorted((f, base) for f, _, _, base, *_ in log) == [
        ("gender", created), ("pronouns", second)]


def test_update_with_no_change_writes_nothing(house: House) -> None:
    rid = residents.add(house.manager, "Grace", pronouns="she/her").record.id
    before = _counts(house)
    result = residents.update(house.manager, rid, pronouns="she/her")
    assert result.changes == ()
    assert _counts(house)[:1] == before[:1]


def test_append_only_rows_log_one_whole_row_entry(house: House) -> None:
    rid = residents.add(house.manager, "Hoa").record.id
    cid = checkins.record(house.staff, rid, 4, flags=["runaway"], note="ok").record.id
    log = reads.change_log_for(house.vault.conn, "check_ins", cid)
    assert len(log) == 1 and log[0][0] == "*"
    row = json.loads(log[0][1])
    assert row["mood"] == 4 and json.loads(row["flags"]) == ["runaway"]


def test_tombstone_is_a_logged_update_not_a_delete(house: House) -> None:
    rid = residents.add(house.manager, "Omar").record.id
    result = residents.remove(house.manager, rid)
    assert result.changes[0].action == "delete"
    assert reads.get(house.vault.conn, Resident, rid).deleted is True
    assert ("deleted", "1") in [(f, v) for f, v, *_ in reads.change_log_for(
        house.vault.conn, "residents", rid)]
    assert rid not in {r.id for r in residents.overview(house.manager)}


def test_failure_midway_leaves_no_record_no_log_no_audit(house: House) -> None:
    rid = residents.add(house.manager, "Ioana").record.id
    before = _counts(house), reads.count(house.vault.conn, "needs")
    with pytest.raises(RuntimeError), house.vault.write() as tx:
        tx.insert(Need(id="n-1", site_id=house.vault.site_id, resident_id=rid,
                       category="medical", priority="high", status="open",
                       opened_on=house.manager.today()))
        raise RuntimeError("power cut")
    assert (_counts(house), reads.count(house.vault.conn, "needs")) == before


def test_database_constraint_failure_rolls_back_the_log(house: House) -> None:
    rid = residents.add(house.manager, "Ioana").record.id
    before = _counts(house)
    bad = CheckIn(id="c-1", site_id="s", resident_id=rid, date=house.manager.today(),
                  shift="morning", mood=9, staff_id="x")  # mood CHECK fails in SQL
    with pytest.raises(sqlcipher3.IntegrityError, match="CHECK"), house.vault.write() as tx:
        tx.insert(bad)
    assert _counts(house) == before


def test_change_sets_are_numbered_per_device(house: House) -> None:
    rid = residents.add(house.manager, "Chloe").record.id
    needs.add(house.manager, rid, "medical")
    seqs = [s for (s,) in house.vault.conn.execute(
        "SELECT device_seq FROM change_sets ORDER BY device_seq")]
    assert seqs == list(range(1, len(seqs) + 1))
