"""A long pull opens its pages in a process of its own (`sync/opener.py`): what comes back
is what opening here gives, refusals included, and a process that cannot start or dies
leaves the pull opening on its thread."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from safehaven.domain.models import CheckIn, Resident
from safehaven.server import handlers as server_handlers
from safehaven.server import log_reads
from safehaven.services import checkins, residents
from safehaven.store import crypto, reads
from safehaven.store.refusal import Refused
from safehaven.sync import engine, opener
from safehaven.sync.engine import known_now, open_all, outgoing
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.opener import Opener
from safehaven.sync.replica import applied_log
from tests.sync.harness import (
    PASSPHRASE,
    context,
    every_page_in_process,
    make_template,
)
from tests.sync.server_harness import LiveServer, enrolled_house


def _started(op: Opener) -> Opener:
    assert op.started(60), "the opening process did not start"
    return op


def _page(a, b) -> list[bytes]:
    """a's news for b: a run of check-ins, then the same run with one bit of its
    ciphertext flipped (its change sets refused, with their ids, as forged). The bit is
    flipped in the bytes, not the base64 text: a flipped character may not be base64 at
    all, and the run is then unreadable, with no ids."""
    ctx = context(a)
    rid = residents.add(ctx, "Ana").record.id
    for n in range(12):
        checkins.record(ctx, rid, 1 + n % 5, note=f"Calm evening ({n}).", confirmed=True)
    envelopes = outgoing(a, applied_log.highest_seq(b.conn))
    doc = json.loads(envelopes[-1])
    ct = bytearray(base64.b64decode(doc["ct"]))
    ct[len(ct) // 2] ^= 0x01
    doc["ct"] = base64.b64encode(bytes(ct)).decode()
    return [*envelopes, json.dumps(doc).encode()]


def _plain(opened: engine.Opened) -> list[Any]:
    """What can be compared: a refusal by its kind and what it names."""
    return [(carried, (r.kind, r.changeset_id, r.device_id, r.device_seq)
             if isinstance(r, Refused) else r) for carried, r in opened]


def test_a_page_opened_in_the_process_is_the_page_opened_here(pair) -> None:
    a, b = pair
    envelopes = _page(a, b)
    known = known_now(b)
    here = open_all(known, envelopes)
    with _started(Opener(in_process=True)) as op:
        there = op.open(known, envelopes)
        assert op.in_process  # it was opened there, and the process still runs
    assert _plain(there) == _plain(here)
    refused = [r for _, r in there if isinstance(r, Refused)]
    applied = [r for _, r in there if not isinstance(r, Refused)]
    assert refused and applied  # the flipped run refused whole, the rest opened
    assert all(r.changeset_id is not None for r in refused)


def test_a_process_that_dies_leaves_the_pages_opening_here(pair) -> None:
    a, b = pair
    envelopes = _page(a, b)
    known = known_now(b)
    with _started(Opener(in_process=True)) as op:
        for process in list(op._pool._processes.values()):  # type: ignore[union-attr]
            process.kill()
            process.join()
        assert _plain(op.open(known, envelopes)) == _plain(open_all(known, envelopes))
        assert not op.in_process  # given up: the rest of the pull opens here


def test_a_process_that_cannot_start_leaves_the_pages_opening_here(
        pair, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = pair
    envelopes = _page(a, b)

    def no_processes(method: str) -> Any:
        raise OSError("no processes here")

    monkeypatch.setattr(opener.multiprocessing, "get_context", no_processes)
    known = known_now(b)
    with Opener(in_process=True) as op:
        assert not op.in_process
        assert _plain(op.open(known, envelopes)) == _plain(open_all(known, envelopes))


def test_a_long_join_opens_its_pages_in_the_process_and_holds_the_same_house(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_handlers, "PULL_LIMIT", 10)  # many small pages
    monkeypatch.setattr(engine, "RUN_MAX", 10)
    monkeypatch.setattr(log_reads, "RUN_MAX", 10)  # the server's pages
    every_page_in_process(monkeypatch)
    opened_where: list[bool] = []

    def noted(self: Opener, known: engine.Known, envelopes: list[bytes]) -> engine.Opened:
        opened_where.append(self.in_process)
        return open_all(known, envelopes) if not self.in_process else real_open(
            self, known, envelopes)

    real_open = Opener.open
    monkeypatch.setattr(Opener, "open", noted)
    template = make_template(tmp_path / "template", devices=1)
    server = LiveServer(tmp_path / "server")
    (manager,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    try:
        ctx = context(manager)
        for n in range(8):
            rid = residents.add(ctx, f"Resident {n}").record.id
            for m in range(4):
                checkins.record(ctx, rid, 1 + (n + m) % 5, confirmed=True)
        code = create_code(manager, "second laptop")
        laptop, _ = join(tmp_path / "laptop", server.url, code, "Manager", PASSPHRASE,
                         kdf=crypto.MIN_KDF)
        try:
            assert len(opened_where) >= 5 and all(opened_where)
            assert applied_log.held_ids(laptop.conn) == applied_log.held_ids(manager.conn)
            for kind in (Resident, CheckIn):
                assert sorted(r.id for r in reads.all_of(laptop.conn, kind)) == \
                    sorted(r.id for r in reads.all_of(manager.conn, kind))
        finally:
            laptop.close()
    finally:
        manager.close()
        server.stop()


def test_only_a_pull_of_several_pages_starts_the_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A background (quick) round takes a page or two: a process would not have started
    before they were opened. A full round as far behind starts one."""
    from safehaven.sync import protocol
    from safehaven.sync import rounds as sync_rounds

    for module in (server_handlers, protocol):
        monkeypatch.setattr(module, "PULL_LIMIT", 10)
    monkeypatch.setattr(engine, "RUN_MAX", 10)
    monkeypatch.setattr(log_reads, "RUN_MAX", 10)  # the server's pages
    asked: list[bool] = []
    start = Opener.__init__

    def noted(self: Opener, in_process: bool) -> None:
        asked.append(in_process)
        start(self, in_process)

    monkeypatch.setattr(Opener, "__init__", noted)
    template = make_template(tmp_path / "template", devices=1)
    server = LiveServer(tmp_path / "server")
    (manager,) = enrolled_house(server, template, tmp_path / "house", laptops=1)
    try:
        code = create_code(manager, "second laptop")  # before the house has much in it
        laptop, _ = join(tmp_path / "laptop", server.url, code, "Manager", PASSPHRASE,
                         kdf=crypto.MIN_KDF)
        try:
            for n in range(60):
                residents.add(context(manager), f"Resident {n}")
            sync_rounds.sync_round(manager)
            asked.clear()
            sync_rounds.sync_round(laptop, quick=True)  # six pages behind, two taken
            assert asked == [False]
            sync_rounds.sync_round(laptop)  # four pages behind: the rest at once
            assert asked[-1] is True
        finally:
            laptop.close()
    finally:
        manager.close()
        server.stop()


_PARENT = """
import os, sys, time
sys.path.insert(0, {src!r})
from safehaven.sync.opener import Opener
op = Opener(in_process=True)
assert op.started(60)
print(op.pids()[0], flush=True)
time.sleep(60)  # killed here, as a crashed app is
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())  # a zombie is gone


def test_the_opening_process_dies_with_the_app(tmp_path: Path) -> None:
    """An app killed mid-pull (kill -9) leaves no opening process behind holding keys and
    opened records (it used to stay blocked for ever)."""
    src = str(Path(__file__).resolve().parents[2] / "src")
    parent = subprocess.Popen([sys.executable, "-c", _PARENT.format(src=src)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert _alive(child)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 20
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(child)
