"""Where a round's bytes go: a 50-check-in round on the wire, request by request, and what
each part of its run envelope costs (docs/benchmarks.md, "Bytes on the wire").

A small house (60 residents, 3 days) is pushed to a server in its own process on loopback,
a second laptop joins, then 50 check-ins are recorded and sent (one round) and received
(the other laptop's round). Printed:

1. each request and answer of both rounds: headers and bodies as they crossed the wire;
2. the marginal cost of each part of the push body (the part left out, the body sealed and
   gzipped again as the laptop does, the difference divided by 50): authors' signatures,
   authors' chain links, change set ids, numbers, clocks, the records themselves, and what
   is left (the laptop's signature, nonce, tag, JSON and base64 framing).

Run: python bench/bench_wire.py [--residents N] [--days N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import PASS, start_server
from safehaven.demo import generator
from safehaven.domain.models import Resident
from safehaven.services import checkins
from safehaven.services.context import Context
from safehaven.store import crypto, reads
from safehaven.store.changeset import ChangeSet
from safehaven.store.vault import Vault
from safehaven.sync import client, rounds, runs
from safehaven.sync.enrolment import create_code, join
from safehaven.sync.replica import device_keys, outbox, peers
from safehaven.sync.run_bodies import thin

N = 50
FORMATS = tuple(f for f in (3, 4) if f <= runs.VERSION)  # what this code seals


class Recording(httpx.HTTPTransport):
    """Each request and answer's header and body bytes, as they cross the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, int, int, int, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        sent_head = _headers(request.headers) + len(
            f"{request.method} {request.url.raw_path.decode()} HTTP/1.1\r\n")
        response = super().handle_request(request)
        response.read()
        self.rows.append((f"{request.method} {request.url.path}", sent_head,
                          len(request.content), _headers(response.headers) + 17,
                          response.num_bytes_downloaded))
        return response


def _headers(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2


def push_body(vault: Vault, sets: list[ChangeSet], run_format: int,
              edit: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> int:
    """Bytes of the gzipped push body that carries these change sets in one run of this
    format, sealed as the laptop seals it; `edit` changes each member's body first (a part
    left out)."""
    version, key = device_keys.key_for_seq(
        device_keys.sealing_keys(vault.conn, vault.site_id), sets[0].device_seq)
    bodies = thin(sets, peers.staff_keys(vault.conn)) if run_format >= 4 else \
        [cs.to_wire() for cs in sets]
    if edit is not None:
        bodies = [edit(b) for b in bodies]
    envelope = runs.seal_run(bodies, vault.site_id, version, key,
                             crypto.Signer(device_keys.signing_key(vault)), run_format)
    body = json.dumps({"envelopes": [envelope.decode()], "public_key": "0" * 64},
                      separators=(",", ":")).encode()
    return len(gzip.compress(body, 6))


def without(*names: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda body: {k: v for k, v in body.items() if k not in names}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--residents", type=int, default=60)
    parser.add_argument("--days", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, _ = Vault.create(root / "a", house="Casa Bench", organisation="Bench",
                            staff_name="Manager", passphrase=PASS, kdf=crypto.MIN_KDF)
        ctx = Context.for_vault(a)
        generator.generate(ctx, residents=args.residents, days=args.days, seed=2)
        proc, url, org = start_server(root / "server", None)
        try:
            client.connect(a, url, org)
            rounds.sync_round(a)
            b, _ = join(root / "b", url, create_code(a, "bench laptop"), "Manager", PASS,
                        kdf=crypto.MIN_KDF)
            rounds.sync_round(b)
            rounds.sync_round(a)
            before = outbox.own_highest(a.conn, a.device_id)
            for rid in [r.id for r in reads.all_of(a.conn, Resident)][:N]:
                checkins.record(ctx, rid, 4, note="Slept well, ate breakfast.",
                                confirmed=True)
            sending, receiving = Recording(), Recording()
            rounds.sync_round(a, sending)
            rounds.sync_round(b, receiving)
            sets = outbox.local_changesets(a.conn, a.device_id, before)
            assert len(sets) == N, len(sets)
            parts = {f: part_costs(a, sets, f) for f in FORMATS}
            a.close()
            b.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    for title, rec in (("sending round", sending), ("receiving round", receiving)):
        total = sum(sum(r[1:]) for r in rec.rows)
        print(f"\n{title}: {total:,} bytes, {total / N:.1f} per check-in")
        print("| request | request headers | request body | answer headers | answer body |")
        print("|---|---:|---:|---:|---:|")
        for path, *sizes in rec.rows:
            print(f"| {path} | " + " | ".join(f"{s:,}" for s in sizes) + " |")
    print(f"\npush body of the {N} check-ins, gzipped, per check-in, and what each part "
          "costs (the body without it, sealed again):")
    print("| part | " + " | ".join(f"run format {f}" for f in FORMATS) + " |")
    print("|---|" + "---:|" * len(FORMATS))
    for n, (title, _) in enumerate(parts[FORMATS[0]]):
        print(f"| {title} | " + " | ".join(f"{parts[f][n][1] / N:.1f}" for f in FORMATS)
              + " |")
    print(f"\nload average {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
          f"{os.cpu_count()} cores")


def part_costs(vault: Vault, sets: list[ChangeSet], run_format: int
               ) -> list[tuple[str, float]]:
    """The push body in this run format, then what leaving out each part saves."""
    full = push_body(vault, sets, run_format)
    out: list[tuple[str, float]] = [("whole", full)]

    def cost(title: str, edit: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        out.append((title, full - push_body(vault, sets, run_format, edit)))

    cost("authors' signatures (ssig)", without("ssig"))
    cost("authors' chain links (aprev, al)", without("aprev", "al"))
    cost("both", without("ssig", "aprev", "al"))
    cost("clock, author, previous number (hlc, staff_id, prev)",
         lambda b: {**without("prev", "staff_id")(b), "hlc": 1})
    cost("the records (entries)", lambda b: {**b, "entries": []})

    def short_ids(body: dict[str, Any]) -> dict[str, Any]:
        return {**body, "id": f"i{body['device_seq']}"}

    cost("change set ids (in the clear header)", short_ids)
    rest = out[3][1] + out[4][1] + out[5][1] + out[6][1]
    out.append(("the rest: the run's header and numbers, the laptop's signature, nonce, "
                "tag, JSON and base64", full - rest))
    return out


if __name__ == "__main__":
    main()
