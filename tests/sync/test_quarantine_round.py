"""With 220,000 change sets in quarantine (junk an insider's token stored for made-up
laptops), a round with nothing new takes at most 2 requests (issue 32, item 5): nothing
quarantined is retried when nothing applies, and the digest of the quarantine is kept
up to date, not folded again each round. Its time beside an empty quarantine is
bench/bench_quarantine.py's (docs/benchmarks.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, make_template
from tests.sync.junk import Counting, fill
from tests.sync.server_harness import LiveServer, enrolled_house

ROWS = 220_000


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=1)


def test_a_round_with_nothing_new_is_two_requests_whatever_is_quarantined(
        template: Template, tmp_path: Path) -> None:
    server = LiveServer(tmp_path / "server")
    (manager,) = enrolled_house(server, template, tmp_path, laptops=1)
    try:
        sync_round(manager)
        sync_round(manager)
        fill(server, manager, ROWS)
        counted = Counting()
        report = sync_round(manager, counted)
        assert report.digest_matches and not report.pulled and not report.pushed
        assert len(counted.requests) <= 2, counted.requests
        again = Counting()
        sync_round(manager, again)
        assert len(again.requests) <= 2, again.requests
    finally:
        manager.close()
        server.stop()
