"""Restarts cost nothing, restores cost what was lost, several server processes agree
(issue 14, item 1). Each test runs on SQLite and on PostgreSQL (`server_db`)."""

from __future__ import annotations

import random
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.server.handlers import PULL_LIMIT
from safehaven.services import checkins, residents
from safehaven.store import reads
from safehaven.sync.replica import applied_log, quarantine
from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, context, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


class Counting(httpx.HTTPTransport):
    """Counts the requests a round makes."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        return super().handle_request(request)


class Alternating(httpx.HTTPTransport):
    """A load balancer: each request goes to one of several server processes at random."""

    def __init__(self, ports: list[int], rng: random.Random) -> None:
        super().__init__()
        self.ports, self.rng = ports, rng
        self.used: dict[int, int] = dict.fromkeys(ports, 0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        port = self.rng.choice(self.ports)
        self.used[port] += 1
        request.url = request.url.copy_with(port=port)
        return super().handle_request(request)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def _names(vault) -> list[str]:
    return sorted(r.preferred_name for r in reads.all_of(vault.conn, Resident))


def test_a_restarted_server_costs_the_next_round_nothing(
        template: Template, tmp_path: Path, server_db: str | None) -> None:
    server = LiveServer(tmp_path / "server", db=server_db)
    vaults = enrolled_house(server, template, tmp_path / "house")
    try:
        for n, vault in enumerate(vaults):
            residents.add(context(vault), f"Before restart {n}")
        for vault in vaults + vaults:
            sync_round(vault)
        server = server.restart()
        for vault in vaults:
            counter = Counting()
            report = sync_round(vault, counter)
            assert (report.pulled, report.pushed, report.reconciled) == (0, 0, 0)
            assert report.digest_matches
            assert len(counter.requests) <= 2, counter.requests  # nothing new: one look
        residents.add(context(vaults[0]), "After restart")
        sender, receiver = Counting(), Counting()
        report = sync_round(vaults[0], sender)
        assert report.pushed == 1 and report.digest_matches
        assert sender.requests == ["GET /v1/state", "POST /v1/push"]  # the push says the rest
        report = sync_round(vaults[1], receiver)
        assert report.pulled == 1 and report.digest_matches
        assert receiver.requests == ["GET /v1/state", "GET /v1/pull"]
        assert "After restart" in _names(vaults[1])
        counter = Counting()
        assert sync_round(vaults[0], counter).digest_matches and len(counter.requests) == 1
    finally:
        for vault in vaults:
            vault.close()
        server.stop()


def test_a_server_restored_from_a_copy_n_change_sets_old_costs_at_most_n_and_a_page(
        template: Template, tmp_path: Path, server_db: str | None) -> None:
    server = LiveServer(tmp_path / "server", db=server_db)
    vaults = enrolled_house(server, template, tmp_path / "house")
    a, b, c = vaults
    try:
        for n in range(30):  # a log the restored copy still holds
            residents.add(context(rng_pick(vaults, n)), f"Old {n}")
        for vault in vaults + vaults:
            sync_round(vault)
        server.stop()
        server.snapshot("nightly")
        server = LiveServer(server.data, port=server.port, db=server.db)
        lost = 0
        for n in range(12):  # written after the copy was taken: the restore loses these
            residents.add(context(rng_pick(vaults, n)), f"New {n}")
            lost += 1
        for vault in vaults + vaults:
            sync_round(vault)
        assert server.storage.state(a.site_id)["count"] == len(applied_log.held_ids(a.conn))
        server.stop()
        server.restore("nightly")
        server = LiveServer(server.data, port=server.port, db=server.db)
        pulled = {}
        for vault in vaults + vaults:
            report = sync_round(vault)
            pulled[vault.device_id] = pulled.get(vault.device_id, 0) + report.pulled
        for vault in vaults:  # never the whole log again
            assert pulled[vault.device_id] <= lost + PULL_LIMIT
            assert pulled[vault.device_id] < len(applied_log.held_ids(vault.conn))
        for vault in vaults:
            assert sync_round(vault).digest_matches
        held = sorted(applied_log.held_ids(a.conn))
        assert all(sorted(applied_log.held_ids(v.conn)) == held for v in vaults)
        assert server.storage.state(a.site_id)["count"] == len(held)  # refilled, once each
        assert _names(a) == _names(b) == _names(c)
        assert len(_names(a)) == 42
    finally:
        for vault in vaults:
            vault.close()
        server.stop()


def rng_pick(vaults: list, n: int):
    return vaults[n % len(vaults)]


def test_two_server_processes_on_one_store_serve_laptops_alternating_at_random(
        template: Template, tmp_path: Path, server_db: str | None) -> None:
    """Two servers on one database (PostgreSQL, or one SQLite file), every request of every
    laptop sent to either at random: all converge, nothing skipped, nothing doubled."""
    first = LiveServer(tmp_path / "server", db=server_db)
    second = LiveServer(tmp_path / "server", db=server_db)
    assert first.storage.epoch() == second.storage.epoch()
    vaults = enrolled_house(first, template, tmp_path / "house")
    rng = random.Random(1414)
    balancer = Alternating([first.port, second.port], rng)
    written: list[str] = []
    check_ins = 0
    try:
        for n in range(40):
            vault = rng.choice(vaults)
            residents.add(context(vault), f"R{n}")
            written.append(f"R{n}")
            held = reads.all_of(vault.conn, Resident)
            checkins.record(context(vault), rng.choice(held).id, rng.randint(1, 5),
                            confirmed=True)
            check_ins += 1
            sync_round(vault, balancer)
        for _ in range(2):
            reports = [sync_round(v, balancer) for v in vaults]
        assert all(r.digest_matches for r in reports)
        assert all(balancer.used[p] > 20 for p in balancer.used)  # both really served
        held = sorted(applied_log.held_ids(vaults[0].conn))
        for vault in vaults:
            assert _names(vault) == sorted(written)          # nothing skipped or doubled
            assert reads.count(vault.conn, "check_ins") == check_ins
            assert sorted(applied_log.held_ids(vault.conn)) == held
            assert not quarantine.quarantined(vault.conn)
        state = first.storage.state(vaults[0].site_id)
        assert state["count"] == len(held)                   # the log holds each once
        seqs = [s for s, *_ in first.storage.pull(vaults[0].site_id, 0, 10_000, 1 << 30)[0]]
        assert seqs == list(range(1, len(held) + 1))         # numbered without a hole
    finally:
        for vault in vaults:
            vault.close()
        second.stop()
        first.stop()


def test_safehaven_server_with_workers_serves_a_house(template: Template, tmp_path: Path) -> None:
    """`safehaven server --workers 2`: two processes on one port and one store."""
    import os
    import subprocess
    import sys
    import time
    from types import SimpleNamespace

    from safehaven.server.app import open_storage
    from tests.sync.server_harness import free_port

    data = tmp_path / "server"
    storage = open_storage(data)
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SAFEHAVEN_") or k == "SAFEHAVEN_NOW"}
    env["SAFEHAVEN_DATA"] = str(data)
    proc = subprocess.Popen([sys.executable, "-m", "safehaven", "server", "--port", str(port),
                             "--workers", "2", "--log-level", "warning"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    vaults = []
    try:
        deadline = time.time() + 30
        while True:
            try:
                if httpx.get(url + "/v1/health").status_code == 200:
                    break
            except httpx.HTTPError:
                if time.time() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        house = SimpleNamespace(url=url, storage=storage)
        vaults = enrolled_house(house, template, tmp_path / "house")  # type: ignore[arg-type]
        for n, vault in enumerate(vaults * 3):
            residents.add(context(vault), f"W{n}")
            sync_round(vault)
        reports = [sync_round(v) for v in vaults]
        assert all(r.digest_matches for r in reports)
        assert all(_names(v) == sorted(f"W{n}" for n in range(9)) for v in vaults)
        assert storage.state(vaults[0].site_id)["count"] == len(
            applied_log.held_ids(vaults[0].conn))
    finally:
        for vault in vaults:
            vault.close()
        proc.terminate()
        proc.wait(timeout=30)
        storage.close()
