"""Merging change sets between devices: last writer wins per field, conflicts are kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from safehaven.domain.models import Resident
from safehaven.errors import NotFound
from safehaven.services import residents
from safehaven.store import reads
from safehaven.store.hlc import COUNTER_BITS, physical
from safehaven.sync.bundle import BadBundle, export_bundle, import_bundle
from safehaven.sync.engine import outgoing, receive
from safehaven.sync.replica import applied_log, conflicts
from tests.sync.harness import Template, context, house_of, make_template


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=3)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[list]:
    with house_of(template, tmp_path) as vaults:
        yield vaults


def sync(src, dst) -> object:
    return receive(dst, outgoing(src, applied_log.highest_seq(dst.conn)))


def test_concurrent_edits_converge_and_keep_the_loser(house: list) -> None:
    a, b, _ = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    residents.update(context(a), rid, pronouns="she/her")
    residents.update(context(b), rid, pronouns="they/them")  # later clock: wins
    report_b = sync(a, b)
    report_a = sync(b, a)
    assert report_a.conflicts == report_b.conflicts == 1
    for vault in (a, b):
        assert reads.get(vault.conn, Resident, rid).pronouns == "they/them"
        [conflict] = conflicts.open_conflicts(vault.conn)
        assert (conflict["field"], json.loads(conflict["lost_value"])) == ("pronouns", "she/her")


def test_equal_clocks_are_broken_by_device_id(house: list) -> None:
    a, b, _ = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    frozen_ms = max(physical(a.clock.last), physical(b.clock.last)) + 10
    for vault in (a, b):  # the wall clock stopped: both ticks give the same value
        vault.clock.last = (frozen_ms << COUNTER_BITS) + 5
        vault.clock.now_ms = lambda: frozen_ms
    residents.update(context(a), rid, gender="A")
    residents.update(context(b), rid, gender="B")
    sync(a, b)
    sync(b, a)
    winner = "A" if a.device_id > b.device_id else "B"
    assert {reads.get(v.conn, Resident, rid).gender for v in (a, b)} == {winner}


def test_sequential_edits_are_not_conflicts(house: list) -> None:
    a, b, c = house
    rid = residents.add(context(a), "Ana").record.id
    residents.update(context(a), rid, pronouns="she/her")
    sync(a, b)
    residents.update(context(b), rid, pronouns="they/them")  # b saw a's value
    sync(b, c)  # c gets b's update (and a's, forwarded by b)
    sync(a, c)
    assert reads.get(c.conn, Resident, rid).pronouns == "they/them"
    assert conflicts.open_conflicts(c.conn) == []


def test_a_change_that_arrives_before_its_row_waits_for_it(house: list) -> None:
    a, b, c = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    residents.update(context(b), rid, pronouns="they/them")
    only_b = [e for e in outgoing(b) if json.loads(e)["device"] == b.device_id]
    receive(c, only_b)  # c has not got the resident yet
    with pytest.raises(NotFound):
        reads.get(c.conn, Resident, rid)
    sync(a, c)
    assert reads.get(c.conn, Resident, rid).pronouns == "they/them"
    assert c.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0


def test_nothing_is_applied_twice(house: list) -> None:
    a, b, _ = house
    residents.add(context(a), "Ana")
    envelopes = outgoing(a)
    first = receive(b, envelopes)
    again = receive(b, envelopes + envelopes)
    assert first.applied == 1 and again.applied == 0
    assert again.skipped == 2 * (first.applied + first.skipped)  # each change set, twice
    assert reads.count(b.conn, "residents") == 1


def test_bundle_round_trip_and_bad_bundles(house: list, tmp_path: Path) -> None:
    a, b, _ = house
    rid = residents.add(context(a), "Anastasia Quintero").record.id
    stick = tmp_path / "to-b.bundle"
    count = export_bundle(a, stick, applied_log.highest_seq(b.conn))
    assert count == 1
    residents.add(context(a), "Bea")
    residents.add(context(a), "Cata")
    # the count people are told is of change sets, not of the run envelopes carrying them
    assert export_bundle(a, tmp_path / "all.bundle", applied_log.highest_seq(b.conn)) == 3
    assert len((tmp_path / "all.bundle").read_bytes().splitlines()) == 3  # magic, header, a run
    assert b"Anastasia Quintero" not in stick.read_bytes()
    report = import_bundle(b, stick)
    assert report.applied == 1
    assert reads.get(b.conn, Resident, rid).preferred_name == "Anastasia Quintero"
    stick.write_bytes(b"garbage")
    with pytest.raises(BadBundle):
        import_bundle(b, stick)


@pytest.mark.parametrize("attack", ["deep-header", "long-header", "list-header", "huge-file",
                                    "overlong-line"])
def test_a_hostile_bundle_is_refused_or_read_with_caps(house: list, tmp_path: Path,
                                                       attack: str,
                                                       monkeypatch: pytest.MonkeyPatch
                                                       ) -> None:
    """A bundle crafted to exhaust a laptop: checked for size before it is read, its header
    read with a cap and no recursion, an overlong line skipped unread, the rest applied."""
    from safehaven.sync import bundle

    a, b, _ = house
    residents.add(context(a), "Dana")
    good = tmp_path / "good.bundle"
    export_bundle(a, good, applied_log.highest_seq(b.conn))
    magic, header, *lines = good.read_bytes().split(b"\n", 2)
    stick = tmp_path / "hostile.bundle"
    if attack == "deep-header":
        stick.write_bytes(bundle.MAGIC + b"[" * 50_000 + b"]" * 50_000 + b"\n")
    elif attack == "long-header":
        stick.write_bytes(bundle.MAGIC + b"{" + b" " * (2 * bundle.MAX_HEADER) + b"}\n")
    elif attack == "list-header":
        stick.write_bytes(bundle.MAGIC + b"[1]\n")
    elif attack == "huge-file":
        monkeypatch.setattr(bundle, "MAX_BUNDLE", 100)
        stick.write_bytes(good.read_bytes())
    if attack != "overlong-line":
        with pytest.raises(BadBundle):
            import_bundle(b, stick)
        assert reads.count(b.conn, "residents") == 0
        return
    monkeypatch.setattr(bundle, "MAX_ENVELOPE", 1000)
    stick.write_bytes(magic + b"\n" + header + b"\n" + b"x" * 5000 + b"\n" + lines[0])
    report = import_bundle(b, stick)
    assert report.applied >= 1 and reads.count(b.conn, "residents") == 1


def test_a_row_that_refers_to_a_missing_row_waits_for_it(house: list) -> None:
    from safehaven.domain.models import CheckIn
    from safehaven.services import checkins

    a, b, c = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    checkins.record(context(b), rid, 4)
    only_b = [e for e in outgoing(b) if json.loads(e)["device"] == b.device_id]
    report = receive(c, only_b)  # the check-in, without its resident
    assert report.quarantined == [] and reads.count(c.conn, "check_ins") == 0
    sync(a, c)
    assert [x.resident_id for x in reads.all_of(c.conn, CheckIn)] == [rid]
    assert c.conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0


def test_a_manager_reverses_a_conflict_and_every_laptop_follows(house: list) -> None:
    from safehaven.errors import InvalidValue
    from safehaven.services import sync_status

    a, b, c = house
    rid = residents.add(context(a), "Ana").record.id
    sync(a, b)
    residents.update(context(a), rid, pronouns="she/her")
    residents.update(context(b), rid, pronouns="they/them")  # later clock: wins
    sync(a, b)
    sync(b, a)
    [conflict] = sync_status.status(context(a))["conflicts"]
    assert conflict["record"] == "Ana (resident)" and conflict["field_label"] == "pronouns"
    sync_status.resolve_conflict(context(a), conflict["id"], keep=False)
    assert reads.get(a.conn, Resident, rid).pronouns == "she/her"
    assert sync_status.status(context(a))["conflicts"] == []
    with pytest.raises(InvalidValue):
        sync_status.resolve_conflict(context(a), conflict["id"], keep=True)
    for dst in (b, c):
        sync(a, dst)
        assert reads.get(dst.conn, Resident, rid).pronouns == "she/her"
    # the reversal is an ordinary later write: it is not itself a new conflict
    assert len(conflicts.open_conflicts(b.conn)) == 1  # b still has its own record to close
    [other] = sync_status.status(context(b))["conflicts"]
    sync_status.resolve_conflict(context(b), other["id"], keep=True)
    assert conflicts.open_conflicts(b.conn) == []


def test_a_bundle_with_damaged_lines_applies_the_rest_and_counts_them(house: list,
                                                                      tmp_path: Path) -> None:
    """A real bundle edited as a failing stick would: two envelope lines cut and mangled.
    The good lines apply, the bad ones are counted as dropped (none left in the quarantine
    for ever), and the intact bundle later brings what they carried."""
    from safehaven.sync.engine import seal_own
    from safehaven.sync.replica import outbox, quarantine

    a, b, _ = house
    made = [residents.add(context(a), name).record.id for name in ("Ada", "Bo", "Cy", "Di")]
    good = tmp_path / "good.bundle"
    export_bundle(a, good, applied_log.highest_seq(b.conn))
    magic, header, _ = good.read_bytes().split(b"\n", 2)
    # one line a save (as a bundle of an older laptop, or many saves' runs, has)
    since = applied_log.highest_seq(b.conn).get(a.device_id, 0)
    lines = [seal_own(a, [cs])[0] for cs in outbox.local_changesets(a.conn, a.device_id, since)]
    assert len(lines) == len(made)
    lines[-1] = lines[-1][: len(lines[-1]) // 2]        # cut short
    lines[-2] = b"\x00garbage" + lines[-2][9:]          # its start overwritten
    stick = tmp_path / "damaged.bundle"
    stick.write_bytes(magic + b"\n" + header + b"\n" + b"\n".join(lines) + b"\n")
    report = import_bundle(b, stick)
    assert (report.dropped, report.applied, report.quarantined) == (2, 2, [])
    assert quarantine.quarantined(b.conn) == []
    assert [r for r in made if reads.count(b.conn, "residents") and b.conn.execute(
        "SELECT 1 FROM residents WHERE id = ?", (r,)).fetchone()] == made[:2]
    again = import_bundle(b, good)
    assert (again.dropped, again.applied) == (0, 2)
    assert reads.count(b.conn, "residents") == len(made)
