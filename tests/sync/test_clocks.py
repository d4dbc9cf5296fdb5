"""Clocks far off (issue 35, item 2): told at unlock and at sync, before anything is
written; a few minutes of drift accepted; change sets set aside for a clock released once
the clock is right. Through a real server on loopback, whose `Date` header a transport
moves (the laptop's clock as the server sees it)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.domain.vocab import Role
from safehaven.services import access, residents, sync_status
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store import vault as vaults
from safehaven.store.hlc import wall_ms
from safehaven.store.refusal import RefusalKind
from safehaven.store.vault import Vault
from safehaven.sync import clockcheck
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.replica import quarantine, receive_check
from safehaven.sync.rounds import sync_round
from tests.conftest import PASSPHRASE, House
from tests.sync.harness import PASSPHRASE as HOUSE_PASSPHRASE
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

HOUR_MS = 3600 * 1000


class ServerClock(httpx.HTTPTransport):
    """The real server's answers, with its `Date` header `hours` from this laptop's."""

    def __init__(self, hours: float) -> None:
        super().__init__()
        self.hours = hours

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        moved = datetime.now(UTC) + timedelta(hours=self.hours)
        response.headers["date"] = format_datetime(moved, usegmt=True)
        return response


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


@pytest.fixture
def setup(template: Template, tmp_path: Path):
    server = LiveServer(tmp_path / "server")
    house = enrolled_house(server, template, tmp_path / "house", laptops=2)
    yield server, house
    for vault in house:
        vault.close()
    server.stop()


def names(vault: Vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def test_a_round_far_off_the_servers_clock_stops_before_anything_moves(setup) -> None:
    _, (a, b) = setup
    residents.add(context(a), "Ana")
    for hours in (8, -8, 1.5):  # a laptop 8 h slow, 8 h fast, a wrong time zone
        with pytest.raises(clockcheck.ClockFarOff) as caught:
            sync_round(a, ServerClock(hours))
        assert (caught.value.minutes < 0) == (hours > 0)
        sync_round(b)
        assert "Ana" not in names(b)  # nothing was pushed
    report = sync_round(a)  # the clock set right: everything goes
    assert report.pushed >= 1
    sync_round(b)
    assert "Ana" in names(b)


def test_a_few_minutes_of_drift_are_accepted_and_more_is_said(setup) -> None:
    _, (a, _b) = setup
    residents.add(context(a), "Bea")
    sync_round(a, ServerClock(4 / 60))  # four minutes: ordinary drift
    assert sync_status.clock_warning(context(a)) is None
    sync_round(a, ServerClock(-0.5))  # the server half an hour behind: this laptop ahead
    said = sync_status.clock_warning(context(a))
    assert said is not None and "30" in said
    assert sync_status.status(context(a))["clock_off_minutes"] == 30


def test_a_join_with_a_clock_far_off_makes_nothing_and_the_code_still_works(
        setup, tmp_path: Path) -> None:
    server, (a, _b) = setup
    residents.add(context(a), "Cata")
    sync_round(a)
    code = create_code(a, "slow laptop", ("Worker 9", Role.STAFF))
    sync_round(a)
    folder = tmp_path / "slow"
    with pytest.raises(clockcheck.ClockFarOff):
        join(folder, server.url, code, "Worker 9", HOUSE_PASSPHRASE, kdf=crypto.MIN_KDF,
             transport=ServerClock(7))  # the laptop 7 hours slow
    assert not vaults.exists(folder)
    joined, _ = join(folder, server.url, code, "Worker 9", HOUSE_PASSPHRASE,
                     kdf=crypto.MIN_KDF)
    with joined:
        assert "Cata" in names(joined)
        assert quarantine.quarantined(joined.conn) == []


def test_change_sets_set_aside_for_a_clock_are_released_once_it_is_right(
        setup, monkeypatch: pytest.MonkeyPatch) -> None:
    _, (a, b) = setup
    a.clock.now_ms = lambda: wall_ms() + 8 * HOUR_MS  # a's saves stamped 8 hours ahead
    residents.add(context(a), "Dora")
    sync_round(a)
    sync_round(b)
    assert "Dora" not in names(b)
    assert [r.kind for _, r in quarantine.quarantined(b.conn)] == [RefusalKind.CLOCK_AHEAD]
    sync_round(b)  # nothing new arrives: still ahead, still aside
    assert "Dora" not in names(b)
    # eight hours on (or b's clock put right, if it was b that was slow)
    monkeypatch.setattr(receive_check, "wall_ms", lambda: wall_ms() + 8 * HOUR_MS)
    report = sync_round(b)  # a round with nothing new from the server
    assert report.applied == 1 and "Dora" in names(b)
    assert quarantine.quarantined(b.conn) == []


def test_a_clock_earlier_than_the_newest_record_is_told_at_unlock(house: House) -> None:
    house.vault.clock.now_ms = lambda: wall_ms() + 8 * HOUR_MS  # the clock set back 8 h
    residents.add(house.manager, "Elena")
    house.vault.close()
    env = {**os.environ, "SAFEHAVEN_PASSPHRASE": PASSPHRASE, "PYTHONPATH": "src"}
    done = subprocess.run([sys.executable, "-m", "safehaven", "--vault", str(house.folder),
                           "--staff", "Maria Manager", "residents"], capture_output=True,
                          text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert "8" in line and "Elena" in done.stdout
    with Vault.unlock(house.folder, PASSPHRASE, "Maria Manager", sleep=lambda s: None) as v:
        found = clockcheck.earlier_than_records(v)
        assert found is not None and 470 <= found.minutes <= 490
        assert access.clock_warning(Context.for_vault(v)) == str(found)
        # a clock a few minutes behind the newest record: ordinary drift, nothing said
        assert clockcheck.earlier_than_records(v, v.newest_ms - 5 * 60 * 1000) is None
