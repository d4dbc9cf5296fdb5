"""Sync through a faulty network and a faulty server: nothing lost, nothing doubled.

A fault proxy sits between every laptop and a real server on loopback. At a 20 % fault
rate it drops requests, drops answers after the server committed, sends requests twice,
delays, truncates answers and answers 500 (before or after the server acted). Between
rounds the server is killed and restarted, and its store is rolled back to an earlier copy.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import CheckIn, Resident
from safehaven.store import reads
from safehaven.sync import client as sync_client
from safehaven.sync.replica import applied_log, quarantine
from safehaven.sync.rounds import sync_round
from tests.sync.campaign import run_rounds
from tests.sync.harness import Template, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

ROUNDS = 500
FAULT_RATE = 0.2
FAULTS = ("drop-request", "drop-answer", "duplicate", "delay", "truncate", "500-before",
          "500-after")


class FaultProxy(httpx.HTTPTransport):
    """Forwards to the real server, except when it decides to misbehave."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        super().__init__()
        self.rng, self.rate = rng, rate
        self.counts = dict.fromkeys(FAULTS, 0)
        self.requests = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.rng.random() >= self.rate:
            return super().handle_request(request)
        fault = self.rng.choice(FAULTS)
        self.counts[fault] += 1
        if fault == "drop-request":
            raise httpx.ConnectError("dropped by the fault proxy", request=request)
        if fault == "500-before":
            return httpx.Response(500, json={"error": "injected"}, request=request)
        if fault == "delay":
            time.sleep(self.rng.uniform(0, 0.03))
            return super().handle_request(request)
        response = super().handle_request(request)
        response.read()
        if fault == "drop-answer":
            raise httpx.ReadError("answer lost after the server acted", request=request)
        if fault == "duplicate":
            again = super().handle_request(request)
            again.read()
            return again
        if fault == "500-after":
            return httpx.Response(500, json={"error": "injected"}, request=request)
        cut = response.content[:self.rng.randrange(max(1, len(response.content)))]
        return httpx.Response(response.status_code, content=cut, request=request)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def test_five_hundred_faulty_rounds_converge_without_loss_or_duplicates(
        template: Template, tmp_path: Path, server_db: str | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_client, "BACKOFF", 0.001)
    rng = random.Random(20261126)
    server = LiveServer(tmp_path / "server", db=server_db)
    vaults = enrolled_house(server, template, tmp_path / "house")
    proxy = FaultProxy(rng, FAULT_RATE)
    try:
        run = run_rounds(server, vaults, proxy, rng, ROUNDS)
        server = run.server
        written, check_ins = run.written, run.check_ins
        failed, restarts, rollbacks = run.failed, run.restarts, run.rollbacks
        for _ in range(6):  # the network heals: a few plain rounds for everyone
            reports = [sync_round(v) for v in vaults]
            if all(r.digest_matches for r in reports) and not any(r.pulled for r in reports):
                break
        assert all(sync_round(v).digest_matches for v in vaults)
        for vault in vaults:
            names = [r.preferred_name for r in reads.all_of(vault.conn, Resident)]
            assert sorted(names) == sorted(written)           # nothing lost, nothing twice
            assert reads.count(vault.conn, "check_ins") == check_ins
            assert not quarantine.quarantined(vault.conn)
        first = vaults[0].conn
        for table in (Resident, CheckIn):
            columns = tuple(f for f in ("id", "preferred_name", "stage", "resident_id",
                                        "mood") if f in _columns(table))
            rows = applied_log.row_values(first, _table(table), columns)
            for other in vaults[1:]:
                assert applied_log.row_values(other.conn, _table(table), columns) == rows
        held = sorted(applied_log.held_ids(first))
        assert all(sorted(applied_log.held_ids(v.conn)) == held for v in vaults)
        assert server.storage.state(vaults[0].site_id)["count"] == len(held)
        # faults really happened: about one request in five (a quiet round is one request,
        # a busy one two, so a round meets 0.2 to 0.5 of a fault)
        assert sum(proxy.counts.values()) > max(ROUNDS * 0.3, proxy.requests * 0.15)
        assert failed > 0 and restarts >= 4 and rollbacks >= 1
    finally:
        for vault in vaults:
            vault.close()
        server.stop()


def _table(model: type) -> str:
    from safehaven.store.tables import table_of

    return table_of(model).name


def _columns(model: type) -> tuple[str, ...]:
    from safehaven.store.tables import table_of

    return table_of(model).columns
