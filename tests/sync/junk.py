"""A house's log and a laptop's quarantine full of junk, made fast (for the quarantine
round test and bench/bench_quarantine.py): an insider's token stored envelopes for
made-up laptops on the server, and the laptop pulled and set every one aside. Rows are
written straight into both stores, with the digests both keep, so the two agree as
they would after the real thing."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from safehaven.store.local_state import local_value
from safehaven.store.vault import Vault
from safehaven.sync.envelope import digest
from safehaven.sync.replica import quarantine, server_link
from tests.sync.server_harness import LiveServer


def fill(server: LiveServer, vault: Vault, rows: int) -> None:
    """`rows` junk change sets in the server's log after what `vault` has pulled, each set
    aside in its quarantine; its cursor moves past them, as a pull would."""
    ids = [f"junk-{n:07d}" for n in range(rows)]
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with server.storage.tx() as db:
        p = db.p
        count, old = db.one(f"SELECT next_seq, digest FROM sites WHERE id = {p}",
                            (vault.site_id,)) or (0, "")
        db.insert("changesets", ("site_id", "seq", "id", "device_id", "device_seq",
                                 "envelope", "size", "received", "run"),
                  [(vault.site_id, int(count) + 1 + n, i, f"made-up-{n % 20000}",
                    n // 20000 + 1, b"junk", 4, now, None) for n, i in enumerate(ids)])
        db.many("INSERT INTO device_highest (site_id, device_id, seq, stored, bytes) VALUES "
                f"({db.marks(5)}) ON CONFLICT (site_id, device_id) DO NOTHING",
                [(vault.site_id, f"made-up-{d}", rows // 20000 + 1, rows // 20000, 4)
                 for d in range(min(rows, 20000))])
        db.run(f"UPDATE sites SET next_seq = {p}, digest = {p} WHERE id = {p}",
               (int(count) + rows, digest(ids, str(old)), vault.site_id))
    with vault.transaction():
        vault.conn.executemany(
            "INSERT INTO quarantine (changeset_id, device_id, kind, reason, envelope, "
            "received_at, device_seq) VALUES (?, ?, 'waiting', 'waits for an earlier "
            "change set', x'6a756e6b', ?, ?)",
            [(i, f"made-up-{n % 20000}", now, n // 20000 + 1) for n, i in enumerate(ids)])
        quarantine.changed(vault.conn)
    link = server_link.server_link(vault.conn)
    assert link is not None and local_value(vault.conn, "digest") is not None
    server_link.save_cursor(vault, link.epoch, link.cursor + rows)


class Counting(httpx.HTTPTransport):
    """Counts the requests a round makes."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.path)
        return super().handle_request(request)
