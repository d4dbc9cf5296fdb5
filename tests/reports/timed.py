"""A house whose hybrid clock follows the day a test says it is, so that the change log
dates each write as if it had been made on that day (reports of past weeks replay it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest

from safehaven.domain.vocab import Role
from safehaven.services import staff
from safehaven.services.context import Context
from safehaven.store import hlc
from safehaven.store.vault import Vault
from tests.conftest import FAST, PASSPHRASE, House


class SimulatedTime:
    def __init__(self, start: datetime) -> None:
        self.moment = start

    def ms(self) -> int:
        return int(self.moment.timestamp() * 1000)

    def at(self, moment: datetime) -> datetime:
        self.moment = moment
        return moment


class TimedHouse(House):
    time: SimulatedTime

    def on(self, day: date, hour: int = 9, who: str = "manager") -> Context:
        """A context acting on `day`: each use moves the vault's clock there."""
        actor = getattr(self, who).actor
        moment = self.time.at(datetime.combine(day, time(hour, 0)))
        return Context(self.vault, actor, now=lambda: self.time.at(moment))


@pytest.fixture
def timed_house(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[TimedHouse]:
    sim = SimulatedTime(datetime(2025, 12, 1, 8, 0))

    def clock(last: int = 0, floor: int = 0) -> hlc.HybridClock:
        return hlc.HybridClock(last, now_ms=sim.ms, floor=floor)

    monkeypatch.setattr("safehaven.store.vault.HybridClock", clock)
    folder = tmp_path / "vault"
    vault, recovery = Vault.create(folder, house="Casa Tiempo", organisation="Test Org",
                                   staff_name="Maria Manager", passphrase=PASSPHRASE, kdf=FAST)
    manager = Context.for_vault(vault, now=lambda: sim.moment)
    worker = staff.add(manager, "Sam Staff", Role.STAFF, PASSPHRASE, FAST).record
    clinician = staff.add(manager, "Cleo Clinician", Role.CLINICIAN, PASSPHRASE, FAST).record
    house = TimedHouse(folder, vault, recovery, manager, Context(vault, worker),
                       Context(vault, clinician))
    house.time = sim
    yield house
    vault.close()
