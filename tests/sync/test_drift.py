"""Bounded drift (issue 35, item 2): a laptop whose clock ran 20 hours fast, once fixed,
stops stamping its saves with that lead (its next check-in arrives everywhere within one
round), and its later edit replaces its own 'future' one on every laptop, even when that
one is released hours later. Three laptops and a real server on loopback; the clocks are
injected (the laptop's hybrid clock, and the receivers' idea of now)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import reads, versions
from safehaven.store.changeset import OVERRIDES, Entry
from safehaven.store.hlc import COUNTER_BITS, MAX_LEAD_MS, HybridClock, physical, wall_ms
from safehaven.store.refusal import RefusalKind, Refused
from safehaven.sync.replica import apply, conflicts, outbox, quarantine, receive_check
from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, context, house_of, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

HOUR_MS = 3600 * 1000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def test_a_clock_far_ahead_is_not_carried_once_the_wall_clock_is_fixed() -> None:
    wall = [1_800_000_000_000]
    clock = HybridClock(now_ms=lambda: wall[0])
    first = clock.tick()
    wall[0] += 20 * HOUR_MS  # set 20 hours fast
    ahead = clock.tick()
    wall[0] -= 20 * HOUR_MS - 300_000  # and fixed, five minutes later
    fixed = clock.tick()
    assert physical(ahead) == wall[0] + 20 * HOUR_MS - 300_000
    assert first < physical(fixed) << COUNTER_BITS <= fixed < ahead
    assert physical(fixed) == wall[0]
    # an ordinary step back (up to the lead receivers accept) is still carried
    wall[0] -= MAX_LEAD_MS // 2
    assert clock.tick() == fixed + 1


def test_an_entry_that_overrides_says_so_on_the_wire_and_nowhere_else() -> None:
    plain = Entry("residents", "r", "pronouns", '"x"', 10, 5)
    over = Entry("residents", "r", "pronouns", '"x"', 5, 10)
    assert len(plain.to_wire()) == 6 and not plain.overrides
    assert over.to_wire()[6:] == [OVERRIDES] and over.overrides
    assert Entry.from_wire(over.to_wire()) == over
    for forged in ([*plain.to_wire(), OVERRIDES], over.to_wire()[:6], [*over.to_wire()[:6], 2]):
        with pytest.raises(Refused) as refused:
            Entry.from_wire(forged)
        assert refused.value.kind is RefusalKind.UNKNOWN_SCHEMA


def test_a_laptop_20_hours_fast_once_fixed_reaches_everyone_within_one_round(
        template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = LiveServer(tmp_path / "server")
    a, b, c = enrolled_house(server, template, tmp_path / "house", laptops=3)
    try:
        rid = residents.add(context(a), "Ana").record.id
        for vault in (a, b, c):
            sync_round(vault)
        a.clock.now_ms = lambda: wall_ms() + 20 * HOUR_MS  # a's clock set 20 hours fast
        checkins.record(context(a), rid, 2, note="written fast", confirmed=True)
        residents.update(context(a), rid, pronouns="she/her")
        sync_round(a)
        for vault in (b, c):
            sync_round(vault)
            assert reads.count(vault.conn, "check_ins") == 0  # set aside: dated ahead
            assert {r.kind for _, r in quarantine.quarantined(vault.conn)} == {
                RefusalKind.CLOCK_AHEAD}

        a.clock.now_ms = wall_ms  # the clock fixed
        checkins.record(context(a), rid, 4, note="written fixed", confirmed=True)
        residents.update(context(a), rid, pronouns="they/them")  # replaces a's own 'future'
        assert abs(physical(a.clock.last) - wall_ms()) < 60_000  # the lead is gone
        sync_round(a)
        for vault in (b, c):  # one round each
            sync_round(vault)
            assert [x.note for x in reads.all_of(vault.conn, m_checkin())] == ["written fixed"]
        assert {reads.get(v.conn, Resident, rid).pronouns for v in (a, b, c)} == {"they/them"}

        # b edits the field without having seen a's latest edit... after it, by the clock:
        # concurrent edits still go by the clock, on every laptop
        residents.update(context(b), rid, gender="F")
        residents.update(context(c), rid, gender="female")  # later clock: wins
        # twenty hours on: the check-in written fast is no longer ahead, and is released
        monkeypatch.setattr(receive_check, "wall_ms", lambda: wall_ms() + 20 * HOUR_MS)
        for _ in range(2):
            for vault in (b, c, a):
                sync_round(vault)
        for vault in (a, b, c):
            assert sorted(x.note for x in reads.all_of(vault.conn, m_checkin())) == [
                "written fast", "written fixed"]
            resident = reads.get(vault.conn, Resident, rid)
            # the 'future' edit, released last, does not win back: it was replaced
            assert (resident.pronouns, resident.gender) == ("they/them", "female")
            assert quarantine.quarantined(vault.conn) == []
            # a conflict kept for a manager never names the 'future' edit as lost
            assert all(x["lost_value"] != '"she/her"'
                       for x in conflicts.open_conflicts(vault.conn))
        # the edit that replaced a clock-ahead version carried its mark on the wire
        sent = [e for cs in outbox.local_changesets(a.conn, a.device_id, 0)
                for e in cs.wire_entries() if len(e) == 7]
        assert [(e[2], e[6]) for e in sent] == [("pronouns", OVERRIDES)]
    finally:
        for vault in (a, b, c):
            vault.close()
        server.stop()


def test_a_laptop_8_hours_slow_never_dates_a_save_before_its_author_joined(
        template: Template, tmp_path: Path) -> None:
    """Its clock starts again from its slow wall clock only down to the newest arrival on
    the roster: receivers refuse for good a change set dated before its author joined."""
    server = LiveServer(tmp_path / "server")
    a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
    try:
        rid = residents.add(context(a), "Bo").record.id
        sync_round(a)
        sync_round(b)  # b's worker joined minutes ago
        b.clock.now_ms = lambda: wall_ms() - 8 * HOUR_MS
        checkins.record(context(b), rid, 3, note="written slow", confirmed=True)
        assert physical(b.clock.last) > wall_ms() - HOUR_MS  # not before the join
        sync_round(b)
        sync_round(a)
        assert [x.note for x in reads.all_of(a.conn, m_checkin())] == ["written slow"]
        assert quarantine.quarantined(a.conn) == []
    finally:
        a.close()
        b.close()
        server.stop()


def m_checkin() -> type:
    from safehaven.domain.models import CheckIn
    return CheckIn


# -- the merge, order by order -------------------------------------------------------------

# A field's versions: each replaces one before it (or the row as created), with any clock
# (a laptop's clock set back below a version it replaced included) and any device.
VERSION = st.tuples(st.integers(0, 40), st.sampled_from(["d1", "d2", "d3"]),
                    st.integers(0, 1000))


@pytest.fixture(scope="module")
def small_house(tmp_path_factory: pytest.TempPathFactory):
    template = make_template(tmp_path_factory.mktemp("merge"), devices=1)
    with house_of(template, tmp_path_factory.mktemp("house")) as vaults:
        # one row for every example: each trial is rolled back
        yield vaults[0], residents.add(context(vaults[0]), "Pia").record.id


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture])
@given(versions_=st.lists(VERSION, min_size=1, max_size=6), seed=st.integers(0, 1 << 30))
def test_supersession_gives_the_same_value_in_every_order(small_house, versions_, seed
                                                          ) -> None:
    """Any order of arrival gives the newest version no other replaced; while clocks only
    move forward, that is plain last-writer-wins."""
    vault, rid = small_house
    created = vault.conn.execute("SELECT hlc FROM change_log WHERE row_id = ? AND field = '*'",
                                 (rid,)).fetchone()[0]
    made: list[tuple[int, str, int, int]] = []  # clock, device, base clock, value
    for n, (clock, device, pick) in enumerate(versions_):
        bases = [created] + [m[0] for m in made]
        hlc = created + 1000 + clock * 64 + n  # distinct clocks
        made.append((hlc, device, bases[pick % len(bases)], n))
    named = {base for _, _, base, _ in made}
    leaves = [m for m in made if m[0] not in named]
    expected = f"v{max(leaves, key=lambda m: (m[0], m[1]))[3]}" if leaves else None
    seen = set()
    for order in range(3):
        arrival = made[:]
        random.Random(seed + order).shuffle(arrival)
        conn = vault.conn
        conn.execute("SAVEPOINT trial")
        try:
            for n, (hlc, device, base, value) in enumerate(arrival):
                local = conn.execute(
                    "INSERT INTO change_sets (id, device_id, device_seq, hlc, staff_id, origin) "
                    "VALUES (?, ?, ?, ?, NULL, 'remote')",
                    (f"{rid}-{order}-{n}", device, 10_000 + n, hlc)).lastrowid
                apply._merge_field(conn, "residents", rid, "pronouns", f"v{value}", hlc, base,
                                   device, apply.Applied(), log_it=True, local_id=int(local))
            seen.add(reads.get(conn, Resident, rid).pronouns)
            here = versions.current(conn, "residents", rid, "pronouns")
            assert here is not None and here.value_of("pronouns") in seen
        finally:
            conn.execute("ROLLBACK TO trial")
            conn.execute("RELEASE trial")
    assert len(seen) == 1
    if expected is not None:
        assert seen == {expected}
