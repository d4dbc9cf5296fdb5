"""A full disk: a clear error, the transaction rolled back whole, and the vault still works."""

from __future__ import annotations

import pytest

from safehaven.errors import DiskFull
from safehaven.services import notes, referrals, residents
from safehaven.store import reads
from tests.conftest import House


def test_disk_full_is_reported_and_loses_nothing(house: House) -> None:
    rid = residents.add(house.manager, "Bianca").record.id
    conn = house.vault.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}").fetchall()  # SQLite's "disk full"
    written = 0
    with pytest.raises(DiskFull, match="disk is full"):
        for _ in range(500):
            notes.write(house.staff, rid, "A long day, and a good one. " * 60)
            written += 1
    conn.execute("PRAGMA max_page_count = 1073741823").fetchall()
    assert len(notes.for_resident(house.staff, rid)) == written
    # every note that was kept has its change-log entry; the failed one left neither
    assert conn.execute(
        "SELECT count(*) FROM change_log WHERE table_name = 'case_notes'").fetchone()[0] == written
    referrals.make(house.staff, rid, "education", "Northside School")
    assert reads.count(conn, "referrals") == 1
