"""Records never wait behind a file (issue 29, "what must hold"): a round that carries ten
check-ins and a 20 MB file sends every record before the first chunk of the file, and a
laptop receiving them applies the check-ins before it asks for the first chunk; a link
cut while fetching resumes from the last chunk. The order is asserted, not the seconds
(bench/bench_documents.py measures the delay through a 256 kbit/s link)."""

from __future__ import annotations

import os
import threading

import httpx

from safehaven.domain.models import CheckIn
from safehaven.services import checkins, documents, residents
from safehaven.store import chunks, reads
from safehaven.sync import files
from safehaven.sync.api import HttpApi
from safehaven.sync.client import ServerFailed
from safehaven.sync.rounds import sync_round
from tests.sync.harness import context
from tests.sync.test_documents_sync import house, template  # noqa: F401

TWENTY_MB = 20 * 1024 * 1024


def _ten_checkins_and_a_big_file(vault) -> tuple[list[str], documents.Document]:
    ids = [residents.add(context(vault), f"Resident {i}").record.id for i in range(10)]
    big = documents.add(context(vault), ids[0], "other", os.urandom(TWENTY_MB),
                        title="Scans").record
    for rid in ids:  # recorded after the file was added: they still go first
        checkins.record(context(vault), rid, mood=4, note="settled")
    return ids, big


def test_every_record_goes_before_the_first_chunk_and_is_applied_before_one_is_fetched(
        house, monkeypatch) -> None:  # noqa: F811
    _server, a, b = house
    ids, big = _ten_checkins_and_a_big_file(a)
    calls: list[str] = []
    held_at_first_get: list[int] = []
    real_push, real_put, real_get = HttpApi.push, HttpApi.chunks_put, HttpApi.chunks_get
    real_pull = HttpApi.pull

    def push(self, *args, **kwargs):
        calls.append("push")
        return real_push(self, *args, **kwargs)

    def pull(self, *args, **kwargs):
        calls.append("pull")
        return real_pull(self, *args, **kwargs)

    def put(self, batch):
        calls.append("chunks_put")
        return real_put(self, batch)

    def get(self, wanted):
        if "chunks_get" not in calls:  # what the receiving laptop holds at that moment
            held_at_first_get.append(len(reads.checkins_between(
                b.conn, *_today_span())))
        calls.append("chunks_get")
        return real_get(self, wanted)

    monkeypatch.setattr(HttpApi, "push", push)
    monkeypatch.setattr(HttpApi, "pull", pull)
    monkeypatch.setattr(HttpApi, "chunks_put", put)
    monkeypatch.setattr(HttpApi, "chunks_get", get)

    sent = sync_round(a)
    assert sent.chunks_sent == len(big.chunks) == TWENTY_MB // (64 * 1024)
    first_put = calls.index("chunks_put")
    assert "push" in calls[:first_put] and "push" not in calls[first_put:]
    assert sent.steps.index("push") < sent.steps.index("files")

    calls.clear()
    got = sync_round(b)
    assert not got.quarantined, [(c, r.kind, r.message) for c, r in got.quarantined]
    assert got.chunks_fetched == len(big.chunks)
    first_get = calls.index("chunks_get")
    assert "pull" in calls[:first_get] and "pull" not in calls[first_get:]
    assert held_at_first_get == [10]  # the round's check-ins were applied already
    assert {c.resident_id for c in reads.all_of(b.conn, CheckIn)} == set(ids)
    assert len(documents.content(context(b), big.id)[1]) == TWENTY_MB


def _today_span():
    from safehaven import clock

    today = clock.today()
    return today, today


def test_a_link_cut_while_fetching_resumes_from_the_last_chunk(
        house, monkeypatch) -> None:  # noqa: F811
    _server, a, b = house
    rid = residents.add(context(a), "Bo").record.id
    big = documents.add(context(a), rid, "other", os.urandom(48 * 64 * 1024),
                        title="Scans").record
    sync_round(a)
    real = HttpApi.chunks_get
    asked: list[str] = []
    requests: list[int] = []

    def cut_after_two(self, wanted):
        if len(requests) >= 2:
            raise ServerFailed("the link dropped")
        requests.append(len(wanted))
        asked.extend(wanted)
        return real(self, wanted)

    monkeypatch.setattr(HttpApi, "chunks_get", cut_after_two)
    first = sync_round(b)  # the records came; the file stopped after two requests
    got = sum(requests)
    assert first.more and first.chunks_fetched == got and first.digest_matches
    assert 0 < got < len(big.chunks)
    assert len(chunks.held(b.conn, list(big.chunks))) == got

    monkeypatch.setattr(HttpApi, "chunks_get", lambda self, wanted: (
        asked.extend(wanted), real(self, wanted))[1])
    second = sync_round(b)
    assert second.chunks_fetched == len(big.chunks) - got
    assert len(asked) == len(set(asked)) == len(big.chunks)  # none asked for twice
    assert len(documents.content(context(b), big.id)[1]) == 48 * 64 * 1024


class _HeldChunks(httpx.HTTPTransport):
    """A real connection to the server whose chunk requests wait for `release`: a request
    still on a slow link."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting, self.release = threading.Event(), threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "/chunks/" in request.url.path:
            self.waiting.set()
            assert self.release.wait(30)
        return super().handle_request(request)


def test_a_chunk_request_in_flight_holds_neither_the_vault_nor_the_next_rounds_records(
        house) -> None:  # noqa: F811
    """How the app moves content (ui/background_sync.ContentMover): the round moves the
    records only; a step is read from the vault, carried on another thread, settled. While
    the step's request hangs, this laptop saves a check-in and the next round sends it."""
    _server, a, b = house
    rid = residents.add(context(a), "Amina").record.id
    doc = documents.add(context(a), rid, "other", os.urandom(300_000), title="Scan").record
    first = sync_round(a, quick=True, content=False)
    assert first.pushed >= 2 and first.chunks_sent == 0
    burst, held = files.Burst(), _HeldChunks()
    carrier = files.Carrier(held)
    step = files.next_step(a, burst)
    assert step is not None and step.send and not step.fetch
    carried: list[files.Step] = []
    thread = threading.Thread(target=lambda: carried.append(carrier.carry(step)))
    thread.start()
    try:
        assert held.waiting.wait(30)  # the chunk request is on its way, and stays there
        checkins.record(context(a), rid, mood=4, note="settled")
        meanwhile = sync_round(a, quick=True, content=False)
        assert meanwhile.pushed == 1 and not carried
    finally:
        held.release.set()
        thread.join(30)
    moved = files.settle(a, carried[0], burst)
    assert moved.sent == len(step.send) and moved.more
    while (step := files.next_step(a, burst)) is not None:
        files.settle(a, carrier.carry(step), burst)
    carrier.close()

    got = sync_round(b, quick=True, content=False)
    assert got.chunks_fetched == 0 and {c.resident_id for c in reads.all_of(b.conn, CheckIn)}
    burst_b, carrier_b = files.Burst(), files.Carrier()
    fetched = 0
    while (step := files.next_step(b, burst_b)) is not None:
        assert not step.send and step.fetch
        fetched += files.settle(b, carrier_b.carry(step), burst_b).fetched
    carrier_b.close()
    assert fetched == len(doc.chunks)  # not a picture: no preview, no thumbnail
    assert documents.content(context(b), doc.id)[1] == documents.content(context(a), doc.id)[1]
