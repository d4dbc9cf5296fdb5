"""A first join on a slow link shows its progress and, cut off, goes on where it stopped
(issue 14, item 2)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.server import handlers as server_handlers
from safehaven.server import log_reads
from safehaven.services import residents
from safehaven.store import crypto, reads
from safehaven.sync import client as sync_client
from safehaven.sync import engine
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.replica import applied_log
from safehaven.sync.rounds import sync_round
from tests.sync.harness import PASSPHRASE, context, every_page_in_process, make_template
from tests.sync.server_harness import LiveServer, enrolled_house


class CutAfter(httpx.HTTPTransport):
    """The link drops for good after `pages` pull answers."""

    def __init__(self, pages: int) -> None:
        super().__init__()
        self.pages = pages

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.pages <= 0:
            raise httpx.ConnectError("the link is down", request=request)
        if request.url.path.endswith("/v1/pull"):
            self.pages -= 1
        return super().handle_request(request)


@pytest.mark.parametrize("in_process", [False, True], ids=["thread", "process"])
def test_a_join_cut_off_midway_shows_progress_and_resumes_from_its_last_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, in_process: bool) -> None:
    if in_process:
        every_page_in_process(monkeypatch)
    monkeypatch.setattr(server_handlers, "PULL_LIMIT", 10)  # small pages: many of them
    monkeypatch.setattr(engine, "RUN_MAX", 10)  # and runs that end with them
    monkeypatch.setattr(log_reads, "RUN_MAX", 10)  # the server's pages
    monkeypatch.setattr(sync_client, "BACKOFF", 0.001)
    template = make_template(tmp_path / "template", devices=1)
    server = LiveServer(tmp_path / "server")
    (manager,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    try:
        for n in range(60):
            residents.add(context(manager), f"Resident {n}")
        code = create_code(manager, "slow laptop")  # syncs everything to the server
        total = server.storage.state(manager.site_id)["count"]
        heard: list[tuple[int, int]] = []
        laptop, _ = join(tmp_path / "slow", server.url, code, "Manager", PASSPHRASE,
                         kdf=crypto.MIN_KDF, transport=CutAfter(3),
                         progress=lambda done, of: heard.append((done, of)))
        try:
            assert [done for done, _ in heard] == [10, 20, 30]  # a line per page
            assert all(of >= total - 5 for _, of in heard)       # "of about" the house
            kept = len(applied_log.held_ids(laptop.conn))
            assert 30 <= kept < total
            report = sync_round(laptop)  # the link is back: on from the last page kept
            assert report.pulled <= total - 30
            assert report.digest_matches
            assert sorted(r.preferred_name for r in reads.all_of(laptop.conn, Resident)) == \
                sorted(r.preferred_name for r in reads.all_of(manager.conn, Resident))
        finally:
            laptop.close()
    finally:
        manager.close()
        server.stop()
