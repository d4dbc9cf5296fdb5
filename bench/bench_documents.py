"""Records and a big file on a slow link (issue 29): does a 20 MB document delay the
check-ins of the round that carries both?

A laptop and a server (its own process, on loopback) talk through a proxy limited to KBIT
kbit/s (bench/throttle_proxy.py). Two background rounds (`quick`: what the app runs), each
carrying ten new check-ins: the first with no document waiting, the second with a 20 MB
document added just before (chunk requests sized to the link, sync/files.py), the third
with the rest of it sent in 512 KiB requests (as before that sizing). For each: seconds
until every record has moved (the round reaches its `files` step), seconds for the whole
round (files get a background round's spare seconds, but a request in flight finishes:
the next round, with the next check-ins, waits for it), and the longest chunk request.

Then what the app does since session 15: the content moved apart from rounds, each chunk
request on a thread of its own (`files.Carrier`). While a chunk request is on the wire,
ten check-ins are saved and a round starts at once: seconds from the chunk request's
start until those records have moved (inside a round, they waited for the request, up
to "longest chunk request" above, and then for their own round).

Run: python bench/bench_documents.py [--kbit 256] [--mb 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # throttle_proxy, bench_sync

from bench_sync import PASS, start_server
from safehaven.services import checkins, documents, house_settings, residents
from safehaven.services.context import Context
from safehaven.store import crypto
from safehaven.store.vault import Vault
from safehaven.sync import client, files
from safehaven.sync.api import HttpApi
from safehaven.sync.rounds import sync_round
from throttle_proxy import ThrottleProxy


def _round(vault: Vault, ids: list[str], shift: str, request_seconds: float
           ) -> dict[str, float]:
    """Ten check-ins, then one background round: when the records were done, and the
    chunk requests' seconds."""
    ctx = Context.for_vault(vault)
    for rid in ids:
        checkins.record(ctx, rid, mood=3, note="settled", shift=shift)
    marks: dict[str, float] = {}
    puts: list[float] = []
    real_exchange, real_put = files.exchange, HttpApi.chunks_put

    def exchange(*args, **kwargs):  # type: ignore[no-untyped-def]
        marks.setdefault("records_done", time.perf_counter())
        return real_exchange(*args, **kwargs)

    def put(self, batch):  # type: ignore[no-untyped-def]
        began = time.perf_counter()
        try:
            return real_put(self, batch)
        finally:
            puts.append(time.perf_counter() - began)

    files.exchange, HttpApi.chunks_put = exchange, put  # type: ignore[method-assign]
    files.REQUEST_SECONDS = request_seconds
    try:
        started = time.perf_counter()
        report = sync_round(vault, quick=True)
        ended = time.perf_counter()
    finally:
        files.exchange, HttpApi.chunks_put = real_exchange, real_put  # type: ignore
    return {"records_s": marks["records_done"] - started, "round_s": ended - started,
            "pushed": report.pushed, "chunks_sent": report.chunks_sent,
            "put_max_s": max(puts, default=0.0), "puts": len(puts)}


def _behind_a_chunk(vault: Vault, ids: list[str], shift: str) -> dict[str, float]:
    """A chunk request in flight on another thread; ten check-ins saved and a round run
    meanwhile: when its records had moved, counted from the request's start."""
    burst, carrier = files.Burst(), files.Carrier()
    step = files.next_step(vault, burst)
    assert step is not None and step.send, "no chunk left to send"
    began = threading.Event()
    real_put = HttpApi.chunks_put

    def put(self, batch):  # type: ignore[no-untyped-def]
        began.set()
        return real_put(self, batch)

    HttpApi.chunks_put = put  # type: ignore[method-assign]
    carried: list[files.Step] = []
    thread = threading.Thread(target=lambda: carried.append(carrier.carry(step)))
    try:
        thread.start()
        began.wait(30)
        t0 = time.perf_counter()
        ctx = Context.for_vault(vault)
        for rid in ids:
            checkins.record(ctx, rid, mood=3, note="settled", shift=shift, confirmed=True)
        report = sync_round(vault, quick=True, content=False)
        records = time.perf_counter() - t0
        thread.join(60)
        chunk = time.perf_counter() - t0
    finally:
        HttpApi.chunks_put = real_put  # type: ignore[method-assign]
        carrier.close()
    files.settle(vault, carried[0], burst)
    return {"records_s": records, "pushed": report.pushed, "chunk_s": chunk,
            "chunks": len(step.send)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kbit", type=float, default=256)
    parser.add_argument("--mb", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores (shared), Python "
          f"{platform.python_version()}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        proc, url, org = start_server(root / "server", None)
        proxy = ThrottleProxy(int(url.rsplit(":", 1)[1]), args.kbit).start()
        try:
            vault, _ = Vault.create(root / "a", house="Casa Bench", organisation="Bench",
                                    staff_name="Manager", passphrase=PASS,
                                    kdf=crypto.MIN_KDF)
            ctx = Context.for_vault(vault)
            house_settings.set_value(ctx, "document-max-mb", max(20, args.mb))
            ids = [residents.add(ctx, f"Resident {i}").record.id for i in range(10)]
            client.connect(vault, f"http://127.0.0.1:{proxy.port}", org)
            sync_round(vault)
            paced = files.REQUEST_SECONDS
            plain = _round(vault, ids, "morning", paced)
            documents.add(ctx, ids[0], "other", os.urandom(args.mb * 1024 * 1024),
                          title="Scans")
            with_file = _round(vault, ids, "afternoon", paced)
            fixed = _round(vault, ids, "night", 1e9)  # every request as large as allowed
            apart = _behind_a_chunk(vault, ids, "morning")
            vault.close()
        finally:
            proxy.stop()
            proc.terminate()
            proc.wait(timeout=30)
    print(f"\nten check-ins in one background round through {args.kbit:g} kbit/s:")
    print(f"{'':30}{'no document':>14}{f'{args.mb} MB, paced':>16}"
          f"{f'{args.mb} MB, 512 KiB':>16}")
    for key, label in (("records_s", "records moved after (s)"),
                       ("round_s", "whole round (s)"), ("pushed", "change sets pushed"),
                       ("chunks_sent", "chunks sent (64 KiB)"),
                       ("put_max_s", "longest chunk request (s)")):
        row = [plain[key], with_file[key], fixed[key]]
        text = [f"{v:.2f}" if isinstance(v, float) else f"{v}" for v in row]
        print(f"{label:30}{text[0]:>14}{text[1]:>16}{text[2]:>16}")
    print(f"records delayed by the document: {with_file['records_s'] - plain['records_s']:+.2f}"
          f" s (paced), {fixed['records_s'] - plain['records_s']:+.2f} s (512 KiB)")
    print(f"\ncontent moved apart (the app): a round started while a request of "
          f"{apart['chunks']:.0f} chunk(s) was on the wire moved its {apart['pushed']:.0f} "
          f"change sets {apart['records_s']:.2f} s after the request began (the request "
          f"itself ended after {apart['chunk_s']:.2f} s)")


if __name__ == "__main__":
    main()
