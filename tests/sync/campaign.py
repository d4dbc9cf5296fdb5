"""The rounds of a fault campaign, shared by the CI test (tests/sync/test_faults.py, 500
rounds) and the long one (bench/fault_campaign.py, 10,000): laptops write and sync through
the fault proxy while the server restarts every 100 rounds and its store is rolled back to
an early copy every 200."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import reads
from safehaven.store.vault import Vault
from safehaven.sync.client import SyncError
from safehaven.sync.rounds import sync_round
from tests.sync.harness import context
from tests.sync.server_harness import LiveServer


@dataclass
class Campaign:
    server: LiveServer  # the one running now (each restart makes a new one)
    written: set[str] = field(default_factory=set)  # residents' names
    check_ins: int = 0
    failed: int = 0  # rounds that ended in a sync error
    restarts: int = 0
    rollbacks: int = 0


def run_rounds(server: LiveServer, vaults: list[Vault], proxy: Any, rng: random.Random,
               rounds: int, progress: Callable[[int, Campaign], None] | None = None
               ) -> Campaign:
    done = Campaign(server)
    snapshot_taken = False
    for n in range(rounds):
        vault = rng.choice(vaults)
        action = rng.random()
        if action < 0.35:
            name = f"R{n}"
            residents.add(context(vault), name)
            done.written.add(name)
        elif action < 0.6:
            held = reads.all_of(vault.conn, Resident)
            if held:
                checkins.record(context(vault), rng.choice(held).id, rng.randint(1, 5),
                                confirmed=True)
                done.check_ins += 1
        try:
            sync_round(vault, transport=proxy)
        except SyncError:
            done.failed += 1
        if n % 100 == 40:
            done.server.stop()
            if not snapshot_taken:
                done.server.snapshot("early")
                snapshot_taken = True
            elif n % 200 == 140:
                done.server.restore("early")  # the store rolled back to an earlier copy
                done.rollbacks += 1
            done.server = LiveServer(done.server.data, done.server.port, done.server.db)
            done.restarts += 1
        if progress is not None:
            progress(n, done)
    return done
