"""Run envelopes, format 4 (issue 29, slow links): one author signature per author per
run, chain hashes and repeated fields worked out by the receiver; a round of 50 check-ins
costs at most 120 bytes a check-in on the wire, and every receiver's check still holds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from safehaven.domain.models import Resident
from safehaven.services import checkins, residents
from safehaven.store import reads
from safehaven.store.refusal import RefusalKind
from safehaven.sync import protocol, runs
from safehaven.sync.engine import known_now, outgoing, receive, seal_own
from safehaven.sync.replica import applied_log, outbox, quarantine, server_link
from safehaven.sync.rounds import sync_round
from tests.sync.harness import Template, context, house_of, make_template
from tests.sync.server_harness import LiveServer, enrolled_house

ROUND = 50


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return make_template(tmp_path_factory.mktemp("template"), devices=3)


@pytest.fixture
def house(template: Template, tmp_path: Path) -> Iterator[list]:
    with house_of(template, tmp_path) as vaults:
        a, b, c = vaults
        for other in (b, c):
            receive(other, outgoing(a, applied_log.highest_seq(other.conn)))
        yield vaults


class Counting(httpx.HTTPTransport):
    """The bytes of every request and answer as they cross the wire (as the benchmark
    counts them: request line, headers and body each way)."""

    def __init__(self) -> None:
        super().__init__()
        self.bytes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.bytes += len(request.content) + _headers(request.headers) + len(
            f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n")
        response = super().handle_request(request)
        response.read()
        self.bytes += response.num_bytes_downloaded + _headers(response.headers) + 17
        return response


def _headers(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2


def _names(vault) -> set[str]:
    return {r.preferred_name for r in reads.all_of(vault.conn, Resident)}


def _check_ins(vault, count: int, name: str = "Ana") -> None:
    ctx = context(vault)
    rid = residents.add(ctx, name).record.id
    for n in range(count):
        checkins.record(ctx, rid, 1 + n % 5, note=f"Slept well, ate breakfast ({n}).",
                        confirmed=True)


def _bodies(vault, envelope: bytes) -> list[dict]:
    """A run's members as they travelled (opened with the house's keys)."""
    known = known_now(vault)
    header = runs.parse(envelope)
    assert isinstance(header[0], runs.RunHeader)
    return runs.open_run(header, site_id=known.site_id,  # type: ignore[arg-type]
                         roster=known.roster, keys=known.keys)


def test_a_round_of_50_check_ins_costs_at_most_120_bytes_each_on_the_wire(
        template: Template, tmp_path: Path) -> None:
    """A size, not a time: each way, requests and answers with their headers."""
    server = LiveServer(tmp_path / "server")
    try:
        a, b = enrolled_house(server, template, tmp_path / "house", laptops=2)
        ctx = context(a)
        ids = [residents.add(ctx, f"Resident {n}").record.id for n in range(ROUND)]
        sync_round(a)
        sync_round(b)
        for rid in ids:
            checkins.record(ctx, rid, 4, note="Slept well, ate breakfast.", confirmed=True)
        sending, receiving = Counting(), Counting()
        assert sync_round(a, sending).pushed == ROUND
        report = sync_round(b, receiving)
        assert report.applied == ROUND and report.digest_matches
        assert sending.bytes / ROUND <= 120, sending.bytes / ROUND
        assert receiving.bytes / ROUND <= 120, receiving.bytes / ROUND
    finally:
        server.stop()


def test_a_run_carries_one_signature_per_author_and_the_links_are_worked_out(house) -> None:
    a, b, c = house
    held_by_c = applied_log.highest_seq(c.conn)
    _check_ins(a, 20)
    (run,) = outgoing(a, applied_log.highest_seq(b.conn))
    assert json.loads(run)["v"] == runs.VERSION == 4
    bodies = _bodies(b, run)
    assert len(bodies) == 21
    assert sum("ssig" in body for body in bodies) == 1  # the manager's last save only
    assert sum("alink" in body for body in bodies) == 20  # each names the save before it
    report = receive(b, [run])
    assert report.applied == 21 and not report.quarantined
    # what b keeps and relays is the run as it came; c checks it all the same
    (relayed,) = outgoing(b, held_by_c)
    assert relayed == run
    assert receive(c, [relayed]).applied == 21


def test_a_change_set_refused_by_the_checks_leaves_the_rest_of_its_run_applied(house) -> None:
    """The author's newest save, whose signature vouches for the others, is refused (a
    value outside its vocabulary, signed all the same): the others still apply."""
    a, b, _ = house
    _check_ins(a, 5)
    rid = residents.add(context(a), "Bea").record.id
    with a.write() as tx:  # past the app: what only a receiver's checks stop
        tx.update(Resident, rid, stage="kidnapped")
    (run,) = outgoing(a, applied_log.highest_seq(b.conn))
    assert sum("ssig" in body for body in _bodies(b, run)) == 1
    report = receive(b, [run])
    assert report.applied == 7
    assert [r.kind for _, r in report.quarantined] == [RefusalKind.INVALID_VALUE]
    assert {"Ana", "Bea"} <= _names(b)


@pytest.mark.parametrize("known", ["older half", "newer half"])
def test_a_relayed_run_partly_known_applies_the_rest(house, known: str) -> None:
    """c holds half of a's change sets already (another run, from a USB bundle say), then
    gets the whole run relayed by b: the other half applies, nothing is set aside, whether
    c holds the half whose last save carries the signature or the half it vouches for."""
    a, b, c = house
    held = applied_log.highest_seq(c.conn)
    _check_ins(a, 11)
    sets = outbox.local_changesets(a.conn, a.device_id, held[a.device_id])
    half = sets[:6] if known == "older half" else sets[6:]
    if known == "newer half":  # c takes it first: it waits for the older half
        report = receive(c, seal_own(a, half))
        assert {r.kind for _, r in report.quarantined} == {RefusalKind.WAITING}
    else:
        assert receive(c, seal_own(a, half)).applied == 6
    (run,) = outgoing(a, applied_log.highest_seq(b.conn))
    assert receive(b, [run]).applied == 12
    relayed = outgoing(b, held)
    assert run in relayed
    report = receive(c, relayed)
    assert not report.quarantined and not quarantine.quarantined(c.conn)
    assert report.applied == (6 if known == "older half" else 12)
    assert "Ana" in _names(c)
    assert applied_log.highest_seq(c.conn)[a.device_id] == sets[-1].device_seq


def test_format_3_runs_are_still_read(house) -> None:
    a, b, _ = house
    _check_ins(a, 8)
    sets = outbox.local_changesets(a.conn, a.device_id,
                                   applied_log.highest_seq(b.conn)[a.device_id])
    (old,) = seal_own(a, sets, 3)
    assert json.loads(old)["v"] == 3
    assert all("ssig" in body and "alink" not in body for body in _bodies(b, old))
    report = receive(b, [old])
    assert report.applied == 9 and not report.quarantined


def test_a_link_to_nothing_is_refused_alone(house) -> None:
    """A run whose member says its chain hash is the one before it by the same author,
    when there is none: that member is refused, the rest applies."""
    from tests.sync.test_runs import _forge

    a, b, _ = house
    _check_ins(a, 2)
    sets = outbox.local_changesets(a.conn, a.device_id,
                                   applied_log.highest_seq(b.conn)[a.device_id])
    bodies = [{k: v for k, v in cs.to_wire().items()
               if k not in ("id", "device_id", "device_seq")} for cs in sets]
    for n, body in enumerate(bodies[1:], start=1):  # format 4's clocks are differences
        body["hlc"] = sets[n].hlc - sets[n - 1].hlc
    del bodies[0]["aprev"]
    bodies[0]["al"] = 1  # the first of its author here: it links to nothing
    report = receive(b, [_forge(a, bodies, [cs.id for cs in sets],
                                [cs.device_seq for cs in sets])])
    assert [(cid, r.kind) for cid, r in report.quarantined] == [
        (sets[0].id, RefusalKind.UNKNOWN_SCHEMA)]


def test_the_server_says_format_4_only_to_laptops_that_read_it_and_others_get_3(
        template: Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = LiveServer(tmp_path / "server")
    try:
        (a,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
        token = server_link.server_link(a.conn).device_token
        answers = {n: httpx.get(server.url + protocol.STATE, headers={
            "authorization": f"Bearer {token}", protocol.PROTOCOL_HEADER: str(n)}).json()
            for n in (2, 3)}
        assert "runs" not in answers[2] and answers[3]["runs"] == runs.VERSION
        # a laptop that says protocol 2 (as if the server were older: it says no format)
        monkeypatch.setattr(protocol, "PROTOCOL_VERSION", 2)
        _check_ins(a, 3)
        assert sync_round(a).digest_matches
        with server.storage.read() as db:
            (envelope,) = db.one("SELECT envelope FROM runs ORDER BY rowid DESC LIMIT 1")
        assert json.loads(bytes(envelope))["v"] == 3
    finally:
        server.stop()
