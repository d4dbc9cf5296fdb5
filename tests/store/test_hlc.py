from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safehaven.services import residents
from safehaven.store.hlc import COUNTER_BITS, MAX_LEAD_MS, HybridClock, physical
from safehaven.store.vault import Vault
from tests.conftest import PASSPHRASE, House


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200),
       st.lists(st.integers(min_value=0, max_value=2**56), max_size=20))
def test_clock_only_moves_forward_unless_far_ahead(walls: list[int], remotes: list[int]
                                                  ) -> None:
    """Forward, past every value given or seen, unless those are more than MAX_LEAD_MS
    ahead of the wall clock: then it starts again from the wall clock (bounded drift)."""
    times = iter(walls)
    read: list[int] = []

    def now() -> int:
        read.append(next(times, walls[-1]))
        return read[-1]

    clock = HybridClock(now_ms=now)
    lead = MAX_LEAD_MS << COUNTER_BITS
    for i in range(len(walls)):
        before = clock.last
        given = clock.tick()
        wall = read[-1] << COUNTER_BITS
        assert given > before or (before - wall > lead and given == max(wall, 1))
        if i < len(remotes):
            top = max(clock.last, remotes[i])
            seen = clock.observe(remotes[i])
            wall = read[-1] << COUNTER_BITS
            assert seen > top or (top - wall > lead and seen == max(wall, 1))


def test_clock_survives_restart_and_wall_clock_going_back(house: House) -> None:
    residents.add(house.manager, "Precious")
    last = house.vault.clock.last
    house.vault.close()
    vault = Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None)
    try:
        vault.clock.now_ms = lambda: physical(last) - 5 * 3_600_000  # 5 hours back
        assert vault.clock.last >= last
        assert vault.clock.tick() > last
        # a day back: the clock had run a day ahead, and its lead is not carried on, but
        # it never starts again below the newest arrival on the roster
        vault.clock.now_ms = lambda: physical(last) - 86_400_000
        # (here the manager joined when the house was made, just before `last`)
        assert 0 < last - vault.clock.floor < MAX_LEAD_MS << COUNTER_BITS
        before = vault.clock.last
        assert vault.clock.tick() == before + 1
        vault.clock.floor = 0  # (a house whose people all joined long ago)
        vault.clock.last = last
        assert physical(vault.clock.tick()) == physical(last) - 86_400_000
    finally:
        vault.close()
