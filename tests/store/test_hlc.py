from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from safehaven.services import residents
from safehaven.store.hlc import HybridClock, physical
from safehaven.store.vault import Vault
from tests.conftest import PASSPHRASE, House


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=200),
       st.lists(st.integers(min_value=0, max_value=2**56), max_size=20))
def test_clock_only_moves_forward(walls: list[int], remotes: list[int]) -> None:
    times = iter(walls)
    clock = HybridClock(now_ms=lambda: next(times, walls[-1]))
    seen = []
    for i in range(len(walls)):
        seen.append(clock.tick())
        if i < len(remotes):
            seen.append(clock.observe(remotes[i]))
            assert seen[-1] > remotes[i]
    assert seen == sorted(seen) and len(set(seen)) == len(seen)


def test_clock_survives_restart_and_wall_clock_going_back(house: House) -> None:
    residents.add(house.manager, "Precious")
    last = house.vault.clock.last
    house.vault.close()
    vault = Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None)
    try:
        vault.clock.now_ms = lambda: physical(last) - 86_400_000  # a day in the past
        assert vault.clock.last >= last
        assert vault.clock.tick() > last
    finally:
        vault.close()
