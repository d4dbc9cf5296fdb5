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

Run: python bench/bench_documents.py [--kbit 256] [--mb 20]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
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


if __name__ == "__main__":
    main()
