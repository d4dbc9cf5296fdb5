"""The disaster campaign, short (issue 35, "what must hold"; the 300 rounds are
bench/fault_campaign.py --disasters, in docs/benchmarks.md): faulty rounds through the
fault proxy with server restarts and a store rollback, one laptop restored twice from the
same backup, another's clock moved 8 hours ahead and back, later 8 hours behind and back,
laptops editing each other's residents. Nothing lost, nothing twice, every laptop the
same."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from safehaven.store.refusal import RefusalKind
from safehaven.sync import client as sync_client
from safehaven.sync.replica import quarantine
from tests.sync.campaign import Disasters, run_rounds, settle
from tests.sync.harness import Template, make_template
from tests.sync.server_harness import LiveServer, enrolled_house
from tests.sync.test_faults import FaultProxy

pytestmark = pytest.mark.slow
ROUNDS = 150


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def test_restored_twice_and_a_clock_8_hours_either_way_lose_nothing_under_faults(
        template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_client, "BACKOFF", 0.001)
    rng = random.Random(35)
    server = LiveServer(tmp_path / "server")
    vaults = enrolled_house(server, template, tmp_path / "house")
    plan = Disasters(template, tmp_path, backup_at=20, restores_at=(60, 120),
                     clock_phases=((70, 85, 8), (95, 110, -8)))
    proxy = FaultProxy(rng, 0.2)
    try:
        run = run_rounds(server, vaults, proxy, rng, ROUNDS, disasters=plan)
        server = run.server
        assert run.restores == 2 and run.clock_stopped > 0 and run.edits > 0
        # the saves made while 8 hours ahead are set aside elsewhere until 2 hours pass
        # (6 hours ahead is what a receiver takes); those made after the fix are not
        outcome = settle(vaults, run, time_passes_h=8 - 6 + 0.5)
        assert run.after_fix and outcome.late_after_fix == 0
        assert (outcome.lost, outcome.duplicated, outcome.stuck, outcome.differing) == (
            0, 0, 0, 0)
        assert not any(r.kind is RefusalKind.CLOCK_AHEAD for v in vaults
                       for _, r in quarantine.quarantined(v.conn))
    finally:
        for vault in vaults:
            vault.close()
        server.stop()
