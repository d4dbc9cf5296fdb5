"""The server under slow clients, in its own process with the shipped unit's file limit
(issue 32, item 6): 200 slow unauthenticated bodies leave it under 200 MB, and health
answers while 1,100 connections hang half-open, with no "Too many open files". The
numbers beside the unfixed server's are bench/bench_slow_clients.py's."""

from __future__ import annotations

from pathlib import Path

from tests.server.slow_load import half_open, raise_own_limit, slow_bodies, spawned


def test_two_hundred_slow_bodies_leave_the_server_under_200_mb(tmp_path: Path) -> None:
    raise_own_limit(2000)
    with spawned(tmp_path) as server:
        peak = slow_bodies(server, count=200, seconds=6.0)
        assert peak < 200, peak
        assert server.healthy(5.0)


def test_health_answers_during_1100_half_open_connections(tmp_path: Path) -> None:
    raise_own_limit(3000)
    with spawned(tmp_path) as server:
        opened, probes = half_open(server, count=1100)
        assert opened == 1100
        assert all(t is not None and t < 2.0 for t in probes), probes
        assert server.healthy(5.0)
    assert server.too_many_files() == 0
